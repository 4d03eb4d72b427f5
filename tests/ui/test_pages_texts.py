"""Purpose, Vision and Trust: long texts, interests and the glossary, typed in and read back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from charter_builder.model import Charter, Partner
from ui.binding import NullableSpinBox
from ui.pages.purpose import PurposePage
from ui.pages.trust import TrustPage
from ui.pages.vision import VisionPage

from .pages_helpers import open_page, round_trip, type_into_cell

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_interests_walk_the_partners(qtbot: QtBot) -> None:
    charter = Charter.new()
    charter.partners = [Partner(id="a", name="Alfa"), Partner(id="b", name="Beta")]
    page, session = open_page(qtbot, PurposePage, charter)
    table = page.interests
    qtbot.mouseClick(table.buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(table.buttons["add"], Qt.MouseButton.LeftButton)
    assert [i.partner_id for i in session.charter.purpose.interests] == ["a", "b"]
    type_into_cell(qtbot, table, 1, 1, "Minder overlast")
    assert round_trip(session.charter).purpose.interests[1].interest == "Minder overlast"
    detail = table.detail_form.inputs["interest"]
    assert isinstance(detail, QPlainTextEdit)
    assert detail.toPlainText() == "Minder overlast"


def test_vision_year_and_statement(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, VisionPage, Charter.new())
    statement = page.findChild(QPlainTextEdit, "field_statement")
    year = page.findChild(NullableSpinBox, "field_horizon_year")
    assert statement is not None
    assert year is not None
    qtbot.keyClicks(statement, "Wij willen een veilige regio.")
    year.setValue(2032)
    back = round_trip(session.charter).vision
    assert (back.statement, back.horizon_year) == ("Wij willen een veilige regio.", 2032)
    year.setValue(year.minimum())
    assert session.charter.vision.horizon_year is None


def test_glossary_reorder_and_trust_texts(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, TrustPage)
    glossary = page.glossary
    terms = [t.term for t in session.charter.trust.glossary]
    glossary.select_row(0)
    qtbot.mouseClick(glossary.buttons["down"], Qt.MouseButton.LeftButton)
    assert [t.term for t in session.charter.trust.glossary][:2] == [terms[1], terms[0]]
    learning = page.findChild(QPlainTextEdit, "field_learning")
    assert learning is not None
    learning.selectAll()
    qtbot.keyClicks(learning, "Jaarlijkse leerdag")
    back = round_trip(session.charter).trust
    assert back.learning == "Jaarlijkse leerdag"
    assert [t.term for t in back.glossary][:2] == [terms[1], terms[0]]


def test_year_steps_up_from_empty_to_this_year(qtbot: QtBot) -> None:
    import datetime as dt

    page, session = open_page(qtbot, VisionPage, Charter.new())
    year = page.findChild(NullableSpinBox, "field_horizon_year")
    assert year is not None
    year.stepUp()
    assert session.charter.vision.horizon_year == dt.date.today().year
    year.stepUp()
    assert session.charter.vision.horizon_year == dt.date.today().year + 1
