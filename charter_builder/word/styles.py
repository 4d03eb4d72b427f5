"""The style names the writer uses; the template (``templates/charter-style.docx``) defines each of them.

Only names live here. Fonts, sizes and colours belong to the template, so a house-style .docx with the
same names restyles the whole charter.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE


class S:
    """Style names, as Word shows them."""

    NORMAL = "Normal"
    TITLE = "Title"
    SUBTITLE = "Subtitle"
    H1 = "Heading 1"
    H2 = "Heading 2"
    H3 = "Heading 3"
    HEADER = "Header"
    FOOTER = "Footer"
    CAPTION = "Caption"
    TOC_HEADING = "TOC Heading"
    #: Word's own (lower-case) names, so that Word uses these styles when it rebuilds the TOC.
    TOC1 = "toc 1"
    TOC2 = "toc 2"
    LIST_BULLET = "List Bullet"
    COVER_META = "Charter Cover Meta"
    DRAFT_MARK = "Charter Draft Mark"
    WATERMARK = "Charter Watermark"
    PARTY = "Charter Party"
    CONSIDERATION = "Charter Consideration"
    CLAUSE = "Charter Clause"
    PLACEHOLDER = "Charter Placeholder"
    PLACEHOLDER_CLAUSE = "Charter Placeholder Clause"
    """The placeholder where a clause would stand (indented like one)."""
    TABLE_HEADER = "Charter Table Header"
    TABLE_TEXT = "Charter Table Text"
    TABLE_MARK = "Charter Table Mark"
    """Centred short entries in a matrix (the RACI letters)."""
    SIGNATURE_PARTY = "Charter Signature Party"
    SIGNATURE = "Charter Signature"
    SIGNATURE_LINE = "Charter Signature Line"
    FINGERPRINT = "Charter Fingerprint"
    REVIEW_NOTE = "Charter Review Note"
    FIGURE = "Charter Figure"
    LABEL = "Charter Label"
    TABLE = "Charter Table"
    LAYOUT_TABLE = "Normal Table"
    """A table without borders, for laying out blocks side by side (signature blocks)."""


CHARACTER_STYLES = (S.LABEL,)
TABLE_STYLES = (S.TABLE, S.LAYOUT_TABLE)
ALL_STYLES: tuple[str, ...] = tuple(
    value for key, value in vars(S).items() if not key.startswith("_") and isinstance(value, str)
)


class TemplateError(ValueError):
    """The Word template cannot be used: ``missing`` names the styles it lacks, or ``reason`` says why."""

    def __init__(self, missing: list[str], reason: str = "") -> None:
        self.missing = missing
        self.reason = reason or "the Word template lacks these styles: " + ", ".join(missing)
        super().__init__(self.reason)


def resolve_style_ids(document: DocxDocument) -> dict[str, str]:
    """Return style name -> style id for every style the writer uses.

    Resolving once up front makes a house-style template that lacks a style fail before any
    writing, with the full list, instead of on the first paragraph that needs it. Raises
    ``TemplateError``.
    """
    by_name: dict[str, tuple[str, WD_STYLE_TYPE]] = {}
    for style in document.styles:
        by_name[style.name] = (style.style_id, style.type)
    ids: dict[str, str] = {}
    missing: list[str] = []
    for name in ALL_STYLES:
        found = by_name.get(name)
        if found is None:
            missing.append(name)
            continue
        want = (
            WD_STYLE_TYPE.CHARACTER
            if name in CHARACTER_STYLES
            else WD_STYLE_TYPE.TABLE
            if name in TABLE_STYLES
            else WD_STYLE_TYPE.PARAGRAPH
        )
        if found[1] != want:
            missing.append(f"{name} ({want.name.lower()})")
            continue
        ids[name] = found[0]
    if missing:
        raise TemplateError(missing)
    return ids
