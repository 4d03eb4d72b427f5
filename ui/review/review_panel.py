"""Review mode: the mid-term review of a signed charter, years after it was written.

One panel holds the whole review: which review (date, coordinator, version reviewed), the KPI
measurements per period with a trend chart, the health check for this review, the ten lessons as
prompts, what changed, the conclusions and the agreed actions — plus comparing versions and
amending the charter. Every edit goes through the session so undo and redo cover the review too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charter_builder.health import kpi_progress
from charter_builder.model import (
    Charter,
    Kpi,
    KpiMeasurement,
    KpiStatus,
    Lesson,
    LessonNote,
    MidTermReview,
    Record,
    ReviewAction,
    new_id,
)
from charter_builder.report.render import render_review_report
from charter_builder.workflow import is_frozen

from ..binding import (
    NullableDateEdit,
    NullableSpinBox,
    TextArea,
    bind,
    guidance_tooltip,
    set_base_tooltip,
    ui_language,
)
from ..session import CharterSession
from ..widgets.charts import KpiLabels, KpiSeries, KpiTrendChart
from ..widgets.form import FieldForm, FieldSpec
from ..widgets.record_table import Column, RecordTable
from . import versions_view
from .health_editor import HealthCheckEditor
from .labels import lesson_prompt, status_label
from .versions_view import CompareVersionsWidget

CONTEXT = "ReviewModePanel"


def ask_report_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where the review report goes (replaced in tests)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReviewModePanel", "Save review report"),
        suggested,
        QCoreApplication.translate("ReviewModePanel", "Word documents (*.docx)"),
    )
    return Path(name) if name else None


class ReviewModePanel(QWidget):
    """Everything of one mid-term review, in tabs; the review is picked or started at the top."""

    TABS = (
        QT_TRANSLATE_NOOP("ReviewModePanel", "&KPI measurements"),
        QT_TRANSLATE_NOOP("ReviewModePanel", "&Health check"),
        QT_TRANSLATE_NOOP("ReviewModePanel", "&Ten lessons"),
        QT_TRANSLATE_NOOP("ReviewModePanel", "C&onclusions and actions"),
        QT_TRANSLATE_NOOP("ReviewModePanel", "Compare &versions"),
    )

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._review_id: str | None = None
        self._updating = False

        # -- which review ------------------------------------------------------------------------
        self.picker_label = QLabel(self)
        self.picker = QComboBox(self)
        self.picker.setObjectName("reviewPicker")
        self.picker.setMinimumContentsLength(30)
        self.picker_label.setBuddy(self.picker)
        self.picker.activated.connect(self._on_picked)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startReview")
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(lambda: self.start_review())
        self.amend_button = QPushButton(self)
        self.amend_button.setObjectName("amendCharter")
        self.amend_button.setAutoDefault(False)
        self.amend_button.clicked.connect(self.ask_amend)
        self.report_button = QPushButton(self)
        self.report_button.setObjectName("writeReport")
        self.report_button.setAutoDefault(False)
        self.report_button.clicked.connect(lambda: self.write_report())
        self.version_label = QLabel(self)
        self.version_label.setObjectName("charterVersion")
        top = QHBoxLayout()
        top.addWidget(self.picker_label)
        top.addWidget(self.picker, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.report_button)
        top.addSpacing(24)
        top.addWidget(self.version_label)
        top.addWidget(self.amend_button)

        self.date_label, self.date_edit = QLabel(self), NullableDateEdit(self)
        self.title_label, self.title_edit = QLabel(self), QLineEdit(self)
        self.coordinator_label, self.coordinator_edit = QLabel(self), QLineEdit(self)
        self.version_reviewed_label, self.version_reviewed = QLabel(self), NullableSpinBox(1, 999, self)
        head = QHBoxLayout()
        self.bindings = []
        for name, lab, widget, stretch in (
            ("date", self.date_label, self.date_edit, 0),
            ("title", self.title_label, self.title_edit, 2),
            ("coordinator", self.coordinator_label, self.coordinator_edit, 1),
            ("charter_version", self.version_reviewed_label, self.version_reviewed, 0),
        ):
            widget.setObjectName(f"review_{name}")
            lab.setBuddy(widget)
            head.addWidget(lab)
            head.addWidget(widget, stretch)
            head.addSpacing(8)
            self.bindings.append(bind(session, widget, self.review, name, self.review_path))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self._build_kpis(), "")
        self.health = HealthCheckEditor(session, self, review=self.review, review_path=self.review_path)
        self.tabs.addTab(self.health, "")
        self.tabs.addTab(self._build_lessons(), "")
        self.tabs.addTab(self._build_conclusions(), "")
        self.compare = CompareVersionsWidget(session, self)
        self.tabs.addTab(self.compare, "")

        self.report_message = QLabel(self)
        self.report_message.setObjectName("reportMessage")
        self.report_message.setWordWrap(True)
        self.report_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_message.hide()
        self.frozen_label = QLabel(self)
        self.frozen_label.setObjectName("frozenNotice")
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setStyleSheet("color: #505050;")
        self.frozen_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.frozen_label)
        layout.addWidget(self.report_message)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

        session.changed.connect(self._on_changed)
        session.charter_replaced.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # -- building -----------------------------------------------------------------------------------
    def _build_kpis(self) -> QWidget:
        page = QWidget(self)
        self.measurements = RecordTable(
            self.session,
            self.review,
            "measurements",
            lambda: f"{self.review_path()}.measurements",
            [
                Column(
                    "kpi_id",
                    QT_TRANSLATE_NOOP("ReviewModePanel", "KPI"),
                    "choice",
                    choices=self._kpi_choices,
                    optional=False,
                    width=220,
                ),
                Column("period", QT_TRANSLATE_NOOP("ReviewModePanel", "Period"), width=90),
                Column("value", QT_TRANSLATE_NOOP("ReviewModePanel", "Value"), "float", width=80),
                Column("value_text", QT_TRANSLATE_NOOP("ReviewModePanel", "In words"), width=150),
                Column(
                    "status",
                    QT_TRANSLATE_NOOP("ReviewModePanel", "Status"),
                    "choice",
                    choices=self._status_choices,
                    width=110,
                ),
                Column("comment", QT_TRANSLATE_NOOP("ReviewModePanel", "Comment"), stretch=True, width=200),
            ],
            self._new_measurement,
            context=CONTEXT,
            title=QT_TRANSLATE_NOOP("ReviewModePanel", "Measured values per period"),
            show_title=True,
            visible_rows=8,
            missing_text=QT_TRANSLATE_NOOP(
                "ReviewModePanel", "The charter has no KPIs yet: add them on the Governance step."
            ),
            parent=page,
        )
        self.measurements.setObjectName("measurements")
        self.measurements.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_chart())
        self.chart = KpiTrendChart(page)
        self.chart.setObjectName("kpiChart")
        self.progress_label = QLabel(page)
        self.progress_label.setObjectName("kpiProgress")
        self.progress_label.setWordWrap(True)
        right = QWidget(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart, 1)
        right_layout.addWidget(self.progress_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.measurements)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _build_lessons(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        self.lessons_intro = QLabel(body)
        self.lessons_intro.setWordWrap(True)
        self.lessons_intro.setStyleSheet("color: #505050;")
        layout.addWidget(self.lessons_intro)
        self.lesson_prompts: dict[Lesson, QLabel] = {}
        self.lesson_edits: dict[Lesson, TextArea] = {}
        for number, lesson in enumerate(Lesson, start=1):
            box = QGroupBox(f"{number}", body)
            inner = QVBoxLayout(box)
            prompt = QLabel(box)
            prompt.setWordWrap(True)
            edit = TextArea(box, 2)
            edit.setObjectName(f"lesson_{lesson.value}")
            prompt.setBuddy(edit)
            edit.textChanged.connect(lambda lesson=lesson: self._on_lesson(lesson))
            inner.addWidget(prompt)
            inner.addWidget(edit)
            layout.addWidget(box)
            self.lesson_prompts[lesson] = prompt
            self.lesson_edits[lesson] = edit
        layout.addStretch(1)
        scroll.setWidget(body)
        return scroll

    def _build_conclusions(self) -> QWidget:
        page = QWidget(self)
        self.conclusions = FieldForm(
            self.session,
            self.review,
            self.review_path,
            CONTEXT,
            [
                FieldSpec(
                    "changes_noted",
                    QT_TRANSLATE_NOOP(
                        "ReviewModePanel",
                        "What has chan&ged since the charter was signed (partners, mandates, data)",
                    ),
                    "multiline",
                    lines=3,
                ),
                FieldSpec(
                    "conclusions", QT_TRANSLATE_NOOP("ReviewModePanel", "Concl&usions"), "multiline", lines=3
                ),
            ],
            page,
        )
        self.actions_table = RecordTable(
            self.session,
            self.review,
            "actions",
            lambda: f"{self.review_path()}.actions",
            [
                Column(
                    "what", QT_TRANSLATE_NOOP("ReviewModePanel", "Agreed action"), stretch=True, width=300
                ),
                Column("owner_id", QT_TRANSLATE_NOOP("ReviewModePanel", "Who"), "partner", width=200),
                Column("due_on", QT_TRANSLATE_NOOP("ReviewModePanel", "By when"), "date", width=110),
                Column("done", QT_TRANSLATE_NOOP("ReviewModePanel", "Done"), "bool", width=60),
            ],
            lambda: ReviewAction(id=new_id("action")),
            context=CONTEXT,
            title=QT_TRANSLATE_NOOP("ReviewModePanel", "Agreed actions"),
            show_title=True,
            visible_rows=5,
            parent=page,
        )
        self.actions_table.setObjectName("actions")
        layout = QVBoxLayout(page)
        layout.addWidget(self.conclusions)
        layout.addWidget(self.actions_table, 1)
        return page

    # -- which review -------------------------------------------------------------------------------
    def review_index(self) -> int:
        reviews = self.session.charter.reviews
        for i, r in enumerate(reviews):
            if r.id == self._review_id:
                return i
        return len(reviews) - 1  # none picked, or another charter was opened: the latest review

    def review(self) -> MidTermReview | None:
        i = self.review_index()
        return self.session.charter.reviews[i] if i >= 0 else None

    def review_path(self) -> str:
        return f"reviews[{self.review_index()}]"

    def select_review(self, review_id: str | None) -> None:
        self._review_id = review_id
        self.refresh()

    def start_review(self, date: dt.date | None = None, coordinator: str = "") -> MidTermReview:
        """Start a new mid-term review of the current version (one undoable step) and show it.

        The review is recorded with the charter in force, also when it is signed: reviews are records
        about the charter, not part of what was signed (``workflow.REVIEW_RECORDS``). Amending the
        charter after the review is a separate, deliberate step ("Amend charter…").
        """
        charter = self.session.charter
        date = date or dt.date.today()
        reviewed = charter.metadata.version
        text = QCoreApplication.translate("ReviewModePanel", "Start mid-term review")
        stack = self.session.undo_stack
        stack.beginMacro(text)
        try:
            return self._add_review(charter, date, coordinator, reviewed, text)
        finally:
            stack.endMacro()

    def _add_review(
        self, charter: Charter, date: dt.date, coordinator: str, reviewed: int, text: str
    ) -> MidTermReview:
        review = MidTermReview(
            id=new_id("review"),
            date=date,
            title=QCoreApplication.translate("ReviewModePanel", "Mid-term review %1").replace(
                "%1", str(date.year)
            ),
            coordinator=coordinator,
            charter_version=reviewed,
        )
        self.session.set_list(charter, "reviews", [*charter.reviews, review], "reviews", text)
        self.select_review(review.id)
        return review

    def ask_amend(self) -> None:
        review = self.review()
        new = versions_view.ask_amend(self.session, self, review.coordinator if review else "")
        if new is not None:
            self.compare.reload()

    def write_report(self, path: Path | None = None) -> Path | None:
        """Write the Word report of this review (the same as ``charter-builder report``); return its path."""
        review = self.review()
        if review is None:
            return None
        if path is None:
            path = ask_report_path(self, self._report_name(review))
            if path is None:
                return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = render_review_report(
                self.session.charter, path, review_id=review.id, lang=ui_language()
            )
        except (OSError, ValueError) as exc:
            QApplication.restoreOverrideCursor()
            self.report_message.show()
            self.report_message.setText(
                QCoreApplication.translate("ReviewModePanel", "The report could not be written: %1").replace(
                    "%1", str(exc)
                )
            )
            return None
        QApplication.restoreOverrideCursor()
        self.report_message.show()
        self.report_message.setText(
            QCoreApplication.translate("ReviewModePanel", "Report written: %1").replace("%1", str(written))
        )
        return written

    def _report_name(self, review: MidTermReview) -> str:
        folder = self.session.path.parent if self.session.path is not None else Path.home()
        stem = QCoreApplication.translate("ReviewModePanel", "review")
        return str(folder / f"{stem}-{review.date.isoformat()}.docx")

    # -- KPI helpers --------------------------------------------------------------------------------
    def kpis(self) -> list[Kpi]:
        return list(self.session.charter.governance.kpis)

    def _kpi_choices(self, record: Record) -> list[tuple[str, str]]:
        choices = [(k.id, k.name or k.id) for k in self.kpis()]
        current = getattr(record, "kpi_id", None)
        if current and current not in {k for k, _ in choices}:
            choices.append((current, "⚠ " + current))
        return choices

    def _status_choices(self, _record: Record) -> list[tuple[str, str]]:
        return [(s, status_label(s)) for s in KpiStatus]

    def _new_measurement(self) -> KpiMeasurement | None:
        kpis = self.kpis()
        if not kpis:
            return None
        current = self.measurements.current_record()
        kpi_id = current.kpi_id if isinstance(current, KpiMeasurement) else kpis[0].id
        return KpiMeasurement(kpi_id=kpi_id, period="")

    def selected_kpi(self) -> Kpi | None:
        record = self.measurements.current_record()
        kpis = self.kpis()
        if isinstance(record, KpiMeasurement):
            return next((k for k in kpis if k.id == record.kpi_id), None)
        return None

    def _update_chart(self) -> None:
        review = self.review()
        kpi = self.selected_kpi()
        labels = KpiLabels(
            baseline=QCoreApplication.translate("ReviewModePanel", "Baseline"),
            target=QCoreApplication.translate("ReviewModePanel", "Target"),
            measured=QCoreApplication.translate("ReviewModePanel", "Measured"),
        )
        self.chart.empty_text = QCoreApplication.translate(
            "ReviewModePanel", "Select a measurement to see its KPI's trend."
        )
        if review is None or kpi is None:
            self.chart.set_series(None, labels)
            self.progress_label.setText("")
            return
        row = next(p for p in kpi_progress(self.session.charter, review) if p.kpi.id == kpi.id)
        points = [(m.period or "?", m.value) for m in row.measurements if m.value is not None]
        self.chart.empty_text = QCoreApplication.translate(
            "ReviewModePanel", "No numbers to draw for this KPI."
        )
        self.chart.set_series(
            KpiSeries(kpi.name or kpi.id, points, kpi.baseline, kpi.target, kpi.unit), labels
        )
        parts = []
        if row.progress is not None:
            parts.append(
                QCoreApplication.translate(
                    "ReviewModePanel", "Progress from baseline to target: %1 %"
                ).replace("%1", f"{row.progress * 100:.0f}")
            )
        if row.status is not None:
            recorded = row.latest is not None and row.latest.status is not None
            text = status_label(row.status)
            parts.append(
                (
                    QCoreApplication.translate("ReviewModePanel", "Status: %1")
                    if recorded
                    else QCoreApplication.translate("ReviewModePanel", "Suggested status: %1")
                ).replace("%1", text)
            )
        if kpi.target_description:
            parts.append(
                QCoreApplication.translate("ReviewModePanel", "Target: %1").replace(
                    "%1", kpi.target_description
                )
            )
        self.progress_label.setText("\n".join(parts))

    # -- lessons ------------------------------------------------------------------------------------
    def lesson_note(self, lesson: Lesson) -> tuple[int, LessonNote] | None:
        review = self.review()
        if review is None:
            return None
        for j, note in enumerate(review.lesson_notes):
            if note.lesson is lesson:
                return j, note
        return None

    def _on_lesson(self, lesson: Lesson) -> None:
        review = self.review()
        if self._updating or review is None:
            return
        text = self.lesson_edits[lesson].toPlainText()
        found = self.lesson_note(lesson)
        path = f"{self.review_path()}.lesson_notes"
        if found is None:
            if not text:
                return
            note = LessonNote(lesson=lesson, note=text)
            self.session.set_list(
                review,
                "lesson_notes",
                [*review.lesson_notes, note],
                path,
                QCoreApplication.translate("ReviewModePanel", "Lesson note"),
            )
        else:
            j, note = found
            self.session.set_value(
                note,
                "note",
                text,
                f"{path}[{j}].note",
                QCoreApplication.translate("ReviewModePanel", "Lesson note"),
            )

    def _show_lessons(self) -> None:
        review = self.review()
        self._updating = True
        try:
            for lesson, edit in self.lesson_edits.items():
                found = self.lesson_note(lesson)
                text = found[1].note if found else ""
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
                edit.setEnabled(review is not None)
        finally:
            self._updating = False

    # -- refreshing ---------------------------------------------------------------------------------
    def _on_changed(self, path: str) -> None:
        if not path or path.startswith(
            ("reviews", "governance.kpis", "partners", "metadata", "health_checks")
        ):
            if path.startswith("reviews[") and ".lesson_notes" in path:
                self._show_lessons()
                return
            self._fill_picker()
            self._update_chart()
            self._show_lessons()
            self._update_state()

    def refresh(self) -> None:
        self._fill_picker()
        for binding in self.bindings:
            binding.refresh()
        self.conclusions.refresh()
        self.measurements.refresh()
        self.actions_table.refresh()
        self.health.refresh()
        self._show_lessons()
        self._update_chart()
        self._update_state()

    def _update_state(self) -> None:
        has = self.review() is not None
        for w in (
            self.tabs.widget(0),
            self.tabs.widget(2),
            self.tabs.widget(3),
            self.health,
            self.report_button,
        ):
            w.setEnabled(has)
        meta = self.session.charter.metadata
        frozen = is_frozen(self.session.charter)
        self.frozen_label.setVisible(frozen)
        if frozen:
            self.frozen_label.setText(
                QCoreApplication.translate(
                    "ReviewModePanel",
                    "Version %1 is signed. The review is recorded with it and the signed text does not "
                    "change; to change the charter after the review, use Amend charter.",
                ).replace("%1", str(meta.version))
            )
        self.version_label.setText(
            QCoreApplication.translate("ReviewModePanel", "Charter version %1").replace(
                "%1", str(meta.version)
            )
        )

    def _fill_picker(self) -> None:
        self._updating = True
        try:
            self.picker.clear()
            reviews = self.session.charter.reviews
            untitled = QCoreApplication.translate("ReviewModePanel", "Mid-term review")
            if not reviews:
                self.picker.addItem(
                    QCoreApplication.translate("ReviewModePanel", "(no mid-term review yet: start one)"), None
                )
            for r in reviews:
                self.picker.addItem(
                    f"{r.date.isoformat()} — {r.title or untitled}",
                    r.id,
                )
            current = self.review()
            self.picker.setCurrentIndex(max(0, self.picker.findData(current.id if current else None)))
        finally:
            self._updating = False

    def _on_picked(self, index: int) -> None:
        if not self._updating:
            self.select_review(self.picker.itemData(index))

    # -- language -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for binding in self.bindings:  # the field's guidance as its tooltip, in the current language
            path = f"reviews[0].{binding.field}"
            binding.widget.setProperty("charter_path", path)
            set_base_tooltip(binding.widget, guidance_tooltip(path))
        self.picker_label.setText(QCoreApplication.translate("ReviewModePanel", "&Review:"))
        self.start_button.setText(QCoreApplication.translate("ReviewModePanel", "&Start mid-term review"))
        self.report_button.setText(QCoreApplication.translate("ReviewModePanel", "&Write report…"))
        self.report_button.setToolTip(
            QCoreApplication.translate(
                "ReviewModePanel", "Write this review as a Word report for the steering group"
            )
        )
        self.amend_button.setText(QCoreApplication.translate("ReviewModePanel", "&Amend charter…"))
        for i, title in enumerate(self.TABS):
            self.tabs.setTabText(i, QCoreApplication.translate(CONTEXT, title))
        self.lessons_intro.setText(
            QCoreApplication.translate(
                "ReviewModePanel",
                "Ten lessons from learning networks, as questions to discuss together. "
                "Write down what the partners said.",
            )
        )
        for lesson, prompt in self.lesson_prompts.items():
            prompt.setText(lesson_prompt(lesson))
            self.lesson_edits[lesson].setAccessibleName(lesson_prompt(lesson))
        self.date_label.setText(QCoreApplication.translate("ReviewModePanel", "&Date:"))
        self.title_label.setText(QCoreApplication.translate("ReviewModePanel", "T&itle:"))
        self.coordinator_label.setText(QCoreApplication.translate("ReviewModePanel", "&Coordinator:"))
        self.version_reviewed_label.setText(
            QCoreApplication.translate("ReviewModePanel", "Version r&eviewed:")
        )
        self.conclusions.retranslate()
        self.measurements.retranslate()
        self.actions_table.retranslate()
        self._fill_picker()
        self._update_chart()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
