"""Starter charters: every one loads, is byte-stable, complete, marked as a starting point, and
``new_from_starter`` turns it into a fresh draft."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from charter_builder.model import Charter, KpiFocus, KpiKind, Status
from charter_builder.resources import template_path
from charter_builder.starters import (
    CHECK_MARKER,
    TITLE_PREFIX,
    UnknownStarterError,
    get_starter,
    list_starters,
    new_from_starter,
)
from charter_builder.storage import dump_charter, load_charter, load_charter_bytes

STARTERS = list_starters()
IDS = [s.id for s in STARTERS]


def test_index_lists_every_starter_file_once() -> None:
    folder = template_path("starters")
    on_disk = {p.name for p in folder.glob("*.charter.json")}
    assert sorted(s.file for s in STARTERS) == sorted(on_disk)
    assert len(STARTERS) >= 5


def test_index_is_complete_in_both_languages() -> None:
    for s in STARTERS:
        for lang in ("nl", "en"):
            assert s.title(lang).strip(), (s.id, lang)
            assert len(s.description(lang)) > 40, (s.id, lang)
        assert s.title_nl != s.title_en, s.id
        assert s.description_nl != s.description_en, s.id


def test_index_rejects_a_malformed_entry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bad = tmp_path / "index.json"
    bad.write_text(json.dumps([{"id": "x", "file": "x.charter.json", "title_nl": "X"}]), encoding="utf-8")
    monkeypatch.setattr("charter_builder.starters.index_path", lambda: bad)
    with pytest.raises(ValueError, match="exactly the keys"):
        list_starters()


@pytest.mark.parametrize("starter_id", IDS)
def test_starter_loads_and_is_byte_stable(starter_id: str) -> None:
    path = get_starter(starter_id).path
    raw = path.read_bytes()
    assert dump_charter(load_charter(path)) == raw, (
        f"{path.name} is not in save-file form; re-save it with charter_builder.storage.save_charter"
    )


@pytest.mark.parametrize("starter_id", IDS)
def test_starter_is_a_marked_realistic_starting_point(starter_id: str) -> None:
    c = get_starter(starter_id).load()
    assert c.metadata.title.startswith(TITLE_PREFIX)
    assert c.metadata.language == "nl"
    assert c.metadata.status == Status.DRAFT
    assert CHECK_MARKER in dump_charter(c).decode("utf-8")
    assert len(c.partners) >= 5
    assert all(any(r.is_signatory for r in p.representatives) for p in c.partners)
    assert {p.id for p in c.partners} == {i.partner_id for i in c.purpose.interests}
    assert c.governance.bodies
    assert c.governance.end_date is not None
    assert c.governance.mid_term_review_date is not None
    assert len(c.data_sharing.flows) >= 3
    assert c.trust.glossary


@pytest.mark.parametrize("starter_id", IDS)
def test_starter_has_kpis_of_both_kinds_and_focuses(starter_id: str) -> None:
    kpis = get_starter(starter_id).load().governance.kpis
    assert {k.kind for k in kpis} == set(KpiKind)
    assert {k.focus for k in kpis} == set(KpiFocus)
    assert all(k.owner_id for k in kpis)


@pytest.mark.parametrize("starter_id", IDS)
def test_starter_roles_have_exactly_one_accountable(starter_id: str) -> None:
    c = get_starter(starter_id).load()
    assert len(c.roles.activities) >= 5
    for act in c.roles.activities:
        assert sum(r.is_accountable for r in act.raci.values()) == 1, act.id


@pytest.mark.parametrize("starter_id", IDS)
def test_starter_flows_name_a_legal_basis(starter_id: str) -> None:
    for f in get_starter(starter_id).load().data_sharing.flows:
        assert f.art6_ground is not None, f.id
        assert f.legal_basis_explanation.strip(), f.id
        if f.criminal_data:
            assert f.art10_basis.strip(), f.id
        if f.special_categories:
            assert f.art9_exception is not None, f.id


@pytest.mark.parametrize("starter_id", IDS)
def test_new_from_starter_is_a_fresh_draft(starter_id: str) -> None:
    today = dt.date(2031, 5, 17)
    starter = get_starter(starter_id)
    original = starter.load()
    c = new_from_starter(starter_id, today=today)
    assert c.metadata.charter_id != original.metadata.charter_id
    assert c.metadata.charter_id != new_from_starter(starter_id, today=today).metadata.charter_id
    assert c.metadata.version == 1
    assert c.metadata.status == Status.DRAFT
    assert c.metadata.created_on == today
    assert [r.version for r in c.revisions] == [1]
    assert c.signatures == []
    # The term starts next month and keeps its length in months.
    g, og = c.governance, original.governance
    assert g.start_date == dt.date(2031, 6, 1)
    assert og.start_date is not None
    assert og.end_date is not None
    assert g.end_date is not None
    months = lambda a, b: (b.year - a.year) * 12 + b.month - a.month  # noqa: E731
    assert months(g.start_date, g.end_date) == months(og.start_date, og.end_date)
    # The new charter is a valid charter that survives a save and load.
    assert load_charter_bytes(dump_charter(c)) == c
    assert c.partners == original.partners


def test_new_from_starter_can_move_the_term_back_in_time() -> None:
    c = new_from_starter(IDS[0], today=dt.date(2026, 2, 3))
    assert c.governance.start_date == dt.date(2026, 3, 1)
    assert c.governance.end_date is not None
    assert c.governance.mid_term_review_date is not None
    assert c.governance.start_date < c.governance.mid_term_review_date < c.governance.end_date


def test_unknown_starter_names_the_known_ones() -> None:
    with pytest.raises(UnknownStarterError, match=IDS[0]):
        new_from_starter("bestaat-niet")


def test_a_starter_is_independent_of_the_file() -> None:
    a = new_from_starter(IDS[0])
    a.partners[0].name = "Gewijzigd"
    b: Charter = get_starter(IDS[0]).load()
    assert b.partners[0].name != "Gewijzigd"


@pytest.mark.parametrize("starter_id", IDS)
def test_starter_and_a_charter_made_from_it_pass_the_checks(starter_id: str) -> None:
    from charter_builder.checks import Severity, run_checks

    for charter in (get_starter(starter_id).load(), new_from_starter(starter_id)):
        errors = [f"{f.rule_id} {f.path}" for f in run_checks(charter) if f.severity == Severity.ERROR]
        assert errors == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("starter_id", IDS)
def test_starter_renders_to_word(starter_id: str, lang: str, tmp_path: Path) -> None:
    import docx

    from charter_builder.word import render_charter

    charter = new_from_starter(starter_id)
    out = render_charter(charter, tmp_path / f"{starter_id}.docx", lang=lang)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert charter.metadata.title in text
    assert all(p.name in text for p in charter.partners)
