"""Reading and writing ``*.partner.json`` files with the charter files' machinery and error kinds."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..problems import Problem, problems_from_validation_error
from ..storage import CharterFileError, FileErrorKind, atomic_write_bytes
from ..storage.jsonfile import parse_json_object, read_file_bytes
from .model import PACKAGE_FORMAT, PACKAGE_SCHEMA_VERSION, PACKAGE_SUFFIX, PartnerPackage

_CHARTER_SUFFIXES = (".charter.json", ".json")


def dump_package(package: PartnerPackage) -> bytes:
    """Return the file bytes: UTF-8, 2-space indent, fields in model order, newline at the end."""
    data = package.model_dump(mode="json")
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def default_package_name(charter_path: Path | str, partner_id: str) -> Path:
    """Return ``<charter>-<partner>.partner.json`` next to the charter file."""
    charter_path = Path(charter_path)
    stem = charter_path.name
    for suffix in _CHARTER_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    safe = re.sub(r"[^A-Za-z0-9_.\-]", "_", partner_id)
    return charter_path.with_name(f"{stem}-{safe}{PACKAGE_SUFFIX}")


def save_package(package: PartnerPackage, path: Path | str, *, backup: bool = False) -> None:
    """Save atomically. Raises ``CharterFileError`` (``WRITE_FAILED``); the old file is then unchanged."""
    path = Path(path)
    try:
        atomic_write_bytes(path, dump_package(package), backup=backup)
    except OSError as exc:
        raise CharterFileError(
            path,
            FileErrorKind.WRITE_FAILED,
            [Problem("", exc.strerror or str(exc), exc.strerror or str(exc))],
        ) from exc


def load_package(path: Path | str) -> PartnerPackage:
    """Read and validate a package file. Never writes anything.

    Raises ``CharterFileError`` naming the file, the kind of problem and each location; a charter
    file given by mistake is ``NOT_A_PACKAGE`` with a hint.
    """
    path = Path(path)
    return load_package_bytes(read_file_bytes(path), path)


def load_package_bytes(data: bytes, path: Path | str = "<memory>") -> PartnerPackage:
    """Parse package bytes as ``load_package`` does; ``path`` is only used in messages."""
    raw = parse_json_object(data, path)
    _check_header(raw, path)
    try:
        return PartnerPackage.model_validate(raw)
    except ValidationError as exc:
        raise CharterFileError(
            path, FileErrorKind.INVALID_PACKAGE, problems_from_validation_error(exc)
        ) from exc


def _check_header(raw: dict[str, Any], path: Path | str) -> None:
    fmt = raw.get("format")
    if fmt != PACKAGE_FORMAT:
        if fmt == "charter-builder/charter":
            nl = "dit is een convenant, geen partnerpakket; maak een pakket met 'charter-builder package'"
            en = "this is a charter, not a partner package; make one with 'charter-builder package'"
        else:
            nl = f"is '{fmt}', verwacht '{PACKAGE_FORMAT}'"
            en = f"is '{fmt}', expected '{PACKAGE_FORMAT}'"
        raise CharterFileError(path, FileErrorKind.NOT_A_PACKAGE, [Problem("format", nl, en, "format")])
    version = raw.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > PACKAGE_SCHEMA_VERSION:
        raise CharterFileError(
            path,
            FileErrorKind.NEWER_VERSION,
            [
                Problem(
                    "schema_version",
                    f"is {version}; deze versie van Charter Builder kent pakketten tot en met "
                    f"{PACKAGE_SCHEMA_VERSION}. Werk het programma bij.",
                    f"is {version}; this version of Charter Builder reads packages up to "
                    f"{PACKAGE_SCHEMA_VERSION}. Update the program.",
                    "newer_version",
                )
            ],
        )
