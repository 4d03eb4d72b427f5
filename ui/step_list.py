"""The side list of wizard steps: where the user is, which steps are complete or have problems."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QStyle, QWidget

from charter_builder.checks import Finding, Severity
from charter_builder.model import Step


class StepState:
    """How a step stands, from the checks' findings for it."""

    COMPLETE = "complete"
    WARNINGS = "warnings"
    ERRORS = "errors"


def step_state(findings: Iterable[Finding]) -> str:
    """Return the state of a step: errors win over warnings; advice alone still counts as complete."""
    severities = {f.severity for f in findings}
    if Severity.ERROR in severities:
        return StepState.ERRORS
    if Severity.WARNING in severities:
        return StepState.WARNINGS
    return StepState.COMPLETE


class StepList(QListWidget):
    """One row per step with a mark for its state; activating a row asks to jump there."""

    step_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)  # on a narrow screen a long step name takes two lines
        self.setUniformItemSizes(False)
        self.setMinimumWidth(150)
        self.setObjectName("stepList")
        self._steps: list[Step] = []
        self._states: dict[Step, str] = {}
        self._counts: dict[Step, tuple[int, int]] = {}
        self.currentRowChanged.connect(self._row_changed)
        self._quiet = False
        self.retranslate()

    def set_steps(self, steps: Sequence[Step], titles: Sequence[str]) -> None:
        self._quiet = True
        self.clear()
        self._steps = list(steps)
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(f"{number}. {title}")
            item.setData(Qt.ItemDataRole.UserRole, self._steps[number - 1].value)
            self.addItem(item)
        self._quiet = False
        self._refresh_marks()
        self._fit_width()

    def set_titles(self, titles: Sequence[str]) -> None:
        for row, title in enumerate(titles):
            item = self.item(row)
            if item is not None:
                item.setText(f"{row + 1}. {title}")
        self._refresh_marks()
        self._fit_width()

    def _fit_width(self) -> None:
        self.updateGeometry()

    def preferred_width(self) -> int:
        """Return the width that shows every step name on one line (the window gives it when there is room)."""
        metrics = self.fontMetrics()
        texts = [self.item(row).text() for row in range(self.count())]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        icon = self.iconSize().width() if self.iconSize().isValid() else 16
        extra = icon + 2 * self.frameWidth() + 24  # icon, its spacing and the item margins
        if self.verticalScrollBar().isVisible():
            extra += self.verticalScrollBar().width()
        return min(340, max(170, widest + extra))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.preferred_width(), super().sizeHint().height())

    def set_current(self, row: int) -> None:
        self._quiet = True
        self.setCurrentRow(row)
        self._quiet = False

    def set_findings(self, findings: Iterable[Finding]) -> None:
        by_step: dict[Step, list[Finding]] = {s: [] for s in self._steps}
        for f in findings:
            by_step.setdefault(f.step, []).append(f)
        self._states = {s: step_state(fs) for s, fs in by_step.items()}
        self._counts = {
            s: (
                sum(f.severity is Severity.ERROR for f in fs),
                sum(f.severity is Severity.WARNING for f in fs),
            )
            for s, fs in by_step.items()
        }
        self._refresh_marks()

    def state(self, step: Step) -> str | None:
        """Return the state shown for ``step`` (``None`` before the first check)."""
        return self._states.get(step)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("StepList", "Steps of the charter"))
        self._refresh_marks()

    def _refresh_marks(self) -> None:
        style = self.style()
        icons = {
            StepState.ERRORS: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            StepState.WARNINGS: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            StepState.COMPLETE: style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
        }
        for row, step in enumerate(self._steps):
            item = self.item(row)
            if item is None:
                continue
            state = self._states.get(step)
            if step is Step.REVIEW:
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView))
                continue
            if state is None:
                item.setIcon(QIcon())
                item.setToolTip("")
                continue
            errors, warnings = self._counts.get(step, (0, 0))
            item.setIcon(icons[state])
            if state == StepState.COMPLETE:
                tip = QCoreApplication.translate("StepList", "Complete")
            else:
                parts = []
                if errors:
                    parts.append(QCoreApplication.translate("StepList", "%n error(s)", "", errors))
                if warnings:
                    parts.append(QCoreApplication.translate("StepList", "%n warning(s)", "", warnings))
                tip = ", ".join(parts)
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)

    def _row_changed(self, row: int) -> None:
        if not self._quiet and row >= 0:
            self.step_requested.emit(row)
