"""The review copy's Word comments: the charter's open review comments, attached to the text they concern.

Replies are written as real Word replies (``commentsExtended``, ``w15:paraIdParent``), anchored on
the same text as the comment they answer, so Word shows them as one thread.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import cast

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from ..model import Charter, FieldPath, ReviewComment
from . import ooxml
from .anchors import NAME_RE


def initials(name: str) -> str:
    """Return up to three initials of a name, as Word shows them next to a comment."""
    parts = [p for p in re.split(r"[\s.\-]+", name) if p and p[0].isalpha()]
    return "".join(p[0].upper() for p in parts[:3])


def open_threads(charter: Charter) -> list[ReviewComment]:
    """Return the comments of every unresolved thread, in file order (a reply after its parent)."""
    by_id = {c.id: c for c in charter.comments}

    def root(c: ReviewComment) -> ReviewComment:
        seen = {c.id}
        while c.parent_id is not None and c.parent_id in by_id and c.parent_id not in seen:
            c = by_id[c.parent_id]
            seen.add(c.id)
        return c

    return [c for c in charter.comments if not root(c).resolved]


def anchor_for(target: str, first: dict[str, str], charter: Charter) -> str | None:
    """Return the anchor name where a comment on ``target`` belongs: the target's own, else its nearest parent's."""
    target = target.strip()
    if target in first:
        return first[target]
    records = list(charter.records())
    path_of = {r.id: path for path, r in records}
    id_at = {path: r.id for path, r in records}
    try:
        candidate: FieldPath | None = FieldPath.parse(path_of.get(target, target))
    except ValueError:  # free text, not a place in the charter
        candidate = None
    while candidate:
        text = str(candidate)
        for key in (text, id_at.get(text)):
            if key and key in first:
                return first[key]
        candidate = candidate.parent
    return first.get("metadata")


#: A comment covers its element's text up to the next anchor, but no more than this many paragraphs.
MAX_RANGE_PARAGRAPHS = 12


def _has_anchor(p: etree._Element) -> bool:
    return any(NAME_RE.match(b.get(qn("w:name"), "")) for b in p.iter(qn("w:bookmarkStart")))


def _runs_at(
    document: DocxDocument, paragraphs: list[etree._Element], index: dict[int, int], start: etree._Element
) -> list[Run]:
    """Return the text runs of the element that starts at bookmark ``start``: up to the next anchor."""
    p = start.getparent()
    while p is not None and p.tag != qn("w:p"):
        p = p.getparent()
    if p is None:
        return []
    first = index[id(p)]
    runs: list[Run] = []
    for i, el in enumerate(paragraphs[first:], start=first):
        if runs and (i - first >= MAX_RANGE_PARAGRAPHS or _has_anchor(el)):
            break
        # python-docx parses every w:p as its own CT_P class; lxml's stubs only know _Element.
        para = Paragraph(cast("CT_P", el), document._body)
        runs.extend(r for r in para.runs if r.text.strip())
    return runs


def write_comments(document: DocxDocument, charter: Charter, first: dict[str, str]) -> int:
    """Add the open review comments as Word comments; return how many were written."""
    body = document.element.body
    starts = {el.get(qn("w:name")): el for el in body.iter(qn("w:bookmarkStart"))}
    paragraphs = list(body.iter(qn("w:p")))
    index = {id(p): i for i, p in enumerate(paragraphs)}
    written: list[tuple[etree._Element, int | None]] = []
    position: dict[str, int] = {}
    runs_of: dict[str, list[Run]] = {}
    for c in open_threads(charter):
        parent = position.get(c.parent_id) if c.parent_id else None
        if parent is not None and c.parent_id in runs_of:
            runs = runs_of[c.parent_id]
        else:
            name = anchor_for(c.target, first, charter)
            runs = _runs_at(document, paragraphs, index, starts[name]) if name in starts else []
        if not runs:
            continue
        author = ooxml.clean(c.author) or "?"
        comment = document.add_comment(
            runs, text=ooxml.clean(c.text), author=author, initials=initials(author)
        )
        when = c.created_at if c.created_at.tzinfo else c.created_at.replace(tzinfo=dt.UTC)
        comment._comment_elm.date = when.astimezone(dt.UTC)
        position[c.id] = len(written)
        runs_of[c.id] = runs
        written.append((comment._comment_elm, parent))
    ooxml.link_comment_replies(document, written)
    _drop_missing_reference_style(document)
    return len(written)


def _drop_missing_reference_style(document: DocxDocument) -> None:
    """python-docx styles the reference mark 'CommentReference'; a template without it gets plain runs."""
    known = {s.style_id for s in document.styles}
    if "CommentReference" in known:
        return
    for style in document.element.body.iter(qn("w:rStyle")):
        if style.get(qn("w:val")) == "CommentReference":
            style.getparent().remove(style)
