"""Merging partner packages: three-way per field, conflicts, resolutions, refusals and the history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from charter_builder.model import Charter, Contribution
from charter_builder.packages import (
    MergeRefusedError,
    PartnerPackage,
    export_package,
    load_package,
    merge_packages,
)
from tests.support.synthetic import large_charter

from .test_packages import EXPORTED_AT, edit_json, realistic_charter, write_packages

MERGED_AT = dt.datetime(2026, 6, 1, 14, 0, tzinfo=dt.UTC)


def _merge(charter: Charter, packages: list[PartnerPackage], **kw: Any):  # type: ignore[no-untyped-def]
    kw.setdefault("coordinator", "Coördinator Jansen")
    kw.setdefault("now", MERGED_AT)
    return merge_packages(charter, packages, **kw)


def _three_edited(tmp_path: Path) -> tuple[Charter, dict[str, PartnerPackage]]:
    """Export three packages to files and edit each as another program would, without overlap."""
    charter = realistic_charter()
    paths = write_packages(charter, tmp_path)

    def p001(raw: dict[str, Any]) -> None:
        s = raw["sections"]
        s["partner"]["representatives"][0]["mandate"] = "Besluit tot 50.000 euro zonder ruggenspraak."
        s["partner"]["reporting_channel"] = "Maandelijks overleg met de burgemeester"
        s["contributions"][0]["amount"] = 24
        s["contributions"].append(
            {"id": "con-p001-data", "partner_id": "p001", "kind": "data", "description": "BRP-bevraging"}
        )

    def p002(raw: dict[str, Any]) -> None:
        s = raw["sections"]
        s["interests"] = []
        s["flows"][0]["retention_months"] = 12
        new_flow = dict(s["flows"][0], id="flow-p002-new", name="Signalen woonfraude", retention_months=6)
        s["flows"].append(new_flow)
        s["dpo_contacts"][0]["email"] = "privacy@p002.example"

    def p003(raw: dict[str, Any]) -> None:
        s = raw["sections"]
        s["partner"]["legal_powers"] = "Toezicht en handhaving op grond van de Wet Bibob."
        s["partner"]["representatives"].append(
            {"id": "p003-r2", "name": "C. Bakker", "function": "Teamleider", "mandate_level": "consult_first"}
        )
        s["dpo_contacts"].append(
            {"id": "dpo-p003", "partner_id": "p003", "name": "FG p003", "email": "fg@p3"}
        )

    for pid, change in (("p001", p001), ("p002", p002), ("p003", p003)):
        edit_json(paths[pid], change)
    return charter, {pid: load_package(path) for pid, path in paths.items()}


def test_three_packages_without_conflicts_are_applied_field_by_field(tmp_path: Path) -> None:
    charter, packages = _three_edited(tmp_path)
    # The coordinator meanwhile edits a different field of a record p001 also edits.
    charter.strategy.contributions[1].unit = "fte"  # con-p001
    assert charter.strategy.contributions[1].id == "con-p001"
    before = charter.model_dump(mode="json")

    result = _merge(
        charter, list(packages.values()), names=["a.partner.json", "b.partner.json", "c.partner.json"]
    )

    assert charter.model_dump(mode="json") == before, "the input charter must not change"
    assert result.conflicts == []
    assert not result.has_conflicts
    new = result.charter
    p1 = new.partner("p001")
    assert p1 is not None
    assert p1.representatives[0].mandate == "Besluit tot 50.000 euro zonder ruggenspraak."
    assert p1.representatives[1].mandate == charter.partners[1].representatives[1].mandate
    assert p1.reporting_channel == "Maandelijks overleg met de burgemeester"
    con = {c.id: c for c in new.strategy.contributions}
    assert con["con-p001"].amount == 24
    assert con["con-p001"].unit == "fte", "the coordinator's change to another field stays"
    assert con["con-p001-data"].kind == "data"
    ids = [c.id for c in new.strategy.contributions]
    assert ids.index("con-p001-data") == ids.index("con-p001") + 1, "a new record follows its partner's last"
    assert "int-p002" not in {i.id for i in new.purpose.interests}
    assert len(new.purpose.interests) == len(charter.purpose.interests) - 1
    flows = {f.id: f for f in new.data_sharing.flows}
    assert flows["flow-002"].retention_months == 12
    assert flows["flow-010"].retention_months == 24
    assert flows["flow-p002-new"].provider_id == "p002"
    assert flows["flow-p002-new"].retention_months == 6
    dpo = {d.id: d for d in new.data_sharing.dpo_contacts}
    assert dpo["dpo-p002"].email == "privacy@p002.example"
    assert dpo["dpo-p001"].email == "fg@p001.example"
    assert dpo["dpo-p003"].partner_id == "p003"
    p3 = new.partner("p003")
    assert p3 is not None
    assert p3.legal_powers == "Toezicht en handhaving op grond van de Wet Bibob."
    assert [r.id for r in p3.representatives] == ["p003-r0", "p003-r1", "p003-r2"]
    # Everything outside the three partners' parts is untouched.
    assert new.governance == charter.governance
    assert new.roles == charter.roles
    assert new.partner("p004") == charter.partner("p004")
    assert new.metadata.updated_at == MERGED_AT.replace(tzinfo=dt.UTC)

    keys = {c.key for c in result.changes}
    assert keys == {
        "partners[p001].representatives[p001-r0].mandate",
        "partners[p001].reporting_channel",
        "strategy.contributions[con-p001].amount",
        "strategy.contributions[con-p001-data]",
        "purpose.interests[int-p002]",
        "data_sharing.flows[flow-002].retention_months",
        "data_sharing.flows[flow-p002-new]",
        "data_sharing.dpo_contacts[dpo-p002].email",
        "partners[p003].legal_powers",
        "partners[p003].representatives[p003-r2]",
        "data_sharing.dpo_contacts[dpo-p003]",
    }
    removed = next(c for c in result.changes if c.key == "purpose.interests[int-p002]")
    assert (removed.kind, removed.new, removed.partner_id) == ("remove", None, "p002")


def test_every_merged_package_gets_a_revision_entry(tmp_path: Path) -> None:
    charter, packages = _three_edited(tmp_path)
    result = _merge(
        charter, list(packages.values()), names=["a.partner.json", "b.partner.json", "c.partner.json"]
    )
    revs = result.charter.revisions
    assert len(revs) == len(charter.revisions) + 3
    assert revs[-3:] == result.revisions
    first, second, _third = result.revisions
    assert first.author == "Coördinator Jansen"
    assert first.date == dt.date(2026, 6, 1)
    assert first.version == 1
    assert "a.partner.json" in first.summary
    assert "Org001 (p001)" in first.summary
    assert "amount" in first.summary
    assert "mandate" in first.summary
    assert "4 wijziging(en)" in first.summary
    assert sorted(first.details) == sorted(
        [
            "gewijzigd: partners[p001].representatives[p001-r0].mandate",
            "gewijzigd: partners[p001].reporting_channel",
            "gewijzigd: strategy.contributions[con-p001].amount",
            "toegevoegd: strategy.contributions[con-p001-data]",
        ]
    )
    assert "verwijderd: purpose.interests[int-p002]" in second.details
    assert len({r.id for r in result.revisions}) == 3


def test_a_coordinator_edit_of_the_same_field_is_a_conflict(tmp_path: Path) -> None:
    charter, packages = _three_edited(tmp_path)
    charter.partners[1].representatives[0].mandate = "Alleen na overleg met de directie."
    charter.strategy.contributions[1].amount = 16  # unchanged value: not a conflict
    result = _merge(charter, [packages["p001"]], names=["p001.partner.json"])

    assert [c.key for c in result.conflicts] == ["partners[p001].representatives[p001-r0].mandate"]
    conflict = result.conflicts[0]
    assert conflict.record_id == "p001-r0"
    assert conflict.field == "mandate"
    assert conflict.base == "Besluit binnen het vastgestelde jaarplan en budget."
    assert conflict.coordinator == "Alleen na overleg met de directie."
    assert [(pv.partner_id, pv.value) for pv in conflict.packages] == [
        ("p001", "Besluit tot 50.000 euro zonder ruggenspraak.")
    ]
    assert conflict.choices == ["coordinator", "package", "package:0"]
    nl, en = conflict.nl, conflict.en
    assert "Org001" in nl
    assert "coördinator" in nl
    assert "mandaat" in nl
    assert "bij de export" in nl
    assert "Org001" in en
    assert "coordinator" in en
    assert "mandate" in en
    assert "at export" in en
    assert "Alleen na overleg" in en
    assert "50.000" in en
    new = result.charter
    assert new.partners[1].representatives[0].mandate == "Alleen na overleg met de directie."
    # The rest of the package is still applied.
    assert {c.id: c for c in new.strategy.contributions}["con-p001"].amount == 24
    assert result.charter.revisions[-1].details[-1] == (
        "conflict open: partners[p001].representatives[p001-r0].mandate"
    )
    assert "1 open conflict(en)" in result.charter.revisions[-1].summary


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("package", "Besluit tot 50.000 euro zonder ruggenspraak."),
        ("package:0", "Besluit tot 50.000 euro zonder ruggenspraak."),
        ("coordinator", "Alleen na overleg met de directie."),
    ],
)
def test_resolutions_apply_the_chosen_side(tmp_path: Path, choice: str, expected: str) -> None:
    charter, packages = _three_edited(tmp_path)
    charter.partners[1].representatives[0].mandate = "Alleen na overleg met de directie."
    key = "partners[p001].representatives[p001-r0].mandate"
    result = _merge(charter, [packages["p001"]], resolutions={key: choice})
    assert result.conflicts == []
    assert [c.key for c in result.resolved] == [key]
    assert result.resolved[0].resolution == choice
    assert result.charter.partners[1].representatives[0].mandate == expected
    applied = [c for c in result.changes if c.key == key]
    assert bool(applied) == (choice != "coordinator")
    assert any(d.startswith(f"conflict opgelost ({choice})") for d in result.revisions[0].details)


def test_an_unknown_choice_is_an_error_and_an_unknown_key_a_warning(tmp_path: Path) -> None:
    charter, packages = _three_edited(tmp_path)
    charter.partners[1].representatives[0].mandate = "Anders."
    key = "partners[p001].representatives[p001-r0].mandate"
    with pytest.raises(ValueError, match="not a choice"):
        _merge(charter, [packages["p001"]], resolutions={key: "package:5"})
    result = _merge(charter, [packages["p001"]], resolutions={"partners[p009].name": "coordinator"})
    assert [w.code for w in result.warnings] == ["unknown_resolution"]
    assert len(result.conflicts) == 1


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    charter = realistic_charter()
    package = export_package(charter, "p001", "Anna")
    package.sections.partner.legal_powers = "Gemeentewet"
    charter.partners[1].legal_powers = "Gemeentewet"
    result = _merge(charter, [package])
    assert result.conflicts == []
    assert result.changes == []
    assert result.charter.partners[1].legal_powers == "Gemeentewet"


def test_two_packages_changing_the_same_field_differently_conflict() -> None:
    charter = realistic_charter()
    first = export_package(charter, "p001", "Anna")
    second = export_package(charter, "p001", "Anna")
    first.sections.contributions[0].amount = 8
    second.sections.contributions[0].amount = 32
    first.sections.partner.short_name = "Gem1"
    second.sections.partner.short_name = "Gem1"  # the same change twice is fine
    result = _merge(charter, [first, second], names=["eerste.partner.json", "tweede.partner.json"])
    key = "strategy.contributions[con-p001].amount"
    assert [c.key for c in result.conflicts] == [key]
    conflict = result.conflicts[0]
    assert conflict.coordinator == 16.0
    assert [(pv.package, pv.value) for pv in conflict.packages] == [
        ("eerste.partner.json", 8.0),
        ("tweede.partner.json", 32.0),
    ]
    assert "package" not in conflict.choices
    assert "2 pakketten" in conflict.nl
    assert "eerste.partner.json" in conflict.nl
    assert {c.id: c for c in result.charter.strategy.contributions}["con-p001"].amount == 16
    assert result.charter.partners[1].short_name == "Gem1"
    assert [c.key for c in result.changes] == ["partners[p001].short_name"]

    chosen = _merge(charter, [first, second], resolutions={key: "package:1"})
    assert {c.id: c for c in chosen.charter.strategy.contributions}["con-p001"].amount == 32
    assert chosen.resolved[0].resolution == "package:1"


def test_deleting_what_the_coordinator_changed_is_a_conflict() -> None:
    charter = realistic_charter()
    package = export_package(charter, "p001", "Anna")
    package.sections.contributions = []
    package.sections.flows[0].purpose = "Alleen voor de casusweging."
    charter.strategy.contributions[1].description = "Twee dagen per week"
    charter.data_sharing.flows = [f for f in charter.data_sharing.flows if f.id != "flow-001"]
    result = _merge(charter, [package])
    by_key = {c.key: c for c in result.conflicts}
    assert set(by_key) == {"strategy.contributions[con-p001]", "data_sharing.flows[flow-001]"}
    removed = by_key["strategy.contributions[con-p001]"]
    assert removed.kind == "record"
    assert removed.packages[0].value is None
    assert "Org001 verwijderde bijdrage" in removed.nl
    assert "the coordinator changed it since the export" in removed.en
    gone = by_key["data_sharing.flows[flow-001]"]
    assert "the coordinator removed it since the export" in gone.en
    assert "Gegevensstroom 1" in gone.nl
    assert by_key["data_sharing.flows[flow-001]"].coordinator is None
    assert "con-p001" in {c.id for c in result.charter.strategy.contributions}
    assert "flow-001" not in {f.id for f in result.charter.data_sharing.flows}

    resolved = _merge(
        charter,
        [package],
        resolutions={
            "strategy.contributions[con-p001]": "package",
            "data_sharing.flows[flow-001]": "package",
        },
    )
    assert "con-p001" not in {c.id for c in resolved.charter.strategy.contributions}
    restored = {f.id: f for f in resolved.charter.data_sharing.flows}["flow-001"]
    assert restored.purpose == "Alleen voor de casusweging."


def test_removing_a_representative_who_sits_in_a_body_asks_the_coordinator() -> None:
    charter = realistic_charter()
    package = export_package(charter, "p001", "Anna")
    package.sections.partner.representatives = package.sections.partner.representatives[1:]
    result = _merge(charter, [package])
    key = "partners[p001].representatives[p001-r0]"
    assert [c.key for c in result.conflicts] == [key]
    assert "overlegorgaan" in result.conflicts[0].nl
    assert [r.id for r in result.charter.partners[1].representatives] == ["p001-r0", "p001-r1"]

    resolved = _merge(charter, [package], resolutions={key: "package"})
    new = resolved.charter
    assert [r.id for r in new.partners[1].representatives] == ["p001-r1"]
    members = [m for b in new.governance.bodies for m in b.members if m.partner_id == "p001"]
    assert members
    assert all(m.representative_id is None for m in members)
    assert new.integrity_problems() == []


def test_a_record_the_coordinator_gave_to_another_partner_is_not_edited_silently() -> None:
    charter = realistic_charter()
    package = export_package(charter, "p001", "Anna")
    package.sections.contributions[0].amount = 40
    charter.strategy.contributions[1].partner_id = "p004"
    result = _merge(charter, [package])
    assert [c.key for c in result.conflicts] == ["strategy.contributions[con-p001]"]
    con = {c.id: c for c in result.charter.strategy.contributions}["con-p001"]
    assert (con.partner_id, con.amount) == ("p004", 16)


def test_merging_the_same_package_twice_changes_nothing_more() -> None:
    charter = realistic_charter()
    package = export_package(charter, "p002", "Anna")
    package.sections.flows[1].name = "Huurders met betalingsachterstand"
    once = _merge(charter, [package])
    twice = _merge(once.charter, [package])
    assert len(once.changes) == 1
    assert twice.changes == []
    assert twice.conflicts == []
    assert twice.charter.data_sharing == once.charter.data_sharing
    assert len(twice.charter.revisions) == len(once.charter.revisions) + 1


def test_two_partners_adding_the_same_new_id_conflict() -> None:
    charter = realistic_charter()
    a = export_package(charter, "p001", "Anna")
    b = export_package(charter, "p002", "Anna")
    a.sections.contributions.append(Contribution(id="con-new", partner_id="p001", description="A"))
    b.sections.contributions.append(Contribution(id="con-new", partner_id="p002", description="B"))
    result = _merge(charter, [a, b])
    assert [c.key for c in result.conflicts] == ["strategy.contributions[con-new]"]
    assert "con-new" not in {c.id for c in result.charter.strategy.contributions}
    chosen = _merge(charter, [a, b], resolutions={"strategy.contributions[con-new]": "package:1"})
    assert {c.id: c for c in chosen.charter.strategy.contributions}["con-new"].partner_id == "p002"


# -- refusals --------------------------------------------------------------------------------


def _refusal(charter: Charter, packages: list[PartnerPackage], **kw: Any) -> MergeRefusedError:
    before = charter.model_dump(mode="json")
    with pytest.raises(MergeRefusedError) as info:
        _merge(charter, packages, **kw)
    assert charter.model_dump(mode="json") == before
    return info.value


def test_a_package_for_another_charter_is_refused() -> None:
    charter = realistic_charter()
    other = large_charter(partners=8, kpis=2, activities=2, flows=2)
    other.metadata.charter_id = "charter-elders"
    other.metadata.title = "Convenant Elders"
    error = _refusal(charter, [export_package(other, "p001", "Anna")], names=["elders.partner.json"])
    assert [r.problem.code for r in error.refusals] == ["foreign_charter"]
    assert "ander convenant" in error.describe("nl")
    assert "charter-elders" in error.describe("nl")
    assert "another charter" in error.describe("en")
    assert "elders.partner.json" in error.describe("en")
    assert "niet gewijzigd" in error.describe("nl")


@pytest.mark.parametrize(
    "tamper",
    [
        lambda raw: raw["base"]["contributions"][0].update(amount=1),
        lambda raw: raw["context"].update(problem="Iets anders"),
        lambda raw: raw.update(partner_id="p002"),
        lambda raw: raw.update(charter_version=3),
    ],
    ids=["base", "context", "partner_id", "version"],
)
def test_a_tampered_package_is_refused(tmp_path: Path, tamper: Any) -> None:
    charter = realistic_charter()
    path = write_packages(charter, tmp_path, ("p001",))["p001"]
    edit_json(path, tamper)
    error = _refusal(charter, [load_package(path)])
    assert [r.problem.code for r in error.refusals] == ["tampered"]
    assert "controlesom" in error.describe("nl")
    assert "checksum" in error.describe("en")


def _foreign(package: PartnerPackage) -> None:
    package.sections.contributions[0].partner_id = "p005"


def _foreign_flow(package: PartnerPackage) -> None:
    flow = package.sections.flows[0].model_copy(update={"id": "flow-003"})  # p003's flow
    package.sections.flows.append(flow)


def _id_clash(package: PartnerPackage) -> None:
    package.sections.contributions.append(Contribution(id="kpi-001", partner_id="p001"))


def _other_partner(package: PartnerPackage) -> None:
    package.sections.partner = package.sections.partner.model_copy(update={"id": "p004"})


def _duplicate(package: PartnerPackage) -> None:
    package.sections.contributions.append(package.sections.contributions[0].model_copy(update={"amount": 1}))


def _unknown_recipient(package: PartnerPackage) -> None:
    package.sections.flows[0].recipient_ids = ["p002", "p099"]


@pytest.mark.parametrize(
    ("edit", "code", "path"),
    [
        (_foreign, "foreign_record", "sections.contributions[0]"),
        (_foreign_flow, "foreign_record", "sections.flows[2]"),
        (_id_clash, "foreign_record", "sections.contributions[1]"),
        (_other_partner, "foreign_record", "sections.partner.id"),
        (_unknown_recipient, "unknown_reference", "sections.flows[0].recipient_ids[1]"),
        (_duplicate, "duplicate_id", "sections.contributions[1].id"),
    ],
)
def test_a_package_editing_what_is_not_its_own_is_refused(edit: Any, code: str, path: str) -> None:
    charter = realistic_charter()
    package = export_package(charter, "p001", "Anna")
    edit(package)
    error = _refusal(charter, [package])
    assert [(r.problem.code, r.problem.path) for r in error.refusals] == [(code, path)]
    assert error.describe("nl") != error.describe("en")


def test_an_outdated_package_is_refused_then_merged_with_a_warning_when_allowed() -> None:
    charter = realistic_charter()
    package = export_package(charter, "p001", "Anna", now=EXPORTED_AT)
    package.sections.partner.support_in_parent = "De gemeentesecretaris"
    charter.purpose.problem = "Drugscriminaliteit in de haven."
    charter.partners[5].name = "Belastingdienst regio West"
    charter.metadata.version = 2

    error = _refusal(charter, [package])
    assert [r.problem.code for r in error.refusals] == ["outdated"]
    nl, en = error.describe("nl"), error.describe("en")
    assert "maatschappelijk probleem" in nl
    assert "Org005" in nl
    assert "versie 1, nu 2" in nl
    assert "societal problem" in en
    assert "--allow-outdated" in en

    result = _merge(charter, [package], allow_outdated=True, names=["oud.partner.json"])
    assert [w.code for w in result.warnings] == ["outdated"]
    assert "societal problem" in result.warnings[0].en
    assert result.charter.partners[1].support_in_parent == "De gemeentesecretaris"
    assert result.charter.purpose.problem == "Drugscriminaliteit in de haven."
    assert "maatschappelijk probleem" in result.revisions[0].reason


def test_one_refused_package_stops_the_whole_merge() -> None:
    charter = realistic_charter()
    good = export_package(charter, "p001", "Anna")
    good.sections.partner.name = "Gemeente Nieuw"
    bad = export_package(charter, "p002", "Anna")
    _foreign(bad)
    bad.sections.contributions[0].partner_id = "p001"
    error = _refusal(charter, [good, bad], names=["goed.partner.json", "fout.partner.json"])
    assert [r.package for r in error.refusals] == ["fout.partner.json"]


def test_a_package_for_a_partner_that_left_is_refused() -> None:
    package = export_package(large_charter(partners=8, kpis=2, activities=2, flows=8), "p007", "Anna")
    charter = large_charter(partners=7, kpis=2, activities=2, flows=8)  # the same charter id, no p007
    error = _refusal(charter, [package])
    assert [r.problem.code for r in error.refusals] == ["unknown_partner"]
    assert "p007" in error.describe("nl")


def test_three_packages_merge_into_the_full_large_charter() -> None:
    charter = large_charter()
    packages = [export_package(charter, pid, "Anna") for pid in ("p010", "p020", "p030")]
    for n, package in enumerate(packages):
        package.sections.partner.representatives[1].email = f"rep{n}@example.nl"
        package.sections.flows[0].security_measures = "Versleuteld via het RIEC-portaal"
    result = _merge(charter, packages)
    assert result.conflicts == []
    assert len(result.changes) == 6
    for pid, n in (("p010", 0), ("p020", 1), ("p030", 2)):
        partner = result.charter.partner(pid)
        assert partner is not None
        assert partner.representatives[1].email == f"rep{n}@example.nl"
        flows = [f for f in result.charter.data_sharing.flows if f.provider_id == pid]
        assert flows[0].security_measures == "Versleuteld via het RIEC-portaal"
        assert all(f.security_measures == "" for f in flows[1:])
