"""Typed text goes into Word as text, exactly as typed: markup, entities, quotes, emoji, long words, lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from charter_builder.word import render_charter
from charter_builder.word.ooxml import clean, split_lines

from .test_word_support import HOSTILE_LINES, HOSTILE_NAME, LONG_WORD, ReadBack, rich_charter


@pytest.fixture(scope="module", params=["nl", "en"])
def doc(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> ReadBack:
    out = tmp_path_factory.mktemp("text") / "hostile.docx"
    render_charter(rich_charter(), out, lang=request.param)
    return ReadBack.open(out)


def test_multi_paragraph_text_becomes_one_paragraph_per_line(doc: ReadBack) -> None:
    texts = doc.texts()
    start = texts.index(HOSTILE_LINES[0])
    assert texts[start : start + len(HOSTILE_LINES)] == HOSTILE_LINES


def test_markup_and_entities_stay_literal(doc: ReadBack) -> None:
    xml = doc.body_xml()
    assert "<b>geen opmaak</b>" not in xml  # escaped, not markup
    assert any("<b>geen opmaak</b> & &amp; entiteit." in t for t in doc.texts())


def test_partner_name_with_quotes_and_emoji_round_trips(doc: ReadBack) -> None:
    assert any(HOSTILE_NAME in t for t in doc.texts("Charter Party"))
    assert HOSTILE_NAME in [p.text for p in doc.flat(doc.blocks) if p.style.name == "Charter Signature Party"]
    cells = [c.text for t in doc.doc.tables for row in t.rows for c in row.cells]
    assert HOSTILE_NAME in cells
    assert "Tot € 50.000 <per jaar>" in " ".join(doc.texts("Charter Party"))


def test_very_long_word_is_kept_whole(doc: ReadBack) -> None:
    assert any(LONG_WORD in t for t in doc.texts())


def test_characters_xml_cannot_hold_are_dropped_not_fatal(tmp_path: Path) -> None:
    c = rich_charter()
    c.governance.costs = "Kosten\x00 worden\x1b gedeeld\x0b."
    doc = ReadBack.open(render_charter(c, tmp_path / "ctl.docx"))
    assert "Kosten worden gedeeld." in doc.texts()


def test_split_lines_only_splits_at_line_ends() -> None:
    assert split_lines("a\r\nb\rc\nd\u2028e\x0cf") == ["a", "b", "c", "d\u2028e\x0cf"]
    assert clean("a\x0cb\tc\u2028") == "ab\tc\u2028"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=300).filter(lambda t: clean(t).strip()))
def test_any_typed_text_round_trips(tmp_path: Path, text: str) -> None:
    c = rich_charter()
    c.purpose.problem = text
    doc = ReadBack.open(render_charter(c, tmp_path / "any.docx"))
    texts = doc.texts()
    lead = next(i for i, t in enumerate(texts) if t.startswith("a.\t"))
    lines = split_lines(clean(text))
    assert texts[lead + 1 : lead + 1 + len(lines)] == lines
