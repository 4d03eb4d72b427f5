"""Comparing two versions of a charter: matched by id, told in plain Dutch and English, and the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from charter_builder.cli import main
from charter_builder.diff import Change, ChangeKind, diff_charters, excerpt, summarise
from charter_builder.examples import example_charter
from charter_builder.model import (
    Activity,
    Body,
    BodyMember,
    Charter,
    DataFlow,
    Kpi,
    MandateLevel,
    MemberRole,
    Partner,
    Raci,
    Representative,
    Status,
    Step,
)
from charter_builder.storage import save_charter


def _v1() -> Charter:
    """A small founding charter, as the partners signed it."""
    c = Charter.new(title="Convenant Testregio", partnership_name="Testregio")
    c.partners = [
        Partner(
            id="gem",
            name="Gemeente Teststad",
            representatives=[
                Representative(
                    id="gem-r1",
                    name="A. de Vries",
                    function="Burgemeester",
                    mandate_level=MandateLevel.WITHIN_LIMITS,
                )
            ],
        ),
        Partner(id="pol", name="Politie eenheid Test"),
        Partner(id="om", name="Openbaar Ministerie"),
    ]
    c.purpose.problem = (
        "Criminele netwerken gebruiken panden en bedrijven in de regio om geld wit te wassen; "
        "signalen blijven bij afzonderlijke organisaties liggen."
    )
    c.governance.kpis = [
        Kpi(id="kpi-signalen", name="Signalen", owner_id="gem", baseline=10, target=40),
        Kpi(id="kpi-casussen", name="Casussen", owner_id="pol", target=12),
        Kpi(id="kpi-tevredenheid", name="Tevredenheid", owner_id="om"),
    ]
    c.governance.bodies = [
        Body(id="sg", name="Stuurgroep", members=[BodyMember(partner_id="gem", role=MemberRole.CHAIR)])
    ]
    c.roles.activities = [
        Activity(id="act-1", name="Casusoverleg", raci={"gem": Raci.ACCOUNTABLE, "pol": Raci.CONSULTED})
    ]
    c.data_sharing.flows = [
        DataFlow(
            id="flow-1",
            name="Signalen politie",
            provider_id="pol",
            recipient_ids=["gem"],
            retention_months=24,
            data_categories=["naam", "adres"],
        )
    ]
    return c


def _texts(changes: list[Change], lang: str) -> list[str]:
    return [c.text(lang) for c in changes]


def test_identical_charters_have_no_changes() -> None:
    a = _v1()
    assert diff_charters(a, a.model_copy(deep=True)) == []
    ex = example_charter()
    assert diff_charters(ex, example_charter()) == []


def test_saving_alone_is_no_change() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.metadata.updated_at = dt.datetime(2030, 1, 1, 12, 0)
    assert diff_charters(a, b) == []


def test_partner_joined_and_left() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.partners.insert(0, Partner(id="gem-x", name="Gemeente X"))
    b.governance.kpis = [k for k in b.governance.kpis if k.owner_id != "om"]
    b.partners = [p for p in b.partners if p.id != "om"]
    changes = diff_charters(a, b)
    nl, en = _texts(changes, "nl"), _texts(changes, "en")
    assert "Partner 'Gemeente X' is toegetreden" in nl
    assert "Partner 'Gemeente X' joined" in en
    assert "Partner 'Openbaar Ministerie' is uitgetreden" in nl
    assert "Partner 'Openbaar Ministerie' left" in en
    joined = next(c for c in changes if c.record_id == "gem-x")
    assert joined.kind is ChangeKind.ADDED
    assert joined.step is Step.PARTNERS
    assert joined.path == "partners[gem-x]"
    assert joined.new["name"] == "Gemeente X"


def test_records_are_matched_by_id_not_by_position() -> None:
    """Inserting at the top changes nothing about the records that shifted down."""
    a = _v1()
    b = a.model_copy(deep=True)
    b.governance.kpis.insert(0, Kpi(id="kpi-nieuw", name="Nieuw"))
    changes = diff_charters(a, b)
    assert [(c.kind, c.record_id) for c in changes] == [(ChangeKind.ADDED, "kpi-nieuw")]


def test_kpi_target_retention_and_units() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.governance.kpis[0].target = 60
    b.data_sharing.flows[0].retention_months = 60
    nl, en = _texts(diff_charters(a, b), "nl"), _texts(diff_charters(a, b), "en")
    assert nl == [
        "KPI 'Signalen': streefwaarde 40 → 60",
        "Gegevensstroom 'Signalen politie': bewaartermijn 24 → 60 maanden",
    ]
    assert en == [
        "KPI 'Signalen': target 40 → 60",
        "Data flow 'Signalen politie': retention 24 → 60 months",
    ]


def test_renamed_record_is_one_sentence_with_old_and_new_name() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.partners[1].name = "Politie Eenheid Zee"
    b.governance.kpis[1].name = "Gestarte casussen"
    b.governance.kpis[1].target = 15
    changes = diff_charters(a, b)
    assert _texts(changes, "nl") == [
        "Partner 'Politie eenheid Test' heet nu 'Politie Eenheid Zee'",
        "KPI 'Casussen' heet nu 'Gestarte casussen'",
        "KPI 'Gestarte casussen': streefwaarde 12 → 15",
    ]
    assert _texts(changes, "en")[0] == "Partner 'Politie eenheid Test' renamed to 'Politie Eenheid Zee'"
    # References show the new name wherever the partner appears.
    b.governance.kpis[0].owner_id = "pol"
    owner = next(c for c in diff_charters(a, b) if c.path == "governance.kpis[kpi-signalen].owner_id")
    assert owner.en == "KPI 'Signalen': owner 'Gemeente Teststad' → 'Politie Eenheid Zee'"


def test_reordered_records_are_moved_and_only_the_moved_one() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.governance.kpis.append(b.governance.kpis.pop(0))  # Signalen from first to last
    changes = diff_charters(a, b)
    assert len(changes) == 1
    (moved,) = changes
    assert moved.kind is ChangeKind.MOVED
    assert moved.record_id == "kpi-signalen"
    assert moved.nl == "KPI 'Signalen' is verplaatst van plaats 1 naar plaats 3"
    assert moved.en == "KPI 'Signalen' moved from position 1 to 3"


def test_representative_moving_to_another_partner_is_one_move() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    rep = b.partners[0].representatives.pop(0)
    rep.function = "Wethouder"
    b.partners[1].representatives.append(rep)
    changes = diff_charters(a, b)
    assert changes[0].kind is ChangeKind.MOVED
    assert changes[0].en == (
        "Representative 'A. de Vries' moved from Gemeente Teststad to Politie eenheid Test"
    )
    assert changes[0].nl == (
        "Vertegenwoordiger 'A. de Vries' is verplaatst van Gemeente Teststad naar Politie eenheid Test"
    )
    assert changes[1].en == (
        "Representative 'A. de Vries' (Politie eenheid Test): function 'Burgemeester' → 'Wethouder'"
    )
    assert len(changes) == 2


def test_raci_changes_per_activity_and_partner() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.roles.activities[0].raci = {"gem": Raci.ACCOUNTABLE_RESPONSIBLE, "om": Raci.INFORMED}
    changes = diff_charters(a, b)
    assert _texts(changes, "nl") == [
        "Activiteit 'Casusoverleg': RACI van 'Gemeente Teststad' A → A/R",
        "Activiteit 'Casusoverleg': RACI van 'Politie eenheid Test' C → (geen)",
        "Activiteit 'Casusoverleg': RACI van 'Openbaar Ministerie' (geen) → I",
    ]
    assert [c.kind for c in changes] == [ChangeKind.CHANGED, ChangeKind.REMOVED, ChangeKind.ADDED]
    assert changes[2].path == "roles.activities[act-1].raci.om"
    assert all(c.step is Step.ROLES and c.record_id == "act-1" for c in changes)


def test_mandate_change_names_the_representative_and_partner() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.partners[0].representatives[0].mandate_level = MandateLevel.FULL
    b.partners[0].representatives[0].mandate = "Tot 50.000 euro per jaar."
    nl = _texts(diff_charters(a, b), "nl")
    en = _texts(diff_charters(a, b), "en")
    assert (
        nl[0]
        == "Vertegenwoordiger 'A. de Vries' (Gemeente Teststad): mandaat binnen vastgelegde grenzen → volledig"
    )
    assert en[0] == "Representative 'A. de Vries' (Gemeente Teststad): mandate within recorded limits → full"
    assert en[1] == (
        "Representative 'A. de Vries' (Gemeente Teststad): mandate in words (empty) → 'Tot 50.000 euro per jaar.'"
    )


def test_long_text_change_shows_a_short_excerpt_around_the_edit() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.purpose.problem = b.purpose.problem.replace("geld wit te wassen", "drugsgeld te investeren")
    (change,) = diff_charters(a, b)
    assert change.step is Step.PURPOSE
    assert change.path == "purpose.problem"
    assert change.nl.startswith("Bedoeling: maatschappelijk probleem gewijzigd: '…")
    assert "geld wit te wassen" in change.nl
    assert "drugsgeld te investeren" in change.nl
    assert "afzonderlijke organisaties" not in change.nl  # the unchanged end is cut away
    assert "Criminele netwerken" not in change.nl  # and so is the unchanged start
    assert len(change.nl) < 200
    assert change.old == a.purpose.problem
    assert change.new == b.purpose.problem


def test_excerpt_cuts_long_middles_and_flattens_lines() -> None:
    old = "begin " * 10 + "A" * 500 + " einde" * 10
    new = "begin " * 10 + "B" * 500 + " einde" * 10
    a, b = excerpt(old, new)
    assert len(a) < 120
    assert len(b) < 120
    assert a.startswith("…")
    assert a.endswith("…")
    assert "A" in a
    assert "B" in b
    x, y = excerpt("regel een\nregel twee", "regel een\nregel drie")
    assert "\n" not in x
    assert "twee" in x
    assert "drie" in y


def test_lists_of_values_added_and_removed() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.data_sharing.flows[0].recipient_ids = ["gem", "om"]
    b.data_sharing.flows[0].data_categories = ["naam", "geboortedatum"]
    en = _texts(diff_charters(a, b), "en")
    assert en == [
        "Data flow 'Signalen politie': 'Openbaar Ministerie' added to recipients",
        "Data flow 'Signalen politie': 'adres' removed from data categories",
        "Data flow 'Signalen politie': 'geboortedatum' added to data categories",
    ]


def test_body_members_matched_by_partner() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.governance.bodies[0].members[0].role = MemberRole.MEMBER
    b.governance.bodies[0].members.append(BodyMember(partner_id="pol"))
    changes = diff_charters(a, b)
    assert len(changes) == 2
    assert changes[0].en.startswith("Body 'Stuurgroep', member 'Gemeente Teststad': role ")
    assert changes[1].en == "Body 'Stuurgroep': member 'Politie eenheid Test' added"
    assert changes[1].kind is ChangeKind.ADDED


def test_metadata_version_and_status() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.metadata.version = 2
    b.metadata.status = Status.SIGNED
    changes = diff_charters(a, b)
    assert [c.path for c in changes] == ["metadata.version", "metadata.status"]
    assert changes[0].nl == "Convenant: versie 1 → 2"
    assert changes[0].en == "Charter: version 1 → 2"
    assert all(c.step is Step.REVIEW for c in changes)


def test_every_change_has_both_languages_and_a_step() -> None:
    a = example_charter()
    b = example_charter()
    b.partners.pop()
    b.partners.insert(1, Partner(id="nieuw", name="Nieuwe partner"))
    b.governance.kpis.reverse()
    b.trust.learning = "Anders leren."
    b.data_sharing.flows[0].purpose += " En meer."
    for rec_path, rec in list(b.records())[:5]:
        del rec_path
        if hasattr(rec, "description"):
            rec.description = "Nieuw"
    changes = diff_charters(a, b)
    assert changes
    for c in changes:
        assert c.nl
        assert c.en
        assert c.nl != ""
        assert isinstance(c.step, Step)
        assert c.nl[0].isupper() or not c.nl[0].isalpha()
        json.dumps(c.to_json(), ensure_ascii=False)  # JSON-serialisable
    assert "verwijderd" in summarise(changes, "nl") or "uitgetreden" in " ".join(_texts(changes, "nl"))


def test_summary_counts_by_kind() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.partners.append(Partner(id="x", name="X"))
    b.governance.kpis[0].target = 1
    assert summarise(diff_charters(a, b), "en") == "2 changes: 1 added, 1 changed."
    assert summarise(diff_charters(a, b), "nl") == "2 wijzigingen: 1 toegevoegd, 1 gewijzigd."
    assert summarise([], "nl") == "Geen wijzigingen."


def test_diff_is_symmetric_in_count_for_adds_and_removes() -> None:
    a = _v1()
    b = a.model_copy(deep=True)
    b.partners.append(Partner(id="x", name="X"))
    b.data_sharing.flows[0].recipient_ids.append("x")
    forward = diff_charters(a, b)
    back = diff_charters(b, a)
    assert [c.kind for c in forward] == [ChangeKind.ADDED, ChangeKind.ADDED]
    assert [c.kind for c in back] == [ChangeKind.REMOVED, ChangeKind.REMOVED]


# -- the command line ---------------------------------------------------------------------------


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path]:
    a = _v1()
    b = a.model_copy(deep=True)
    b.partners.append(Partner(id="gem-x", name="Gemeente X"))
    b.governance.kpis[0].target = 60
    b.data_sharing.flows[0].retention_months = 60
    b.metadata.version = 2
    old, new = tmp_path / "v1.charter.json", tmp_path / "v2.charter.json"
    save_charter(a, old)
    save_charter(b, new)
    return old, new


def test_cli_diff_text_in_dutch(versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = versions
    assert main(["diff", str(old), str(new), "--lang", "nl"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "4 wijzigingen: 1 toegevoegd, 3 gewijzigd."
    assert "- Partner 'Gemeente X' is toegetreden" in out
    assert "- KPI 'Signalen': streefwaarde 40 → 60" in out
    assert "- Gegevensstroom 'Signalen politie': bewaartermijn 24 → 60 maanden" in out
    assert "- Convenant: versie 1 → 2" in out


def test_cli_diff_global_lang_and_json(
    versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = versions
    assert main(["--lang", "en", "diff", str(old), str(new), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"] == "4 changes: 1 added, 3 changed."
    kinds = {(c["kind"], c["path"]) for c in doc["changes"]}
    assert ("added", "partners[gem-x]") in kinds
    assert ("changed", "governance.kpis[kpi-signalen].target") in kinds
    target = next(c for c in doc["changes"] if c["path"].endswith(".target"))
    assert (target["old"], target["new"]) == (40, 60)
    assert target["en"] == "KPI 'Signalen': target 40 → 60"


def test_cli_diff_same_file_is_exit_0(
    versions: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = versions
    assert main(["diff", str(old), str(old)]) == 0
    assert capsys.readouterr().out.strip() == "No changes."


def test_cli_diff_file_errors_are_exit_2(
    versions: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = versions
    broken = tmp_path / "kapot.charter.json"
    broken.write_text('{"schema_version": 2, "metadata": ', encoding="utf-8")
    assert main(["diff", str(old), str(tmp_path / "weg.charter.json")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["diff", str(broken), str(old), "--lang", "nl"]) == 2
    assert "geen geldige JSON" in capsys.readouterr().err


def test_amending_a_signed_charter_reads_as_a_new_version() -> None:
    """The mid-term review flow: version 1 signed, amended to version 2 with a new partner and target."""
    from charter_builder.model import Signature
    from charter_builder.versions import amend

    v1 = _v1()
    v1.metadata.status = Status.SIGNED
    v1.signatures = [
        Signature(id="sig-gem", partner_id="gem", name="A. de Vries", signed_on=dt.date(2026, 3, 1))
    ]
    v2 = amend(v1, author="Coördinator", reason="Tussentijdse toetsing", agreed_by=["gem", "pol"])
    v2.partners.append(Partner(id="gem-x", name="Gemeente X"))
    v2.governance.kpis[0].target = 60
    nl = _texts(diff_charters(v1, v2), "nl")
    en = _texts(diff_charters(v1, v2), "en")
    assert nl == [
        "Convenant: versie 1 → 2",
        "Convenant: status ondertekend → concept",
        "Partner 'Gemeente X' is toegetreden",
        "KPI 'Signalen': streefwaarde 40 → 60",
        "Wijziging voor versie 2 is toegevoegd",
        "Ondertekening 'A. de Vries' is verwijderd",
        "Versie 1 is bewaard in het bestand",
    ]
    assert en[4] == "Revision for version 2 added"
    assert en[-1] == "Version 1 is kept in the file"
    # Version 1 inside the file compares to version 2 exactly like the separate copy did.
    from charter_builder.versions import version

    assert _texts(diff_charters(version(v2, 1), v2), "en")[:4] == en[:4]


def test_cli_diff_versions_kept_inside_one_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from charter_builder.versions import amend

    v1 = _v1()
    v2 = amend(v1, author="Coördinator", reason="Toetsing")
    v2.governance.kpis[0].target = 60
    path = tmp_path / "c.charter.json"
    save_charter(v2, path)
    assert main(["diff", str(path), "--old-version", "1", "--lang", "nl"]) == 1
    out = capsys.readouterr().out
    assert "- KPI 'Signalen': streefwaarde 40 → 60" in out
    assert "- Convenant: versie 1 → 2" in out
    assert main(["diff", str(path), "--old-version", "2"]) == 0
    capsys.readouterr()
    assert main(["diff", str(path), "--old-version", "7"]) == 2
    assert "version 7 is not in this file (it has: 1, 2)" in capsys.readouterr().err


def test_a_sorted_list_is_one_change_of_order() -> None:
    a = example_charter()
    b = example_charter()
    b.governance.kpis.reverse()
    b.governance.kpis[0].target = 1234
    changes = diff_charters(a, b)
    order = [c for c in changes if c.kind is ChangeKind.MOVED]
    assert len(order) == 1
    n = len(a.governance.kpis) - 1
    assert order[0].nl == f"Volgorde van de KPI's gewijzigd ({n} verplaatst)"
    assert order[0].en == f"Order of the KPIs changed ({n} moved)"
    assert order[0].path == "governance.kpis"
    assert order[0].new == [k.id for k in b.governance.kpis]
    assert any(c.kind is ChangeKind.CHANGED and c.en.endswith("→ 1234") for c in changes)
