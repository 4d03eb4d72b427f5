"""The register's matrix on the example charter, and the privacy officer's questions on flows with gaps."""

from __future__ import annotations

from pathlib import Path

import pytest

from charter_builder.model import Charter, ControllerRole, DataFlow, DpiaStatus, Partner
from charter_builder.register import Role, category_matrix, flow_path, normalise_category, privacy_questions
from charter_builder.storage import load_charter

EXAMPLE = Path(__file__).parents[2] / "templates" / "examples" / "riec-westerdelta.charter.json"


@pytest.fixture(scope="module")
def example() -> Charter:
    return load_charter(EXAMPLE)


def test_example_matrix_concrete_cells(example: Charter) -> None:
    m = category_matrix(example)
    assert m.partner_ids == [p.id for p in example.partners]
    # Woonstede provides names and addresses (woonfraude) and receives them from the OM.
    both = m.cell("naam en adres", "woonstede")
    assert both is not None
    assert both.role == Role.BOTH
    assert set(both.flow_ids) == {"flow-woonfraude", "flow-om-strafvorderlijk"}
    om = m.cell("Naam en Adres", "om-westerdelta")
    assert om is not None
    assert om.role == Role.PROVIDES
    assert om.flow_ids == ["flow-om-strafvorderlijk"]
    havenstad = m.cell("naam en adres", "gem-havenstad")
    assert havenstad is not None
    assert havenstad.role == Role.RECEIVES
    assert set(havenstad.flow_ids) == {"flow-woonfraude", "flow-om-strafvorderlijk"}
    # Company data comes from the tax office and the labour inspectorate.
    assert m.cell("bedrijfsgegevens", "bd-westerdelta").role == Role.PROVIDES
    assert m.cell("bedrijfsgegevens", "nla").role == Role.PROVIDES
    assert m.cell("bedrijfsgegevens", "pol-westerdelta").flow_ids == ["flow-fiscaal", "flow-arbeidsinspectie"]
    # Nobody shares police records with the housing corporation.
    assert m.cell("antecedenten en lopende zaken", "woonstede") is None


def test_example_matrix_rows_are_unique_categories(example: Charter) -> None:
    m = category_matrix(example)
    seen = {normalise_category(c) for f in example.data_sharing.flows for c in f.data_categories}
    assert sorted(normalise_category(c) for c in m.categories) == sorted(seen)
    assert len(m.categories) == len(seen)


def test_matrix_normalises_case_and_spacing_and_keeps_unknown_parties() -> None:
    c = Charter.new(title="T", partnership_name="T")
    c.partners = [Partner(id="a", name="A"), Partner(id="b", name="B")]
    c.data_sharing.flows = [
        DataFlow(id="f1", provider_id="a", recipient_ids=["b"], data_categories=["Naam  en adres", " "]),
        DataFlow(id="f2", provider_id="b", recipient_ids=["ghost"], data_categories=["naam en ADRES"]),
    ]
    m = category_matrix(c)
    assert m.categories == ["Naam en adres"]
    assert m.partner_ids == ["a", "b", "ghost"]
    assert m.cell("naam en adres", "a").role == Role.PROVIDES
    assert m.cell("naam en adres", "b").role == Role.BOTH
    assert m.cell("naam en adres", "b").flow_ids == ["f1", "f2"]
    assert m.cell("naam en adres", "ghost").role == Role.RECEIVES


def test_questions_on_a_flow_with_gaps() -> None:
    flow = DataFlow(
        id="f",
        provider_id="a",
        recipient_ids=["b"],
        purpose="Signalen duiden",
        necessity="  ",
        retention_note="tot einde casus",
        police_data=True,
        controller_role=ControllerRole.PROCESSOR,
    )
    qs = {q.key: q for q in privacy_questions(flow)}
    assert qs["purpose"].answered
    assert qs["parties"].answered
    assert qs["retention"].answered
    for key in (
        "necessity",
        "subsidiarity",
        "legal_basis",
        "minimisation",
        "security",
        "authorisation",
        "dpia",
    ):
        assert not qs[key].answered, key
    assert not qs["wpg"].answered
    assert not qs["art28"].answered
    assert "art9" not in qs
    assert "art10" not in qs
    assert "art26" not in qs
    assert qs["subsidiarity"].fields == ("subsidiarity",)
    assert "less intrusive" in qs["subsidiarity"].text("en")
    assert "minder ingrijpend" in qs["subsidiarity"].text("nl")
    flow.wpg_article = "art. 20 Wpg"
    flow.art28_agreement = True
    flow.dpia = DpiaStatus.NOT_REQUIRED
    qs = {q.key: q for q in privacy_questions(flow)}
    assert qs["wpg"].answered
    assert qs["art28"].answered
    assert qs["dpia"].answered


def test_legal_basis_needs_ground_and_explanation() -> None:
    flow = DataFlow(id="f", art6_ground="e")
    assert not {q.key: q for q in privacy_questions(flow)}["legal_basis"].answered
    flow.legal_basis_explanation = "Wet Bibob"
    assert {q.key: q for q in privacy_questions(flow)}["legal_basis"].answered


def test_example_flows_answer_every_question(example: Charter) -> None:
    """The example is a model charter: a privacy officer finds nothing open in it."""
    open_ = [
        (f.id, q.key) for f in example.data_sharing.flows for q in privacy_questions(f) if not q.answered
    ]
    assert open_ == []


def test_flow_path() -> None:
    assert flow_path(2, "purpose") == "data_sharing.flows[2].purpose"
    assert flow_path(0) == "data_sharing.flows[0]"


def test_legal_basis_question_names_every_partner() -> None:
    flow = DataFlow(id="f", provider_id="pol", recipient_ids=["gem", "om"])
    names = {"pol": "Politie", "gem": "Havenstad", "om": "OM"}
    q = {q.key: q for q in privacy_questions(flow, names)}["legal_basis"]
    assert "mag Politie verstrekken en mag Havenstad, OM ontvangen" in q.text("nl")
    assert "may Politie provide and Havenstad, OM receive" in q.text("en")
    plain = {q.key: q for q in privacy_questions(flow)}["legal_basis"]
    assert "de verstrekker" in plain.text("nl")
