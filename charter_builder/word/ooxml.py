"""The one module that writes raw WordprocessingML: fields, custom properties, section breaks, fast tables.

python-docx has no API for fields, custom document properties or repeated table header rows, and
building a 300-row table cell by cell through its proxies is slow. Everything that needs raw XML is
here, so the rest of the writer speaks python-docx and style names only.

Text from users goes in through ``esc``: characters XML 1.0 cannot hold (control characters other
than tab and line ends) are dropped, everything else (``<``, ``&``, quotes, emoji) is escaped and
comes out of Word exactly as typed.
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NSDECL = f'xmlns:w="{W_NS}"'
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
#: The format id Word uses for user-defined properties.
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\n")

#: One cell: a single text, or several paragraphs.
Cell = str | Sequence[str]


def clean(text: str) -> str:
    """Return ``text`` without the characters XML 1.0 cannot carry."""
    return _INVALID_XML.sub("", text)


def esc(text: str) -> str:
    """Return ``text`` cleaned and escaped for an XML text node."""
    return escape(clean(text))


def split_lines(text: str) -> list[str]:
    """Split typed text at line ends (``\\n``, ``\\r\\n``, ``\\r``): one Word paragraph per line."""
    return _LINE_BREAKS.split(text)


def run_xml(text: str, char_style_id: str | None = None) -> str:
    """Return a ``w:r`` (or several) for one line of text; tabs become Word tabs."""
    rpr = f'<w:rPr><w:rStyle w:val="{char_style_id}"/></w:rPr>' if char_style_id else ""
    parts = clean(text).split("\t")
    inner = "<w:tab/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' if p else "" for p in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def paragraph_xml(
    runs: str,
    style_id: str,
    *,
    keep_next: bool = False,
    page_break_before: bool = False,
    sect_pr: str = "",
) -> str:
    """Return a ``w:p`` with a style and the given runs; ``sect_pr`` ends a section at this paragraph."""
    extra = ("<w:keepNext/>" if keep_next else "") + ("<w:pageBreakBefore/>" if page_break_before else "")
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{extra}{sect_pr}</w:pPr>{runs}</w:p>'


def field_runs(instruction: str, cached: str = "", *, dirty: bool = False) -> str:
    """Return the runs of a simple complex field (PAGE, NUMPAGES, ...) with a cached result."""
    d = ' w:dirty="true"' if dirty else ""
    return (
        f'<w:r><w:fldChar w:fldCharType="begin"{d}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run_xml(cached)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def toc_xml(entries: Sequence[tuple[int, str]], toc_style_ids: Sequence[str], empty_hint: str) -> str:
    """Return the paragraphs of a TOC field whose cached result lists ``entries`` (level, text).

    Word rebuilds the result with page numbers when it opens the document (the field is marked
    dirty and the settings ask for an update); until then, and in viewers that never update fields,
    the headings are already in place.
    """
    begin = (
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    if not entries:
        return paragraph_xml(begin + run_xml(empty_hint) + end, toc_style_ids[0])
    out = []
    last = len(entries) - 1
    for i, (level, text) in enumerate(entries):
        style = toc_style_ids[min(level, len(toc_style_ids)) - 1]
        runs = (begin if i == 0 else "") + run_xml(text) + (end if i == last else "")
        out.append(paragraph_xml(runs, style))
    return "".join(out)


def table_xml(
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    widths: Sequence[int],
    *,
    table_style_id: str,
    header_style_id: str,
    text_style_id: str,
    column_style_ids: Sequence[str | None] = (),
    row_markup: Sequence[str] = (),
) -> str:
    """Return a ``w:tbl`` with a repeated header row and fixed column widths (in twips).

    ``row_markup`` is put at the start of each body row (the review copy's anchor markers).
    Fixed widths keep a table inside the page whatever its content; the header row repeats on every
    page (``w:tblHeader``); rows do not break across pages unless taller than a page.
    """
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    parts = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{table_style_id}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>",
        _row(header, widths, [header_style_id] * len(widths), header=True),
    ]
    styles = [
        (column_style_ids[i] or text_style_id) if i < len(column_style_ids) else text_style_id
        for i in range(len(widths))
    ]
    parts.extend(
        _row(row, widths, styles, lead=row_markup[i] if i < len(row_markup) else "")
        for i, row in enumerate(rows)
    )
    parts.append("</w:tbl>")
    return "".join(parts)


def _row(
    cells: Sequence[Cell],
    widths: Sequence[int],
    style_ids: Sequence[str],
    *,
    header: bool = False,
    lead: str = "",
) -> str:
    trpr = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else "<w:trPr><w:cantSplit/></w:trPr>"
    out = [f"<w:tr>{trpr}{lead}"]
    for cell, width, style_id in zip(cells, widths, style_ids, strict=True):
        lines = split_lines(cell) if isinstance(cell, str) else [ln for c in cell for ln in split_lines(c)]
        paras = "".join(
            f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{run_xml(ln)}</w:p>' for ln in lines
        )
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paras}</w:tc>')
    out.append("</w:tr>")
    return "".join(out)


def replace_body(document: DocxDocument, body_xml: str) -> None:
    """Make ``body_xml`` (paragraphs and tables) the document's body, before its final section properties.

    The whole document is serialised and parsed once. Appending parsed elements one by one to the
    body instead costs lxml a namespace fix-up per node, which took most of the time for the large
    charter (0.8 s of 1 s).
    """
    root = document.element
    body = root.body
    sect = body.sectPr
    for child in list(body):
        body.remove(child)
    body.append(etree.Comment("charter-body"))
    if sect is not None:
        body.append(sect)
    xml = etree.tostring(root, encoding="unicode").replace("<!--charter-body-->", body_xml, 1)
    new_root = parse_xml(xml)
    # python-docx keeps the root element on the part and on the Document proxy (with a cached body).
    document.part._element = new_root
    document._element = new_root
    document._Document__body = None  # type: ignore[attr-defined]  # python-docx's private body cache; no public reset


def picture_run(document: DocxDocument, png: bytes, width_emu: int, picture_id: int) -> str:
    """Return a run holding ``png`` as an inline picture ``width_emu`` wide; adds the image part."""
    inline = document.part.new_pic_inline(io.BytesIO(png), width_emu, None)
    # python-docx numbers pictures from the ids already in the body, which is still empty here.
    inline.docPr.id = picture_id  # type: ignore[assignment]  # python-docx leaves this descriptor unannotated
    return f"<w:r><w:drawing>{etree.tostring(inline, encoding='unicode')}</w:drawing></w:r>"


def grid_xml(
    cells: Sequence[str], columns: int, width: int, *, table_style_id: str, empty_style_id: str
) -> str:
    """Return a borderless layout table placing ready-made cell contents (paragraph XML) in ``columns``.

    Rows do not break across pages, so a signature block always stays whole.
    """
    col = width // columns
    grid = "".join(f'<w:gridCol w:w="{col}"/>' for _ in range(columns))
    parts = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{table_style_id}"/><w:tblW w:w="{col * columns}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        'w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>"
    ]
    for start in range(0, len(cells), columns):
        row = list(cells[start : start + columns])
        row += [""] * (columns - len(row))
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for content in row:
            body = content or f'<w:p><w:pPr><w:pStyle w:val="{empty_style_id}"/></w:pPr></w:p>'
            parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{col}" w:type="dxa"/></w:tcPr>{body}</w:tc>')
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def parse_fragment(xml: str) -> list[etree._Element]:
    """Parse concatenated body-level elements (paragraphs, tables) into python-docx elements."""
    root = parse_xml(f"<w:body {_NSDECL}>{xml}</w:body>")
    return list(root)


def append_runs(paragraph_element: etree._Element, runs: str) -> None:
    """Append runs (as XML text) to an existing ``w:p``."""
    for run in parse_xml(f"<w:p {_NSDECL}>{runs}</w:p>"):
        paragraph_element.append(run)


def section_properties(document: DocxDocument, *, landscape: bool) -> str:
    """Return the template's page setup as a ``w:sectPr``, turned to landscape when asked.

    Used to end a section at a paragraph: the page size and margins stay the template's.
    """
    # Header and footer references are kept: every section shows the same running text.
    sect = copy.deepcopy(document.element.body.sectPr)
    pg = sect.find(qn("w:pgSz"))
    if pg is not None:
        w, h = int(pg.get(qn("w:w"))), int(pg.get(qn("w:h")))
        short, long_ = sorted((w, h))
        if landscape:
            pg.set(qn("w:w"), str(long_))
            pg.set(qn("w:h"), str(short))
            pg.set(qn("w:orient"), "landscape")
        else:
            pg.set(qn("w:w"), str(short))
            pg.set(qn("w:h"), str(long_))
            pg.attrib.pop(qn("w:orient"), None)
    mar = sect.find(qn("w:pgMar"))
    if mar is not None and landscape:
        top, right, bottom, left = (mar.get(qn(f"w:{s}")) for s in ("top", "right", "bottom", "left"))
        # Keep the header and footer at the short edges: the side margins become the top/bottom ones.
        mar.set(qn("w:left"), top)
        mar.set(qn("w:right"), bottom)
        mar.set(qn("w:top"), right)
        mar.set(qn("w:bottom"), left)
    return etree.tostring(sect, encoding="unicode")


def text_width(document: DocxDocument, *, landscape: bool = False) -> int:
    """Return the width between the margins, in twips, of the template's page (or its landscape turn)."""
    sect = document.element.body.sectPr
    pg, mar = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))
    w, h = int(pg.get(qn("w:w"))), int(pg.get(qn("w:h")))
    short, long_ = sorted((w, h))
    if landscape:
        return long_ - int(mar.get(qn("w:top"))) - int(mar.get(qn("w:bottom")))
    return short - int(mar.get(qn("w:left"))) - int(mar.get(qn("w:right")))


#: ``w:settings`` children that the schema puts after ``w:updateFields`` (ECMA-376 CT_Settings).
_AFTER_UPDATE_FIELDS = [
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
]


def ask_update_fields_on_open(document: DocxDocument) -> None:
    """Set ``w:updateFields`` in the settings, so Word refreshes the TOC and page fields on open."""
    settings = document.settings.element
    for el in settings.findall(qn("w:updateFields")):
        settings.remove(el)
    el = parse_xml(f'<w:updateFields {_NSDECL} w:val="true"/>')
    settings.insert_element_before(el, *_AFTER_UPDATE_FIELDS)


def set_custom_properties(document: DocxDocument, values: dict[str, str]) -> None:
    """Write ``docProps/custom.xml`` with these text properties (replacing any the template had)."""
    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            package.rels.pop(rel.rId)
    props = "".join(
        f'<property fmtid="{_CUSTOM_FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{esc(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{props}</Properties>'
    ).encode()
    part = Part(PackURI("/docProps/custom.xml"), _CUSTOM_CT, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def read_custom_properties(docx: Path) -> dict[str, str]:
    """Return the text custom properties of a .docx file ({} when it has none).

    Raises ``zipfile.BadZipFile`` or ``OSError`` when the file is not a readable .docx.
    """
    with zipfile.ZipFile(docx) as z:
        try:
            data = z.read("docProps/custom.xml")
        except KeyError:
            return {}
    root = etree.fromstring(data)
    out: dict[str, str] = {}
    for prop in root.findall(f"{{{_CUSTOM_NS}}}property"):
        value = prop.find(f"{{{_VT_NS}}}lpwstr")
        out[prop.get("name", "")] = (value.text or "") if value is not None else ""
    return out


def read_body(docx: Path) -> etree._Element:
    """Return the ``w:body`` element of a .docx file's main document part."""
    with zipfile.ZipFile(docx) as z:
        data = z.read("word/document.xml")
    root = etree.fromstring(data)
    body = root.find(qn("w:body"))
    if body is None:
        raise ValueError("word/document.xml has no body")
    return body


_P, _T, _TAB, _FLD = qn("w:p"), qn("w:t"), qn("w:tab"), qn("w:fldChar")
_TYPE = qn("w:fldCharType")


def body_text_hash(body: etree._Element) -> str:
    """Return the SHA-256 of the body's visible text, paragraph by paragraph, outside field results.

    Field results (the TOC, page numbers) change whenever Word updates them, so they are left out;
    any edit of the text itself changes the hash. Run boundaries do not matter, so a re-save by Word
    that only splits runs gives the same hash.
    """
    h = hashlib.sha256()
    in_result: list[bool] = []
    for p in body.iter(_P):
        chunks: list[str] = []
        for el in p.iter(_T, _TAB, _FLD):
            if el.tag == _FLD:
                kind = el.get(_TYPE)
                if kind == "begin":
                    in_result.append(False)
                elif kind == "separate" and in_result:
                    in_result[-1] = True
                elif kind == "end" and in_result:
                    in_result.pop()
                continue
            if any(in_result):
                continue
            chunks.append("\t" if el.tag == _TAB else (el.text or ""))
        h.update("".join(chunks).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
_COMMENTS_EX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"
RT_COMMENTS_EX = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"


def link_comment_replies(
    document: DocxDocument, comments: Sequence[tuple[etree._Element, int | None]]
) -> None:
    """Write ``word/commentsExtended.xml``: which comment answers which (Word 2013+ threads).

    ``comments`` lists every ``w:comment`` element with the index (in the same list) of the comment it
    answers, or ``None``. Word links a reply to its parent through the ``w14:paraId`` of each comment's
    last paragraph, which python-docx does not write; it is set here.
    """
    if not comments:
        return
    para_ids: list[str] = []
    for i, (comment, _) in enumerate(comments):
        paras = comment.findall(qn("w:p"))
        pid = f"{0x1C000000 + i:08X}"
        if paras:
            paras[-1].set(f"{{{W14_NS}}}paraId", pid)
        para_ids.append(pid)
    entries = []
    for i, (_, parent) in enumerate(comments):
        link = f' w15:paraIdParent="{para_ids[parent]}"' if parent is not None else ""
        entries.append(f'<w15:commentEx w15:paraId="{para_ids[i]}"{link} w15:done="0"/>')
    blob = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w15:commentsEx xmlns:w15="{W15_NS}" '
        f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">{"".join(entries)}'
        "</w15:commentsEx>"
    ).encode()
    part = Part(PackURI("/word/commentsExtended.xml"), _COMMENTS_EX_CT, blob, document.part.package)
    document.part.relate_to(part, RT_COMMENTS_EX)


_ANCHOR_MARKER = re.compile(r"<!--cbanchor:([A-Za-z0-9_]+):([er])-->")


def anchor_marker(name: str, *, resume: bool = False) -> str:
    """Return a placeholder (an XML comment) for a bookmark named ``name`` in collected body XML."""
    return f"<!--cbanchor:{name}:{'r' if resume else 'e'}-->"


def place_anchor_markers(body_xml: str, first_id: int = 1) -> str:
    """Replace the markers in ``body_xml`` by bookmarks around the first paragraph that follows each.

    A repeated parent anchor (``resume``) immediately followed by another anchor says nothing and
    is dropped; several anchors before the same paragraph all start there, in order.
    """
    parts = _ANCHOR_MARKER.split(body_xml)
    out = [parts[0]]
    pending: list[tuple[str, str]] = []
    next_id = first_id
    for i in range(1, len(parts), 3):
        name, kind, chunk = parts[i], parts[i + 1], parts[i + 2]
        if pending and pending[-1][1] == "r":
            pending.pop()
        pending.append((name, kind))
        start = chunk.find("</w:pPr>")
        if start < 0:
            out.append(chunk)
            continue
        start += len("</w:pPr>")
        end = chunk.find("</w:p>", start)
        ids = list(range(next_id, next_id + len(pending)))
        next_id += len(pending)
        starts = "".join(
            f'<w:bookmarkStart w:id="{bid}" w:name="{escape(n)}"/>'
            for bid, (n, _) in zip(ids, pending, strict=True)
        )
        ends = "".join(f'<w:bookmarkEnd w:id="{bid}"/>' for bid in ids)
        out.append(chunk[:start] + starts + chunk[start:end] + ends + chunk[end:])
        pending = []
    return "".join(out)
