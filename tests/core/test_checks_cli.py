"""``charter-builder check``: output grouped by step and severity, JSON, batches, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charter_builder.checks import rule_catalogue
from charter_builder.cli import main
from charter_builder.storage import save_charter

from ..flawed.minimal import minimal_complete_charter

FLAWED = Path(__file__).resolve().parent.parent / "flawed"


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    c = minimal_complete_charter()
    c.governance.end_date = c.governance.mid_term_review_date.replace(year=2099)
    path = tmp_path / "clean.charter.json"
    save_charter(c, path, backup=False)
    return path


@pytest.fixture
def flawed(tmp_path: Path) -> Path:
    c = minimal_complete_charter()
    c.governance.end_date = c.governance.mid_term_review_date.replace(year=2099)
    c.governance.kpis[0].owner_id = None
    c.governance.kpis[0].source = ""
    c.partners[0].support_in_parent = ""
    path = tmp_path / "flawed.charter.json"
    save_charter(c, path, backup=False)
    return path


def test_a_clean_charter_exits_0(clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(clean)]) == 0
    assert capsys.readouterr().out == f"{clean}: 0 errors, 0 warnings, 0 advice\n"


def test_findings_are_grouped_by_step_and_severity_in_dutch(
    flawed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--lang", "nl", str(flawed)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{flawed}: 1 fout, 0 waarschuwingen, 2 advies"
    assert out[1:3] == ["  Partners", "    Advies"]
    assert out[3].startswith("      PT-SUPPORT partners[0].support_in_parent: Er staat niet wie binnen")
    assert out[4:6] == ["  Sturing en monitoring", "    Fout"]
    assert out[6] == (
        "      GV-KPI-OWNER governance.kpis[0].owner_id: KPI 'Aantal integrale controles' heeft geen "
        "eigenaar. Kies de partner die de KPI meet en rapporteert."
    )
    assert out[7] == "    Advies"
    assert out[8].startswith("      GV-KPI-SOURCE governance.kpis[0].source:")


def test_the_global_language_option_works_too(flawed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--lang", "nl", "check", str(flawed)])
    assert "1 fout" in capsys.readouterr().out
    main(["check", str(flawed)])
    assert "1 error, 0 warnings, 2 advice" in capsys.readouterr().out


def test_json_output(flawed: Path, clean: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", str(flawed), str(clean)]) == 1
    data = json.loads(capsys.readouterr().out)
    first, second = data["files"]
    assert first["counts"] == {"error": 1, "warning": 0, "advice": 2}
    assert [f["rule_id"] for f in first["findings"]] == ["PT-SUPPORT", "GV-KPI-OWNER", "GV-KPI-SOURCE"]
    owner = first["findings"][1]
    assert owner["severity"] == "error"
    assert owner["step"] == "governance"
    assert owner["path"] == "governance.kpis[0].owner_id"
    assert owner["message"] == owner["message_en"]
    assert second == {
        "file": str(clean),
        "readable": True,
        "counts": {"error": 0, "warning": 0, "advice": 0},
        "findings": [],
    }


def test_a_folder_is_checked_charter_by_charter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", str(FLAWED)]) == 1
    files = json.loads(capsys.readouterr().out)["files"]
    assert len(files) == len(list(FLAWED.glob("*.charter.json"))) >= 15
    assert all(f["findings"] for f in files)


def test_an_unreadable_file_exits_2_even_among_good_ones(
    clean: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.charter.json"
    broken.write_text("{ not json", encoding="utf-8")
    assert main(["check", str(clean), str(broken), str(tmp_path / "missing.charter.json")]) == 2
    captured = capsys.readouterr()
    assert f"{clean}: 0 errors" in captured.out
    assert "not valid JSON" in captured.err
    assert "does not exist" in captured.err


def test_no_files_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 2
    assert "give one or more files" in capsys.readouterr().err


def test_list_rules_prints_the_whole_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nl", "check", "--list-rules"]) == 0
    out = capsys.readouterr().out
    for r in rule_catalogue():
        assert r.id in out
        assert r.fix_nl in out
    assert "Gegevensdeling (AVG/WPG)" in out
    assert main(["check", "--list-rules", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in listed] == [r.id for r in rule_catalogue()]
    assert {"id", "severity", "step", "title_nl", "title_en", "fix_nl", "fix_en", "legal_ref"} == set(
        listed[0]
    )


def test_a_folder_without_charters_is_not_a_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("geen convenant", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    assert "holds no *.charter.json files" in capsys.readouterr().err
