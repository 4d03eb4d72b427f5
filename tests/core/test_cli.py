"""The command line: exit codes and output of the foundation commands, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from charter_builder import __version__
from charter_builder.cli import main
from charter_builder.storage import save_charter

from .helpers import small_charter

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed ``charter-builder`` entry point exactly as a user would."""
    exe = Path(sys.executable).with_name("charter-builder")
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"charter-builder {__version__}"


def test_validate_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.charter.json"
    save_charter(small_charter(), path)
    assert main(["validate", str(path)]) == 0
    assert "valid (2 partners, 1 KPI's, 1 activities, 1 data flows)" in capsys.readouterr().out


def test_validate_bad_files_exit_1_with_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.charter.json"
    save_charter(small_charter(), good)
    bad = tmp_path / "bad.charter.json"
    raw = small_charter().model_dump(mode="json")
    raw["partners"][0]["type"] = "bank"
    bad.write_text(json.dumps(raw))
    assert main(["--lang", "nl", "validate", str(good), str(bad), str(tmp_path / "missing.json")]) == 1
    out = capsys.readouterr()
    assert "good.charter.json: geldig" in out.out
    assert "bad.charter.json: Het convenant bevat fouten" in out.err
    assert "partners[0].type: moet een van deze waarden zijn" in out.err
    assert "missing.json: Het bestand bestaat niet" in out.err


def test_schema_is_a_json_schema_of_the_charter(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    assert main(["schema", "-o", str(out)]) == 0
    schema = json.loads(out.read_text())
    assert schema["$schema"].endswith("2020-12/schema")
    assert {"metadata", "partners", "data_sharing", "schema_version"} <= set(schema["properties"])
    assert "DataFlow" in schema["$defs"]


def test_new_writes_an_empty_charter_and_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "nieuw.charter.json"
    assert main(["new", "--title", "Convenant Zuid", "-o", str(out)]) == 0
    assert json.loads(out.read_text())["metadata"]["title"] == "Convenant Zuid"
    before = out.read_bytes()
    assert main(["new", "-o", str(out)]) == 2
    assert out.read_bytes() == before


def test_entry_point_example_then_validate(tmp_path: Path) -> None:
    """The README's promise: ``new --example`` then ``validate`` succeeds, without a screen."""
    out = tmp_path / "x.charter.json"
    made = run_cli("new", "--example", "-o", str(out))
    assert made.returncode == 0, made.stderr
    checked = run_cli("validate", str(out))
    assert checked.returncode == 0, checked.stderr
    assert "valid" in checked.stdout
    raw = json.loads(out.read_text())
    assert len(raw["partners"]) >= 5
    assert raw["metadata"]["language"] == "nl"


def test_entry_point_help_runs_headless() -> None:
    done = run_cli("--help")
    assert done.returncode == 0
    for command in ("validate", "schema", "new"):
        assert command in done.stdout


def test_new_from_a_starter_and_the_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from charter_builder.starters import list_starters

    starters = list_starters()
    assert main(["new", "--list-starters"]) == 0
    listing = capsys.readouterr().out
    assert all(s.id in listing and s.title_en in listing for s in starters)
    out = tmp_path / "zvh.charter.json"
    assert main(["new", "--starter", starters[1].id, "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    assert main(["new", "--starter", "nope", "-o", str(tmp_path / "x.json")]) == 2
    assert "unknown starter 'nope'" in capsys.readouterr().err
    assert main(["new"]) == 2
