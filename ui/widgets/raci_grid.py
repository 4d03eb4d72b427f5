"""The RACI grid: one row per activity, one column per partner, a letter in each cell.

Like the record table it is a lazy model with one delegate (300 activities × 40 partners would be
12,000 combo boxes otherwise). Keys R, A, C and I set a letter directly (A on an R, or R on an A,
gives A/R), Delete clears it, F2 or Enter opens the choice list. A row whose activity has no single
Accountable partner is marked in its header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charter_builder.model import Activity, Raci

from ..binding import commit_value, path_matches, set_findings
from ..session import CharterSession
from .cell_editors import ChoiceDelegate

BASE = "roles.activities"
_RACI_PATH = re.compile(r"^roles\.activities\[(\d+)\]\.raci(?:\.(.+))?$")
_HINT_BRUSH = QBrush(QColor(255, 236, 204))
_CHOICES: tuple[Raci | None, ...] = (None, *Raci)


def accountable_count(activity: Activity) -> int:
    return sum(1 for letter in activity.raci.values() if letter.is_accountable)


class RaciModel(QAbstractTableModel):
    def __init__(self, grid: RaciGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.findings: dict[int, list[str]] = {}

    def activities(self) -> list[Activity]:
        return self.grid.session.charter.roles.activities

    def partners(self) -> list[Any]:
        return self.grid.session.charter.partners

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.activities())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.partners())

    def letter(self, row: int, column: int) -> Raci | None:
        activities, partners = self.activities(), self.partners()
        if not (0 <= row < len(activities) and 0 <= column < len(partners)):
            return None
        return activities[row].raci.get(partners[column].id)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            letter = self.letter(index.row(), index.column())
            return letter.value if letter is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            activity = self.activities()[index.row()]
            partner = self.partners()[index.column()]
            return f"{activity.name or activity.id} — {partner.display_name}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            letter = self.letter(index.row(), index.column())
            return letter.value if letter is not None else QCoreApplication.translate("RaciGrid", "none")
        if role == Qt.ItemDataRole.BackgroundRole:
            return _HINT_BRUSH if self._needs_hint(index.row()) else None
        return None

    def _needs_hint(self, row: int) -> bool:
        activities = self.activities()
        return 0 <= row < len(activities) and (
            accountable_count(activities[row]) != 1 or row in self.findings
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            partners = self.partners()
            if not 0 <= section < len(partners):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return partners[section].display_name
            if role == Qt.ItemDataRole.ToolTipRole:
                return partners[section].name or partners[section].display_name
            return None
        activities = self.activities()
        if not 0 <= section < len(activities):
            return None
        activity = activities[section]
        count = accountable_count(activity)
        if role == Qt.ItemDataRole.DisplayRole:
            name = activity.name or activity.id
            name = name if len(name) <= 40 else name[:39] + "…"
            return ("⚠ " if count != 1 or section in self.findings else "") + name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [activity.name or activity.id]
            if count == 0:
                lines.append(
                    QCoreApplication.translate(
                        "RaciGrid", "No partner is Accountable (A or A/R) yet: exactly one should be."
                    )
                )
            elif count > 1:
                lines.append(
                    QCoreApplication.translate(
                        "RaciGrid", "%1 partners are Accountable: exactly one should be."
                    ).replace("%1", str(count))
                )
            lines += ["⚠ " + m for m in self.findings.get(section, [])]
            return "\n".join(lines)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.grid.set_letter(index.row(), index.column(), Raci(value) if value else None)


class RaciDelegate(ChoiceDelegate):
    def choices(self) -> list[tuple[str, str]]:
        return [(c.value, c.value) if c is not None else ("", "") for c in _CHOICES]

    def accessible_name(self) -> str:
        return QCoreApplication.translate("RaciGrid", "RACI letter")


class RaciView(QTableView):
    _KEYS = {
        Qt.Key.Key_R: Raci.RESPONSIBLE,
        Qt.Key.Key_A: Raci.ACCOUNTABLE,
        Qt.Key.Key_C: Raci.CONSULTED,
        Qt.Key.Key_I: Raci.INFORMED,
    }

    def __init__(self, grid: RaciGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        index = self.currentIndex()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if index.isValid() and plain and self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            if key in self._KEYS:
                letter = self._KEYS[Qt.Key(key)]
                old = self.grid.model.letter(index.row(), index.column())
                if {old, letter} == {Raci.RESPONSIBLE, Raci.ACCOUNTABLE}:
                    letter = Raci.ACCOUNTABLE_RESPONSIBLE
                self.grid.set_letter(index.row(), index.column(), letter)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.grid.set_letter(index.row(), index.column(), None)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(index)
                return
        super().keyPressEvent(event)


class RaciGrid(QWidget):
    """Activity × partner grid of RACI letters, edited in place and undoable."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = RaciModel(self)
        self.view = RaciView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RaciDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setDefaultSectionSize(92)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMaximumWidth(320)
        self.view.setMinimumHeight(rows.defaultSectionSize() * 10)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)
        self._findings: list[tuple[str, str]] = []
        self._hidden: set[int] = set()
        self.view.setProperty("charter_path", BASE + "[0].raci")  # for the guidance panel
        self.view.selectionModel().currentChanged.connect(
            lambda current, _prev: self.view.setProperty(
                "charter_path", f"{BASE}[{max(0, current.row())}].raci"
            )
        )
        session.changed.connect(self._on_changed)
        self.retranslate()

    # -- edits -------------------------------------------------------------------------------
    def set_letter(self, row: int, column: int, letter: Raci | None) -> bool:
        activities, partners = self.model.activities(), self.model.partners()
        if not (0 <= row < len(activities) and 0 <= column < len(partners)):
            return False
        activity, pid = activities[row], partners[column].id
        if activity.raci.get(pid) == letter:
            return True
        order = {p.id: i for i, p in enumerate(partners)}
        new = {k: v for k, v in activity.raci.items() if k != pid}
        if letter is not None:
            new[pid] = letter
        new = dict(sorted(new.items(), key=lambda kv: order.get(kv[0], len(order))))
        error = commit_value(
            self.session,
            activity,
            "raci",
            new,
            f"{BASE}[{row}].raci",
            QCoreApplication.translate("RaciGrid", "Set RACI letter"),
        )
        return not error

    # -- filtering (follows the activity table's filter) -------------------------------------
    def set_hidden_rows(self, rows: set[int]) -> None:
        self._hidden = set(rows)
        for row in range(self.model.rowCount()):
            hidden = row in self._hidden
            if self.view.isRowHidden(row) != hidden:
                self.view.setRowHidden(row, hidden)

    # -- refreshing --------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.view.currentIndex()
        self.model.beginResetModel()
        self.model.endResetModel()
        if self._hidden:
            self.set_hidden_rows(self._hidden)
        if (
            current.isValid()
            and current.row() < self.model.rowCount()
            and current.column() < self.model.columnCount()
        ):
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self._update_summary()

    def _on_changed(self, changed: str) -> None:
        if changed.startswith("partners") and (
            changed == "partners" or changed.endswith(("name", "short_name"))
        ):
            if changed == "partners":
                self.refresh()
            else:
                self.model.headerDataChanged.emit(
                    Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1)
                )
            return
        if not path_matches(BASE, changed):
            return
        match = re.match(r"^roles\.activities\[(\d+)\]", changed)
        if match and changed != BASE:
            row = int(match.group(1))
            if row < self.model.rowCount() and self.model.columnCount():
                self.model.dataChanged.emit(
                    self.model.index(row, 0), self.model.index(row, self.model.columnCount() - 1)
                )
                self.model.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
            self._update_summary()
            return
        self.refresh()

    def _update_summary(self) -> None:
        activities = self.model.activities()
        off = sum(1 for a in activities if accountable_count(a) != 1)
        if not activities:
            text = QCoreApplication.translate(
                "RaciGrid", "Add activities above; then give each partner its letter per activity."
            )
        elif off:
            text = QCoreApplication.translate(
                "RaciGrid",
                "R = responsible, A = accountable, C = consulted, I = informed. "
                "%1 activities do not have exactly one Accountable partner (marked ⚠).",
            ).replace("%1", str(off))
        else:
            text = QCoreApplication.translate(
                "RaciGrid",
                "R = responsible, A = accountable, C = consulted, I = informed. Every activity has one Accountable partner.",
            )
        self.summary.setText(text)

    def retranslate(self) -> None:
        self.view.setAccessibleName(QCoreApplication.translate("RaciGrid", "RACI matrix"))
        self.view.setToolTip(
            QCoreApplication.translate(
                "RaciGrid", "Type R, A, C or I in a cell; Delete clears it; Enter opens the list."
            )
        )
        self._update_summary()

    # -- the page's Editor protocol ----------------------------------------------------------
    def handles(self, path: str) -> bool:
        return _RACI_PATH.match(path) is not None

    def show_path_findings(self, items: Sequence[tuple[str, str]]) -> None:
        rows: dict[int, list[str]] = {}
        for path, message in items:
            match = _RACI_PATH.match(path)
            if match:
                rows.setdefault(int(match.group(1)), []).append(message)
        self.model.findings = rows
        self.model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.model.rowCount() - 1))
        set_findings(self.view, [m for ms in rows.values() for m in ms][:5])

    def focus_path(self, path: str) -> bool:
        match = _RACI_PATH.match(path)
        if not match:
            return False
        row = int(match.group(1))
        if row >= self.model.rowCount():
            return False
        column = 0
        if match.group(2):
            ids = [p.id for p in self.model.partners()]
            column = ids.index(match.group(2)) if match.group(2) in ids else 0
        index = self.model.index(row, column)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
