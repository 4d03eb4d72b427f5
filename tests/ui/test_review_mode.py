"""Review mode: a mid-term review of the example charter, entered through the widgets, then amended."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from charter_builder.health import DIMENSIONS, kpi_progress, missing_scores
from charter_builder.model import HealthOccasion, KpiStatus, Lesson, Status
from charter_builder.storage import load_charter, save_charter
from charter_builder.versions import archived_charter
from ui.review import ReviewModePanel, open_compare_versions, open_review_mode, versions_view
from ui.review.versions_view import AmendDialog, CompareVersionsWidget
from ui.session import CharterSession
from ui.widgets.record_table import Column, RecordTable

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

REVIEW_DAY = dt.date(2028, 11, 15)
PERIODS = ("2027-Q2", "2027-Q4", "2028-Q2")


def open_panel(qtbot: Any, session: CharterSession) -> ReviewModePanel:
    window = open_review_mode(session)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    panel = window.content
    assert isinstance(panel, ReviewModePanel)
    return panel


def column(table: RecordTable, field: str) -> Column:
    return next(c for c in table.columns if c.field == field)


def edit_cell(qtbot: Any, table: RecordTable, row: int, field: str, text: str) -> None:
    """Type into a cell as a user does: select it, F2, type, Enter."""
    col = next(i for i, c in enumerate(table.columns) if c.field == field)
    index = table.model.index(row, col)
    table.view.setCurrentIndex(index)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = table.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)


def enter_measurements(qtbot: Any, panel: ReviewModePanel, values: dict[str, list[float]]) -> None:
    """Add one row per KPI and period; pick the KPI, type period, value, comment; choose a status."""
    table = panel.measurements
    for kpi_id, numbers in values.items():
        for period, number in zip(PERIODS, numbers, strict=True):
            table.add()
            row = table.current_row()
            assert table.set_cell(row, column(table, "kpi_id"), kpi_id)
            edit_cell(qtbot, table, row, "period", period)
            edit_cell(qtbot, table, row, "value", f"{number:g}".replace(".", ","))
            edit_cell(qtbot, table, row, "comment", f"meting {period}")
            status = KpiStatus.ON_TRACK if number > 150 else KpiStatus.AT_RISK
            assert table.set_cell(row, column(table, "status"), status)


def test_start_a_review_and_enter_kpi_values(qtbot: Any, session: CharterSession, language: Any) -> None:
    language("en")
    panel = open_panel(qtbot, session)
    assert not panel.tabs.widget(0).isEnabled()  # nothing to edit before a review exists
    review = panel.start_review(REVIEW_DAY, "N. Yilmaz")
    assert session.charter.reviews == [review]
    assert review.charter_version == 1
    assert panel.date_edit.value() == REVIEW_DAY
    assert panel.coordinator_edit.text() == "N. Yilmaz"
    kpis = session.charter.governance.kpis
    values = {kpis[0].id: [150.0, 162.0, 171.5], kpis[1].id: [19.0, 21.0, 24.0]}
    enter_measurements(qtbot, panel, values)
    got = [(m.kpi_id, m.period, m.value, m.status, m.comment) for m in review.measurements]
    want = [
        (
            kpi_id,
            period,
            number,
            KpiStatus.ON_TRACK if number > 150 else KpiStatus.AT_RISK,
            f"meting {period}",
        )
        for kpi_id, numbers in values.items()
        for period, number in zip(PERIODS, numbers, strict=True)
    ]
    assert got == want
    # The chart follows the selected row's KPI.
    panel.measurements.select_row(1)
    series = panel.chart.series
    assert series is not None
    assert series.title == kpis[0].name
    assert list(series.points) == [(p, v) for p, v in zip(PERIODS, values[kpis[0].id], strict=True)]
    assert (series.baseline, series.target) == (kpis[0].baseline, kpis[0].target)
    progress = next(p for p in kpi_progress(session.charter, review) if p.kpi is kpis[0])
    assert progress.progress is not None
    assert f"{progress.progress * 100:.0f} %" in panel.progress_label.text()
    panel.measurements.select_row(4)
    assert panel.chart.series is not None
    assert panel.chart.series.title == kpis[1].name
    # Undo takes back the last edits one at a time, redo brings them back.
    stack = session.undo_stack
    stack.undo()
    assert review.measurements[-1].status is None
    stack.undo()
    assert review.measurements[-1].comment == ""
    stack.redo()
    stack.redo()
    assert [(m.kpi_id, m.period, m.value, m.status, m.comment) for m in review.measurements] == want


def test_a_new_measurement_needs_a_kpi(qtbot: Any, language: Any) -> None:
    from charter_builder.model import Charter

    language("en")
    session = CharterSession(Charter.new())
    panel = open_panel(qtbot, session)
    review = panel.start_review(REVIEW_DAY)
    panel.measurements.add()
    assert review.measurements == []
    assert "Governance" in panel.measurements.message.text()


def test_lessons_conclusions_and_actions(qtbot: Any, session: CharterSession, language: Any) -> None:
    language("en")
    panel = open_panel(qtbot, session)
    review = panel.start_review(REVIEW_DAY, "N. Yilmaz")
    panel.tabs.setCurrentIndex(2)
    edit = panel.lesson_edits[Lesson.SHARED_LANGUAGE]
    assert panel.lesson_prompts[Lesson.SHARED_LANGUAGE].text().startswith("Do the same words")
    qtbot.keyClicks(edit, "Ondermijning betekent nog niet voor iedereen hetzelfde")
    qtbot.keyClicks(panel.lesson_edits[Lesson.EXPECT_BARRIERS], "AVG-vragen")
    assert [(n.lesson, n.note) for n in review.lesson_notes] == [
        (Lesson.SHARED_LANGUAGE, "Ondermijning betekent nog niet voor iedereen hetzelfde"),
        (Lesson.EXPECT_BARRIERS, "AVG-vragen"),
    ]
    panel.tabs.setCurrentIndex(3)
    qtbot.keyClicks(panel.conclusions.inputs["conclusions"], "De samenwerking staat")
    assert review.conclusions == "De samenwerking staat"
    table = panel.actions_table
    partners = session.charter.partners
    for i, what in enumerate(["Signaalroute evalueren", "Training gezamenlijke taal"]):
        table.add()
        row = table.current_row()
        edit_cell(qtbot, table, row, "what", what)
        assert table.set_cell(row, column(table, "owner_id"), partners[i].id)
        assert table.set_cell(row, column(table, "due_on"), dt.date(2029, 3, 1 + i))
    table.model.setData(table.model.index(1, 3), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [(a.what, a.owner_id, a.due_on, a.done) for a in review.actions] == [
        ("Signaalroute evalueren", partners[0].id, dt.date(2029, 3, 1), False),
        ("Training gezamenlijke taal", partners[1].id, dt.date(2029, 3, 2), True),
    ]
    # Undo everything back to before the review started; redo it all.
    stack = session.undo_stack
    steps = stack.index()
    while stack.canUndo():
        stack.undo()
    assert session.charter.reviews == []
    assert edit.toPlainText() == ""
    for _ in range(steps):
        stack.redo()
    assert len(session.charter.reviews) == 1
    assert session.charter.reviews[0].actions[1].done
    assert edit.toPlainText() == "Ondermijning betekent nog niet voor iedereen hetzelfde"


def test_health_check_of_the_review_scores_every_partner(
    qtbot: Any, session: CharterSession, language: Any
) -> None:
    language("en")
    panel = open_panel(qtbot, session)
    review = panel.start_review(REVIEW_DAY)
    panel.tabs.setCurrentIndex(1)
    editor = panel.health
    assert editor.check() is None  # the founding check is not this review's check
    before = session.undo_stack.index()
    check = editor.new_check()
    assert review.health_check_id == check.id
    assert (check.date, check.occasion) == (REVIEW_DAY, HealthOccasion.MID_TERM_REVIEW)
    assert session.undo_stack.index() == before + 1  # new check and link: one step
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(editor.model.index(0, 0))
    qtbot.keyClicks(editor.grid, "4" * (len(session.charter.partners) * len(DIMENSIONS)))
    assert missing_scores(session.charter, check) == []
    assert {s.score for s in check.scores} == {4}
    assert all(r.previous is not None for r in editor.chart.rows)  # compared with the founding check
    # Linking another check (the founding one) is undoable too.
    editor.picker.setCurrentIndex(editor.picker.findData("hc-oprichting"))
    editor.picker.activated.emit(editor.picker.currentIndex())
    assert review.health_check_id == "hc-oprichting"
    session.undo_stack.undo()
    assert review.health_check_id == check.id


def test_amend_keeps_version_1_and_compare_shows_the_change(
    qtbot: Any, session: CharterSession, language: Any, tmp_path: Path
) -> None:
    language("en")
    panel = open_panel(qtbot, session)
    review = panel.start_review(REVIEW_DAY, "N. Yilmaz")
    enter_measurements(qtbot, panel, {session.charter.governance.kpis[0].id: [150.0, 160.0, 170.0]})
    original = session.charter
    version_1 = original.model_dump(mode="json")

    def answer(session: CharterSession, parent: Any, author: str) -> Any:
        dialog = AmendDialog(session, parent, author)
        qtbot.addWidget(dialog)
        assert dialog.author.text() == "N. Yilmaz"
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # a reason is required
        qtbot.keyClicks(dialog.reason, "Tussentijdse toetsing: hogere ambitie voor signalen")
        dialog.summary.setText("Streefwaarde signalen omhoog")
        dialog.check_all()
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return dialog.apply()

    versions_view_ask = versions_view.ask_amend
    try:
        versions_view.ask_amend = answer  # type: ignore[assignment]
        panel.amend_button.click()
    finally:
        versions_view.ask_amend = versions_view_ask  # type: ignore[assignment]
    charter = session.charter
    assert charter is not original
    assert charter.metadata.version == 2
    assert charter.metadata.status is Status.DRAFT
    assert charter.revisions[-1].reason == "Tussentijdse toetsing: hogere ambitie voor signalen"
    assert charter.revisions[-1].agreed_by == [p.id for p in charter.partners]
    assert original.model_dump(mode="json") == version_1  # the old object is untouched
    [entry] = charter.history
    assert entry.version == 1
    assert archived_charter(entry).model_dump(mode="json") == version_1
    assert panel.version_label.text() == "Charter version 2"
    assert panel.review() is not None
    assert panel.review().id == review.id  # the review travels into version 2

    # Version 2: the steering group raises the target of the first KPI.
    kpi = charter.governance.kpis[0]
    session.set_value(kpi, "target", 240.0, "governance.kpis[0].target")
    panel.tabs.setCurrentIndex(4)
    compare = panel.compare
    compare.reload()
    assert [n for n, _ in compare.versions()] == [1, 2]
    assert (compare.old_combo.currentData(), compare.new_combo.currentData()) == (1, 2)
    sentences = compare.sentences()
    target_lines = [s for s in sentences if "200 → 240" in s]
    assert len(target_lines) == 1
    assert kpi.name in target_lines[0]
    language("nl")
    assert any("200 → 240" in s and "streefwaarde" in s.lower() for s in compare.sentences())
    assert compare.tree.headerItem().text(1) == "Wat is er veranderd"
    compare.select(2, 2)
    assert compare.sentences() == []

    # Saved and opened again: version 1 is still whole inside the file.
    path = tmp_path / "westerdelta.charter.json"
    save_charter(session.charter, path)
    reopened = load_charter(path)
    assert reopened.metadata.version == 2
    assert archived_charter(reopened.history[0]).model_dump(mode="json") == version_1
    assert reopened.reviews[0].measurements == review.measurements

    # Amending is one undoable step: undo shows version 1 again (the very same object), redo version 2.
    stack = session.undo_stack
    stack.undo()  # the target change
    stack.undo()  # the amendment
    assert session.charter is original
    assert panel.version_label.text() == "Convenant versie 1"
    stack.redo()
    assert session.charter is charter
    assert session.charter.metadata.version == 2


def test_compare_versions_window_with_one_version(qtbot: Any, session: CharterSession, language: Any) -> None:
    language("en")
    window = open_compare_versions(session)
    qtbot.addWidget(window)
    widget = window.content
    assert isinstance(widget, CompareVersionsWidget)
    assert widget.sentences() == []
    assert "one version" in widget.summary.text()
    versions_view.amend_charter(session, author="NY", reason="test", agreed_by=[])
    assert widget.old_combo.count() == 2
    assert "Version 2 (current)" in widget.new_combo.currentText()


@pytest.mark.parametrize("tab", range(5))
def test_screenshots_in_both_languages(
    qtbot: Any, session: CharterSession, language: Any, tmp_path: Path, tab: int
) -> None:
    panel = open_panel(qtbot, session)
    panel.start_review(REVIEW_DAY, "N. Yilmaz")
    enter_measurements(qtbot, panel, {session.charter.governance.kpis[0].id: [150.0, 160.0, 170.0]})
    panel.tabs.setCurrentIndex(tab)
    for lang, text in (("nl", "Tussentijdse toetsing &starten"), ("en", "&Start mid-term review")):
        language(lang)
        assert panel.start_button.text() == text
        image = panel.window().grab().toImage()
        assert (image.width(), image.height()) == (1280, 800)
        assert image.save(str(tmp_path / f"review_{lang}_{tab}.png"))
        # Nothing is squeezed below its minimum: every tab page fits the window.
        page = panel.tabs.currentWidget()
        assert page.height() >= page.minimumSizeHint().height() - 1


def test_write_the_review_report_from_the_review_window(
    qtbot: Any, session: CharterSession, language: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import docx

    from ui.review import review_panel

    language("nl")
    panel = open_panel(qtbot, session)
    assert not panel.report_button.isEnabled()  # no review yet
    panel.start_review(REVIEW_DAY, "N. Yilmaz")
    kpi = session.charter.governance.kpis[0]
    enter_measurements(qtbot, panel, {kpi.id: [150.0, 160.0, 171.5]})
    target = tmp_path / "toetsing.docx"
    asked: list[str] = []

    def ask(_parent: Any, suggested: str) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(review_panel, "ask_report_path", ask)
    panel.report_button.click()
    assert asked
    assert asked[0].endswith(f"toetsing-{REVIEW_DAY.isoformat()}.docx")
    assert target.exists()
    assert str(target) in panel.report_message.text()
    document = docx.Document(str(target))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any(kpi.name in c for c in cells)
    assert any("171,5" in c or "171.5" in c for c in cells)
    # A folder that cannot be written says so instead of crashing.
    monkeypatch.setattr(review_panel, "ask_report_path", lambda _p, _s: tmp_path / "missing" / "x.docx")
    assert panel.write_report() is None
    assert panel.report_message.text().startswith("Het rapport kon niet worden geschreven")


def mnemonics(root: Any) -> list[str]:
    """Return the Alt+letter keys of the visible labels, buttons and tabs under ``root``."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    texts: list[str] = []
    for widget in root.findChildren(QLabel):
        if widget.isVisible() and widget.buddy() is not None:
            texts.append(widget.text())
    for widget in root.findChildren(QAbstractButton):
        if widget.isVisible():
            texts.append(widget.text())
    for tabs in root.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    keys = []
    for text in texts:
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            keys.append(match.group(1).lower())
    return keys


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_two_shortcuts_share_a_letter(
    qtbot: Any, session: CharterSession, language: Any, lang: str
) -> None:
    panel = open_panel(qtbot, session)
    panel.start_review(REVIEW_DAY)
    language(lang)
    for tab in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(tab)
        keys = mnemonics(panel.window())
        assert len(keys) > 8
        assert sorted(k for k in set(keys) if keys.count(k) > 1) == [], (lang, tab)


def test_fields_carry_their_guidance(qtbot: Any, session: CharterSession, language: Any) -> None:
    from charter_builder.guidance import load_guidance

    language("en")
    panel = open_panel(qtbot, session)
    panel.start_review(REVIEW_DAY)
    want = load_guidance("en").field("reviews[0].coordinator")
    assert want is not None
    assert want.summary in panel.coordinator_edit.toolTip()
    assert panel.coordinator_edit.property("charter_path") == "reviews[0].coordinator"
    score = load_guidance("en").field("health_checks[0].scores[0].score")
    assert score is not None
    assert score.summary in panel.health.grid.toolTip()
    language("nl")
    nl = load_guidance("nl").field("reviews[0].coordinator")
    assert nl is not None
    assert nl.summary in panel.coordinator_edit.toolTip()


def test_a_signed_charter_is_reviewed_without_changing_what_was_signed(
    qtbot: Any, session: CharterSession, language: Any
) -> None:
    """The review is recorded with the charter in force; its content and fingerprint stay as signed."""
    from charter_builder import workflow
    from charter_builder.storage import fingerprint

    language("en")
    signed = session.charter
    signed.metadata.status = Status.SIGNED
    signed_print = fingerprint(signed)
    # The workflow's freeze, as the main window installs it: no edit of a signed charter's content.
    session.guard = lambda path="": (
        None if not workflow.is_frozen(session.charter) or workflow.is_review_record(path) else "signed"
    )
    refused: list[str] = []
    session.refused.connect(refused.append)
    panel = open_panel(qtbot, session)
    assert panel.frozen_label.isVisibleTo(panel)
    assert "Version 1 is signed" in panel.frozen_label.text()
    review = panel.start_review(REVIEW_DAY, "N. Yilmaz")
    charter = session.charter
    assert charter is signed
    assert refused == []
    assert (charter.metadata.version, charter.metadata.status) == (1, Status.SIGNED)
    assert review.charter_version == 1
    assert charter.reviews == [review]
    enter_measurements(qtbot, panel, {charter.governance.kpis[0].id: [150.0, 160.0, 170.0]})
    assert len(review.measurements) == 3
    assert fingerprint(charter) == signed_print  # the signed Word document still verifies
    # The content itself stays frozen.
    session.set_value(charter.vision, "statement", "Iets anders", "vision.statement")
    assert refused == ["signed"]
    assert charter.vision.statement != "Iets anders"
