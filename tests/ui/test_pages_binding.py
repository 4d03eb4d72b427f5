"""Bindings: showing the model never edits it, a new charter reaches every page, refused input is marked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from charter_builder.model import Charter
from charter_builder.storage import dump_charter
from tests.support.synthetic import large_charter
from ui.pages import page_classes
from ui.session import CharterSession

from .pages_helpers import example

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_loading_every_page_changes_nothing(qtbot: QtBot) -> None:
    session = CharterSession(example())
    before = dump_charter(session.charter)
    pages = [cls(session) for cls in page_classes()[:8]]
    for page in pages:
        qtbot.addWidget(page)
        page.load()
        page.show()
    assert session.undo_stack.count() == 0
    assert dump_charter(session.charter) == before

    # a new charter (File > Open) reaches every page without an edit either
    session.replace(large_charter())
    assert session.undo_stack.count() == 0
    purpose = pages[1].findChild(QPlainTextEdit, "field_problem")
    assert purpose is not None
    assert purpose.toPlainText() == session.charter.purpose.problem
    assert pages[0].partners.model.rowCount() == 40
    assert pages[6].raci.model.rowCount() == 300
    session.replace(Charter.new())
    assert pages[0].partners.model.rowCount() == 0
    assert purpose.toPlainText() == ""
    assert not pages[0].partners.detail_box.isEnabled()


def test_refused_text_is_marked_and_not_stored(qtbot: QtBot) -> None:
    from ui.pages.partners import PartnersPage

    session = CharterSession(example())
    page = PartnersPage(session)
    qtbot.addWidget(page)
    page.load()
    legal = page.partners.detail_form.inputs["legal_powers"]
    assert isinstance(legal, QPlainTextEdit)
    old = session.charter.partners[0].legal_powers
    legal.setPlainText("x" * 100_001)  # longer than the model allows
    assert session.charter.partners[0].legal_powers == old
    assert session.undo_stack.count() == 0
    assert "✖" in legal.toolTip()
    assert legal.styleSheet()
    legal.setPlainText("Openbare orde")
    assert session.charter.partners[0].legal_powers == "Openbare orde"
    assert "✖" not in legal.toolTip()
    assert not legal.styleSheet()


def test_ctrl_z_in_a_text_field_undoes_through_the_session(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QTextCursor

    from ui.pages.purpose import PurposePage

    session = CharterSession(example())
    page = PurposePage(session)
    qtbot.addWidget(page)
    undo = session.undo_stack.createUndoAction(page)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    page.addAction(undo)  # what the main window's Edit menu does
    page.load()
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)  # shortcuts work in the active window
    edit = page.findChild(QPlainTextEdit, "field_problem")
    assert edit is not None
    original = edit.toPlainText()
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " Extra.")
    assert session.charter.purpose.problem == original + " Extra."
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.charter.purpose.problem == original
    assert edit.toPlainText() == original
    assert session.undo_stack.canRedo()


def test_plain_spin_and_date_widgets_bind_too(qtbot: QtBot) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit, QSpinBox

    from ui.binding import bind

    session = CharterSession(example())
    gov = session.charter.governance
    spin = QSpinBox()
    spin.setRange(1, 99)
    date = QDateEdit()
    qtbot.addWidget(spin)
    qtbot.addWidget(date)
    body = gov.bodies[0]
    bind(session, spin, lambda: body, "quorum", "governance.bodies[0]")
    bind(session, date, lambda: gov, "mid_term_review_date", "governance")
    assert spin.value() == body.quorum
    assert date.date() == QDate(
        gov.mid_term_review_date.year, gov.mid_term_review_date.month, gov.mid_term_review_date.day
    )
    spin.setValue(7)
    date.setDate(QDate(2029, 3, 1))
    assert body.quorum == 7
    assert gov.mid_term_review_date == dt.date(2029, 3, 1)
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert spin.value() != 7
    assert date.date() != QDate(2029, 3, 1)
