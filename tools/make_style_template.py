"""Build ``templates/charter-style.docx``: the Word style template the charter writer fills.

Run ``uv run python tools/make_style_template.py`` after changing a style here, and commit the .docx.
The template is the only place that decides fonts, sizes and colours: the writer refers to styles by
name only (``charter_builder.word.styles``), so an organisation can restyle the charter in Word (or
pass its own house-style .docx with the same style names) without touching code.

Colours are chosen to stay legible in grayscale print: dark ink, light grey fills, no meaning carried
by hue alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from charter_builder.word.styles import ALL_STYLES, S  # noqa: E402

OUT = ROOT / "templates" / "charter-style.docx"

BODY_FONT = "Arial"
MONO_FONT = "Courier New"
INK = RGBColor(0x1A, 0x1A, 0x1A)
HEADING_INK = RGBColor(0x1F, 0x2F, 0x4F)
MUTED = RGBColor(0x59, 0x59, 0x59)
FAINT = RGBColor(0xA6, 0xA6, 0xA6)


def _set_font(style: BaseStyle, name: str, size: float | None = None) -> None:
    """Give a style an explicit font, dropping the theme-font attributes that would override it."""
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is not None:
        rpr.remove(rfonts)
    style.font.name = name
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:cs"), name)
    rfonts.set(qn("w:eastAsia"), name)
    if size is not None:
        style.font.size = Pt(size)


def _paragraph_style(doc, name: str, base: str = "Normal"):
    try:
        style = doc.styles[name]
    except KeyError:
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles[base]
    style.quick_style = True
    return style


#: Schema order of ``w:pPr`` children (ECMA-376 CT_PPrBase); Word rejects a styles part out of order.
_PPR_ORDER = [
    "w:pStyle",
    "w:keepNext",
    "w:keepLines",
    "w:pageBreakBefore",
    "w:framePr",
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
]


def _add_ppr_child(style: BaseStyle, xml: str) -> None:
    """Insert a raw ``w:pPr`` child at its schema position."""
    el = parse_xml(xml)
    ppr = style.element.get_or_add_pPr()
    tag = next(t for t in _PPR_ORDER if qn(t) == el.tag)
    for old in ppr.findall(el.tag):
        ppr.remove(old)
    ppr.insert_element_before(el, *_PPR_ORDER[_PPR_ORDER.index(tag) + 1 :])


def _table_style_xml(style_id: str, name: str) -> str:
    border = 'w:val="single" w:sz="4" w:space="0" w:color="808080"'
    return f"""<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="{style_id}">
  <w:name w:val="{name}"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
  <w:tblPr>
    <w:tblStyleRowBandSize w:val="1"/>
    <w:tblBorders>
      <w:top {border}/><w:left {border}/><w:bottom {border}/><w:right {border}/>
      <w:insideH {border}/><w:insideV {border}/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>
      <w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="band2Horz">
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr>
  </w:tblStylePr>
</w:style>"""


def build(out: Path = OUT) -> Path:
    """Write the template to ``out`` and return the path."""
    doc = Document()
    styles = doc.styles

    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.4)
        section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
        section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)

    normal = styles[S.NORMAL]
    _set_font(normal, BODY_FONT, 10.5)
    normal.font.color.rgb = INK
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    title = styles[S.TITLE]
    _set_font(title, BODY_FONT, 26)
    title.font.color.rgb = HEADING_INK
    title.font.bold = True
    title.paragraph_format.space_before = Pt(120)
    title.paragraph_format.space_after = Pt(12)
    ppr = title.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)

    subtitle = styles[S.SUBTITLE]
    _set_font(subtitle, BODY_FONT, 15)
    subtitle.font.italic = False
    subtitle.font.color.rgb = MUTED
    subtitle.paragraph_format.space_after = Pt(36)

    for name, size, before, after in ((S.H1, 14, 18, 6), (S.H2, 11.5, 10, 3), (S.H3, 10.5, 8, 2)):
        h = styles[name]
        _set_font(h, BODY_FONT, size)
        h.font.bold = True
        h.font.color.rgb = HEADING_INK
        h.paragraph_format.space_before = Pt(before)
        h.paragraph_format.space_after = Pt(after)
        h.paragraph_format.keep_with_next = True

    for name in (S.HEADER, S.FOOTER):
        st = styles[name]
        _set_font(st, BODY_FONT, 8)
        st.font.color.rgb = MUTED
        st.paragraph_format.space_after = Pt(0)

    caption = styles[S.CAPTION]
    _set_font(caption, BODY_FONT, 9)
    caption.font.italic = True
    caption.font.bold = False
    caption.font.color.rgb = MUTED
    caption.paragraph_format.space_after = Pt(10)

    toc_heading = styles[S.TOC_HEADING]
    _set_font(toc_heading, BODY_FONT, 14)
    toc_heading.font.color.rgb = HEADING_INK
    toc_heading.paragraph_format.space_before = Pt(0)
    for name, indent, style_id in ((S.TOC1, 0.0, "TOC1"), (S.TOC2, 0.6, "TOC2")):
        st = _paragraph_style(doc, name)
        st.element.styleId = style_id
        st.element.attrib.pop(qn("w:customStyle"), None)  # a built-in style, not a custom one
        st.paragraph_format.left_indent = Cm(indent)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.line_spacing = 1.0
        _add_ppr_child(
            st, f'<w:tabs {nsdecls("w")}><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'
        )
    styles[S.TOC1].font.bold = True

    bullet = styles[S.LIST_BULLET]
    bullet.paragraph_format.space_after = Pt(2)

    cover = _paragraph_style(doc, S.COVER_META)
    cover.font.size = Pt(11)
    cover.font.color.rgb = MUTED
    cover.paragraph_format.space_after = Pt(3)

    draft = _paragraph_style(doc, S.DRAFT_MARK)
    draft.font.size = Pt(40)
    draft.font.bold = True
    draft.font.color.rgb = FAINT
    draft.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    draft.paragraph_format.space_before = Pt(48)

    watermark = _paragraph_style(doc, S.WATERMARK, base=S.HEADER)
    watermark.font.size = Pt(16)
    watermark.font.bold = True
    watermark.font.color.rgb = FAINT
    watermark.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    party = _paragraph_style(doc, S.PARTY)
    party.paragraph_format.left_indent = Cm(0.8)
    party.paragraph_format.first_line_indent = Cm(-0.8)
    party.paragraph_format.space_after = Pt(6)
    party.paragraph_format.keep_together = True

    consideration = _paragraph_style(doc, S.CONSIDERATION)
    consideration.paragraph_format.left_indent = Cm(0.8)
    consideration.paragraph_format.first_line_indent = Cm(-0.8)

    clause = _paragraph_style(doc, S.CLAUSE)
    clause.paragraph_format.left_indent = Cm(0.8)

    placeholder = _paragraph_style(doc, S.PLACEHOLDER)
    placeholder.font.italic = True
    placeholder.font.color.rgb = MUTED

    placeholder_clause = _paragraph_style(doc, S.PLACEHOLDER_CLAUSE, base=S.PLACEHOLDER)
    placeholder_clause.paragraph_format.left_indent = Cm(0.8)

    th = _paragraph_style(doc, S.TABLE_HEADER)
    th.font.size = Pt(8.5)
    th.font.bold = True
    th.paragraph_format.space_after = Pt(0)
    th.paragraph_format.line_spacing = 1.0
    th.paragraph_format.keep_with_next = True

    td = _paragraph_style(doc, S.TABLE_TEXT)
    td.font.size = Pt(8.5)
    td.paragraph_format.space_after = Pt(0)
    td.paragraph_format.line_spacing = 1.0

    mark = _paragraph_style(doc, S.TABLE_MARK, base=S.TABLE_TEXT)
    mark.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # Signature blocks sit in layout-table rows that never split; keep-with-next inside a table would
    # make Word and LibreOffice push the whole table to the next page.
    sig_head = _paragraph_style(doc, S.SIGNATURE_PARTY)
    sig_head.font.bold = True
    sig_head.paragraph_format.space_before = Pt(14)
    sig_head.paragraph_format.space_after = Pt(2)

    sig = _paragraph_style(doc, S.SIGNATURE)
    sig.paragraph_format.left_indent = Cm(2.8)
    sig.paragraph_format.first_line_indent = Cm(-2.8)
    sig.paragraph_format.space_after = Pt(2)
    sig.paragraph_format.tab_stops.add_tab_stop(Cm(2.8))

    sig_line = _paragraph_style(doc, S.SIGNATURE_LINE)
    sig_line.paragraph_format.space_before = Pt(20)
    sig_line.paragraph_format.space_after = Pt(6)
    sig_line.paragraph_format.tab_stops.add_tab_stop(Cm(2.8))

    fp = _paragraph_style(doc, S.FINGERPRINT)
    _set_font(fp, MONO_FONT, 7.5)
    fp.font.color.rgb = MUTED

    review = _paragraph_style(doc, S.REVIEW_NOTE)
    review.font.size = Pt(9)
    review.font.color.rgb = INK
    review.paragraph_format.left_indent = Cm(0.8)
    review.paragraph_format.space_after = Pt(2)
    _add_ppr_child(
        review,
        f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="18" w:space="6" w:color="7F7F7F"/></w:pBdr>',
    )
    _add_ppr_child(review, f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="EDEDED"/>')

    figure = _paragraph_style(doc, S.FIGURE)
    figure.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    figure.paragraph_format.keep_with_next = True
    figure.paragraph_format.space_before = Pt(6)

    label = styles.add_style(S.LABEL, WD_STYLE_TYPE.CHARACTER)
    label.font.bold = True

    styles.element.append(parse_xml(_table_style_xml("CharterTable", S.TABLE)))

    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    doc.add_paragraph(
        "Stijlsjabloon voor Charter Builder. Pas de stijlen aan (Start > Stijlen) en bewaar dit bestand; "
        "de tekst van het convenant vult Charter Builder zelf in. / Style template for Charter Builder: "
        "restyle, keep the style names.",
        style=S.NORMAL,
    )
    missing = [name for name in ALL_STYLES if name not in {s.name for s in doc.styles}]
    if missing:
        raise SystemExit(f"template lacks styles: {missing}")
    core = doc.core_properties
    core.title = "Charter Builder style template"
    core.author = "Charter Builder"
    core.comments = "Named styles the charter writer fills; restyle freely, keep the names."
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
