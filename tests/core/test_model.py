"""The charter model: valid and invalid input, id references, readable validation messages."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from charter_builder.model import Charter, Partner, PartnerType, Raci
from charter_builder.problems import Problem, problems_from_validation_error
from tests.support.synthetic import large_charter

from .helpers import small_charter


def _problems(raw: dict) -> list[Problem]:
    with pytest.raises(ValidationError) as info:
        Charter.model_validate(raw)
    return problems_from_validation_error(info.value)


def _raw() -> dict:
    return small_charter().model_dump(mode="json")


def test_new_charter_is_an_empty_draft_with_an_id() -> None:
    c = Charter.new(title="X")
    assert c.metadata.charter_id.startswith("charter-")
    assert c.metadata.status == "draft"
    assert c.metadata.version == 1
    assert c.partners == []
    assert Charter.new().metadata.charter_id != c.metadata.charter_id


def test_small_and_large_charters_are_valid() -> None:
    assert small_charter().integrity_problems() == []
    big = large_charter()
    assert (
        len(big.partners),
        len(big.governance.kpis),
        len(big.roles.activities),
        len(big.data_sharing.flows),
    ) == (
        40,
        150,
        300,
        60,
    )
    assert big.integrity_problems() == []


def test_renaming_a_partner_keeps_every_reference() -> None:
    c = small_charter()
    c.partners[0].name = "Gemeente Nieuwstad"
    again = Charter.model_validate(c.model_dump(mode="json"))
    assert again.partner(again.governance.kpis[0].owner_id).name == "Gemeente Nieuwstad"
    assert again.partner(again.data_sharing.flows[0].recipient_ids[0]).name == "Gemeente Nieuwstad"


@pytest.mark.parametrize(
    ("mutate", "path", "words_en", "words_nl"),
    [
        (
            lambda r: r["governance"]["kpis"][0].update(owner_id="ghost"),
            "governance.kpis[0].owner_id",
            "refers to partner 'ghost', which does not exist",
            "bestaat niet",
        ),
        (
            lambda r: r["data_sharing"]["flows"][0]["recipient_ids"].append("ghost"),
            "data_sharing.flows[0].recipient_ids[1]",
            "partner 'ghost'",
            "partner 'ghost'",
        ),
        (
            lambda r: r["roles"]["activities"][0]["raci"].update(ghost="R"),
            "roles.activities[0].raci.ghost",
            "does not exist",
            "bestaat niet",
        ),
        (
            lambda r: r["partners"][1].update(id="gem"),
            "partners[1].id",
            "already used at partners[0]",
            "wordt al gebruikt",
        ),
        (
            lambda r: r["partners"][0].update(type="bank"),
            "partners[0].type",
            "must be one of",
            "moet een van",
        ),
        (
            lambda r: r["partners"][0].update(id="has space"),
            "partners[0].id",
            "not a valid id",
            "geen geldige id",
        ),
        (
            lambda r: r["governance"]["kpis"][0].update(target="veel"),
            "governance.kpis[0].target",
            "must be a number",
            "moet een getal zijn",
        ),
        (
            lambda r: r["governance"].update(start_date="2026-05-01", end_date="2025-01-01"),
            "governance",
            "lies before start_date",
            "ligt vóór",
        ),
        (
            lambda r: r["governance"].update(start_date="1 mei"),
            "governance.start_date",
            "must be a date",
            "moet een datum zijn",
        ),
        (
            lambda r: r["partners"][0].update(nickname="x"),
            "partners[0].nickname",
            "not a known field",
            "geen bekend veld",
        ),
        (lambda r: r["metadata"].pop("charter_id"), "metadata.charter_id", "is missing", "ontbreekt"),
        (lambda r: r["metadata"].update(version=0), "metadata.version", "at least 1", "minstens 1"),
        (
            lambda r: r["data_sharing"]["flows"][0].update(retention_months=-3),
            "data_sharing.flows[0].retention_months",
            "at least 0",
            "minstens 0",
        ),
        (lambda r: r.update(partners={"gem": {}}), "partners", "must be a list", "moet een lijst zijn"),
        (
            lambda r: r["governance"]["kpis"][0].update(target=float("nan")),
            "governance.kpis[0].target",
            "finite number",
            "eindig getal",
        ),
        (
            lambda r: r["roles"]["activities"][0]["raci"].update(gem="X"),
            "roles.activities[0].raci.gem",
            "must be one of",
            "moet een van",
        ),
    ],
)
def test_invalid_input_gives_a_readable_message_with_the_field_path(mutate, path, words_en, words_nl) -> None:
    raw = _raw()
    mutate(raw)
    problems = _problems(raw)
    match = [p for p in problems if p.path == path]
    assert match, [p.describe() for p in problems]
    assert words_en in match[0].en
    assert words_nl in match[0].nl
    # Plain words, not pydantic's internals.
    for p in problems:
        for internal in ("pydantic", "type=", "input_value"):
            assert internal not in p.en


def test_every_problem_is_reported_not_just_the_first() -> None:
    raw = _raw()
    raw["partners"][0]["type"] = "bank"
    raw["governance"]["kpis"][0]["baseline"] = "x"
    raw["metadata"]["status"] = "done"
    paths = {p.path for p in _problems(raw)}
    assert {"partners[0].type", "governance.kpis[0].baseline", "metadata.status"} <= paths


def test_assignment_is_validated_like_a_loaded_file() -> None:
    p = Partner(id="gem", name="Gemeente")
    with pytest.raises(ValidationError):
        p.type = "bank"  # type: ignore[assignment]
    p.type = PartnerType.POLICE
    assert p.type is PartnerType.POLICE


def test_text_is_kept_exactly_as_typed() -> None:
    text = '  <Gemeente> & "partners" 🤝\n\nTweede alinea\t '
    c = small_charter()
    c.purpose.problem = text
    again = Charter.model_validate_json(c.model_dump_json())
    assert again.purpose.problem == text


def test_raci_accountable_helper() -> None:
    assert Raci.ACCOUNTABLE.is_accountable
    assert Raci.ACCOUNTABLE_RESPONSIBLE.is_accountable
    assert not Raci.RESPONSIBLE.is_accountable


def test_records_walks_every_identified_record_with_its_path() -> None:
    c = small_charter()
    paths = dict(c.records())
    assert paths["partners[0]"].id == "gem"
    assert paths["partners[0].representatives[0]"].id == "gem-r1"
    assert paths["data_sharing.flows[0]"].id == "flow-1"


def test_dates_round_trip() -> None:
    c = small_charter()
    c.governance.start_date = dt.date(2026, 3, 1)
    c.governance.mid_term_review_date = dt.date(2028, 3, 1)
    again = Charter.model_validate_json(c.model_dump_json())
    assert again.governance.mid_term_review_date == dt.date(2028, 3, 1)


def test_a_refused_assignment_leaves_the_record_unchanged() -> None:
    from charter_builder.model import Governance

    g = Governance(start_date=dt.date(2026, 1, 1), end_date=dt.date(2027, 1, 1))
    with pytest.raises(ValidationError):
        g.end_date = dt.date(2025, 1, 1)  # before the start: the record-level rule refuses it
    assert g.end_date == dt.date(2027, 1, 1)
    with pytest.raises(ValidationError):
        g.end_date = "gisteren"  # type: ignore[assignment]
    assert g.end_date == dt.date(2027, 1, 1)
