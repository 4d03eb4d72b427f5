"""The suite of deliberately flawed charters: the engine finds exactly the listed flaws, nothing else."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from charter_builder.checks import run_checks
from charter_builder.storage import load_charter

from ..flawed import make_flawed

FLAWED = Path(make_flawed.__file__).resolve().parent
CHARTERS = sorted(FLAWED.glob("*.charter.json"))


def test_there_are_at_least_fifteen_flawed_charters() -> None:
    assert len(CHARTERS) >= 15
    assert len(CHARTERS) == len(make_flawed.FLAWS)


def test_the_files_on_disk_are_what_the_generator_writes() -> None:
    on_disk = {p.name: p.read_bytes() for p in FLAWED.glob("*.json")}
    assert on_disk == make_flawed.outputs(), "run: uv run python -m tests.flawed.make_flawed"


@pytest.mark.parametrize("path", CHARTERS, ids=lambda p: p.name.removesuffix(".charter.json"))
def test_engine_finds_exactly_the_expected_flaws(path: Path) -> None:
    sidecar = json.loads(
        path.with_name(path.name.replace(".charter.json", ".expected.json")).read_text("utf-8")
    )
    findings = run_checks(load_charter(path), dt.date.fromisoformat(sidecar["today"]))
    found = Counter((f.rule_id, f.path) for f in findings)
    expected = Counter((e["rule_id"], e["path"]) for e in sidecar["findings"])
    assert found == expected
    assert expected, "a flawed charter must have at least one flaw"
