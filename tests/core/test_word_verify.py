"""Traceability: ``verify`` ties a document to exactly one charter file and notices edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from charter_builder.cli import main
from charter_builder.storage import fingerprint, save_charter
from charter_builder.word import DocxReadError, render_charter, verify_docx

from .test_word_support import rich_charter


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    charter_file = tmp_path / "c.charter.json"
    save_charter(rich_charter(), charter_file, backup=False)
    docx = tmp_path / "c.docx"
    assert main(["render", str(charter_file), "-o", str(docx)]) == 0
    return docx, charter_file


def test_fresh_document_matches_its_charter(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    docx, charter_file = pair
    assert main(["verify", str(docx), str(charter_file)]) == 0
    assert "exactly this charter file" in capsys.readouterr().out


def test_changed_json_is_detected(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    docx, charter_file = pair
    from charter_builder.storage import load_charter

    c = load_charter(charter_file)
    c.governance.costs = "Iedere partner draagt de eigen kosten."
    save_charter(c, charter_file, backup=False)
    assert main(["--lang", "nl", "verify", str(docx), str(charter_file)]) == 1
    err = capsys.readouterr().err
    assert "andere versie" in err
    assert fingerprint(c) in err


def test_edited_document_is_detected(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    docx, charter_file = pair
    doc = Document(str(docx))
    target = next(p for p in doc.paragraphs if p.text == "Samen sneller ingrijpen.")
    target.runs[0].text = "Samen iets sneller ingrijpen."
    doc.save(str(docx))
    assert main(["verify", str(docx), str(charter_file)]) == 1
    assert "edited after generation" in capsys.readouterr().err


def test_resave_and_field_update_are_not_edits(pair: tuple[Path, Path]) -> None:
    """A save that changes no text, and Word refreshing the TOC and page numbers, keep the match."""
    docx, charter_file = pair
    from charter_builder.storage import load_charter

    doc = Document(str(docx))
    toc_runs = [p for p in doc.paragraphs if p.style.name == "toc 1"]
    for p in toc_runs:  # what Word does on open: replace the cached result
        for t in p._p.iter(qn("w:t")):
            t.text = t.text + "\t7"
    doc.save(str(docx))
    result = verify_docx(docx, load_charter(charter_file))
    assert result.ok
    assert not result.edited


def test_document_without_fingerprint(tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    result = verify_docx(plain, rich_charter())
    assert not result.ok
    assert result.doc_fingerprint is None
    assert "Charter Builder" in result.message_en


def test_unreadable_files_exit_2(tmp_path: Path, pair: tuple[Path, Path]) -> None:
    docx, charter_file = pair
    junk = tmp_path / "junk.docx"
    junk.write_text("not a zip")
    with pytest.raises(DocxReadError):
        verify_docx(junk, rich_charter())
    assert main(["verify", str(junk), str(charter_file)]) == 2
    assert main(["verify", str(tmp_path / "missing.docx"), str(charter_file)]) == 2
    assert main(["verify", str(docx), str(tmp_path / "missing.charter.json")]) == 2


def test_verify_result_fields(tmp_path: Path) -> None:
    c = rich_charter()
    out = render_charter(c, tmp_path / "x.docx", lang="en")
    r = verify_docx(out, c)
    assert (r.ok, r.doc_fingerprint, r.charter_fingerprint) == (True, fingerprint(c), fingerprint(c))
    assert r.message("nl") == r.message_nl
    assert r.message("en") == r.message_en


def test_render_command_options(tmp_path: Path, pair: tuple[Path, Path]) -> None:
    _, charter_file = pair
    out = tmp_path / "en.docx"
    assert main(["render", str(charter_file), "-o", str(out), "--lang", "en", "--review-copy"]) == 0
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert "Article 1 Definitions" in texts
    assert "REVIEW COPY" in texts
    c = rich_charter()
    c.metadata.language = "en"
    english = tmp_path / "en.charter.json"
    save_charter(c, english, backup=False)
    assert main(["render", str(english), "-o", str(out)]) == 0
    assert "Article 1 Definitions" in [p.text for p in Document(str(out)).paragraphs]
    assert main(["render", str(charter_file), "-o", str(out), "--template", str(tmp_path / "none.docx")]) == 2
    bad = tmp_path / "bad.docx"
    bad.write_text("no zip")
    assert main(["render", str(charter_file), "-o", str(out), "--template", str(bad)]) == 2
    assert main(["render", str(tmp_path / "missing.charter.json"), "-o", str(out)]) == 2
    assert main(["render", str(charter_file), "-o", str(tmp_path / "no" / "dir.docx")]) == 2


def test_document_of_another_charter_says_so(tmp_path: Path) -> None:
    a, b = rich_charter(), rich_charter()
    out = render_charter(a, tmp_path / "a.docx")
    result = verify_docx(out, b)
    assert not result.ok
    assert a.metadata.charter_id in result.message_en
    assert "different charter" in result.message_en
