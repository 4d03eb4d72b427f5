"""Legal review in Word: the review copy carries anchors and comments, and reviewers' comments come back.

The reviewer is played with python-docx (comments on a clause, a table row, a sub-article; one
text edit), and LibreOffice re-saves the document as a real second editor would.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from charter_builder.cli import main
from charter_builder.model import Charter, Status
from charter_builder.review_import import ImportRefused, import_comments
from charter_builder.review_import.reader import read_docx
from charter_builder.storage import load_charter, save_charter
from charter_builder.word import render_charter
from charter_builder.word.anchors import NAME_RE, anchor_hash
from charter_builder.word.ooxml import RT_COMMENTS_EX, W14_NS, W15_NS
from charter_builder.workflow import add_comment, reply, resolve_comment, start_new_version

EXAMPLE = Path(__file__).resolve().parents[2] / "templates/examples/riec-westerdelta.charter.json"
REVIEWER = "Mr. A. Reviewer"
WHEN = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
EDITED = "Geschillen worden voorgelegd aan een onafhankelijke mediator."


def _lo_roundtrip(src: Path, out_dir: Path) -> Path:
    """Open and save ``src`` with LibreOffice (headless, private profile); return the re-saved copy."""
    profile = out_dir / "lo-profile"
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out_dir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = out_dir / src.name
    assert out.is_file()
    return out


needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed"
)


@pytest.fixture(scope="module")
def charter() -> Charter:
    c = load_charter(EXAMPLE)
    first = add_comment(c, "purpose.problem", "Jan de Vries", "Het probleem is te vaag.", now=WHEN)
    reply(c, first.id, "Coördinator", "Wordt aangescherpt.", now=WHEN + dt.timedelta(hours=1))
    add_comment(c, "body-kernteam", "Juridisch adviseur", "Wie zit het kernteam voor?", now=WHEN)
    done = add_comment(c, "governance.costs", "Jan de Vries", "Afgehandeld punt.", now=WHEN)
    resolve_comment(c, done.id, "Coördinator", now=WHEN)
    return c


@pytest.fixture(scope="module")
def review_copy(charter: Charter, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_charter(charter, tmp_path_factory.mktemp("rc") / "review.docx", review_copy=True)


def _paragraphs(document: docx.document.Document) -> list[Paragraph]:
    return [Paragraph(p, document._body) for p in document.element.body.iter(qn("w:p"))]


def _find(document: docx.document.Document, start: str) -> Paragraph:
    for p in _paragraphs(document):
        if p.text.startswith(start):
            return p
    raise AssertionError(f"no paragraph starts with {start!r}")


def _review(charter: Charter, src: Path, out: Path, *, reply_to_first: bool = False) -> dict[str, str]:
    """Play the reviewer: comments on four elements, one text edit. Returns comment text → expected target."""
    d = docx.Document(str(src))
    expected = {
        "Onderbouw dit probleem met cijfers.": (_find(d, charter.purpose.problem[:40]), "purpose.problem"),
        "Is de huisvesting begroot?": (
            _find(d, "Huisvesting en ICT-werkplekken"),
            "con-havenstad-facilities",
        ),
        "Kostenverdeling per partner opnemen.": (_find(d, charter.governance.costs[:40]), "governance.costs"),
        "Taken van het kernteam zijn ruim.": (_find(d, "Kernteam RIEC Westerdelta"), "body-kernteam"),
    }
    for text, (para, _) in expected.items():
        runs = [r for r in para.runs if r.text.strip()]
        c = d.add_comment(runs, text=text, author=REVIEWER, initials="AR")
        c._comment_elm.date = WHEN
    edited = _find(d, charter.governance.dispute_resolution[:40])
    text_runs = [r for r in edited.runs if r.text]
    text_runs[0].text = EDITED
    for r in text_runs[1:]:
        r.text = ""
    note = d.add_comment(text_runs[0], text="Mediator toegevoegd.", author=REVIEWER, initials="AR")
    note._comment_elm.date = WHEN
    expected["Mediator toegevoegd."] = (edited, "governance.dispute_resolution")
    if reply_to_first:
        # A reply in Word: a comment on the same text, linked to the first comment in commentsExtended.
        anchor = _find(d, charter.purpose.problem[:40])
        answer = d.add_comment(
            [r for r in anchor.runs if r.text.strip()], text="Eens, graag cijfers.", author="B. Jurist"
        )
        answer._comment_elm.date = WHEN
        answer._comment_elm.findall(qn("w:p"))[-1].set(f"{{{W14_NS}}}paraId", "2A000001")
        ours = next(c for c in d.comments if c.text == "Het probleem is te vaag.")
        parent_pid = ours._comment_elm.findall(qn("w:p"))[-1].get(f"{{{W14_NS}}}paraId")
        part = next(r.target_part for r in d.part.rels.values() if r.reltype == RT_COMMENTS_EX)
        entry = f'<w15:commentEx xmlns:w15="{W15_NS}" w15:paraId="2A000001" w15:paraIdParent="{parent_pid}" w15:done="0"/>'
        part._blob = part.blob.replace(b"</w15:commentsEx>", entry.encode() + b"</w15:commentsEx>")
        expected["Eens, graag cijfers."] = (anchor, "purpose.problem")
    d.save(str(out))
    return {text: target for text, (_, target) in expected.items()}


def _bookmarks(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    return re.findall(r'<w:bookmarkStart [^>]*w:name="([^"]+)"', xml)


# -- the review copy ------------------------------------------------------------------------------


def test_review_copy_marks_every_element_with_a_valid_bookmark(charter: Charter, review_copy: Path) -> None:
    names = _bookmarks(review_copy)
    ours = [n for n in names if NAME_RE.match(n)]
    assert len(ours) == len(set(ours))
    assert all(len(n) <= 40 and n[0].isalpha() for n in ours)
    digests = {NAME_RE.match(n).group(2) for n in ours}
    for target in (
        "purpose.problem",
        "governance.costs",
        "governance.dispute_resolution",
        *(p.id for p in charter.partners),
        *(co.id for co in charter.strategy.contributions),
        *(b.id for b in charter.governance.bodies),
        *(k.id for k in charter.governance.kpis),
        *(a.id for a in charter.roles.activities),
        *(f.id for f in charter.data_sharing.flows),
    ):
        assert anchor_hash(target) in digests, target


def test_plain_copy_has_no_anchors_and_no_comments(charter: Charter, tmp_path: Path) -> None:
    out = render_charter(charter, tmp_path / "plain.docx")
    assert not [n for n in _bookmarks(out) if NAME_RE.match(n)]
    assert len(docx.Document(str(out)).comments) == 0


def test_open_comments_are_word_comments_on_their_text_with_replies_threaded(
    charter: Charter, review_copy: Path
) -> None:
    d = docx.Document(str(review_copy))
    comments = {c.text: c for c in d.comments}
    assert set(comments) == {"Het probleem is te vaag.", "Wordt aangescherpt.", "Wie zit het kernteam voor?"}
    first = comments["Het probleem is te vaag."]
    assert (first.author, first.initials) == ("Jan de Vries", "JDV")
    assert first._comment_elm.date == WHEN
    doc = read_docx(review_copy)
    by_id = {c.word_id: c for c in doc.comments}
    quoted = {by_id[k].text: v for k, v in doc.quoted.items()}
    # Attached to the first paragraph of the clause: its lead "a. ... probleem ...".
    assert quoted["Het probleem is te vaag."].startswith("a.")
    assert "probleem" in quoted["Het probleem is te vaag."]
    assert quoted["Wie zit het kernteam voor?"].startswith("Kernteam RIEC Westerdelta")
    answer = next(c for c in doc.comments if c.text == "Wordt aangescherpt.")
    parent = next(c for c in doc.comments if c.text == "Het probleem is te vaag.")
    assert answer.parent_para_id == parent.para_id is not None


def test_importing_the_untouched_review_copy_adds_nothing_and_lists_no_change(
    charter: Charter, review_copy: Path
) -> None:
    result = import_comments(charter, review_copy)
    assert result.added == []
    assert len(result.skipped) == 3
    assert result.text_changes == []
    assert result.warnings == []
    assert result.done_in_word == []
    assert result.charter.comments == charter.comments


def test_a_comment_edited_in_the_charter_since_is_still_recognised(
    charter: Charter, review_copy: Path
) -> None:
    edited = charter.model_copy(deep=True)
    first = next(c for c in edited.comments if c.text == "Het probleem is te vaag.")
    first.text = "Het probleem is te vaag; graag cijfers."
    result = import_comments(edited, review_copy)
    assert result.added == []


def test_an_english_review_copy_is_compared_with_english_text(charter: Charter, tmp_path: Path) -> None:
    english = render_charter(charter, tmp_path / "en.docx", lang="en", review_copy=True)
    result = import_comments(charter, english)
    assert result.text_changes == []
    assert result.added == []


def test_a_thread_marked_done_in_word_is_reported_not_resolved(
    charter: Charter, review_copy: Path, tmp_path: Path
) -> None:
    done = tmp_path / "done.docx"
    with zipfile.ZipFile(review_copy) as src, zipfile.ZipFile(done, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/commentsExtended.xml":
                data = data.replace(b'w15:done="0"', b'w15:done="1"', 1)
            dst.writestr(item, data)
    result = import_comments(charter, done)
    first = next(c for c in charter.comments if c.text == "Het probleem is te vaag.")
    assert result.done_in_word == [first.id]
    assert not any(c.resolved for c in result.charter.comments if c.id == first.id)


# -- reviewers' comments back into the charter ----------------------------------------------------


def _check_import(charter: Charter, reviewed: Path, expected: dict[str, str]) -> None:
    result = import_comments(charter, reviewed)
    assert result.warnings == []
    got = {a.comment.text: a.comment for a in result.added}
    assert set(got) == set(expected)
    placed = {a.comment.text: a.placed_by for a in result.added}
    for text, target in expected.items():
        assert got[text].target == target, text
        assert placed[text] in ("anchor", "reply"), text
        assert got[text].author in (REVIEWER, "B. Jurist")
        assert got[text].created_at == WHEN
    assert got["Onderbouw dit probleem met cijfers."].quoted_text.startswith(charter.purpose.problem[:40])
    assert (
        got["Is de huisvesting begroot?"].quoted_text == "Huisvesting en ICT-werkplekken van het RIEC-bureau"
    )
    assert [(t.target, t.new) for t in result.text_changes] == [("governance.dispute_resolution", EDITED)]
    assert result.text_changes[0].old.startswith(charter.governance.dispute_resolution[:40])
    # The charter given is untouched; the new one has exactly the added comments more.
    assert len(result.charter.comments) == len(charter.comments) + len(expected)
    # Importing the same document into the result adds nothing.
    again = import_comments(result.charter, reviewed)
    assert again.added == []
    assert again.warnings == []
    assert len(again.charter.comments) == len(result.charter.comments)


def test_reviewer_comments_land_on_their_elements_and_the_edit_is_listed(
    charter: Charter, review_copy: Path, tmp_path: Path
) -> None:
    reviewed = tmp_path / "reviewed.docx"
    expected = _review(charter, review_copy, reviewed, reply_to_first=True)
    _check_import(charter, reviewed, expected)
    result = import_comments(charter, reviewed)
    answer = next(a.comment for a in result.added if a.comment.text == "Eens, graag cijfers.")
    ours = next(c for c in charter.comments if c.text == "Het probleem is te vaag.")
    assert answer.parent_id == ours.id


@needs_soffice
def test_after_a_libreoffice_save_every_comment_and_the_edit_still_come_back(
    charter: Charter, review_copy: Path, tmp_path: Path
) -> None:
    reviewed = tmp_path / "reviewed.docx"
    expected = _review(charter, review_copy, reviewed)
    resaved = _lo_roundtrip(reviewed, tmp_path / "lo")
    assert resaved.read_bytes() != reviewed.read_bytes()
    _check_import(charter, resaved, expected)


def test_without_bookmarks_comments_fall_back_to_their_text_or_the_nearest_heading(
    charter: Charter, review_copy: Path, tmp_path: Path
) -> None:
    reviewed = tmp_path / "reviewed.docx"
    _review(charter, review_copy, reviewed)
    stripped = tmp_path / "stripped.docx"
    with zipfile.ZipFile(reviewed) as src, zipfile.ZipFile(stripped, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = re.sub(rb'<w:bookmarkStart [^>]*w:name="cbn?_[^"]*"/>', b"", data)
            dst.writestr(item, data)
    result = import_comments(charter, stripped)
    got = {a.comment.text: (a.comment.target, a.placed_by) for a in result.added}
    assert got["Kostenverdeling per partner opnemen."] == ("governance.costs", "text")
    assert got["Taken van het kernteam zijn ruim."] == ("body-kernteam", "text")
    assert got["Is de huisvesting begroot?"] == ("con-havenstad-facilities", "text")
    # The edited paragraph's text is nowhere in the charter: the article heading above it decides.
    assert got["Mediator toegevoegd."] == ("governance.dispute_resolution", "heading")


def test_a_range_start_between_paragraphs_belongs_to_the_paragraph_after_it(
    charter: Charter, review_copy: Path, tmp_path: Path
) -> None:
    """Word may put a comment's range start before a paragraph instead of inside it."""
    d = docx.Document(str(review_copy))
    para = _find(d, "Kernteam RIEC Westerdelta")  # the first cell of the kernteam's row
    comment = d.add_comment([r for r in para.runs if r.text.strip()], text="Hele rij.", author=REVIEWER)
    comment._comment_elm.date = WHEN
    for marker in para._p.findall(qn("w:commentRangeStart")):
        para._p.addprevious(marker)
    moved = tmp_path / "moved.docx"
    d.save(str(moved))
    result = import_comments(charter, moved)
    got = {a.comment.text: a.comment for a in result.added}
    assert got["Hele rij."].target == "body-kernteam"
    assert got["Hele rij."].quoted_text.startswith("Kernteam RIEC Westerdelta")


def test_comments_in_the_plain_copy_go_to_the_nearest_heading_with_a_warning(
    charter: Charter, tmp_path: Path
) -> None:
    plain = render_charter(charter, tmp_path / "plain.docx")
    reviewed = tmp_path / "reviewed.docx"
    expected = _review(charter, plain, reviewed)
    result = import_comments(charter, reviewed)
    assert len(result.warnings) == 1
    assert "not a review copy" in result.warnings[0].text("en")
    assert result.text_changes == []
    got = {a.comment.text: a.comment.target for a in result.added}
    assert set(got) == set(expected)
    assert got["Kostenverdeling per partner opnemen."] == "governance.costs"
    assert got["Is de huisvesting begroot?"] == "con-havenstad-facilities"


def test_a_tracked_change_is_listed_with_the_inserted_text_and_without_the_deleted(
    charter: Charter, review_copy: Path, tmp_path: Path
) -> None:
    d = docx.Document(str(review_copy))
    para = _find(d, charter.governance.costs[:40])
    run = next(r for r in para.runs if r.text.strip())
    old_text = run.text
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    tracked = parse_xml(
        f'<w:body xmlns:w="{w}">'
        '<w:del w:id="901" w:author="Jurist" w:date="2026-11-20T10:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">{escape(old_text)}</w:delText></w:r></w:del>'
        '<w:ins w:id="902" w:author="Jurist" w:date="2026-11-20T10:00:00Z"><w:r>'
        "<w:t>De kosten worden gedeeld naar rato van de inzet.</w:t></w:r></w:ins></w:body>"
    )
    for el in list(tracked):
        run._r.addprevious(el)
    run._r.getparent().remove(run._r)
    reviewed = tmp_path / "tracked.docx"
    d.save(str(reviewed))
    result = import_comments(charter, reviewed)
    assert [(t.target, t.new) for t in result.text_changes] == [
        ("governance.costs", "De kosten worden gedeeld naar rato van de inzet.")
    ]


# -- which charter, which version -----------------------------------------------------------------


def test_a_document_of_another_charter_is_refused(charter: Charter, review_copy: Path) -> None:
    other = charter.model_copy(deep=True)
    other.metadata.charter_id = "another-charter"
    with pytest.raises(ImportRefused) as exc:
        import_comments(other, review_copy)
    assert "another-charter" in exc.value.message("en")


def test_a_document_of_an_older_version_is_imported_with_a_warning_naming_both(
    charter: Charter, review_copy: Path, tmp_path: Path
) -> None:
    reviewed = tmp_path / "reviewed.docx"
    expected = _review(charter, review_copy, reviewed)
    newer = start_new_version(charter, "Coördinator", "Nieuwe partner", today=dt.date(2026, 12, 1))
    result = import_comments(newer, reviewed)
    assert len(result.warnings) == 1
    warning = result.warnings[0].text("en")
    assert "version 1" in warning
    assert "version 2" in warning
    assert {a.comment.text for a in result.added} == set(expected) | {
        "Het probleem is te vaag.",
        "Wordt aangescherpt.",
        "Wie zit het kernteam voor?",
    }
    # Version 1 is archived in the file, so the text edit is still found against it.
    assert [t.target for t in result.text_changes] == ["governance.dispute_resolution"]


def test_a_signed_charter_takes_no_comments(charter: Charter, review_copy: Path) -> None:
    signed = charter.model_copy(deep=True)
    signed.metadata.status = Status.SIGNED
    with pytest.raises(ImportRefused):
        import_comments(signed, review_copy)


def test_an_external_entity_in_the_document_is_not_read(
    charter: Charter, review_copy: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    hostile = tmp_path / "hostile.docx"
    with zipfile.ZipFile(review_copy) as src, zipfile.ZipFile(hostile, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/comments.xml":
                decl, rest = data.split(b"?>", 1)
                doctype = f'<!DOCTYPE w:comments [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'.encode()
                data = decl + b"?>" + doctype + rest.replace(b"Wie zit het kernteam voor?", b"&x;", 1)
            dst.writestr(item, data)
    result = import_comments(charter, hostile)
    assert all("TOPSECRET" not in a.comment.text for a in result.added)
    assert all("TOPSECRET" not in s.text for s in result.skipped)


# -- the command ----------------------------------------------------------------------------------


def test_cli_imports_saves_with_backup_and_dry_run_saves_nothing(
    charter: Charter, review_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.charter.json"
    save_charter(charter, path, backup=False)
    reviewed = tmp_path / "reviewed.docx"
    _review(charter, review_copy, reviewed)
    before = path.read_bytes()
    assert main(["import-comments", str(path), str(reviewed), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "5 comment(s) added" in out
    assert "governance.dispute_resolution" in out
    assert EDITED in out
    assert path.read_bytes() == before
    assert main(["--lang", "nl", "import-comments", str(path), str(reviewed)]) == 0
    assert "opgeslagen" in capsys.readouterr().out
    assert path.with_name(path.name + ".bak").read_bytes() == before
    assert len(load_charter(path).comments) == len(charter.comments) + 5
    assert main(["import-comments", str(path), str(reviewed)]) == 0
    assert "0 comment(s) added" in capsys.readouterr().out
    assert len(load_charter(path).comments) == len(charter.comments) + 5


def test_cli_exit_codes_for_older_version_foreign_charter_and_bad_file(
    charter: Charter, review_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.charter.json"
    save_charter(start_new_version(charter, "Coördinator", "Wijziging"), newer, backup=False)
    assert main(["import-comments", str(newer), str(review_copy), "--dry-run"]) == 1
    assert "version 1" in capsys.readouterr().out
    other = charter.model_copy(deep=True)
    other.metadata.charter_id = "another-charter"
    foreign = tmp_path / "other.charter.json"
    save_charter(other, foreign, backup=False)
    assert main(["import-comments", str(foreign), str(review_copy)]) == 2
    assert "another charter" in capsys.readouterr().err
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"not a zip")
    assert main(["import-comments", str(foreign), str(junk)]) == 2
