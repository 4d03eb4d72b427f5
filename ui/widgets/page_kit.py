"""The common frame of the editing pages: a scrolling column of titled sections of editors.

Every editor on a page (a ``FieldForm``, a ``RecordTable``, the RACI grid) answers the same small
protocol, so the page can route findings and focus requests by field path without knowing them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from charter_builder.checks import Finding
from charter_builder.model import Record

from ..binding import PathLike, ui_language
from ..pages.base import StepPage
from ..session import CharterSession
from .form import FieldForm, FieldSpec
from .record_table import Column, RecordTable


class Editor(Protocol):
    def refresh(self) -> None: ...
    def retranslate(self) -> None: ...
    def handles(self, path: str) -> bool: ...
    def show_path_findings(self, items: Sequence[tuple[str, str]]) -> None: ...
    def focus_path(self, path: str) -> bool: ...


class FormStepPage(StepPage):
    """A step page built from sections; subclasses set ``CONTEXT`` and ``TITLE`` and add editors."""

    CONTEXT = "FormStepPage"
    TITLE = ""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.editors: list[Editor] = []
        self._sections: list[tuple[QGroupBox, str]] = []
        self._notes: list[tuple[QLabel, str]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self.scroll)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setSpacing(12)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll)

    # -- building ----------------------------------------------------------------------------
    def tr_(self, source: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, source)

    def section(self, title: str, layout_parent: QVBoxLayout | None = None) -> QVBoxLayout:
        """Add a titled section (English ``title``, translated in ``CONTEXT``); return its layout."""
        box = QGroupBox(self.body)
        box.setObjectName("section_" + title.lower().replace(" ", "_")[:40])
        (layout_parent or self.body_layout).addWidget(box)
        self._sections.append((box, title))
        inner = QVBoxLayout(box)
        return inner

    def note(self, layout: QVBoxLayout, text: str) -> QLabel:
        """Add a short explanatory line (translated) above an editor."""
        label = QLabel(self.body)
        label.setWordWrap(True)
        label.setObjectName("note")
        label.setStyleSheet("color: #505050;")
        layout.addWidget(label)
        self._notes.append((label, text))
        return label

    def form(
        self,
        layout: QVBoxLayout,
        owner: Callable[[], Record | None],
        path: PathLike,
        specs: Sequence[FieldSpec],
    ) -> FieldForm:
        form = FieldForm(self.session, owner, path, self.CONTEXT, specs, self.body)
        layout.addWidget(form)
        self.editors.append(form)
        return form

    def table(
        self,
        layout: QVBoxLayout,
        owner: Callable[[], Record | None],
        field: str,
        path: PathLike,
        columns: Sequence[Column],
        factory: Callable[[], Record | None],
        *,
        title: str = "",
        detail: Sequence[FieldSpec] = (),
        detail_groups: Sequence[tuple[str, Sequence[FieldSpec]]] = (),
        detail_title: str = "",
        visible_rows: int = 6,
        missing_text: str = "",
    ) -> RecordTable:
        """Add a record table whose headers and texts translate in this page's context."""
        table = RecordTable(
            self.session,
            owner,
            field,
            path,
            columns,
            factory,
            context=self.CONTEXT,
            title=title,
            detail=detail,
            detail_groups=detail_groups,
            detail_title=detail_title,
            visible_rows=visible_rows,
            missing_text=missing_text,
            parent=self.body,
        )
        layout.addWidget(table)
        self.editors.append(table)
        return table

    def first_partner_id(self) -> str | None:
        """The partner a new row that needs one starts with (the user picks another in the cell)."""
        partners = self.session.charter.partners
        return partners[0].id if partners else None

    def finish(self) -> None:
        """Call at the end of a subclass's ``__init__``."""
        self.body_layout.addStretch(1)
        self.retranslate()

    # -- StepPage ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr_(self.TITLE)

    def load(self) -> None:
        for editor in self.editors:
            editor.refresh()

    def retranslate(self) -> None:
        for box, title in self._sections:
            box.setTitle(self.tr_(title))
        for label, text in self._notes:
            label.setText(self.tr_(text))
        for editor in self.editors:
            editor.retranslate()

    def show_findings(self, findings: list[Finding]) -> None:
        lang = ui_language()
        items = [(f.path, f.message(lang)) for f in findings]
        for editor in self.editors:
            editor.show_path_findings([it for it in items if editor.handles(it[0])])

    def focus_path(self, path: str) -> bool:
        for editor in self.editors:
            if editor.handles(path) and editor.focus_path(path):
                focused = self.focusWidget()  # set by setFocus even before the window is active
                if focused is not None and self.body.isAncestorOf(focused):
                    self.scroll.ensureWidgetVisible(focused, 50, 50)
                return True
        return False
