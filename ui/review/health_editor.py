"""The health check editor: every partner scores the nine dimensions 1–5, with a comment per score.

Used at founding (a baseline, issue 7) and in the mid-term review (issue 6). The grid is one table
model over ``HealthCheck.scores`` (no widget per cell): typing 1–5 on a cell scores it and moves on,
Delete clears it. Every change goes through the session, so it can be undone. The chart beside
the grid compares the averages with the previous check and the founding check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charter_builder.health import DIMENSIONS, founding_check, health_summary, missing_scores, previous_check
from charter_builder.model import (
    HealthCheck,
    HealthDimension,
    HealthOccasion,
    HealthScore,
    MidTermReview,
    new_id,
)

from ..binding import NULL_TEXT, NullableDateEdit, TextArea, bind, guidance_tooltip, set_base_tooltip
from ..session import CharterSession
from ..widgets.cell_editors import ChoiceDelegate
from ..widgets.charts import HealthChart, HealthLabels, HealthRow
from .labels import dimension_header, dimension_label, occasion_label

CONTEXT = "HealthCheckEditor"
_MISSING_BRUSH = QBrush(QColor(255, 243, 205))
_LEFT_BRUSH = QBrush(QColor(235, 235, 235))
#: Cell shades per score, light to dark blue-grey: readable in grayscale, numbers stay on top.
_SCORE_BRUSHES = {
    1: QBrush(QColor(246, 196, 190)),
    2: QBrush(QColor(250, 222, 200)),
    3: QBrush(QColor(245, 245, 235)),
    4: QBrush(QColor(214, 234, 218)),
    5: QBrush(QColor(186, 222, 196)),
}


class HealthScoreModel(QAbstractTableModel):
    """Partners (rows) × dimensions (columns) of one health check, read live from the model."""

    def __init__(self, editor: HealthCheckEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def partners(self) -> list[Any]:
        return list(self.editor.session.charter.partners)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.editor.check() is None else len(self.partners())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(DIMENSIONS)

    def cell(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, HealthDimension] | None:
        partners = self.partners()
        if not index.isValid() or index.row() >= len(partners) or index.column() >= len(DIMENSIONS):
            return None
        return partners[index.row()].id, DIMENSIONS[index.column()]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        cell = self.cell(index)
        check = self.editor.check()
        if cell is None or check is None:
            return None
        score = self.editor.score_record(*cell)
        if role == Qt.ItemDataRole.DisplayRole:
            if score is None:
                return ""
            return f"{score.score} ✎" if score.comment else str(score.score)
        if role == Qt.ItemDataRole.EditRole:
            return score.score if score is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not self.editor.is_active(cell[0]):
                return _LEFT_BRUSH
            return _SCORE_BRUSHES.get(score.score) if score is not None else _MISSING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            name = self.partners()[index.row()].display_name
            lines = [f"{name} — {dimension_label(cell[1])}"]
            if score is not None and score.comment:
                lines.append(score.comment)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                str(score.score)
                if score is not None
                else QCoreApplication.translate("HealthCheckEditor", "not scored")
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(DIMENSIONS):
            dim = DIMENSIONS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return dimension_header(dim)
            if role == Qt.ItemDataRole.ToolTipRole:
                return dimension_label(dim)
            return None
        if orientation == Qt.Orientation.Vertical:
            partners = self.partners()
            if not 0 <= section < len(partners):
                return None
            partner = partners[section]
            if role == Qt.ItemDataRole.DisplayRole:
                name = partner.display_name
                return (
                    name
                    if self.editor.is_active(partner.id)
                    else name + " " + QCoreApplication.translate("HealthCheckEditor", "(left)")
                )
            if role == Qt.ItemDataRole.FontRole and not self.editor.is_active(partner.id):
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:  # noqa: N802
        cell = self.cell(index)
        if cell is None or role != Qt.ItemDataRole.EditRole:
            return False
        if value in ("", None):
            value = None
        else:
            try:
                value = int(value)
            except (TypeError, ValueError):
                return False
            if not 1 <= value <= 5:
                return False
        self.editor.set_score(cell[0], cell[1], value)
        return True

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class ScoreDelegate(ChoiceDelegate):
    """A drop-down of –, 1 … 5 for a cell (the keyboard route, typing a digit, needs no editor)."""

    def choices(self) -> list[tuple[str, int | None]]:
        return [(NULL_TEXT, None), *((str(n), n) for n in range(1, 6))]

    def accessible_name(self) -> str:
        return QCoreApplication.translate("HealthCheckEditor", "Score")


class ScoreGrid(QTableView):
    """Digits 1–5 score the current cell and move to the next; Delete, Backspace or 0 clear it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if self.state() != QAbstractItemView.State.EditingState and not (
            event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            index = self.currentIndex()
            key = event.key()
            if index.isValid() and Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
                self.model().setData(index, key - Qt.Key.Key_0, Qt.ItemDataRole.EditRole)
                self._advance(index)
                return
            if index.isValid() and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
                self.model().setData(index, None, Qt.ItemDataRole.EditRole)
                return
        super().keyPressEvent(event)

    def _advance(self, index: QModelIndex) -> None:
        model = self.model()
        row, col = index.row(), index.column() + 1
        if col >= model.columnCount():
            row, col = row + 1, 0
        if row < model.rowCount():
            self.selectionModel().setCurrentIndex(
                model.index(row, col), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )


class HealthCheckEditor(QWidget):
    """Pick or start a health check, score it partner by partner, and see it against earlier ones.

    Without ``review`` the editor picks among all checks of the charter (the founding check in
    the wizard). With ``review`` (a getter of the mid-term review being edited) it shows that
    review's check, and picking or starting one links it to the review — as one undoable step.
    """

    check_changed = Signal()

    def __init__(
        self,
        session: CharterSession,
        parent: QWidget | None = None,
        *,
        review: Callable[[], MidTermReview | None] | None = None,
        review_path: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._review = review
        self._review_path = review_path
        self._check_id: str | None = None
        self._updating = False
        self._fitted = False
        self._index: dict[tuple[str, HealthDimension], HealthScore] = {}
        self._index_key: tuple[int, int] | None = None

        self.picker_label = QLabel(self)
        self.picker = QComboBox(self)
        self.picker.setMinimumContentsLength(28)
        self.picker_label.setBuddy(self.picker)
        self.picker.activated.connect(self._on_picked)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newHealthCheck")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(lambda: self.new_check())
        top = QHBoxLayout()
        top.addWidget(self.picker_label)
        top.addWidget(self.picker, 1)
        top.addWidget(self.new_button)

        self.date_label = QLabel(self)
        self.date_edit = NullableDateEdit(self)
        self.date_label.setBuddy(self.date_edit)
        self.date_binding = bind(session, self.date_edit, self.check, "date", self.check_path)
        self.occasion_label = QLabel(self)
        self.occasion = QComboBox(self)
        self.occasion_label.setBuddy(self.occasion)
        self.occasion.activated.connect(self._on_occasion)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missingScores")
        form = QHBoxLayout()
        form.addWidget(self.date_label)
        form.addWidget(self.date_edit)
        form.addSpacing(16)
        form.addWidget(self.occasion_label)
        form.addWidget(self.occasion)
        form.addSpacing(16)
        form.addWidget(self.missing_label, 1)

        self.help_label = QLabel(self)
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet("color: #505050;")

        self.model = HealthScoreModel(self)
        self.grid = ScoreGrid(self)
        self.grid.setObjectName("scoreGrid")
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(ScoreDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(48)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(self.grid.fontMetrics().height() + 10)
        self.grid.selectionModel().currentChanged.connect(self._on_current_cell)

        self.comment_label = QLabel(self)
        self.comment_label.setWordWrap(True)
        self.comment = TextArea(self, 3)
        self.comment.setObjectName("scoreComment")
        self.comment_label.setBuddy(self.comment)
        self.comment.textChanged.connect(self._on_comment)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.help_label)
        left_layout.addWidget(self.grid, 1)
        left_layout.addWidget(self.comment_label)
        left_layout.addWidget(self.comment)

        self.chart = HealthChart(self)
        self.chart.setObjectName("healthChart")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        form_box = QFormLayout()
        form_box.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.splitter, 1)

        session.changed.connect(self._on_changed)
        session.charter_replaced.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # -- which check ----------------------------------------------------------------------------
    def review(self) -> MidTermReview | None:
        return self._review() if self._review is not None else None

    def linked(self) -> bool:
        return self._review is not None

    def check(self) -> HealthCheck | None:
        charter = self.session.charter
        wanted = self._check_id
        if self.linked():
            review = self.review()
            wanted = review.health_check_id if review is not None else None
        for check in charter.health_checks:
            if check.id == wanted:
                return check
        if not self.linked() and charter.health_checks:
            return charter.health_checks[-1]  # none picked yet, or the picked one was undone
        return None

    def check_index(self) -> int:
        check = self.check()
        if check is None:
            return -1
        return next(i for i, c in enumerate(self.session.charter.health_checks) if c is check)

    def check_path(self) -> str:
        return f"health_checks[{self.check_index()}]"

    def select_check(self, check_id: str | None) -> None:
        """Show another check (in review mode: link it to the review, undoably)."""
        if self.linked():
            review = self.review()
            if review is None or review.health_check_id == check_id:
                return
            path = self._review_path() if self._review_path is not None else ""
            self.session.set_value(
                review,
                "health_check_id",
                check_id,
                f"{path}.health_check_id",
                QCoreApplication.translate("HealthCheckEditor", "Link health check"),
            )
        else:
            self._check_id = check_id
            self.refresh()
        self.check_changed.emit()

    def new_check(self, date: dt.date | None = None, occasion: HealthOccasion | None = None) -> HealthCheck:
        """Start a new, empty health check (and in review mode link it to the review) as one undo step."""
        charter = self.session.charter
        review = self.review()
        if occasion is None:
            if review is not None or founding_check(charter) is not None:
                occasion = HealthOccasion.MID_TERM_REVIEW
            else:
                occasion = HealthOccasion.FOUNDING
        if date is None:
            date = review.date if review is not None else dt.date.today()
        check = HealthCheck(id=new_id("hc"), date=date, occasion=occasion)
        text = QCoreApplication.translate("HealthCheckEditor", "New health check")
        stack = self.session.undo_stack
        stack.beginMacro(text)
        try:
            self.session.set_list(
                charter, "health_checks", [*charter.health_checks, check], "health_checks", text
            )
            if self.linked():
                self.select_check(check.id)
        finally:
            stack.endMacro()
        if not self.linked():
            self.select_check(check.id)
        return check

    # -- scores ---------------------------------------------------------------------------------
    def is_active(self, partner_id: str) -> bool:
        check = self.check()
        partner = self.session.charter.partner(partner_id)
        if check is None or partner is None:
            return False
        return partner.left_on is None or partner.left_on > check.date

    def score_record(self, partner_id: str, dim: HealthDimension) -> HealthScore | None:
        check = self.check()
        if check is None:
            return None
        # Edits replace the list (never change it in place), so the list's identity keys the index.
        key = (id(check), id(check.scores))
        if key != self._index_key:
            self._index = {(s.partner_id, s.dimension): s for s in check.scores}
            self._index_key = key
        return self._index.get((partner_id, dim))

    def set_score(self, partner_id: str, dim: HealthDimension, value: int | None) -> None:
        """Score (or with ``None`` clear) one cell as one undoable step."""
        check = self.check()
        if check is None:
            return
        path = f"{self.check_path()}.scores"
        existing = self.score_record(partner_id, dim)
        if value is None:
            if existing is not None:
                items = [s for s in check.scores if s is not existing]
                self.session.set_list(
                    check,
                    "scores",
                    items,
                    path,
                    QCoreApplication.translate("HealthCheckEditor", "Clear score"),
                )
        elif existing is not None:
            j = next(i for i, s in enumerate(check.scores) if s is existing)
            self.session.set_value(
                existing,
                "score",
                value,
                f"{path}[{j}].score",
                QCoreApplication.translate("HealthCheckEditor", "Change score"),
            )
        else:
            record = HealthScore(partner_id=partner_id, dimension=dim, score=value)
            self.session.set_list(
                check,
                "scores",
                [*check.scores, record],
                path,
                QCoreApplication.translate("HealthCheckEditor", "Score"),
            )

    def current_cell(self) -> tuple[str, HealthDimension] | None:
        return self.model.cell(self.grid.currentIndex())

    # -- refreshing -----------------------------------------------------------------------------
    def _on_changed(self, path: str) -> None:
        if not path or path.startswith(("health_checks", "partners", "reviews", "metadata")):
            self.refresh(soft=path.startswith("health_checks") and ".scores" in path)

    def refresh(self, soft: bool = False) -> None:
        """Re-read everything; ``soft`` (a score or comment changed) keeps the grid's rows as they are."""
        current = self.grid.currentIndex()
        row, col = (current.row(), current.column()) if current.isValid() else (0, 0)
        if soft:
            self.model.dataChanged.emit(
                self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, len(DIMENSIONS) - 1)
            )
        else:
            self.model.refresh()
            if self.model.rowCount():
                row = min(row, self.model.rowCount() - 1)
                self.grid.selectionModel().setCurrentIndex(
                    self.model.index(row, col), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        if not soft:
            self._fill_picker()
        check = self.check()
        has = check is not None
        for w in (self.date_edit, self.occasion, self.grid):
            w.setEnabled(has)
        self.date_binding.refresh()
        self._fill_occasions()
        self._show_missing()
        self._show_comment()
        self._update_chart()

    def _fill_picker(self) -> None:
        self._updating = True
        try:
            self.picker.clear()
            if self.linked() or not self.session.charter.health_checks:
                self.picker.addItem(
                    QCoreApplication.translate("HealthCheckEditor", "(no health check)"), None
                )
            for check in self.session.charter.health_checks:
                text = f"{check.date.isoformat()} — {occasion_label(check.occasion)}"
                self.picker.addItem(text, check.id)
            current = self.check()
            self.picker.setCurrentIndex(max(0, self.picker.findData(current.id if current else None)))
            self.new_button.setEnabled(not self.linked() or self.review() is not None)
            self.picker.setEnabled(not self.linked() or self.review() is not None)
        finally:
            self._updating = False

    def _fill_occasions(self) -> None:
        self._updating = True
        try:
            self.occasion.clear()
            for occ in HealthOccasion:
                self.occasion.addItem(occasion_label(occ), occ)
            check = self.check()
            self.occasion.setCurrentIndex(self.occasion.findData(check.occasion) if check else -1)
        finally:
            self._updating = False

    def _show_missing(self) -> None:
        check = self.check()
        if check is None:
            self.missing_label.setText("")
            return
        missing = len(missing_scores(self.session.charter, check))
        if missing:
            self.missing_label.setText(
                QCoreApplication.translate("HealthCheckEditor", "Missing scores: %1").replace(
                    "%1", str(missing)
                )
            )
            self.missing_label.setStyleSheet("color: #8a5a00; font-weight: bold;")
        else:
            self.missing_label.setText(
                QCoreApplication.translate("HealthCheckEditor", "Every partner has scored every dimension.")
            )
            self.missing_label.setStyleSheet("color: #2e6b3a;")

    def _show_comment(self) -> None:
        cell = self.current_cell()
        self._updating = True
        try:
            if cell is None or self.check() is None:
                self.comment_label.setText(QCoreApplication.translate("HealthCheckEditor", "Comment"))
                self.comment.setPlainText("")
                self.comment.setEnabled(False)
                return
            partner = self.session.charter.partner(cell[0])
            name = partner.display_name if partner is not None else cell[0]
            self.comment_label.setText(
                self._key(QCoreApplication.translate("HealthCheckEditor", "&Comment of %1 on “%2”"))
                .replace("%1", name.replace("&", "&&"))
                .replace("%2", dimension_label(cell[1]).replace("&", "&&"))
            )
            score = self.score_record(*cell)
            self.comment.setEnabled(score is not None)
            self.comment.setPlaceholderText(
                ""
                if score is not None
                else QCoreApplication.translate("HealthCheckEditor", "Give a score first.")
            )
            text = score.comment if score is not None else ""
            if self.comment.toPlainText() != text:
                self.comment.setPlainText(text)
        finally:
            self._updating = False

    def _update_chart(self) -> None:
        check = self.check()
        charter = self.session.charter
        labels = HealthLabels(
            average=QCoreApplication.translate("HealthCheckEditor", "Average"),
            partner=QCoreApplication.translate("HealthCheckEditor", "Partner's score"),
            previous=QCoreApplication.translate("HealthCheckEditor", "Previous check"),
            founding=QCoreApplication.translate("HealthCheckEditor", "Founding check"),
            highlight=QCoreApplication.translate("HealthCheckEditor", "Selected partner"),
        )
        self.chart.empty_text = QCoreApplication.translate("HealthCheckEditor", "No scores yet.")
        if check is None:
            self.chart.set_rows([], labels)
            return
        prev = previous_check(charter, check)
        founding = founding_check(charter)
        if founding is not None and (
            founding.id == check.id or (prev is not None and founding.id == prev.id)
        ):
            founding = None
        if founding is not None and founding.date > check.date:
            founding = None
        prev_means = {s.dimension: s.mean for s in health_summary(prev)} if prev else {}
        founding_means = {s.dimension: s.mean for s in health_summary(founding)} if founding else {}
        rows = [
            HealthRow(
                label=dimension_label(stat.dimension),
                scores=dict(stat.scores),
                previous=prev_means.get(stat.dimension),
                founding=founding_means.get(stat.dimension),
            )
            for stat in health_summary(check)
        ]
        self.chart.set_rows(rows, labels)
        cell = self.current_cell()
        self.chart.set_highlight(cell[0] if cell else None)

    # -- user input -----------------------------------------------------------------------------
    def _on_picked(self, index: int) -> None:
        if not self._updating:
            self.select_check(self.picker.itemData(index))

    def _on_occasion(self, index: int) -> None:
        check = self.check()
        if self._updating or check is None:
            return
        value = self.occasion.itemData(index)
        self.session.set_value(
            check,
            "occasion",
            value,
            f"{self.check_path()}.occasion",
            QCoreApplication.translate("HealthCheckEditor", "Occasion"),
        )

    def _on_current_cell(self, *_args: Any) -> None:
        self._show_comment()
        cell = self.current_cell()
        self.chart.set_highlight(cell[0] if cell else None)

    def _on_comment(self) -> None:
        if self._updating:
            return
        cell = self.current_cell()
        score = self.score_record(*cell) if cell else None
        if score is None:
            return
        check = self.check()
        assert check is not None
        j = next(i for i, s in enumerate(check.scores) if s is score)
        self.session.set_value(
            score,
            "comment",
            self.comment.toPlainText(),
            f"{self.check_path()}.scores[{j}].comment",
            QCoreApplication.translate("HealthCheckEditor", "Comment"),
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_splitter()

    def fit_splitter(self) -> None:
        """Give the grid the width its columns need (leaving the chart its minimum); the chart takes the rest."""
        header = self.grid.horizontalHeader()
        need = self.grid.verticalHeader().width() + header.length() + self.grid.frameWidth() * 2 + 4
        total = max(self.splitter.width(), 1)
        grid_w = min(need, max(total - self.chart.minimumWidth(), total // 2))
        self.splitter.setSizes([grid_w, max(total - grid_w, 1)])

    # -- language -------------------------------------------------------------------------------
    def _key(self, text: str) -> str:
        """Keep the Alt+letter of a label only on its own; inside the review window those letters are taken."""
        return text.replace("&", "") if self.linked() else text

    def retranslate(self) -> None:
        for widget, path in (
            (self.date_edit, "health_checks[0].date"),
            (self.occasion, "health_checks[0].occasion"),
            (self.grid, "health_checks[0].scores[0].score"),
            (self.comment, "health_checks[0].scores[0].comment"),
        ):
            widget.setProperty("charter_path", path)
            set_base_tooltip(widget, guidance_tooltip(path))
        self.picker_label.setText(
            self._key(QCoreApplication.translate("HealthCheckEditor", "&Health check:"))
        )
        self.new_button.setText(QCoreApplication.translate("HealthCheckEditor", "&New health check"))
        self.date_label.setText(self._key(QCoreApplication.translate("HealthCheckEditor", "&Date:")))
        self.occasion_label.setText(self._key(QCoreApplication.translate("HealthCheckEditor", "&Occasion:")))
        self.help_label.setText(
            QCoreApplication.translate(
                "HealthCheckEditor",
                "Each partner scores the five conditions for collaboration, the three levels of trust "
                "and the involvement of its own organisation from 1 (weak) to 5 (strong). "
                "Type a digit in a cell to score it; Delete clears it.",
            )
        )
        self.grid.setAccessibleName(
            QCoreApplication.translate("HealthCheckEditor", "Scores per partner and dimension")
        )
        self.chart.setAccessibleName(QCoreApplication.translate("HealthCheckEditor", "Health check chart"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(DIMENSIONS) - 1)
        self._size_columns()
        self.refresh()
        if self._fitted:  # other words, other widths
            self.fit_splitter()

    def _size_columns(self) -> None:
        """Size each column to its two-line header once (measuring 200 partners' cells would be slow)."""
        header = self.grid.horizontalHeader()
        metrics = QFontMetrics(header.font())
        for col, dim in enumerate(DIMENSIONS):
            lines = dimension_header(dim).split("\n")
            width = max(metrics.horizontalAdvance(line) for line in lines) + 12
            self.grid.setColumnWidth(col, max(width, header.minimumSectionSize()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
