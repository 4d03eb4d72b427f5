"""Read a reviewed Word document: its comments, where they sit, and its text per anchor.

Reads the .docx package directly (no python-docx proxies), so a document re-saved by Word or
LibreOffice reads the same way: bookmark ids may be renumbered, names may carry a suffix, runs may
be split. The XML parser resolves no entities and fetches nothing, whatever the file declares.
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from lxml import etree

from ..word.anchors import AnchorName

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

#: Parts larger than this are refused rather than parsed (a charter's document.xml is a few MB).
MAX_PART_BYTES = 64 * 1024 * 1024


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _T, _TAB, _BR = _w("p"), _w("t"), _w("tab"), _w("br")
_BM_START = _w("bookmarkStart")
_C_START, _C_END, _C_REF = _w("commentRangeStart"), _w("commentRangeEnd"), _w("commentReference")
_ID, _NAME = _w("id"), _w("name")
_SPACES = re.compile(r"\s+")

Position = tuple[int, int]
"""(paragraph number, characters into that paragraph): where something sits in the body."""


class DocxUnreadable(ValueError):
    """The file is not a .docx that can be read (missing, not a zip, damaged XML)."""


def normalise(text: str) -> str:
    """Collapse white space (tabs, non-breaking spaces, line breaks) so a re-save does not count as an edit."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


def _parse(data: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(data, parser)


@dataclass
class WordComment:
    """One comment as the document holds it."""

    word_id: str
    author: str
    initials: str
    date: dt.datetime | None
    text: str
    para_id: str | None = None
    parent_para_id: str | None = None
    done: bool = False


@dataclass
class ReviewedDoc:
    props: dict[str, str]
    comments: list[WordComment]
    comment_at: dict[str, Position]
    """Where each comment's range starts (or its reference mark, for a comment without a range)."""
    quoted: dict[str, str]
    anchors: list[tuple[Position, AnchorName]]
    """Every anchor bookmark, in document order."""
    segments: dict[str, list[str]] = field(default_factory=dict)
    """Paragraph texts per anchor name (normalised, empty paragraphs left out); ``""``: before any anchor."""
    paragraphs: list[tuple[Position, str]] = field(default_factory=list)
    """Every non-empty paragraph's text with where it starts."""

    def anchor_at(self, pos: Position) -> AnchorName | None:
        """Return the last anchor that starts at or before ``pos``."""
        i = bisect.bisect_right([p for p, _ in self.anchors], pos)
        return self.anchors[i - 1][1] if i else None


def _read_parts(path: Path | IO[bytes]) -> dict[str, bytes]:
    wanted = (
        "word/document.xml",
        "word/comments.xml",
        "word/commentsExtended.xml",
        "docProps/custom.xml",
    )
    out: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            for name in wanted:
                if name in names:
                    if z.getinfo(name).file_size > MAX_PART_BYTES:
                        raise DocxUnreadable(f"{name} is too large")
                    out[name] = z.read(name)
    except FileNotFoundError as exc:
        raise DocxUnreadable("file not found") from exc
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        raise DocxUnreadable(f"not a readable .docx ({exc})") from exc
    if "word/document.xml" not in out:
        raise DocxUnreadable("not a Word document (no word/document.xml)")
    return out


def _date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _comments(parts: dict[str, bytes]) -> list[WordComment]:
    data = parts.get("word/comments.xml")
    if data is None:
        return []
    out = []
    for c in _parse(data).iter(_w("comment")):
        paras = c.findall(f".//{_P}")
        lines = ["".join(t.text or "" for t in p.iter(_T)) for p in paras]
        para_id = paras[-1].get(f"{{{W14}}}paraId") if paras else None
        out.append(
            WordComment(
                word_id=c.get(_ID, ""),
                author=c.get(_w("author"), ""),
                initials=c.get(_w("initials"), ""),
                date=_date(c.get(_w("date"))),
                text="\n".join(ln for ln in lines).strip(),
                para_id=para_id,
            )
        )
    ext = parts.get("word/commentsExtended.xml")
    if ext is not None:
        links = {}
        for e in _parse(ext).iter(f"{{{W15}}}commentEx"):
            links[e.get(f"{{{W15}}}paraId")] = (
                e.get(f"{{{W15}}}paraIdParent"),
                e.get(f"{{{W15}}}done") in ("1", "true"),
            )
        for comment in out:
            if comment.para_id in links:
                comment.parent_para_id, comment.done = links[comment.para_id]
    return out


def _props(parts: dict[str, bytes]) -> dict[str, str]:
    data = parts.get("docProps/custom.xml")
    if data is None:
        return {}
    out: dict[str, str] = {}
    for prop in _parse(data).findall(f"{{{_CUSTOM_NS}}}property"):
        value = prop.find(f"{{{_VT_NS}}}lpwstr")
        out[prop.get("name", "")] = (value.text or "") if value is not None else ""
    return out


def _where(el: etree._Element, para: int, offset: int) -> Position:
    """Return where a marker sits; one between paragraphs (Word does that) belongs to the next one."""
    if next(el.iterancestors(_P), None) is None:
        return (para + 1, 0)
    return (para, offset)


def read_docx_bytes(data: bytes) -> ReviewedDoc:
    """Like ``read_docx``, for a document in memory (the regenerated review copy)."""
    return _read(_read_parts(io.BytesIO(data)))


def read_docx(path: Path) -> ReviewedDoc:
    """Return the comments, anchors and text of a .docx; raises ``DocxUnreadable``."""
    return _read(_read_parts(Path(path)))


def _read(parts: dict[str, bytes]) -> ReviewedDoc:
    try:
        root = _parse(parts["word/document.xml"])
        comments = _comments(parts)
        props = _props(parts)
    except etree.XMLSyntaxError as exc:
        raise DocxUnreadable(f"damaged XML ({exc})") from exc
    body = root.find(_w("body"))
    if body is None:
        raise DocxUnreadable("word/document.xml has no body")
    doc = ReviewedDoc(props, comments, {}, {}, [])
    para = -1
    offset = 0
    current = ""
    line: list[str] = []
    line_segment = ""
    line_start: Position = (0, 0)
    capture: dict[str, list[str]] = {}

    def flush() -> None:
        text = normalise("".join(line))
        if text:
            doc.segments.setdefault(line_segment, []).append(text)
            doc.paragraphs.append((line_start, text))

    for el in body.iter(_P, _T, _TAB, _BR, _BM_START, _C_START, _C_END, _C_REF):
        tag = el.tag
        if tag == _P:
            flush()
            para += 1
            offset = 0
            line = []
            line_segment = current
            line_start = (para, 0)
            for parts_ in capture.values():
                parts_.append("\n")
        elif tag in (_T, _TAB, _BR):
            text = (el.text or "") if tag == _T else " "
            if not line or not normalise("".join(line)):
                # The paragraph belongs to the anchor in force where its text starts.
                line_segment = current
            line.append(text)
            offset += len(text)
            for parts_ in capture.values():
                parts_.append(text)
        elif tag == _BM_START:
            name = AnchorName.parse(el.get(_NAME, ""))
            if name is not None:
                doc.anchors.append((_where(el, para, offset), name))
                current = name.name
        elif tag == _C_START:
            cid = el.get(_ID, "")
            doc.comment_at.setdefault(cid, _where(el, para, offset))
            capture[cid] = []
        elif tag == _C_END:
            cid = el.get(_ID, "")
            if cid in capture:
                doc.quoted[cid] = normalise("".join(capture.pop(cid)))
        elif tag == _C_REF:
            doc.comment_at.setdefault(el.get(_ID, ""), (para, offset))
    flush()
    for cid, parts_ in capture.items():
        doc.quoted.setdefault(cid, normalise("".join(parts_)))
    doc.anchors.sort(key=lambda item: item[0])
    return doc
