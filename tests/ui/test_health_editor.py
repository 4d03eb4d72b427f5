"""The health check editor: score every partner by keyboard, comments, undo/redo, chart and its comparison."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from charter_builder.health import DIMENSIONS, founding_check, health_summary, missing_scores
from charter_builder.model import HealthDimension, HealthOccasion
from ui.review import HealthCheckEditor, open_health_check
from ui.session import CharterSession
from ui.widgets.charts import HealthChart, HealthRow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

REVIEW_DAY = dt.date(2028, 11, 15)


def make_editor(qtbot: Any, session: CharterSession) -> HealthCheckEditor:
    editor = HealthCheckEditor(session)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def expected_score(row: int, col: int) -> int:
    return 1 + (row * 2 + col) % 5


def type_all_scores(qtbot: Any, editor: HealthCheckEditor) -> None:
    """Type one digit per cell, row by row: each digit scores its cell and moves on."""
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(editor.model.index(0, 0))
    rows = editor.model.rowCount()
    digits = "".join(str(expected_score(r, c)) for r in range(rows) for c in range(len(DIMENSIONS)))
    qtbot.keyClicks(editor.grid, digits)


def test_a_new_check_in_a_charter_with_a_founding_check_is_a_review_check(
    qtbot: Any, session: CharterSession, language: Any
) -> None:
    language("nl")
    editor = make_editor(qtbot, session)
    founding = founding_check(session.charter)
    assert founding is not None
    assert editor.check() is founding  # the latest check is shown first
    check = editor.new_check(REVIEW_DAY)
    assert check.occasion is HealthOccasion.MID_TERM_REVIEW
    assert editor.check() is check
    assert editor.picker.currentData() == check.id
    assert editor.missing_label.text() == f"Ontbrekende scores: {8 * 9}"


def test_score_every_partner_by_keyboard(qtbot: Any, session: CharterSession, language: Any) -> None:
    language("en")
    editor = make_editor(qtbot, session)
    check = editor.new_check(REVIEW_DAY)
    type_all_scores(qtbot, editor)
    partners = [p.id for p in session.charter.partners]
    got = {(s.partner_id, s.dimension): s.score for s in check.scores}
    want = {
        (pid, dim): expected_score(r, c) for r, pid in enumerate(partners) for c, dim in enumerate(DIMENSIONS)
    }
    assert got == want
    assert len(check.scores) == 72  # exactly one score per cell, nothing doubled
    assert missing_scores(session.charter, check) == []
    assert editor.missing_label.text() == "Every partner has scored every dimension."
    # The founding check was left alone.
    founding = founding_check(session.charter)
    assert founding is not None
    assert len(founding.scores) == 72
    assert founding is not check


def test_comment_belongs_to_the_selected_cell(qtbot: Any, session: CharterSession, language: Any) -> None:
    language("en")
    editor = make_editor(qtbot, session)
    check = editor.new_check(REVIEW_DAY)
    editor.grid.setCurrentIndex(editor.model.index(2, 3))
    assert not editor.comment.isEnabled()  # no score yet: nothing to comment on
    editor.grid.setFocus()
    qtbot.keyClick(editor.grid, Qt.Key.Key_2)
    editor.grid.setCurrentIndex(editor.model.index(2, 3))
    assert editor.comment.isEnabled()
    partner = session.charter.partners[2]
    assert partner.display_name in editor.comment_label.text()
    qtbot.keyClicks(editor.comment, "Weinig tijd voor overleg")
    [score] = check.scores
    assert (score.partner_id, score.dimension, score.score) == (
        partner.id,
        HealthDimension.BUILDING_RELATIONSHIPS,
        2,
    )
    assert score.comment == "Weinig tijd voor overleg"
    assert editor.model.index(2, 3).data() == "2 ✎"
    session.undo_stack.undo()  # typing merged into one step
    assert score.comment == ""
    assert editor.comment.toPlainText() == ""


def test_undo_redo_and_clear(qtbot: Any, session: CharterSession) -> None:
    editor = make_editor(qtbot, session)
    check = editor.new_check(REVIEW_DAY)
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(editor.model.index(0, 0))
    qtbot.keyClicks(editor.grid, "453")
    assert [s.score for s in check.scores] == [4, 5, 3]
    editor.grid.setCurrentIndex(editor.model.index(0, 1))
    qtbot.keyClick(editor.grid, Qt.Key.Key_1)  # change an existing score
    assert [s.score for s in check.scores] == [4, 1, 3]
    editor.grid.setCurrentIndex(editor.model.index(0, 0))
    qtbot.keyClick(editor.grid, Qt.Key.Key_Delete)
    assert [s.score for s in check.scores] == [1, 3]
    stack = session.undo_stack
    stack.undo()
    assert [s.score for s in check.scores] == [4, 1, 3]
    stack.undo()
    assert [s.score for s in check.scores] == [4, 5, 3]
    stack.undo()
    stack.undo()
    stack.undo()
    assert check.scores == []
    stack.undo()  # the new check itself
    assert check not in session.charter.health_checks
    assert editor.check() is founding_check(session.charter)
    for _ in range(6):
        stack.redo()
    assert [s.score for s in check.scores] == [1, 3]
    assert editor.model.index(0, 1).data() == "1"


def test_model_refuses_scores_outside_one_to_five(qtbot: Any, session: CharterSession) -> None:
    editor = make_editor(qtbot, session)
    check = editor.new_check(REVIEW_DAY)
    index = editor.model.index(1, 1)
    assert not editor.model.setData(index, 7)
    assert not editor.model.setData(index, 0)
    assert not editor.model.setData(index, "veel")
    assert check.scores == []
    assert editor.model.setData(index, "4")
    assert [s.score for s in check.scores] == [4]
    assert editor.model.setData(index, "")
    assert check.scores == []


def test_the_chart_compares_with_the_founding_check(
    qtbot: Any, session: CharterSession, language: Any
) -> None:
    language("en")
    editor = make_editor(qtbot, session)
    editor.new_check(REVIEW_DAY)
    type_all_scores(qtbot, editor)
    founding = founding_check(session.charter)
    assert founding is not None
    founding_means = [s.mean for s in health_summary(founding)]
    rows = editor.chart.rows
    assert [r.previous for r in rows] == founding_means
    assert all(r.founding is None for r in rows)  # the founding check *is* the previous one
    assert rows[0].label == "Shared ambition"
    assert rows[0].average == sum(expected_score(r, 0) for r in range(8)) / 8
    assert "previous" in editor.chart.legend_entries()
    # The founding check itself has nothing earlier to compare with.
    editor.select_check(founding.id)
    assert all(r.previous is None for r in editor.chart.rows)


def test_founding_check_in_a_new_charter(qtbot: Any) -> None:
    from charter_builder.model import Charter, Partner, new_id

    charter = Charter.new()
    charter.partners = [Partner(id=new_id("p"), name=f"Partner {i}") for i in range(3)]
    session = CharterSession(charter)
    editor = make_editor(qtbot, session)
    assert editor.check() is None
    assert not editor.grid.isEnabled()
    check = editor.new_check()
    assert check.occasion is HealthOccasion.FOUNDING
    assert check.date == dt.date.today()
    assert editor.model.rowCount() == 3
    editor.grid.setFocus()
    editor.grid.setCurrentIndex(editor.model.index(0, 0))
    qtbot.keyClicks(editor.grid, "3" * 27)
    assert missing_scores(charter, check) == []


def test_open_health_check_window(qtbot: Any, session: CharterSession) -> None:
    window = open_health_check(session)
    qtbot.addWidget(window)
    assert isinstance(window.content, HealthCheckEditor)
    assert window.isVisible()
    assert open_health_check(session) is window  # one window per session
    assert any(a.shortcuts() for a in window.actions())  # undo/redo keys work inside it


def dark_pixels(image: QImage) -> int:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(
        1
        for y in range(0, gray.height(), 3)
        for x in range(0, gray.width(), 3)
        if QColor(gray.pixel(x, y)).red() < 60
    )


def test_chart_draws_markers_and_stays_legible_in_grayscale(qtbot: Any) -> None:
    chart = HealthChart()
    qtbot.addWidget(chart)
    chart.resize(640, 420)
    empty = chart.grab().toImage()
    chart.set_rows([HealthRow("Gedeelde ambitie", {"a": 4, "b": 4, "c": 2}, previous=3.0, founding=2.5)])
    full = chart.grab().toImage()
    assert dark_pixels(full) > dark_pixels(empty) + 50
    assert chart.legend_entries() == ["average", "partner", "previous", "founding"]
    chart.resize(300, 420)
    chart.grab()
    assert chart.stacked  # narrow: labels move above the rows instead of being cut


def test_screenshots_in_both_languages(
    qtbot: Any, session: CharterSession, language: Any, tmp_path: Path
) -> None:
    editor = make_editor(qtbot, session)
    editor.new_check(REVIEW_DAY)
    type_all_scores(qtbot, editor)
    for lang, header in (("nl", "Gedeelde\nambitie"), ("en", "Shared\nambition")):
        language(lang)
        assert editor.model.headerData(0, Qt.Orientation.Horizontal) == header
        image = editor.grab().toImage()
        assert (image.width(), image.height()) == (1280, 800)
        assert image.save(str(tmp_path / f"health_{lang}.png"))
        # The whole grid fits: no horizontal scrolling needed for nine dimensions.
        assert not editor.grid.horizontalScrollBar().isVisible()


def test_two_hundred_partners_stay_quick(qtbot: Any) -> None:
    """A large partnership: opening and scoring must not re-measure every cell (measured ~50 ms, ~2 ms)."""
    import time

    from charter_builder.model import Charter, HealthCheck, HealthScore, Partner

    charter = Charter.new()
    charter.partners = [Partner(id=f"p{i}", name=f"Partner {i}") for i in range(200)]
    charter.health_checks = [
        HealthCheck(
            id="hc",
            date=dt.date(2027, 1, 1),
            scores=[
                HealthScore(partner_id=f"p{i}", dimension=d, score=1 + (i + j) % 5)
                for i in range(200)
                for j, d in enumerate(DIMENSIONS)
            ],
        )
    ]
    session = CharterSession(charter)
    start = time.perf_counter()
    editor = make_editor(qtbot, session)
    assert time.perf_counter() - start < 2.0
    start = time.perf_counter()
    for i in range(20):
        editor.set_score(f"p{i}", DIMENSIONS[0], 5)
    assert time.perf_counter() - start < 1.0
    assert [s.score for s in charter.health_checks[0].scores[:9:9]] == [5]
    assert editor.model.index(19, 0).data() == "5"
