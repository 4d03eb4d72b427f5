"""The glossary assistant of the Trust step: terms the charter uses but does not define, and common terms.

A shared vocabulary only helps when the words people actually use are in it. The assistant lists the
jargon found in the charter's texts that the glossary lacks (how often, and in which steps), and the
common terms of the domain with neutral definitions. Each click adds through the session as one
undoable step and selects the new row in the glossary table, so the user goes on to edit the
definition there; the lists follow every change (also undo) of the charter.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charter_builder.glossary import (
    CommonTerm,
    TermSuggestion,
    adopt_term,
    common_terms,
    suggest_undefined_terms,
)
from charter_builder.model import GlossaryTerm
from charter_builder.model.paths import step_for_path
from charter_builder.packages.labels import field_label

from .binding import ui_language
from .session import CharterSession
from .steps import step_title
from .widgets.record_table import RecordTable

_SEGMENT = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?$")
_REFRESH_DELAY_MS = 150


def readable_path(path: str, lang: str) -> str:
    """Return a field path as words: its step, then each field, e.g. "Governance & monitoring › kpis 3 › description".

    Users do not know ``governance.kpis[2].description``; they know the step and roughly the field.
    """
    words: list[str] = []
    for part in path.split(".")[1:]:
        match = _SEGMENT.match(part)
        if match is None:
            words.append(part)
            continue
        name, index = match.groups()
        word = field_label(name, lang)
        word = word.replace("_", " ")
        words.append(f"{word} {int(index) + 1}" if index is not None else word)
    return " › ".join([step_title(step_for_path(path)), *words])


def defined_terms(glossary: Sequence[GlossaryTerm]) -> set[str]:
    """Return the casefolded terms the glossary holds (to grey out common terms already adopted)."""
    return {g.term.strip().casefold() for g in glossary if g.term.strip()}


def is_defined(term: CommonTerm, defined: set[str]) -> bool:
    return term.term.casefold() in defined or any(n.casefold() in defined for n in term.names)


class _EnterKey(QObject):
    """Runs a handler on Return/Enter in a list (not ``itemActivated``: some styles activate on one click)."""

    def __init__(self, widget: QWidget, handler: Callable[[], None]) -> None:
        super().__init__(widget)
        self._handler = handler
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._handler()
            return True
        return super().eventFilter(watched, event)


class GlossaryAssistant(QDialog):
    """Suggests undefined terms and offers common terms; adds them to ``trust.glossary`` through ``table``."""

    def __init__(self, session: CharterSession, table: RecordTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryAssistant")
        self.session = session
        self.table = table
        self.suggestions: list[TermSuggestion] = []
        self.commons: list[CommonTerm] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        # (1) Used but not defined.
        self.used_box = QGroupBox(self)
        used_layout = QVBoxLayout(self.used_box)
        self.used_note = QLabel(self.used_box)
        self.used_note.setWordWrap(True)
        self.used_note.setStyleSheet("color: #505050;")
        self.used_list = QTreeWidget(self.used_box)
        self.used_list.setObjectName("usedList")
        self.used_list.setColumnCount(3)
        self.used_list.setRootIsDecorated(False)
        self.used_list.setAlternatingRowColors(True)
        self.used_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.used_list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.used_list.setColumnWidth(0, 260)
        self.used_list.itemSelectionChanged.connect(self._update_buttons)
        self.used_list.itemDoubleClicked.connect(lambda _item, _col: self.add_selected_suggestions())
        _EnterKey(self.used_list, self.add_selected_suggestions)
        self.used_empty = QLabel(self.used_box)
        self.used_empty.setWordWrap(True)
        self.add_button = QPushButton(self.used_box)
        self.add_button.setObjectName("addSuggestion")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_selected_suggestions)
        used_bar = QHBoxLayout()
        used_bar.addWidget(self.used_empty, 1)
        used_bar.addWidget(self.add_button)
        used_layout.addWidget(self.used_note)
        used_layout.addWidget(self.used_list, 1)
        used_layout.addLayout(used_bar)

        # (2) Common terms.
        self.common_box = QGroupBox(self)
        common_layout = QVBoxLayout(self.common_box)
        self.filter_edit = QLineEdit(self.common_box)
        self.filter_edit.setObjectName("commonFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.common_list = QTreeWidget(self.common_box)
        self.common_list.setObjectName("commonList")
        self.common_list.setColumnCount(2)
        self.common_list.setRootIsDecorated(False)
        self.common_list.setAlternatingRowColors(True)
        self.common_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.common_list.header().setStretchLastSection(True)
        self.common_list.setColumnWidth(0, 260)
        self.common_list.itemSelectionChanged.connect(self._update_buttons)
        self.common_list.itemDoubleClicked.connect(lambda _item, _col: self.adopt_selected())
        _EnterKey(self.common_list, self.adopt_selected)
        self.adopt_button = QPushButton(self.common_box)
        self.adopt_button.setObjectName("adoptCommon")
        self.adopt_button.setAutoDefault(False)
        self.adopt_button.clicked.connect(self.adopt_selected)
        self.common_count = QLabel(self.common_box)
        common_bar = QHBoxLayout()
        common_bar.addWidget(self.common_count, 1)
        common_bar.addWidget(self.adopt_button)
        common_layout.addWidget(self.filter_edit)
        common_layout.addWidget(self.common_list, 1)
        self.definition = QLabel(self.common_box)
        self.definition.setObjectName("commonDefinition")
        self.definition.setWordWrap(True)
        self.definition.setTextFormat(Qt.TextFormat.RichText)
        self.definition.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.definition.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.common_list.currentItemChanged.connect(lambda *_: self._show_definition())
        common_layout.addWidget(self.definition)
        common_layout.addLayout(common_bar)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.used_box)
        splitter.addWidget(self.common_box)
        splitter.setSizes([300, 400])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        # Enter in a list adds its selection; it must not also close the dialog.
        close.setAutoDefault(False)
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        session.changed.connect(self._schedule_refresh)
        session.charter_replaced.connect(self._schedule_refresh)
        self.resize(900, 640)
        self.retranslate()

    # -- contents ----------------------------------------------------------------------------
    def _schedule_refresh(self, *_args: object) -> None:
        # A closed assistant does not follow typing; it refreshes when opened again.
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        """Recompute both lists from the charter, in the UI language, keeping the selected terms selected."""
        self._timer.stop()
        lang = ui_language()
        charter = self.session.charter
        self.suggestions = suggest_undefined_terms(charter, lang)
        self.commons = common_terms(lang)
        selected_used = {it.text(0) for it in self.used_list.selectedItems()}
        selected_common = {it.data(0, Qt.ItemDataRole.UserRole) for it in self.common_list.selectedItems()}

        self.used_list.clear()
        for s in self.suggestions:
            where = [readable_path(p, lang) for p in s.paths]
            steps = list(dict.fromkeys(w.split(" › ", 1)[0] for w in where))
            item = QTreeWidgetItem([s.term, str(s.count), ", ".join(steps)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = (
                QCoreApplication.translate("GlossaryAssistant", "Occurs in:")
                + "\n"
                + "\n".join("• " + w for w in where)
            )
            if s.common is not None:
                tip = s.common.definition + "\n\n" + tip
            else:
                tip = (
                    QCoreApplication.translate(
                        "GlossaryAssistant",
                        "Not a common term: it is added with an empty definition for you to fill in.",
                    )
                    + "\n\n"
                    + tip
                )
            for col in range(3):
                item.setToolTip(col, tip)
            self.used_list.addTopLevelItem(item)
            item.setSelected(s.term in selected_used)
        self.used_empty.setText(
            QCoreApplication.translate("GlossaryAssistant", "Every term the texts use is defined.")
            if not self.suggestions
            else QCoreApplication.translate("GlossaryAssistant", "Terms to define: %1").replace(
                "%1", str(len(self.suggestions))
            )
        )

        defined = defined_terms(charter.trust.glossary)
        self.common_list.clear()
        for t in self.commons:
            item = QTreeWidgetItem([t.term, t.definition])
            item.setData(0, Qt.ItemDataRole.UserRole, t.key)
            item.setToolTip(1, t.definition)
            if is_defined(t, defined):
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled))
                item.setToolTip(
                    0, QCoreApplication.translate("GlossaryAssistant", "Already in the glossary.")
                )
            else:
                item.setToolTip(0, t.term)
            self.common_list.addTopLevelItem(item)
            item.setSelected(t.key in selected_common and bool(item.flags() & Qt.ItemFlag.ItemIsSelectable))
        self._fit_term_column(self.used_list, [s.term for s in self.suggestions])
        self._fit_term_column(self.common_list, [t.term for t in self.commons])
        self.apply_filter(self.filter_edit.text())
        self._show_definition()
        self._update_buttons()

    def _fit_term_column(self, tree: QTreeWidget, terms: Sequence[str]) -> None:
        """Make the term column as wide as its longest term (within reason), so terms are rarely cut off."""
        metrics = tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in terms), default=0)
        tree.setColumnWidth(0, max(160, min(widest + 24, 420)))

    def _show_definition(self) -> None:
        """Show the whole definition of the current common term: the list can only show its start."""
        item = self.common_list.currentItem()
        if item is None or item.isHidden():
            self.definition.setText(
                QCoreApplication.translate("GlossaryAssistant", "Select a term to read its whole definition.")
            )
            return
        self.definition.setText(
            f"<b>{html.escape(item.text(0), quote=False)}</b>: {html.escape(item.text(1), quote=False)}"
        )

    def apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        shown = 0
        for i in range(self.common_list.topLevelItemCount()):
            item = self.common_list.topLevelItem(i)
            visible = not needle or needle in item.text(0).casefold() or needle in item.text(1).casefold()
            item.setHidden(not visible)
            shown += visible
        total = self.common_list.topLevelItemCount()
        adopted = sum(
            not self.common_list.topLevelItem(i).flags() & Qt.ItemFlag.ItemIsSelectable for i in range(total)
        )
        self.common_count.setText(
            QCoreApplication.translate("GlossaryAssistant", "%1 of %2 terms")
            .replace("%1", str(shown))
            .replace("%2", str(total))
            if needle
            else QCoreApplication.translate(
                "GlossaryAssistant", "%1 terms, %2 already in the glossary (grey)"
            )
            .replace("%1", str(total))
            .replace("%2", str(adopted))
        )
        self._show_definition()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.used_list.selectedItems()))
        self.adopt_button.setEnabled(bool(self.common_list.selectedItems()))

    # -- adding ------------------------------------------------------------------------------
    def select_suggestions(self, terms: Sequence[str]) -> None:
        """Select the suggestions named ``terms`` (for keyboard users and tests)."""
        self.used_list.clearSelection()
        for i in range(self.used_list.topLevelItemCount()):
            item = self.used_list.topLevelItem(i)
            item.setSelected(item.text(0) in terms)

    def select_common(self, keys: Sequence[str]) -> None:
        self.common_list.clearSelection()
        for i in range(self.common_list.topLevelItemCount()):
            item = self.common_list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) in keys and not item.isHidden():
                if not self.common_list.selectedItems():
                    self.common_list.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
                item.setSelected(True)

    def add_selected_suggestions(self) -> None:
        rows = {self.used_list.indexOfTopLevelItem(it) for it in self.used_list.selectedItems()}
        chosen = [self.suggestions[r] for r in sorted(rows) if 0 <= r < len(self.suggestions)]
        self.add_suggestions(chosen)

    def add_suggestions(self, suggestions: Sequence[TermSuggestion]) -> None:
        """Add each suggestion: the common term's definition when it is one, otherwise an empty one to fill in."""
        lang = ui_language()
        plain = [
            s.common or CommonTerm(key="", lang=lang, term=s.term, definition="", names=(s.term,))
            for s in suggestions
        ]
        self._add(plain, QCoreApplication.translate("GlossaryAssistant", "Add term to glossary"))

    def adopt_selected(self) -> None:
        keys = {it.data(0, Qt.ItemDataRole.UserRole) for it in self.common_list.selectedItems()}
        self._add(
            [t for t in self.commons if t.key in keys],
            QCoreApplication.translate("GlossaryAssistant", "Adopt common term"),
        )

    def _add(self, terms: Sequence[CommonTerm], text: str) -> None:
        """Append ``terms`` as one undoable step and select the first new row so its definition can be edited."""
        if not terms:
            return
        trust = self.session.charter.trust
        items = list(trust.glossary)
        new: list[GlossaryTerm] = []
        for t in terms:
            record = adopt_term(self.session.charter, t)
            while any(record.id == r.id for r in new):
                record = adopt_term(self.session.charter, t)
            new.append(record)
        first = len(items)
        items.extend(new)
        self.table.clear_filter()
        self.session.set_list(trust, "glossary", items, self.table.path(), text)
        self.show_message("")
        self.table.select_row(first, 1)
        self.refresh()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("GlossaryAssistant", "Glossary assistant"))
        self.intro.setText(
            QCoreApplication.translate(
                "GlossaryAssistant",
                "Add the terms your texts use to the glossary, so that every partner reads them the same way. "
                "An added term is selected in the glossary: check its definition there and adapt it to your "
                "partnership.",
            )
        )
        self.used_box.setTitle(QCoreApplication.translate("GlossaryAssistant", "Used but not defined"))
        self.used_note.setText(
            QCoreApplication.translate(
                "GlossaryAssistant",
                "Jargon and abbreviations in the charter's texts that the glossary does not explain yet.",
            )
        )
        self.used_list.setHeaderLabels(
            [
                QCoreApplication.translate("GlossaryAssistant", "Term"),
                QCoreApplication.translate("GlossaryAssistant", "Count"),
                QCoreApplication.translate("GlossaryAssistant", "Where"),
            ]
        )
        self.used_list.setAccessibleName(
            QCoreApplication.translate("GlossaryAssistant", "Used but not defined")
        )
        self.add_button.setText(QCoreApplication.translate("GlossaryAssistant", "&Add to glossary"))
        self.add_button.setToolTip(
            QCoreApplication.translate(
                "GlossaryAssistant", "Add the selected terms, with the common definition where there is one."
            )
        )
        self.common_box.setTitle(QCoreApplication.translate("GlossaryAssistant", "Common terms"))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("GlossaryAssistant", "Filter terms"))
        self.filter_edit.setAccessibleName(QCoreApplication.translate("GlossaryAssistant", "Filter terms"))
        self.common_list.setHeaderLabels(
            [
                QCoreApplication.translate("GlossaryAssistant", "Term"),
                QCoreApplication.translate("GlossaryAssistant", "Neutral definition"),
            ]
        )
        self.common_list.setAccessibleName(QCoreApplication.translate("GlossaryAssistant", "Common terms"))
        self.adopt_button.setText(QCoreApplication.translate("GlossaryAssistant", "Ad&opt"))
        self.adopt_button.setToolTip(
            QCoreApplication.translate("GlossaryAssistant", "Add the selected common terms to the glossary.")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SuggestTermsButton(QPushButton):
    """The Trust step's "Suggest terms…" button: opens (or raises) the assistant for the glossary table."""

    def __init__(self, session: CharterSession, table: RecordTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestTerms")
        self.setAutoDefault(False)
        self.session = session
        self.table = table
        self.assistant: GlossaryAssistant | None = None
        self.clicked.connect(self.open_assistant)
        self.retranslate()

    def open_assistant(self) -> GlossaryAssistant:
        if self.assistant is None:
            self.assistant = GlossaryAssistant(self.session, self.table, self.window())
        else:
            self.assistant.refresh()
        self.assistant.show()
        self.assistant.raise_()
        self.assistant.activateWindow()
        return self.assistant

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("GlossaryAssistant", "Suggest terms…"))
        self.setToolTip(
            QCoreApplication.translate(
                "GlossaryAssistant",
                "Find terms the charter uses but does not define, and adopt common terms of the domain.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
