"""The one table editor for every list of records in the charter (partners, KPIs, data flows, ...).

A page describes the columns as data (``Column``) and, optionally, a detail form for the fields that
do not fit in a cell; the table does the rest: a lazy model over the live list (no per-cell widgets,
so 300 rows cost nothing until painted), delegates that offer what the data allows (partner names
for a partner reference, a checkable list for recipients, translated enum labels), row operations by
button and keyboard, and every change through the session so it can be undone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charter_builder.model import Record
from charter_builder.problems import problems_from_validation_error

from ..binding import PathLike, commit_value, path_matches, ui_language
from ..session import CharterSession
from .cell_editors import CheckableCombo, RecordDelegate
from .enum_labels import enum_label
from .form import FieldForm, FieldSpec
from .record_columns import Column, ColumnKind, format_number, fresh_copy, parse_number
from .record_model import RecordListModel

__all__ = [
    "CheckableCombo",
    "Column",
    "ColumnKind",
    "RecordDelegate",
    "RecordListModel",
    "RecordTable",
    "RecordTableView",
    "format_number",
    "fresh_copy",
    "parse_number",
]

CONTEXT = "RecordTable"
_ROW = re.compile(r"^\[(\d+)\](?:\.([A-Za-z_][A-Za-z0-9_]*))?")


class RecordTableView(QTableView):
    """The table view with the row shortcuts: Insert, Delete, Ctrl+D, Ctrl+Up, Ctrl+Down."""

    def __init__(self, table: RecordTable) -> None:
        super().__init__(table)
        self.table = table

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.table.isEnabled():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(8, 8, -8, -8),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                QCoreApplication.translate("RecordTable", "Nothing here yet: press Add or the Insert key."),
            )
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.state() != QAbstractItemView.State.EditingState:
            key, mods = event.key(), event.modifiers()
            ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
            if key == Qt.Key.Key_Insert and not ctrl:
                self.table.add()
                return
            if key == Qt.Key.Key_Delete and not ctrl:
                self.table.remove()
                return
            if ctrl and key == Qt.Key.Key_D:
                self.table.duplicate()
                return
            if ctrl and key == Qt.Key.Key_Up:
                self.table.move(-1)
                return
            if ctrl and key == Qt.Key.Key_Down:
                self.table.move(1)
                return
        super().keyPressEvent(event)


class RecordTable(QWidget):
    """An editable table over ``owner().<field>``, a list of records, with an optional detail form."""

    filtered = Signal()
    """The set of hidden rows may have changed (the RACI grid follows the activity filter)."""

    def __init__(
        self,
        session: CharterSession,
        owner: Callable[[], Record | None],
        field: str,
        path: PathLike,
        columns: Sequence[Column],
        factory: Callable[[], Record | None],
        *,
        context: str,
        title: str = "",
        detail: Sequence[FieldSpec] = (),
        detail_groups: Sequence[tuple[str, Sequence[FieldSpec]]] = (),
        detail_title: str = "",
        visible_rows: int = 6,
        missing_text: str = "",
        show_title: bool = False,
        filterable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._owner = owner
        self.field = field
        self._path = path
        self.columns = list(columns)
        self.factory = factory
        self.context = context
        self.title = title
        self.detail_title = detail_title
        self.missing_text = missing_text
        self.nested: list[RecordTable] = []
        self.remove_hook: Callable[[list[int]], bool] | None = None
        self._warning: QIcon | None = None
        """Called with the rows to remove before the table removes them; returns True when it did."""
        self.detail_form: FieldForm | None = None
        """The (first) form of the selected record's other fields."""
        self.detail_forms: list[FieldForm] = []
        self.detail_tabs: QTabWidget | None = None
        self._detail_tab_titles = [title for title, _specs in detail_groups]
        self._findings: list[tuple[str, str]] = []
        self._restoring = False

        self.model = RecordListModel(self)
        self.view = RecordTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordDelegate(self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        stretched = [i for i, c in enumerate(self.columns) if c.stretch]
        header.setStretchLastSection(not stretched)
        for i in stretched:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for i, column in enumerate(self.columns):
            self.view.setColumnWidth(i, column.width)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        row_h = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(row_h * (visible_rows + 1) + 6)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.selectionModel().currentChanged.connect(self._on_current_cell)
        self.view.setProperty("charter_path", path if isinstance(path, str) else "")

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for name, handler in (
            ("add", self.add),
            ("duplicate", self.duplicate),
            ("remove", self.remove),
            ("up", lambda: self.move(-1)),
            ("down", lambda: self.move(1)),
        ):
            button = QPushButton(self)
            button.setObjectName(f"button_{name}")
            button.setAutoDefault(False)
            button.clicked.connect(handler)
            self.buttons[name] = button
            bar.addWidget(button)
        style = self.style()
        self.buttons["up"].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.buttons["down"].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        bar.addStretch(1)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaximumWidth(220)
        self.filter_edit.textChanged.connect(self.apply_filter)
        bar.addWidget(self.filter_edit)
        self.filter_edit.setVisible(filterable)
        self.count_label = QLabel(self)
        bar.addWidget(self.count_label)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label: QLabel | None = None
        if show_title and title:
            self.title_label = QLabel(top)
            font = self.title_label.font()
            font.setBold(True)
            self.title_label.setFont(font)
            self.title_label.setBuddy(self.view)
            top_layout.addWidget(self.title_label)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.message)
        top_layout.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_box: QGroupBox | None = None
        if detail or detail_groups or detail_title:
            self.splitter = QSplitter(Qt.Orientation.Vertical, self)
            self.splitter.setChildrenCollapsible(False)
            self.splitter.addWidget(top)
            self.detail_box = QGroupBox(self)
            self.detail_layout = QVBoxLayout(self.detail_box)
            if detail:
                form = FieldForm(
                    session, self.current_record, self.current_path, context, detail, self.detail_box
                )
                self.detail_forms.append(form)
                self.detail_layout.addWidget(form)
            if detail_groups:  # many fields: one tab per group keeps the page short
                self.detail_tabs = QTabWidget(self.detail_box)
                for _title, specs in detail_groups:
                    form = FieldForm(
                        session, self.current_record, self.current_path, context, specs, self.detail_tabs
                    )
                    self.detail_forms.append(form)
                    self.detail_tabs.addTab(form, "")
                self.detail_layout.addWidget(self.detail_tabs)
            self.detail_form = self.detail_forms[0] if self.detail_forms else None
            self.splitter.addWidget(self.detail_box)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 1)
            layout.addWidget(self.splitter)
        else:
            layout.addWidget(top)

        session.changed.connect(self._on_changed)
        self.retranslate()
        self._update_state()

    # -- where the list lives ----------------------------------------------------------------
    def owner(self) -> Record | None:
        return self._owner()

    def path(self) -> str:
        return self._path() if callable(self._path) else self._path

    def rows(self) -> list[Any]:
        return self.model.rows()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() and index.row() < len(self.rows()) else -1

    def current_record(self) -> Record | None:
        return self.model.record(self.current_row())

    def current_path(self) -> str:
        return f"{self.path()}[{self.current_row()}]"

    def choices_for(self, column: Column, record: Record | None) -> list[tuple[Any, str]]:
        if column.kind == "enum" and column.enum is not None:
            return [(m, enum_label(m)) for m in column.enum]
        if column.kind in ("partner", "partners"):
            return [(p.id, p.display_name) for p in self.session.charter.partners]
        if column.kind == "choice" and column.choices is not None and record is not None:
            return list(column.choices(record))
        return []

    def detail_input(self, field: str) -> QWidget | None:
        """Return the detail editor of ``field`` (in whichever tab it sits)."""
        for form in self.detail_forms:
            if field in form.inputs:
                return form.inputs[field]
        return None

    def warning_icon(self) -> QIcon:
        if self._warning is None:
            self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning

    # -- nested tables -----------------------------------------------------------------------
    def add_nested(self, table: RecordTable) -> RecordTable:
        """Show ``table`` (whose owner is this table's current record) in the detail area."""
        assert self.detail_box is not None, "a nested table needs detail= or detail_title="
        self.detail_layout.addWidget(table)
        self.nested.append(table)
        table.refresh()
        return table

    # -- refreshing --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the whole list (new charter, undo of a row operation, another selected owner)."""
        row = self.current_row()
        self.model.forget_names()
        self.model.beginResetModel()
        self.model.endResetModel()
        self._restore_row(row)
        self.apply_filter()
        self._apply_findings()
        self._update_state()

    # -- filtering ---------------------------------------------------------------------------
    def apply_filter(self, *_args: Any) -> None:
        """Hide the rows in which no cell contains the filter text (the list itself is untouched)."""
        needle = self.filter_edit.text().strip().casefold()
        rows = self.rows()
        for row, record in enumerate(rows):
            hidden = bool(needle) and not any(
                needle in self.model.display(record, column).casefold() for column in self.columns
            )
            if self.view.isRowHidden(row) != hidden:
                self.view.setRowHidden(row, hidden)
        self._update_state()
        self.filtered.emit()

    def hidden_rows(self) -> set[int]:
        return {row for row in range(len(self.rows())) if self.view.isRowHidden(row)}

    def clear_filter(self) -> None:
        if self.filter_edit.text():
            self.filter_edit.clear()

    def _restore_row(self, row: int) -> None:
        count = len(self.rows())
        if count == 0:
            self._on_current_row()
            return
        self.select_row(min(max(row, 0), count - 1))

    def select_row(self, row: int, column: int = 0) -> None:
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def _on_changed(self, changed: str) -> None:
        base = self.path()
        if changed.startswith("partners"):
            self.model.forget_names()
        if not path_matches(base, changed):
            if changed.startswith("partners"):
                self.model.refresh_all()
            return
        if changed == base or not changed or base.startswith((changed + ".", changed + "[")):
            self.refresh()
            return
        match = _ROW.match(changed[len(base) :])
        if match:
            row = int(match.group(1))
            if row == self.current_row():
                self._update_detail_title()
            if row < self.model.rowCount():
                self.model.dataChanged.emit(
                    self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
                )

    def _update_detail_title(self) -> None:
        """Name the selected record in the detail title, so the user sees whose fields these are."""
        if self.detail_box is None:
            return
        title = QCoreApplication.translate(self.context, self.detail_title) if self.detail_title else ""
        record = self.current_record()
        name = ""
        if record is not None:
            name = getattr(record, "display_name", "") or getattr(record, "name", "") or ""
        self.detail_box.setTitle(f"{title}: {name}" if title and name else title)

    def _on_current_cell(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Keep the view's field path on the current cell, for the guidance panel."""
        if current.isValid():
            path = f"{self.path()}[{current.row()}].{self.columns[current.column()].field}"
        else:
            path = self.path()
        self.view.setProperty("charter_path", path)

    def _on_current_row(self, *_args: Any) -> None:
        for form in self.detail_forms:
            form.refresh()
        for table in self.nested:
            table.refresh()
        if self.detail_box is not None:
            self.detail_box.setEnabled(self.current_record() is not None)
            self._update_detail_title()
        self._apply_findings()
        self._update_state()

    def _update_state(self) -> None:
        count = len(self.rows())
        row = self.current_row()
        has_owner = self.owner() is not None
        self.buttons["add"].setEnabled(has_owner)
        self.buttons["duplicate"].setEnabled(row >= 0)
        self.buttons["remove"].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)
        hidden = sum(1 for r in range(count) if self.view.isRowHidden(r)) if self.filter_edit.text() else 0
        if not has_owner:
            text = ""
        elif hidden:
            text = (
                QCoreApplication.translate("RecordTable", "Rows: %1 of %2")
                .replace("%1", str(count - hidden))
                .replace("%2", str(count))
            )
        else:
            text = QCoreApplication.translate("RecordTable", "Rows: %1").replace("%1", str(count))
        self.count_label.setText(text)
        self.setEnabled(has_owner)

    def retranslate(self) -> None:
        texts = {
            "add": (QCoreApplication.translate("RecordTable", "Add"), QKeySequence(Qt.Key.Key_Insert)),
            "duplicate": (QCoreApplication.translate("RecordTable", "Duplicate"), QKeySequence("Ctrl+D")),
            "remove": (QCoreApplication.translate("RecordTable", "Remove"), QKeySequence(Qt.Key.Key_Delete)),
            "up": (QCoreApplication.translate("RecordTable", "Move up"), QKeySequence("Ctrl+Up")),
            "down": (QCoreApplication.translate("RecordTable", "Move down"), QKeySequence("Ctrl+Down")),
        }
        for name, (text, keys) in texts.items():
            button = self.buttons[name]
            if name in ("up", "down"):
                button.setText("")
            else:
                button.setText(text)
            shortcut = keys.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{text} ({shortcut})")
            button.setAccessibleName(text)
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("RecordTable", "Filter rows"))
        self.filter_edit.setAccessibleName(QCoreApplication.translate("RecordTable", "Filter rows"))
        self.filter_edit.setToolTip(
            QCoreApplication.translate("RecordTable", "Show only the rows that contain this text.")
        )
        title = QCoreApplication.translate(self.context, self.title) if self.title else ""
        self.view.setAccessibleName(title or QCoreApplication.translate(self.context, self.field))
        if self.title_label is not None:
            self.title_label.setText(title)
        self._update_detail_title()
        for form in self.detail_forms:
            form.retranslate()
        if self.detail_tabs is not None:
            for i, tab_title in enumerate(self._detail_tab_titles):
                self.detail_tabs.setTabText(i, QCoreApplication.translate(self.context, tab_title))
        for table in self.nested:
            table.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self.model.refresh_all()
        self._update_state()

    # -- messages ----------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- edits -------------------------------------------------------------------------------
    def set_cell(self, row: int, column: Column, value: Any) -> bool:
        record = self.model.record(row)
        if record is None:
            return False
        path = f"{self.path()}[{row}].{column.field}"
        header = QCoreApplication.translate(self.context, column.header)
        text = QCoreApplication.translate("RecordTable", "Edit %1").replace("%1", header)
        dependants = [f for f in column.clears if getattr(record, f) is not None]
        if dependants and getattr(record, column.field) != value:
            self.session.undo_stack.beginMacro(text)
            try:
                for name in dependants:
                    commit_value(self.session, record, name, None, f"{self.path()}[{row}].{name}", text)
                error = commit_value(self.session, record, column.field, value, path, text)
            finally:
                self.session.undo_stack.endMacro()
        else:
            error = commit_value(self.session, record, column.field, value, path, text)
        self.show_message(error)
        return not error

    def set_rows(self, items: list[Any], text: str) -> bool:
        """Replace the list as one undoable step, after checking the charter would still be valid."""
        owner = self.owner()
        if owner is None:
            return False
        old = getattr(owner, self.field)
        try:
            setattr(owner, self.field, items)
        except ValidationError as err:
            lang = ui_language()
            problems = problems_from_validation_error(err)
            self.show_message(
                QCoreApplication.translate("RecordTable", "Not possible: %1").replace(
                    "%1", "; ".join(p.describe(lang) for p in problems[:5])
                )
            )
            return False
        finally:
            owner.__dict__[self.field] = old
        self.show_message("")
        self.session.set_list(owner, self.field, items, self.path(), text)
        return True

    def add(self) -> None:
        owner = self.owner()
        if owner is None:
            return
        record = self.factory()
        if record is None:
            self.show_message(
                QCoreApplication.translate(self.context, self.missing_text)
                or QCoreApplication.translate("RecordTable", "Cannot add a row here yet.")
            )
            return
        self.clear_filter()  # a new, empty row would not match the filter
        items = list(self.rows())
        row = self.current_row() + 1 if self.current_row() >= 0 else len(items)
        items.insert(row, record)
        if self.set_rows(items, QCoreApplication.translate("RecordTable", "Add row")):
            first = next((i for i, c in enumerate(self.columns) if c.kind != "bool"), 0)
            self.select_row(row, first)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def duplicate(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        items = list(self.rows())
        items.insert(row + 1, fresh_copy(items[row]))
        if self.set_rows(items, QCoreApplication.translate("RecordTable", "Duplicate row")):
            self.select_row(row + 1)

    def remove(self) -> None:
        selected = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not selected and self.current_row() >= 0:
            selected = [self.current_row()]
        if not selected:
            return
        if self.remove_hook is not None and self.remove_hook(selected):
            return
        items = [r for i, r in enumerate(self.rows()) if i not in selected]
        if self.set_rows(items, QCoreApplication.translate("RecordTable", "Remove rows")) and items:
            self.select_row(min(selected[0], len(items) - 1))

    def move(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        items = list(self.rows())
        if row < 0 or not 0 <= target < len(items):
            return
        items[row], items[target] = items[target], items[row]
        column = max(0, self.view.currentIndex().column())
        if self.set_rows(items, QCoreApplication.translate("RecordTable", "Move row")):
            self.select_row(target, column)

    # -- findings and focus (the page's Editor protocol) -------------------------------------
    def handles(self, path: str) -> bool:
        base = self.path()
        return path == base or path.startswith(base + "[")

    def _split(self, path: str) -> tuple[int, str] | None:
        match = _ROW.match(path[len(self.path()) :])
        if not match:
            return None
        return int(match.group(1)), match.group(2) or ""

    def show_path_findings(self, items: Sequence[tuple[str, str]]) -> None:
        self._findings = list(items)
        self._apply_findings()

    def _apply_findings(self) -> None:
        if self._restoring:
            return
        cells: dict[tuple[int, str], list[str]] = {}
        rows: dict[int, list[str]] = {}
        column_fields = {c.field for c in self.columns}
        whole: list[str] = []
        for path, message in self._findings:
            split = self._split(path)
            if split is None:
                whole.append(message)
                continue
            row, field = split
            if field in column_fields:
                cells.setdefault((row, field), []).append(message)
            else:
                rows.setdefault(row, []).append(message)
        self.model.cell_findings = cells
        self.model.row_findings = rows
        self.model.refresh_all()
        from ..binding import set_findings

        set_findings(self.view, whole)
        current = self.current_path()
        mine = [(p, m) for p, m in self._findings if p.startswith(current + ".")]
        for form in self.detail_forms:
            form.show_path_findings(mine)
            if self.detail_tabs is not None:
                index = self.detail_tabs.indexOf(form)
                marked = any(form.field_of(p) for p, _m in mine)
                self.detail_tabs.setTabIcon(index, self.warning_icon() if marked else QIcon())
        for table in self.nested:
            table.show_path_findings([(p, m) for p, m in mine if table.handles(p)])

    def focus_path(self, path: str) -> bool:
        if not self.handles(path):
            return False
        split = self._split(path)
        if split is None:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        row, field = split
        if row >= len(self.rows()):
            return False
        if self.view.isRowHidden(row):
            self.clear_filter()
        columns = [c.field for c in self.columns]
        self.select_row(row, columns.index(field) if field in columns else 0)
        if field not in columns:
            for form in self.detail_forms:
                if form.handles(path):
                    if self.detail_tabs is not None:
                        self.detail_tabs.setCurrentWidget(form)
                    if form.focus_path(path):
                        return True
            for table in self.nested:
                if table.handles(path):
                    return table.focus_path(path)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
