"""The Word charter's annex 'changes since version n' for an amended charter."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from charter_builder.cli import main
from charter_builder.resources import template_path
from charter_builder.storage import load_charter
from charter_builder.word import render_charter
from charter_builder.word.changes_annex import UnknownVersionError

AMENDED = template_path("examples", "riec-westerdelta-toetsing.charter.json")


@pytest.mark.parametrize(
    ("lang", "heading", "sentence"),
    [
        ("nl", "Bijlage: Wijzigingen sinds versie 1", "KPI 'Ingebrachte signalen': streefwaarde 200 → 220"),
        ("en", "Annex: Changes since version 1", "'Ingebrachte signalen'"),
    ],
)
def test_annex_lists_the_changes_in_words(tmp_path: Path, lang: str, heading: str, sentence: str) -> None:
    charter = load_charter(AMENDED)
    doc = Document(str(render_charter(charter, tmp_path / "c.docx", lang=lang, changes_since=1)))
    texts = [p.text for p in doc.paragraphs]
    start = texts.index(heading)
    annex = texts[start:]
    assert any(sentence in t for t in annex)
    bullets = [p.text for p in doc.paragraphs[start:] if p.style.name == "List Bullet"]
    assert any("60" in b and ("Bibob" in b) for b in bullets)  # retention 36 -> 60 months
    assert not any("archive" in b.lower() or "bewaard in het bestand" in b for b in bullets)
    assert not any("Ondertekening" in b or "Signature" in b for b in bullets)
    subheadings = [p.text for p in doc.paragraphs[start:] if p.style.name == "Heading 2"]
    assert len(subheadings) == len(set(subheadings))  # each step once


def test_no_annex_unless_asked(tmp_path: Path) -> None:
    doc = Document(str(render_charter(load_charter(AMENDED), tmp_path / "c.docx")))
    assert not any(p.text.startswith("Bijlage: Wijzigingen") for p in doc.paragraphs)


def test_unknown_version_is_refused_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(UnknownVersionError):
        render_charter(load_charter(AMENDED), tmp_path / "c.docx", changes_since=7)
    assert not (tmp_path / "c.docx").exists()
    assert main(["render", str(AMENDED), "-o", str(tmp_path / "c.docx"), "--changes-since", "7"]) == 2
    assert "holds no version 7 (it holds: 1)" in capsys.readouterr().err
    assert main(["render", str(AMENDED), "-o", str(tmp_path / "c.docx"), "--changes-since", "1"]) == 0
