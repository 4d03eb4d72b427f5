"""``charter-builder package`` and ``merge`` from the command line: files, exit codes, messages."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from charter_builder.cli import main
from charter_builder.storage import atomic_write_bytes, load_charter, save_charter
from charter_builder.storage.lock import LockInfo, lock_path

from .test_packages import edit_json, realistic_charter

KEY = "partners[p001].representatives[p001-r0].mandate"


@pytest.fixture
def charter_file(tmp_path: Path) -> Path:
    path = tmp_path / "regio.charter.json"
    save_charter(realistic_charter(), path, backup=False)
    return path


def _package(charter_file: Path, *partners: str) -> list[Path]:
    args = ["package", str(charter_file), "--by", "Coördinator"]
    for pid in partners:
        args += ["--partner", pid]
    assert main(args) == 0
    return [charter_file.with_name(f"regio-{pid}.partner.json") for pid in partners]


def _set_mandate(raw: dict[str, Any]) -> None:
    raw["sections"]["partner"]["representatives"][0]["mandate"] = "Tot 50.000 euro."
    raw["sections"]["contributions"][0]["amount"] = 20


def test_package_writes_one_file_per_partner(charter_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _package(charter_file, "p001", "Org002", "p003")  # a short name works as well as an id
    paths = [charter_file.with_name(f"regio-{pid}.partner.json") for pid in ("p001", "p002", "p003")]
    assert capsys.readouterr().out.split() == [str(p) for p in paths]
    assert [json.loads(p.read_text("utf-8"))["partner_id"] for p in paths] == ["p001", "p002", "p003"]
    assert json.loads(paths[0].read_text("utf-8"))["exported_by"] == "Coördinator"


def test_package_output_unknown_partner_and_existing_file(
    charter_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "voor-gemeente.partner.json"
    assert main(["package", str(charter_file), "--partner", "p004", "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["partner_id"] == "p004"
    before = out.read_bytes()
    assert main(["--lang", "nl", "package", str(charter_file), "--partner", "p004", "-o", str(out)]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert out.read_bytes() == before
    assert main(["package", str(charter_file), "--partner", "nobody", "--lang", "nl"]) == 2
    err = capsys.readouterr().err
    assert "nobody" in err
    assert "p000 (Org000)" in err


def test_merge_without_conflicts_exits_0_and_keeps_a_backup(
    charter_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _package(charter_file, "p001", "p002", "p003")
    edit_json(paths[0], _set_mandate)
    edit_json(paths[2], lambda raw: raw["sections"]["partner"].update(reporting_cadence="monthly"))
    original = charter_file.read_bytes()
    capsys.readouterr()

    code = main(["merge", str(charter_file), *map(str, paths), "--coordinator", "Jansen", "--lang", "nl"])

    assert code == 0
    out = capsys.readouterr().out
    assert "Toegepast (3)" in out
    assert KEY in out
    assert Path(f"{charter_file}.bak").read_bytes() == original
    merged = load_charter(charter_file)
    assert merged.partners[1].representatives[0].mandate == "Tot 50.000 euro."
    assert merged.strategy.contributions[1].amount == 20
    assert merged.partners[3].reporting_cadence == "monthly"
    assert [r.author for r in merged.revisions] == ["Jansen"] * 3
    assert "regio-p001.partner.json" in merged.revisions[0].summary


def test_merge_with_a_conflict_saves_the_rest_and_exits_1_then_resolve_exits_0(
    charter_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [path] = _package(charter_file, "p001")
    edit_json(path, _set_mandate)
    coordinator = load_charter(charter_file)
    coordinator.partners[1].representatives[0].mandate = "Geen mandaat zonder ruggenspraak."
    save_charter(coordinator, charter_file, backup=False)
    capsys.readouterr()

    assert main(["merge", str(charter_file), str(path)]) == 1
    out = capsys.readouterr().out
    assert "Conflicts (1)" in out
    assert KEY in out
    assert f"--resolve '{KEY}=coordinator|package|package:0'" in out
    merged = load_charter(charter_file)
    assert merged.partners[1].representatives[0].mandate == "Geen mandaat zonder ruggenspraak."
    assert merged.strategy.contributions[1].amount == 20, "the part without conflict is saved"

    assert main(["merge", str(charter_file), str(path), "--resolve", f"{KEY}=package"]) == 0
    assert load_charter(charter_file).partners[1].representatives[0].mandate == "Tot 50.000 euro."


def test_merge_json_report(charter_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [path] = _package(charter_file, "p001")
    edit_json(path, _set_mandate)
    capsys.readouterr()
    out_file = charter_file.with_name("samengevoegd.charter.json")
    original = charter_file.read_bytes()
    assert main(["merge", str(charter_file), str(path), "--format", "json", "-o", str(out_file)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["saved"] == str(out_file)
    assert {c["key"] for c in report["changes"]} == {KEY, "strategy.contributions[con-p001].amount"}
    assert report["conflicts"] == []
    assert report["revisions"][0]["details"]
    assert charter_file.read_bytes() == original, "--output leaves the input file alone"
    assert load_charter(out_file).strategy.contributions[1].amount == 20


def _foreign(path: Path) -> None:
    edit_json(path, lambda raw: raw.update(charter_id="charter-elders"))


def _tampered(path: Path) -> None:
    edit_json(path, lambda raw: raw["base"]["partner"].update(name="Iemand anders"))


def _not_own(path: Path) -> None:
    edit_json(path, lambda raw: raw["sections"]["contributions"][0].update(partner_id="p006"))


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_foreign, "ander convenant"),
        (_tampered, "controlesom"),
        (_not_own, "hoort bij Org006"),
    ],
)
def test_a_refused_package_exits_2_and_leaves_the_charter_byte_identical(
    charter_file: Path, capsys: pytest.CaptureFixture[str], spoil: Any, words: str
) -> None:
    good, bad = _package(charter_file, "p002", "p001")
    edit_json(good, lambda raw: raw["sections"]["partner"].update(name="Nieuwe naam"))
    spoil(bad)
    original = charter_file.read_bytes()
    capsys.readouterr()
    assert main(["--lang", "nl", "merge", str(charter_file), str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "geweigerd" in err
    assert words in err
    assert "regio-p001.partner.json" in err
    assert charter_file.read_bytes() == original
    assert not Path(f"{charter_file}.bak").exists()


def test_an_outdated_package_needs_allow_outdated(
    charter_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [path] = _package(charter_file, "p001")
    edit_json(path, _set_mandate)
    coordinator = load_charter(charter_file)
    coordinator.vision.statement = "Wij willen een haven zonder drugssmokkel."
    save_charter(coordinator, charter_file, backup=False)
    original = charter_file.read_bytes()
    capsys.readouterr()

    assert main(["merge", str(charter_file), str(path), "--format", "json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in report["refused"]] == ["outdated"]
    assert "vision" in report["refused"][0]["text"]
    assert charter_file.read_bytes() == original

    assert main(["merge", str(charter_file), str(path), "--allow-outdated"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("warning: ")
    assert "the vision changed" in out
    assert load_charter(charter_file).partners[1].representatives[0].mandate == "Tot 50.000 euro."


def test_file_errors_exit_2(charter_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = charter_file.read_bytes()
    assert main(["merge", str(charter_file), str(tmp_path / "missing.partner.json")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["merge", str(charter_file), str(charter_file)]) == 2
    assert "not a partner package" in capsys.readouterr().err
    assert main(["merge", str(tmp_path / "nothing.charter.json"), str(charter_file)]) == 2
    [path] = _package(charter_file, "p001")
    assert main(["merge", str(charter_file), str(path), "--resolve", "no-equals-sign"]) == 2
    assert charter_file.read_bytes() == original


def test_the_real_command_line_runs_in_a_subprocess(charter_file: Path) -> None:
    [path] = _package(charter_file, "p001")
    edit_json(path, _set_mandate)
    cli = "import sys; from charter_builder.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", cli, "merge", str(charter_file), str(path), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["saved"] == str(charter_file)
    assert load_charter(charter_file).strategy.contributions[1].amount == 20


def test_merge_does_not_write_a_charter_someone_has_open(
    charter_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [path] = _package(charter_file, "p001")
    edit_json(path, _set_mandate)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    other = LockInfo("jan", "pc-elders", 4242, now, now, "0.1.0")
    atomic_write_bytes(lock_path(charter_file), other.to_bytes())
    original = charter_file.read_bytes()
    capsys.readouterr()

    assert main(["--lang", "nl", "merge", str(charter_file), str(path)]) == 2
    err = capsys.readouterr().err
    assert "jan (computer pc-elders)" in err
    assert "--output" in err
    assert charter_file.read_bytes() == original

    elsewhere = tmp_path / "kopie.charter.json"
    assert main(["merge", str(charter_file), str(path), "-o", str(elsewhere)]) == 0
    assert load_charter(elsewhere).strategy.contributions[1].amount == 20
