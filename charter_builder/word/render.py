"""``render_charter``: the one writer behind ``charter-builder render`` and the wizard's Generate."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx.oxml.ns import qn

from .. import __version__
from ..model import Charter, Status
from ..resources import template_path
from ..storage import atomic_write_bytes, fingerprint
from . import ooxml
from .anchors import PROP_ANCHORS, AnchorBook
from .articles import CharterArticles
from .catalogue import Catalogue, catalogue
from .changes_annex import check_version, write_changes_annex
from .comments import write_comments
from .document import DocWriter
from .register_annex import write_register_annex
from .review import review_notes
from .styles import S

#: Custom document properties that make a document traceable to its charter file.
PROP_FINGERPRINT = "CharterFingerprint"
PROP_BODY_HASH = "CharterBodyHash"
#: The fingerprint of the charter without its review comments: a review copy stays "this version"
#: for the comment import while comments are added (by another reviewer's import, say).
PROP_CONTENT_FINGERPRINT = "CharterContentFingerprint"


def content_fingerprint(charter: Charter) -> str:
    """Return the fingerprint of the charter as it would be without review comments."""
    return fingerprint(charter.model_copy(update={"comments": []}))


def default_template() -> Path:
    """Return the bundled style template."""
    return template_path("charter-style.docx")


def render_charter(
    charter: Charter,
    out: Path,
    *,
    lang: str = "nl",
    template: Path | None = None,
    review_copy: bool = False,
    changes_since: int | None = None,
) -> Path:
    """Write the charter as a Word document to ``out`` (atomically) and return ``out``.

    ``lang`` chooses the fixed text ('nl' or 'en'); the partners' own text is written as typed.
    ``template`` is a .docx whose named styles (``styles.S``) restyle the document; by default the
    bundled one. ``review_copy`` adds open comments and check findings per article and marks every
    page. ``changes_since`` adds an annex listing what changed since that earlier version kept in
    the file. Raises ``ValueError`` for an unknown language (``UnknownVersionError``, a
    ``ValueError``, for a version the file does not hold), ``styles.TemplateError`` when the template
    lacks a style, and ``OSError`` when the file cannot be written (the old file is then untouched).
    """
    data = render_charter_bytes(
        charter, lang=lang, template=template, review_copy=review_copy, changes_since=changes_since
    )
    out = Path(out)
    atomic_write_bytes(out, data)
    return out


def render_charter_bytes(
    charter: Charter,
    *,
    lang: str = "nl",
    template: Path | None = None,
    review_copy: bool = False,
    changes_since: int | None = None,
) -> bytes:
    """Return the .docx bytes ``render_charter`` would write."""
    if changes_since is not None:
        check_version(charter, changes_since)  # before any work: a wrong number is the caller's mistake
    cat = catalogue(lang)
    fp = fingerprint(charter)
    w = DocWriter(Path(template) if template is not None else default_template(), cat)
    if review_copy:
        w.anchors = AnchorBook()
    _running_text(w, charter, cat, fp, review_copy)
    notes = review_notes(charter, cat) if review_copy else None
    a = CharterArticles(w, charter, notes)
    a.title_page(review_copy)
    a.parties()
    a.considerations()
    a.articles()
    a.signatures()
    a.revisions()
    write_register_annex(w, charter)  # only when the charter has data flows
    if changes_since is not None:
        write_changes_annex(w, charter, changes_since)
    a.general_review()
    a.provenance(fp)
    w.finish()
    if w.anchors is not None:
        write_comments(w.doc, charter, w.anchors.first)
    ooxml.ask_update_fields_on_open(w.doc)
    _properties(w, charter, cat, fp, review_copy)
    buf = io.BytesIO()
    w.doc.save(buf)
    return buf.getvalue()


def _running_text(w: DocWriter, charter: Charter, cat: Catalogue, fp: str, review_copy: bool) -> None:
    """Header marks (draft, review copy) and the footer with version, status, page X of Y and fingerprint."""
    m = charter.metadata
    section = w.doc.sections[0]
    header = section.header
    header.is_linked_to_previous = False
    marks = []
    if m.status == Status.DRAFT:
        marks.append(cat.t("draft_mark"))
    if review_copy:
        marks.append(cat.t("review_mark"))
    hp = (
        header.paragraphs[0]
        if header.paragraphs and not header.paragraphs[0].text
        else header.add_paragraph()
    )
    if marks:
        hp.style = w.doc.styles[S.WATERMARK]
        ooxml.append_runs(hp._p, ooxml.run_xml(" · ".join(marks)))
    else:
        hp.style = w.doc.styles[S.HEADER]
        ooxml.append_runs(hp._p, ooxml.run_xml(m.partnership_name or m.title))
    footer = section.footer
    footer.is_linked_to_previous = False
    for p in footer.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    fpara = footer.paragraphs[0]
    for child in list(fpara._p):
        if child.tag != qn("w:pPr"):
            fpara._p.remove(child)
    fpara.style = w.doc.styles[S.FOOTER]
    name = m.title or m.partnership_name or cat.t("default_title")
    lead = f"{name} · {cat.t('footer_version', version=m.version)} · {cat.label(m.status)} · "
    ooxml.append_runs(
        fpara._p,
        ooxml.run_xml(lead + cat.t("footer_page"))
        + ooxml.field_runs("PAGE", "1")
        + ooxml.run_xml(cat.t("footer_of"))
        + ooxml.field_runs("NUMPAGES", "1")
        + ooxml.run_xml(f" · SHA-256 {fp[:12]}"),
    )


def _when(charter: Charter) -> dt.datetime:
    m = charter.metadata
    if m.updated_at is not None:
        return m.updated_at if m.updated_at.tzinfo else m.updated_at.replace(tzinfo=dt.UTC)
    if m.created_on is not None:
        return dt.datetime.combine(m.created_on, dt.time(12, 0), tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _properties(w: DocWriter, charter: Charter, cat: Catalogue, fp: str, review_copy: bool) -> None:
    m = charter.metadata
    core = w.doc.core_properties
    core.title = ooxml.clean(m.title or cat.t("default_title"))[:255]
    core.subject = ooxml.clean(m.partnership_name)[:255]
    core.author = ooxml.clean(", ".join(m.authors) or "Charter Builder")[:255]
    core.last_modified_by = "Charter Builder"
    core.version = str(m.version)
    core.revision = m.version
    core.content_status = cat.label(m.status)
    core.identifier = m.charter_id
    core.language = "nl-NL" if cat.lang == "nl" else "en-GB"
    core.category = cat.t("default_title")
    keywords = [cat.t("default_title").lower(), m.partnership_name, cat.label(m.status), f"v{m.version}"]
    core.keywords = ooxml.clean("; ".join(k for k in keywords if k.strip()))[:255]
    core.comments = f"SHA-256: {fp}"
    when = _when(charter)
    created = m.created_on
    core.created = dt.datetime.combine(created, dt.time(12, 0), tzinfo=dt.UTC) if created else when
    core.modified = when
    ooxml.set_custom_properties(
        w.doc,
        {
            PROP_FINGERPRINT: fp,
            PROP_BODY_HASH: ooxml.body_text_hash(w.doc.element.body),
            "CharterId": m.charter_id,
            "CharterVersion": str(m.version),
            "CharterStatus": m.status.value,
            "CharterLanguage": cat.lang,
            "CharterReviewCopy": "true" if review_copy else "false",
            "CharterGenerator": f"Charter Builder {__version__}",
            PROP_CONTENT_FINGERPRINT: content_fingerprint(charter),
            **({PROP_ANCHORS: w.anchors.to_json()} if w.anchors is not None else {}),
        },
    )
