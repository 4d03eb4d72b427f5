"""A thin writer over a python-docx document: paragraphs, headings and tables by style name.

Body content is collected as XML text and parsed once at the end (``finish``): for the large charter
this is many times faster than python-docx's per-paragraph proxies, and it keeps the user's text as
text.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Cm

from . import ooxml
from .anchors import AnchorBook
from .catalogue import Catalogue
from .styles import S, TemplateError, resolve_style_ids


class DocWriter:
    """Builds the body of one document from a style template."""

    def __init__(self, template: Path, cat: Catalogue) -> None:
        try:
            self.doc = Document(str(template))
        except (PackageNotFoundError, KeyError, zipfile.BadZipFile, ValueError) as exc:
            raise TemplateError([], f"{template} is not a usable Word .docx file ({exc})") from exc
        self.cat = cat
        self.ids = resolve_style_ids(self.doc)
        self._pending: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self.width = ooxml.text_width(self.doc)
        self.landscape_width = ooxml.text_width(self.doc, landscape=True)
        self.figures = 0
        self._landscape = False
        self._toc_index: int | None = None
        self.anchors: AnchorBook | None = None
        """Set for the review copy: elements are then marked with bookmarks (see ``anchors``)."""
        self._anchor_stack: list[str] = []

    # -- low level ---------------------------------------------------------------------------------

    def raw(self, xml: str) -> None:
        self._pending.append(xml)

    def sid(self, style: str) -> str:
        return self.ids[style]

    # -- anchors (review copy only) -----------------------------------------------------------------

    @contextmanager
    def anchor(self, target: str, *, note: bool = False) -> Iterator[None]:
        """Mark what is written inside as coming from ``target`` (a field path or record id).

        With ``note`` the text is review notes about ``target``. Without ``anchors`` this does nothing.
        """
        if self.anchors is None or not target:
            yield
            return
        self._pending.append(self.anchors.marker(target, note=note))
        self._anchor_stack.append(target)
        try:
            yield
        finally:
            self._anchor_stack.pop()
            if self._anchor_stack:
                self._pending.append(self.anchors.marker(self._anchor_stack[-1], resume=True))

    # -- paragraphs ----------------------------------------------------------------------------------

    def para(
        self, text: str, style: str = S.NORMAL, *, keep_next: bool = False, page_break: bool = False
    ) -> None:
        """Add ``text`` as one paragraph per typed line, in ``style``."""
        sid = self.ids[style]
        for i, line in enumerate(ooxml.split_lines(text)):
            self._pending.append(
                ooxml.paragraph_xml(
                    ooxml.run_xml(line), sid, keep_next=keep_next, page_break_before=page_break and i == 0
                )
            )

    def labelled(self, label: str, text: str, style: str = S.NORMAL) -> None:
        """Add 'label: text' with the label in the label character style; later lines follow as paragraphs."""
        sid = self.ids[style]
        lines = ooxml.split_lines(text)
        runs = ooxml.run_xml(f"{label}: ", self.ids[S.LABEL]) + ooxml.run_xml(lines[0])
        self._pending.append(ooxml.paragraph_xml(runs, sid))
        for line in lines[1:]:
            self._pending.append(ooxml.paragraph_xml(ooxml.run_xml(line), sid))

    def lead(self, lead: str, text: str, style: str, *, hanging: bool = False) -> None:
        """Add a paragraph that starts with a fixed lead (a letter, a number) followed by typed text.

        Later typed lines follow as clauses, or with ``hanging`` in the same style after a tab, so
        they line up under the first line's text.
        """
        sid = self.ids[style]
        lines = ooxml.split_lines(text)
        self._pending.append(ooxml.paragraph_xml(ooxml.run_xml(f"{lead}\t{lines[0]}"), sid))
        for line in lines[1:]:
            if hanging:
                self._pending.append(ooxml.paragraph_xml(ooxml.run_xml(f"\t{line}"), sid))
            else:
                self._pending.append(ooxml.paragraph_xml(ooxml.run_xml(line), self.ids[S.CLAUSE]))

    def todo(self, text: str | None = None, style: str = S.PLACEHOLDER) -> None:
        """Add the 'to be completed' line reviewers look for."""
        self.para(text or self.cat.t("todo"), style)

    def user_text(self, text: str, style: str = S.NORMAL, *, todo: str | None = None) -> bool:
        """Add typed text as is, or the placeholder when it is blank; return whether text was there."""
        if text.strip():
            self.para(text, style)
            return True
        self.todo(todo, S.PLACEHOLDER_CLAUSE if style == S.CLAUSE else S.PLACEHOLDER)
        return False

    def labelled_or_todo(self, label: str, text: str) -> None:
        if text.strip():
            self.labelled(label, text)
        else:
            self.para(self.cat.t("todo_field", label=label), S.PLACEHOLDER)

    def heading(self, level: int, text: str, *, page_break: bool = False, in_toc: bool = True) -> None:
        style = {1: S.H1, 2: S.H2, 3: S.H3}[level]
        if in_toc and level <= 2:
            self.headings.append((level, text))
        self._pending.append(
            ooxml.paragraph_xml(ooxml.run_xml(text), self.ids[style], page_break_before=page_break)
        )

    # -- tables --------------------------------------------------------------------------------------

    def table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[ooxml.Cell]],
        fractions: Sequence[float],
        column_styles: Sequence[str | None] = (),
        row_targets: Sequence[str] = (),
    ) -> None:
        """Add a table whose columns share the text width in these fractions.

        ``column_styles`` optionally gives a paragraph style per column (``None``: table text).
        ``row_targets`` names the record each body row comes from, for the review copy's anchors.
        """
        row_markup: list[str] = []
        if self.anchors is not None and row_targets:
            row_markup = [self.anchors.marker(t) if t else "" for t in row_targets]
        width = self.landscape_width if self._landscape else self.width
        total = sum(fractions)
        widths = [int(width * f / total) for f in fractions]
        self._pending.append(
            ooxml.table_xml(
                header,
                rows,
                widths,
                table_style_id=self.ids[S.TABLE],
                header_style_id=self.ids[S.TABLE_HEADER],
                text_style_id=self.ids[S.TABLE_TEXT],
                column_style_ids=[self.ids[c] if c else None for c in column_styles],
                row_markup=row_markup,
            )
        )
        if row_markup and self._anchor_stack and self.anchors is not None:
            self._pending.append(self.anchors.marker(self._anchor_stack[-1], resume=True))
        # A paragraph after each table keeps two tables from merging and gives breathing space.
        self._pending.append(ooxml.paragraph_xml("", self.ids[S.TABLE_TEXT]))

    def side_by_side(self, blocks: Sequence[Callable[[], None]], columns: int = 2) -> None:
        """Lay out blocks (each written by a callable) in a borderless table, ``columns`` across."""
        cells = []
        for write in blocks:
            start = len(self._pending)
            write()
            cells.append("".join(self._pending[start:]))
            del self._pending[start:]
        self._pending.append(
            ooxml.grid_xml(
                cells,
                columns,
                self.landscape_width if self._landscape else self.width,
                table_style_id=self.ids[S.LAYOUT_TABLE],
                empty_style_id=self.ids[S.NORMAL],
            )
        )

    # -- sections, figures, fields -------------------------------------------------------------------

    def start_landscape(self) -> None:
        """End the current portrait section here; what follows is on landscape pages."""
        if self._landscape:
            return
        sect = ooxml.section_properties(self.doc, landscape=False)
        self._pending.append(ooxml.paragraph_xml("", self.ids[S.NORMAL], sect_pr=sect))
        self._landscape = True

    def end_landscape(self) -> None:
        if not self._landscape:
            return
        sect = ooxml.section_properties(self.doc, landscape=True)
        self._pending.append(ooxml.paragraph_xml("", self.ids[S.NORMAL], sect_pr=sect))
        self._landscape = False

    def figure(self, png: bytes, caption: str, width_cm: float = 15.0) -> None:
        """Add a picture (PNG bytes) with a numbered caption below it."""
        max_cm = (self.landscape_width if self._landscape else self.width) / 567
        run = ooxml.picture_run(self.doc, png, Cm(min(width_cm, max_cm)), 100 + self.figures)
        self._pending.append(ooxml.paragraph_xml(run, self.ids[S.FIGURE], keep_next=True))
        self.para(caption, S.CAPTION)

    def toc_here(self) -> None:
        """Mark where the table of contents goes; it is filled in ``finish`` when all headings are known."""
        self._toc_index = len(self._pending)

    def finish(self) -> None:
        """Insert the TOC listing every heading written, and make the collected content the body."""
        if self._toc_index is not None:
            toc = ooxml.toc_xml(self.headings, (self.ids[S.TOC1], self.ids[S.TOC2]), self.cat.t("toc_hint"))
            self._pending.insert(self._toc_index, toc)
            self._toc_index = None
        body = "".join(self._pending)
        ooxml.replace_body(self.doc, ooxml.place_anchor_markers(body) if self.anchors is not None else body)
        self._pending.clear()
