"""The data-sharing register in the Data sharing step: who holds which data, and what a privacy officer asks.

Two views on the flows the page edits, both derived afresh from the charter on every change
(``charter_builder.register``): the partners × data-categories matrix, and for the flow selected in
the flows table the privacy officer's questions as a checklist. Clicking an open question puts the
cursor in the field that answers it, so the checklist is a way through the flow, not a report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charter_builder.register import Matrix, Role, category_matrix, flow_path, privacy_questions

from .binding import ui_language
from .session import CharterSession
from .widgets.record_table import RecordTable

# Item data role holding the field path a checklist item leads to.
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
# Item data role holding the ids of the flows behind a matrix cell.
FLOWS_ROLE = Qt.ItemDataRole.UserRole + 2
ANSWERED_MARK = "✓"
OPEN_MARK = "○"
# The matrix grows with its categories up to this height (pixels), then scrolls.
MATRIX_MAX_HEIGHT = 460


class FlowsPage(Protocol):
    """What the view needs of the Data sharing page."""

    session: CharterSession
    flows: RecordTable

    def focus_path(self, path: str) -> bool: ...


class RegisterView(QWidget):
    """The register section of the Data sharing page; it is one of the page's editors."""

    def __init__(self, page: FlowsPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.session = page.session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.matrix_label = QLabel(self)
        self.matrix_label.setWordWrap(True)
        layout.addWidget(self.matrix_label)
        self.matrix_model = QStandardItemModel(self)
        self.matrix_view = QTableView(self)
        self.matrix_view.setObjectName("register_matrix")
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setWordWrap(True)
        # Sized once per fill (``_fit_matrix``): ResizeToContents would measure again for every label set.
        self.matrix_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.matrix_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix_view.doubleClicked.connect(self._open_flow)
        layout.addWidget(self.matrix_view)
        self.questions_label = QLabel(self)
        self.questions_label.setWordWrap(True)
        layout.addWidget(self.questions_label)
        self.questions = QListWidget(self)
        self.questions.setObjectName("register_questions")
        self.questions.setWordWrap(True)
        self.questions.itemActivated.connect(self._go)
        self.questions.itemClicked.connect(self._go)
        layout.addWidget(self.questions)
        self.matrix: Matrix | None = None
        # Edits arrive one field at a time; the register is redrawn once per burst, and only when seen.
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.session.changed.connect(self._on_changed)
        self.page.flows.view.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._fill_questions()
        )

    def _on_changed(self, _path: str) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self.refresh()
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_questions)  # wrapped lines are known once the list has its width

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self._fit_questions)

    # -- filling ------------------------------------------------------------------------------
    def role_text(self, role: Role) -> str:
        return {
            Role.PROVIDES: QCoreApplication.translate("RegisterView", "provides"),
            Role.RECEIVES: QCoreApplication.translate("RegisterView", "receives"),
            Role.BOTH: QCoreApplication.translate("RegisterView", "both"),
        }[role]

    def _fill_matrix(self) -> None:
        charter = self.session.charter
        m = self.matrix = category_matrix(charter)
        names = {p.id: p.display_name for p in charter.partners}
        flow_names = {f.id: f.name.strip() or f.id for f in charter.data_sharing.flows}
        self.matrix_model.clear()
        self.matrix_model.setColumnCount(len(m.partner_ids))
        self.matrix_model.setRowCount(len(m.categories))
        self.matrix_model.setHorizontalHeaderLabels([names.get(p, p) for p in m.partner_ids])
        self.matrix_model.setVerticalHeaderLabels(m.categories)
        for (row, column), cell in m.cells.items():
            item = QStandardItem(self.role_text(cell.role))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(
                QCoreApplication.translate("RegisterView", "Flows: %1").replace(
                    "%1", "; ".join(flow_names[i] for i in cell.flow_ids)
                )
            )
            item.setData(cell.flow_ids, FLOWS_ROLE)
            self.matrix_model.setItem(row, column, item)
        self._fit_matrix()
        if not charter.data_sharing.flows:
            text = QCoreApplication.translate(
                "RegisterView", "The register fills in as you add data flows above."
            )
        elif not m.categories:
            text = QCoreApplication.translate(
                "RegisterView",
                "Name the data categories of each flow (tab Purpose and data) to see who holds what.",
            )
        else:
            text = QCoreApplication.translate(
                "RegisterView",
                "Who provides and who receives each kind of data; hover over a cell to see the flows behind it, "
                "double-click it to select the first of them.",
            )
        self.matrix_label.setText(text)

    def _fit_matrix(self) -> None:
        """Size the columns to their texts and show every category without an inner scroll bar, up to a
        height that leaves room for the checklist."""
        view = self.matrix_view
        view.resizeColumnsToContents()
        view.resizeRowsToContents()
        wanted = view.horizontalHeader().height() + view.verticalHeader().length() + 2 * view.frameWidth()
        wanted += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(max(120, min(MATRIX_MAX_HEIGHT, wanted)))

    def _fill_questions(self) -> None:
        self.questions.clear()
        flows = self.session.charter.data_sharing.flows
        row = self.page.flows.current_row()
        if not 0 <= row < len(flows):
            self.questions_label.setText(
                QCoreApplication.translate(
                    "RegisterView",
                    "Select a flow in the table above to see what a privacy officer will ask about it.",
                )
            )
            return
        flow = flows[row]
        lang = ui_language()
        asked = privacy_questions(flow, {p.id: p.display_name for p in self.session.charter.partners})
        answered = sum(q.answered for q in asked)
        self.questions_label.setText(
            QCoreApplication.translate(
                "RegisterView",
                "Privacy officer's questions for “%1”: %2 of %3 answered. Click an open question to answer it.",
            )
            .replace("%1", flow.name.strip() or QCoreApplication.translate("RegisterView", "(unnamed flow)"))
            .replace("%2", str(answered))
            .replace("%3", str(len(asked)))
        )
        for q in asked:
            item = QListWidgetItem(f"{ANSWERED_MARK if q.answered else OPEN_MARK}  {q.text(lang)}")
            item.setData(PATH_ROLE, flow_path(row, q.fields[0]))
            item.setToolTip(
                QCoreApplication.translate("RegisterView", "Answered")
                if q.answered
                else QCoreApplication.translate("RegisterView", "Open: click to go to the field")
            )
            if q.answered:
                item.setForeground(QBrush(QColor("#2e7d32")))
            else:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(QColor("#a04000")))
            self.questions.addItem(item)
        self._fit_questions()

    def _fit_questions(self) -> None:
        """Show the whole checklist: the page scrolls, a list inside it should not."""
        q = self.questions
        q.doItemsLayout()
        # Item rectangles know their wrapped lines (sizeHintForRow does not); offset undoes any scrolling.
        rows = max((q.visualItemRect(q.item(i)).bottom() for i in range(q.count())), default=0)
        rows += q.verticalOffset() + 1
        q.setFixedHeight(max(60, rows + 2 * q.frameWidth() + 6))

    def _open_flow(self, index: QModelIndex) -> None:
        """Double-clicking a cell selects its first flow in the table above, with its checklist below."""
        ids = index.data(FLOWS_ROLE) or []
        flows = [f.id for f in self.session.charter.data_sharing.flows]
        if ids and ids[0] in flows:
            self.page.flows.select_row(flows.index(ids[0]))

    def _go(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.page.focus_path(path)

    # -- the page's Editor protocol -----------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        self._fill_matrix()
        self._fill_questions()

    def retranslate(self) -> None:
        self.refresh()

    def handles(self, path: str) -> bool:
        return False

    def show_path_findings(self, items: Sequence[tuple[str, str]]) -> None:
        """Findings show on the fields themselves; the checklist reflects the charter, not the checks."""

    def focus_path(self, path: str) -> bool:
        return False

    def cell_index(self, category_row: int, partner_column: int) -> QModelIndex:
        return self.matrix_model.index(category_row, partner_column)
