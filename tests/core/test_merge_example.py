"""The whole round trip on the bundled example charter: three partners fill in their part, the coordinator merges."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from charter_builder.cli import main
from charter_builder.examples import example_charter
from charter_builder.storage import load_charter, save_charter

from .test_packages import edit_json

PARTNERS = ("gem-havenstad", "pol-westerdelta", "woonstede")


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    charter_file = tmp_path / "westerdelta.charter.json"
    save_charter(example_charter(), charter_file, backup=False)
    args = ["package", str(charter_file), "--by", "Bureau RIEC"]
    for pid in PARTNERS:
        args += ["--partner", pid]
    assert main(args) == 0
    return charter_file, {pid: tmp_path / f"westerdelta-{pid}.partner.json" for pid in PARTNERS}


def _by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for item in items}


def _havenstad(raw: dict[str, Any]) -> None:
    s = raw["sections"]
    reps = _by_id(s["partner"]["representatives"])
    reps["gem-havenstad-programmamanager"]["mandate"] = (
        "Besluit in het kernteam over de inzet van gemeentelijke toezichthouders tot 400 uur per kwartaal."
    )
    contributions = _by_id(s["contributions"])
    contributions["con-havenstad-budget"]["amount"] = 325000.0
    s["contributions"].append(
        {
            "id": "con-havenstad-data",
            "partner_id": "gem-havenstad",
            "kind": "data",
            "description": "Bevragingen van het vastgoedregister voor casussen in de haven",
        }
    )
    _by_id(s["flows"])["flow-bibob"]["retention_months"] = 24


def _politie(raw: dict[str, Any]) -> None:
    s = raw["sections"]
    flow = _by_id(s["flows"])["flow-politie-casus"]
    flow["retention_months"] = 48
    flow["security_measures"] = (
        "Verstrekking alleen via het beveiligde RIEC-systeem, met logging per bevraging."
    )
    s["partner"]["reporting_cadence"] = "biweekly"


def _woonstede(raw: dict[str, Any]) -> None:
    s = raw["sections"]
    s["interests"][0]["interest"] = "De corporatie wil woonfraude en misbruik van huurwoningen vroeg zien."
    s["contributions"][0]["amount"] = 360.0


def test_three_partners_round_trip_without_conflicts(files: tuple[Path, dict[str, Path]]) -> None:
    charter_file, packages = files
    before = load_charter(charter_file)
    for pid, change in zip(PARTNERS, (_havenstad, _politie, _woonstede), strict=True):
        edit_json(packages[pid], change)

    code = main(
        ["merge", str(charter_file), *(str(packages[p]) for p in PARTNERS), "--coordinator", "M. Visser"]
    )

    assert code == 0
    after = load_charter(charter_file)
    gem = after.partner("gem-havenstad")
    assert gem is not None
    assert gem.representatives[1].mandate.endswith("tot 400 uur per kwartaal.")
    assert gem.representatives[0] == before.partner("gem-havenstad").representatives[0]  # type: ignore[union-attr]
    con = {c.id: c for c in after.strategy.contributions}
    assert con["con-havenstad-budget"].amount == 325000
    assert con["con-havenstad-data"].kind == "data"
    assert con["con-woonstede-hours"].amount == 360
    assert con["con-politie-people"] == {c.id: c for c in before.strategy.contributions}["con-politie-people"]
    flows = {f.id: f for f in after.data_sharing.flows}
    assert flows["flow-bibob"].retention_months == 24
    assert flows["flow-politie-casus"].retention_months == 48
    assert flows["flow-politie-casus"].security_measures.startswith("Verstrekking alleen via")
    assert flows["flow-politie-casus"].wpg_article == "art. 20 WPG"
    assert after.partner("pol-westerdelta").reporting_cadence == "biweekly"  # type: ignore[union-attr]
    interests = {i.id: i for i in after.purpose.interests}
    assert interests["int-woonstede"].interest.startswith("De corporatie wil woonfraude")
    # Shared parts and other partners are the coordinator's, untouched.
    assert after.purpose.problem == before.purpose.problem
    assert after.governance == before.governance
    assert after.partner("om-westerdelta") == before.partner("om-westerdelta")
    # History: the example's own entry, then one per package.
    assert len(after.revisions) == len(before.revisions) + 3
    new = after.revisions[len(before.revisions) :]
    assert [r.author for r in new] == ["M. Visser"] * 3
    assert "westerdelta-gem-havenstad.partner.json" in new[0].summary
    assert "Havenstad" in new[0].summary
    assert "toegevoegd: strategy.contributions[con-havenstad-data]" in new[0].details
    assert "gewijzigd: data_sharing.flows[flow-politie-casus].retention_months" in new[1].details


def test_conflicting_edits_keep_the_coordinators_value_until_chosen(
    files: tuple[Path, dict[str, Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    charter_file, packages = files
    edit_json(packages["pol-westerdelta"], _politie)
    coordinator = load_charter(charter_file)
    flow = next(f for f in coordinator.data_sharing.flows if f.id == "flow-politie-casus")
    flow.retention_months = 36
    save_charter(coordinator, charter_file, backup=False)
    capsys.readouterr()

    assert (
        main(
            ["--lang", "nl", "merge", str(charter_file), str(packages["pol-westerdelta"]), "--format", "json"]
        )
        == 1
    )
    report = json.loads(capsys.readouterr().out)
    [conflict] = report["conflicts"]
    assert conflict["key"] == "data_sharing.flows[flow-politie-casus].retention_months"
    assert (conflict["base"], conflict["coordinator"], conflict["packages"][0]["value"]) == (60, 36, 48)
    assert "Politie" in conflict["text"]
    assert "bewaartermijn" in conflict["text"]
    after = load_charter(charter_file)
    flows = {f.id: f for f in after.data_sharing.flows}
    assert flows["flow-politie-casus"].retention_months == 36
    assert flows["flow-politie-casus"].security_measures.startswith("Verstrekking alleen via")
    assert (
        "conflict open: data_sharing.flows[flow-politie-casus].retention_months"
        in after.revisions[-1].details
    )


def test_a_package_of_another_partnership_leaves_the_file_byte_identical(
    files: tuple[Path, dict[str, Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    charter_file, packages = files
    other = example_charter()
    other.metadata.charter_id = "charter-oosterdelta"
    other.metadata.title = "Convenant RIEC Oosterdelta"
    other_file = tmp_path / "oosterdelta.charter.json"
    save_charter(other, other_file, backup=False)
    assert main(["package", str(other_file), "--partner", "woonstede"]) == 0
    foreign = tmp_path / "oosterdelta-woonstede.partner.json"
    edit_json(packages["woonstede"], _woonstede)
    original = charter_file.read_bytes()
    capsys.readouterr()

    code = main(["--lang", "nl", "merge", str(charter_file), str(packages["woonstede"]), str(foreign)])

    assert code == 2
    err = capsys.readouterr().err
    assert "oosterdelta-woonstede.partner.json" in err
    assert "Convenant RIEC Oosterdelta" in err
    assert charter_file.read_bytes() == original
