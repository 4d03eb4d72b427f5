"""The data-sharing register annex in the rendered charter, read back with python-docx."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocxDocument
from docx.table import Table
from docx.text.paragraph import Paragraph

from charter_builder.model import Charter, DataFlow, Partner
from charter_builder.register import category_matrix
from charter_builder.storage import load_charter
from charter_builder.word.register_annex import register_text
from charter_builder.word.render import render_charter_bytes

from .helpers import small_charter

EXAMPLE = Path(__file__).parents[2] / "templates" / "examples" / "riec-westerdelta.charter.json"


@pytest.fixture(scope="module")
def example() -> Charter:
    return load_charter(EXAMPLE)


def _doc(charter: Charter, lang: str) -> DocxDocument:
    return Document(io.BytesIO(render_charter_bytes(charter, lang=lang)))


def _annex(doc: DocxDocument, lang: str) -> tuple[list[str], list[Table]]:
    """Return the paragraph texts and tables from the annex heading up to the next level-1 heading."""
    t = register_text(lang)
    texts: list[str] = []
    tables: list[Table] = []
    inside = False
    for block in doc.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(block, doc)
            if p.text == t["heading"] and p.style.name == "Heading 1":
                inside = True
            elif inside and p.style.name == "Heading 1":
                break
            if inside:
                texts.append(p.text)
        elif tag == "tbl" and inside:
            tables.append(Table(block, doc))
    return texts, tables


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_example_annex(example: Charter, lang: str) -> None:
    t = register_text(lang)
    doc = _doc(example, lang)
    texts, tables = _annex(doc, lang)
    assert texts, "annex heading missing"
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert t["heading"] in headings
    matrix = category_matrix(example)
    # The 8 partners do not fit one portrait table: column groups, every group has one row per category.
    flows = example.data_sharing.flows
    matrix_tables = tables[: len(tables) - len(flows)]
    assert len(matrix_tables) >= 1
    partners_seen: list[str] = []
    for table in matrix_tables:
        assert [r.cells[0].text for r in table.rows[1:]] == matrix.categories
        partners_seen += [c.text for c in table.rows[0].cells[1:]]
    assert partners_seen == [p.display_name for p in example.partners]
    # Woonstede both provides and receives names and addresses (flows 4 and 5).
    col = partners_seen.index("Westerdelta Wonen")
    per_group = len(matrix_tables[0].rows[0].cells) - 1
    table = matrix_tables[col // per_group]
    row = matrix.categories.index("naam en adres") + 1
    assert table.rows[row].cells[col % per_group + 1].text == f"{t['both']} (4, 5)"
    # One block per flow: a numbered heading and a table of every register field.
    for i, f in enumerate(flows, 1):
        assert t["flow_heading"].format(n=i, name=f.name) in texts
    for f, table in zip(flows, tables[-len(flows) :], strict=True):
        items = {r.cells[0].text: r.cells[1].text for r in table.rows[1:]}
        assert items[t["purpose"]].split() == f.purpose.split()
        assert t["subsidiarity"] in items
        assert items[t["security"]] != t["open"]
    assert texts.count(t["all_answered"]) == len(flows)


def test_annex_lists_gaps_and_open_questions() -> None:
    c = small_charter()
    c.data_sharing.flows = [
        DataFlow(id="flow-1", name="Signalen", provider_id="pol", recipient_ids=["gem"], police_data=True)
    ]
    t = register_text("nl")
    texts, tables = _annex(_doc(c, "nl"), "nl")
    assert t["matrix_none"] in texts
    (table,) = tables
    items = {r.cells[0].text: r.cells[1].text for r in table.rows[1:]}
    assert items[t["provider"]] == "Politie eenheid Test"
    assert items[t["wpg"]] == t["open"]
    assert items[t["art9"]] == t["not_applicable"]
    assert items[t["necessity"]] == t["open"]
    assert t["open_questions"] in texts
    assert any("Wpg" in x for x in texts)
    assert any("mag Politie eenheid Test verstrekken en mag Gemeente Teststad ontvangen" in x for x in texts)


def test_portrait_matrix_for_few_partners() -> None:
    c = Charter.new(title="T", partnership_name="T")
    c.partners = [Partner(id="a", name="Alfa"), Partner(id="b", name="Bravo")]
    c.data_sharing.flows = [
        DataFlow(id="f", name="Een", provider_id="a", recipient_ids=["b"], data_categories=["Naam", "adres"])
    ]
    t = register_text("en")
    _texts, tables = _annex(_doc(c, "en"), "en")
    matrix = tables[0]
    assert [c.text for c in matrix.rows[0].cells] == [t["col_category"], "Alfa", "Bravo"]
    assert [[c.text for c in r.cells] for r in matrix.rows[1:]] == [
        ["Naam", "provides (1)", "receives (1)"],
        ["adres", "provides (1)", "receives (1)"],
    ]


def test_no_annex_without_flows() -> None:
    c = small_charter()
    c.data_sharing.flows = []
    texts, tables = _annex(_doc(c, "nl"), "nl")
    assert texts == []
    assert tables == []


def test_many_partners_go_to_landscape_pages_in_column_groups() -> None:
    from docx.enum.section import WD_ORIENT

    c = Charter.new(title="T", partnership_name="T")
    c.partners = [Partner(id=f"p{i}", name=f"Partner {i}") for i in range(1, 13)]
    c.data_sharing.flows = [
        DataFlow(
            id="f",
            name="Breed",
            provider_id="p1",
            recipient_ids=[f"p{i}" for i in range(2, 13)],
            data_categories=["naam"],
        )
    ]
    doc = _doc(c, "nl")
    assert WD_ORIENT.LANDSCAPE in [s.orientation for s in doc.sections]
    texts, tables = _annex(doc, "nl")
    t = register_text("nl")
    assert t["matrix_group"].format(first=7, last=12, total=12) in texts
    assert [len(tb.rows[0].cells) - 1 for tb in tables[:2]] == [6, 6]
    assert tables[0].rows[1].cells[1].text == "levert (1)"
    assert tables[1].rows[1].cells[6].text == "ontvangt (1)"


def test_eight_partners_stay_portrait_in_two_groups(example: Charter) -> None:
    _texts, tables = _annex(_doc(example, "nl"), "nl")
    assert [len(tb.rows[0].cells) - 1 for tb in tables[:2]] == [4, 4]
