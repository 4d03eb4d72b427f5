"""The table model behind a record table: it reads the live list, nothing is copied per cell."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from charter_builder.model import Record

from ..binding import guidance_tooltip
from .enum_labels import enum_label
from .record_columns import Column, format_number

if TYPE_CHECKING:
    from .record_table import RecordTable

_FINDING_BRUSH = QBrush(QColor(255, 224, 214))


class RecordListModel(QAbstractTableModel):
    """A table model over ``getattr(owner, field)``, read live: nothing is copied or cached per cell."""

    def __init__(self, table: RecordTable) -> None:
        super().__init__(table)
        self.table = table
        self._names: dict[str, str] | None = None
        self.cell_findings: dict[tuple[int, str], list[str]] = {}
        self.row_findings: dict[int, list[str]] = {}

    # -- helpers -----------------------------------------------------------------------------
    def rows(self) -> list[Any]:
        owner = self.table.owner()
        return getattr(owner, self.table.field) if owner is not None else []

    def record(self, row: int) -> Record | None:
        rows = self.rows()
        return rows[row] if 0 <= row < len(rows) else None

    def partner_names(self) -> dict[str, str]:
        if self._names is None:
            self._names = {p.id: p.display_name for p in self.table.session.charter.partners}
        return self._names

    def forget_names(self) -> None:
        self._names = None

    def display(self, record: Record, column: Column) -> str:
        value = getattr(record, column.field)
        kind = column.kind
        if value is None:
            return ""
        if kind == "enum":
            return enum_label(value)
        if kind in ("int", "float"):
            return format_number(value)
        if kind == "date":
            return value.isoformat() if isinstance(value, dt.date) else str(value)
        if kind == "partner":
            return self.partner_names().get(value, "⚠ " + value)
        if kind == "partners":
            names = self.partner_names()
            return ", ".join(names.get(v, "⚠ " + v) for v in value)
        if kind == "choice" and column.choices is not None:
            return dict(column.choices(record)).get(value, "⚠ " + str(value))
        if kind == "bool":
            return ""
        text = str(value)
        first = text.split("\n", 1)[0]
        return first if len(first) <= 200 else first[:199] + "…"

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        record = self.record(index.row())
        if record is None:
            return None
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(record, column.field)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if getattr(record, column.field) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            marked = (index.row(), column.field) in self.cell_findings or (
                index.column() == 0 and index.row() in self.row_findings
            )
            return self.table.warning_icon() if marked else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole):
            messages = list(self.cell_findings.get((index.row(), column.field), ()))
            if index.column() == 0:
                messages += self.row_findings.get(index.row(), [])
            if role == Qt.ItemDataRole.BackgroundRole:
                return _FINDING_BRUSH if messages else None
            shown = self.display(record, column) if column.kind in ("text", "partners") else ""
            lines = ([shown] if len(shown) > 30 else []) + ["⚠ " + m for m in messages]
            return "\n".join(lines) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return guidance_tooltip(f"{self.table.path()}.{self.table.columns[section].field}") or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.table.context, self.table.columns[section].header)
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        if self.table.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # noqa: N802
        record = self.record(index.row())
        if record is None:
            return False
        column = self.table.columns[index.column()]
        if column.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        return self.table.set_cell(index.row(), column, value)

    def refresh_all(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
