"""The editors a record table opens in a cell: combos of choices, a checkable list, dates, numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..binding import NULL_TEXT, NullableDateEdit
from .record_columns import Column, format_number, parse_number

if TYPE_CHECKING:
    from .record_table import RecordTable


class CheckableCombo(QComboBox):
    """A drop-down list of checkable items (recipients, veto partners); stays open while ticking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStandardItemModel(self))
        self.setEditable(True)
        self.lineEdit().setReadOnly(True)
        self.view().viewport().installEventFilter(self)
        self.view().installEventFilter(self)
        self.model().dataChanged.connect(self._update_text)

    def set_items(self, items: Sequence[tuple[str, str]], checked: Sequence[str]) -> None:
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        model.clear()
        for item_id, label in items:
            item = QStandardItem(label)
            item.setData(item_id, Qt.ItemDataRole.UserRole)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked)
            model.appendRow(item)
        self._update_text()

    def checked_ids(self) -> list[str]:
        model = self.model()
        return [
            model.index(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(model.rowCount())
            if model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
            or model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        ]

    def toggle(self, row: int) -> None:
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(row)
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _update_text(self, *_args: Any) -> None:
        model = self.model()
        labels = [
            model.index(r, 0).data()
            for r in range(model.rowCount())
            if model.index(r, 0).data(Qt.ItemDataRole.UserRole) in self.checked_ids()
        ]
        self.lineEdit().setText(", ".join(labels))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view().viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            index = self.view().indexAt(event.position().toPoint())  # type: ignore[attr-defined]
            if index.isValid():
                self.toggle(index.row())
            return True
        if (
            watched is self.view()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self.toggle(self.view().currentIndex().row())
            return True
        return super().eventFilter(watched, event)


class RecordDelegate(QStyledItemDelegate):
    """Editors that fit each column's data; the value reaches the model already converted."""

    def __init__(self, table: RecordTable) -> None:
        super().__init__(table)
        self.table = table

    def _column(self, index: QModelIndex | QPersistentModelIndex) -> Column:
        return self.table.columns[index.column()]

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:  # noqa: N802
        column = self._column(index)
        record = self.table.model.record(index.row())
        editor: QWidget
        if column.kind in ("enum", "partner", "choice"):
            combo = QComboBox(parent)
            if column.optional:
                combo.addItem(NULL_TEXT, None)
            for value, label in self.table.choices_for(column, record):
                combo.addItem(label, value)
            combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
            editor = combo
        elif column.kind == "partners":
            multi = CheckableCombo(parent)
            editor = multi
        elif column.kind == "date":
            editor = NullableDateEdit(parent)
        elif column.kind in ("int", "float"):
            line = QLineEdit(parent)
            line.setPlaceholderText(NULL_TEXT)
            editor = line
        else:
            editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(QCoreApplication.translate(self.table.context, column.header))
        # the main window shows the guidance of the focused field from this property
        editor.setProperty("charter_path", f"{self.table.path()}[{index.row()}].{column.field}")
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        column = self._column(index)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, CheckableCombo):
            record = self.table.model.record(index.row())
            editor.set_items(self.table.choices_for(column, record), value or [])
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, NullableDateEdit):
            editor.set_value(value)
        elif column.kind in ("int", "float") and isinstance(editor, QLineEdit):
            editor.setText(format_number(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        column = self._column(index)
        value: Any
        if isinstance(editor, CheckableCombo):
            value = editor.checked_ids()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
            if value is not None and column.kind == "enum" and column.enum is not None:
                value = column.enum(value)  # Qt hands a StrEnum back as a plain str
        elif isinstance(editor, NullableDateEdit):
            value = editor.value()
        elif column.kind in ("int", "float") and isinstance(editor, QLineEdit):
            try:
                value = parse_number(editor.text(), column.kind == "int")
            except ValueError:
                self.table.show_message(QCoreApplication.translate("RecordTable", "Please type a number."))
                return
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of fixed choices for a grid cell, committed as soon as one is picked.

    Subclasses give ``choices()`` as (text, value) pairs and the ``accessible_name()``; the model
    receives the value with ``EditRole``.
    """

    def choices(self) -> Sequence[tuple[str, Any]]:
        raise NotImplementedError

    def accessible_name(self) -> str:
        raise NotImplementedError

    def createEditor(  # noqa: N802
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for text, value in self.choices():
            combo.addItem(text, value)
        combo.setAccessibleName(self.accessible_name())
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
