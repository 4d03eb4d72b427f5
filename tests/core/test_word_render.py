"""The Word charter read back with python-docx: articles, tables, signatures, fields, properties."""

from __future__ import annotations

import math
import zipfile
from pathlib import Path

import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from charter_builder.examples import example_charter
from charter_builder.model import Charter, Status
from charter_builder.storage import fingerprint
from charter_builder.word import render_charter
from charter_builder.word.articles import RACI_GROUP_MAX, RACI_PORTRAIT_MAX
from charter_builder.word.catalogue import catalogue
from charter_builder.word.ooxml import read_custom_properties
from tests.support.synthetic import large_charter

from .test_word_support import ReadBack, rich_charter

ARTICLE_KEYS = [
    "art_definitions",
    "art_purpose",
    "art_strategy",
    "art_contributions",
    "art_trust",
    "art_governance",
    "art_monitoring",
    "art_roles",
    "art_data",
    "art_costs",
    "art_duration",
    "art_joining",
    "art_amendment",
    "art_termination",
    "art_disputes",
    "art_publication",
]

CHARTERS = {"rich": rich_charter, "example": example_charter, "large": large_charter}


@pytest.fixture(scope="module", params=[(name, lang) for name in CHARTERS for lang in ("nl", "en")], ids=str)
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    name, lang = request.param
    charter = CHARTERS[name]()
    out = tmp_path_factory.mktemp("word") / f"{name}-{lang}.docx"
    assert render_charter(charter, out, lang=lang) == out
    return charter, lang, out, ReadBack.open(out)


def test_articles_are_numbered_in_covenant_order(rendered) -> None:
    charter, lang, _, doc = rendered
    cat = catalogue(lang)
    expected = [f"{cat.t('article', n=i)} {cat.t(k)}" for i, k in enumerate(ARTICLE_KEYS, start=1)]
    h1 = doc.texts("Heading 1")
    assert [t for t in h1 if t.startswith(cat.t("article", n=""))] == expected
    assert h1[:2] == [cat.t("parties_heading"), cat.t("considerations_heading")]
    assert cat.t("signatures_heading") in h1
    if lang == "nl":
        assert expected[0] == "Artikel 1 Begripsbepalingen"


def test_no_article_is_empty(rendered) -> None:
    _, lang, _, doc = rendered
    for title in doc.texts("Heading 1"):
        content = doc.section_of(title)
        texts = [b.text for b in content if hasattr(b, "text")] + [
            1 for b in content if not hasattr(b, "text")
        ]
        assert any(texts), f"empty: {title}"


def test_sub_articles_are_numbered_under_their_article(rendered) -> None:
    _, _, _, doc = rendered
    article = 0
    sub = 0
    for p in doc.paragraphs():
        if p.style.name == "Heading 1":
            words = p.text.split(" ")
            article, sub = (int(words[1]) if len(words) > 1 and words[1].isdigit() else 0), 0
        elif p.style.name == "Heading 2" and article:
            sub += 1
            assert p.text.startswith(f"{article}.{sub} "), p.text


def _rows(doc: ReadBack, header: str) -> list[int]:
    return [len(t.rows) - 1 for t in doc.tables_with_header(header)]


def test_table_rows_match_the_model(rendered) -> None:
    charter, lang, _, doc = rendered
    cat = catalogue(lang)
    assert _rows(doc, cat.t("col_kpi")) == ([len(charter.governance.kpis)] if charter.governance.kpis else [])
    assert _rows(doc, cat.t("col_flow")) == [len(charter.data_sharing.flows)]
    assert _rows(doc, cat.t("col_body")) == [len(charter.governance.bodies)]
    partner_tables = doc.tables_with_header(cat.t("col_partner"))
    counts = sorted(len(t.rows) - 1 for t in partner_tables)
    expected = [len(charter.partners), len(charter.strategy.contributions)]
    if charter.data_sharing.dpo_contacts:
        expected.append(len(charter.data_sharing.dpo_contacts))
    assert counts == sorted(expected)


def test_raci_matrix_covers_every_activity_and_partner(rendered) -> None:
    charter, lang, _, doc = rendered
    cat = catalogue(lang)
    tables = doc.tables_with_header(cat.t("col_activity"))
    n = len(charter.partners)
    assert all(len(t.rows) - 1 == len(charter.roles.activities) for t in tables)
    headers = [c.text for t in tables for c in t.rows[0].cells[1:]]
    assert headers == [p.display_name for p in charter.partners]
    assert all(len(t.columns) - 1 <= RACI_GROUP_MAX for t in tables)
    if n > RACI_PORTRAIT_MAX:
        assert len(tables) == math.ceil(n / RACI_GROUP_MAX)
    # the letters are the model's: check the first activity completely
    act = charter.roles.activities[0]
    row = [c.text for t in tables for c in t.rows[1].cells[1:]]
    assert row == [act.raci[p.id].value if p.id in act.raci else "" for p in charter.partners]


def test_wide_raci_goes_to_landscape_pages(rendered) -> None:
    charter, _, _, doc = rendered
    orientations = [s.orientation for s in doc.doc.sections]
    if len(charter.partners) > RACI_PORTRAIT_MAX:
        assert orientations[:3] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
        # a wide matrix in the data-sharing register annex (register_annex.py) adds its own landscape pages
        assert orientations[3:] in ([], [WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT])
        landscape = doc.doc.sections[1]
        assert landscape.page_width > landscape.page_height
    else:
        assert orientations == [WD_ORIENT.PORTRAIT]


def test_every_table_repeats_its_header_row_and_fits_the_page(rendered) -> None:
    _, _, _, doc = rendered
    portrait = doc.doc.sections[0]
    text_width = portrait.page_width - portrait.left_margin - portrait.right_margin
    landscape_width = portrait.page_height - portrait.top_margin - portrait.bottom_margin
    for t in doc.doc.tables:
        tr_pr = t.rows[0]._tr.trPr
        assert tr_pr is not None
        if t.style.name == "Normal Table":  # the signature blocks' layout grid has no header
            assert tr_pr.find(qn("w:cantSplit")) is not None
            continue
        assert tr_pr.find(qn("w:tblHeader")) is not None
        width_twips = sum(int(g.get(qn("w:w"))) for g in t._tbl.tblGrid.iter(qn("w:gridCol")))
        assert width_twips * 635 <= max(text_width, landscape_width)


def test_signature_block_per_partner(rendered) -> None:
    charter, lang, _, doc = rendered
    cat = catalogue(lang)
    paragraphs = doc.flat(doc.section_of(cat.t("signatures_heading")))
    parties = [p.text for p in paragraphs if p.style.name == "Charter Signature Party"]
    assert parties == [p.name for p in charter.partners]
    lines = [p.text for p in paragraphs if p.style.name == "Charter Signature Line"]
    assert len(lines) == len(charter.partners)
    assert all(line.startswith(cat.t("sig_signature")) for line in lines)


def test_toc_field_lists_the_headings(rendered) -> None:
    _, _, out, doc = rendered
    assert any(i.strip().startswith('TOC \\o "1-2"') for i in doc.instr_texts())
    toc = doc.texts("toc 1")
    assert toc == doc.texts("Heading 1")[: len(toc)]
    assert len(toc) >= 19
    with zipfile.ZipFile(out) as z:
        settings = z.read("word/settings.xml").decode()
    assert "updateFields" in settings


def test_footer_has_page_x_of_y_version_and_status(rendered) -> None:
    charter, lang, _, doc = rendered
    cat = catalogue(lang)
    footer = doc.doc.sections[0].footer
    instr = [el.text.strip() for el in footer._element.iter(qn("w:instrText"))]
    assert instr == ["PAGE", "NUMPAGES"]
    text = "".join(t.text for t in footer._element.iter(qn("w:t")))
    assert cat.t("footer_page") in text
    assert cat.t("footer_of") in text
    assert cat.t("footer_version", version=charter.metadata.version) in text
    assert cat.label(charter.metadata.status) in text


def test_draft_is_marked(rendered) -> None:
    charter, lang, _, doc = rendered
    assert charter.metadata.status == Status.DRAFT
    header = doc.doc.sections[0].header
    assert catalogue(lang).t("draft_mark") in header.paragraphs[0].text
    assert catalogue(lang).t("draft_mark") in doc.texts("Charter Draft Mark")


def test_properties_and_fingerprint(rendered) -> None:
    charter, lang, out, doc = rendered
    core = doc.doc.core_properties
    m = charter.metadata
    assert core.title == m.title
    assert core.subject == m.partnership_name
    assert core.version == str(m.version)
    assert core.identifier == m.charter_id
    assert m.partnership_name in core.keywords
    props = read_custom_properties(out)
    fp = fingerprint(charter)
    assert props["CharterFingerprint"] == fp
    assert props["CharterLanguage"] == lang
    assert fp in doc.texts("Charter Fingerprint")
    assert fp[:12] in doc.doc.sections[0].footer.paragraphs[0].text


def test_figures_are_embedded(rendered) -> None:
    charter, _, _, doc = rendered
    expected = 1 + (1 if any(h.scores for h in charter.health_checks) else 0)
    assert len(doc.doc.inline_shapes) == expected


def test_signed_charter_has_no_draft_mark(tmp_path: Path) -> None:
    c = rich_charter()
    c.metadata.status = Status.SIGNED
    doc = ReadBack.open(render_charter(c, tmp_path / "s.docx"))
    assert "CONCEPT" not in doc.doc.sections[0].header.paragraphs[0].text
    assert doc.texts("Charter Draft Mark") == []


def test_signed_on_date_and_place_are_shown(tmp_path: Path) -> None:
    doc = ReadBack.open(render_charter(rich_charter(), tmp_path / "s.docx"))
    texts = [p.text for p in doc.flat(doc.blocks) if p.style.name == "Charter Signature"]
    assert "Datum:\t2 maart 2026" in texts
    assert "Plaats:\tProefstad" in texts


def test_empty_charter_says_what_is_missing(tmp_path: Path) -> None:
    c = Charter.new()
    for lang in ("nl", "en"):
        doc = ReadBack.open(render_charter(c, tmp_path / f"e-{lang}.docx", lang=lang))
        cat = catalogue(lang)
        placeholders = doc.texts("Charter Placeholder")
        assert cat.t("todo") in placeholders
        for key in ("art_costs", "art_publication", "art_contributions"):
            title = next(t for t in doc.texts("Heading 1") if t.endswith(cat.t(key)))
            first = doc.section_of(title)[0]
            assert first.style.name == "Charter Placeholder", title


def test_overwrites_atomically_and_returns_path(tmp_path: Path) -> None:
    out = tmp_path / "c.docx"
    out.write_bytes(b"old")
    assert render_charter(rich_charter(), out) == out
    assert zipfile.is_zipfile(out)
    assert [p.name for p in tmp_path.iterdir()] == ["c.docx"]


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown language"):
        render_charter(rich_charter(), tmp_path / "x.docx", lang="de")
    assert not (tmp_path / "x.docx").exists()
