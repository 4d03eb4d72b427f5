"""Helpers for the partner-mode and merge-view tests: the example charter on disk and its packages."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from charter_builder.packages import default_package_name, export_package, save_package
from charter_builder.storage import load_charter, save_charter

EXAMPLE = Path(__file__).resolve().parents[2] / "templates" / "examples" / "riec-westerdelta.charter.json"
#: Three partners of the example: the police, a small municipality, the housing corporation.
PARTNERS = ("pol-westerdelta", "gem-zilvermonde", "woonstede")


def charter_file(folder: Path) -> Path:
    """Copy the example charter into ``folder`` (as the coordinator's file) and return its path."""
    path = folder / "riec.charter.json"
    save_charter(load_charter(EXAMPLE), path)
    return path


def export_packages(charter_path: Path, partners: tuple[str, ...] = PARTNERS) -> dict[str, Path]:
    """Write a package per partner next to the charter, as ``charter-builder package`` does."""
    charter = load_charter(charter_path)
    out = {}
    for pid in partners:
        target = default_package_name(charter_path, pid)
        save_package(export_package(charter, pid, "coordinator"), target)
        out[pid] = target
    return out


def edit_json(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Edit a package file as a partner's own tool (or a text editor) would."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def record(records: list[dict[str, Any]], rid: str) -> dict[str, Any]:
    return next(r for r in records if r["id"] == rid)
