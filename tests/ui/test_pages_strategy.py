"""The Strategy page: results and contributions, and the live advice on the form of collaboration."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from charter_builder.collaboration_form import recommend_for
from charter_builder.model import CollaborationForm, ContributionKind, Level
from ui.binding import ui_language
from ui.pages.strategy import StrategyPage

from .pages_helpers import open_page, round_trip, type_into_cell

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_advice_is_live_and_can_be_adopted_or_overridden(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, StrategyPage)
    strategy = session.charter.strategy
    chosen = strategy.collaboration_form
    advice = recommend_for(session.charter)
    assert advice.reason(ui_language()) in page.advice_label.text()
    assert chosen != advice.form  # the example chose a covenant against the advice
    assert page.adopt_button.isEnabled()
    form_combo = page.findChild(QComboBox, "field_collaboration_form")
    assert form_combo is not None

    qtbot.mouseClick(page.adopt_button, Qt.MouseButton.LeftButton)
    assert strategy.collaboration_form is advice.form
    assert form_combo.currentData() == advice.form
    assert not page.adopt_button.isEnabled()
    session.undo_stack.undo()
    assert strategy.collaboration_form is chosen
    assert form_combo.currentData() == chosen

    # the advice follows the inputs while the user types them
    complexity = page.findChild(QComboBox, "field_complexity")
    assert complexity is not None
    complexity.setCurrentIndex(complexity.findData(Level.LOW))
    assert strategy.complexity is Level.LOW
    lighter = recommend_for(session.charter)
    assert lighter.form != advice.form
    assert lighter.reason(ui_language()) in page.advice_label.text()

    # the user overrides the advice; the page says so and offers to adopt it
    form_combo.setCurrentIndex(form_combo.findData(CollaborationForm.NETWORK))
    assert strategy.collaboration_form is CollaborationForm.NETWORK
    assert page.adopt_button.isEnabled()
    assert page.advice_label.text().endswith(page.tr("You chose another form; say why below."))


def test_contribution_row_round_trips(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, StrategyPage)
    table = page.contributions
    table.select_row(table.model.rowCount() - 1)
    qtbot.mouseClick(table.buttons["add"], Qt.MouseButton.LeftButton)
    row = table.current_row()
    police = next(p for p in session.charter.partners if p.display_name == "Politie")
    assert table.model.setData(table.model.index(row, 0), police.id)
    assert table.model.setData(table.model.index(row, 1), ContributionKind.HOURS)
    type_into_cell(qtbot, table, row, 2, "8")
    type_into_cell(qtbot, table, row, 3, "uur per week")
    type_into_cell(qtbot, table, row, 4, "Rechercheur voor het casusoverleg")
    back = round_trip(session.charter).strategy.contributions[row]
    assert (back.partner_id, back.kind, back.amount, back.unit, back.description) == (
        police.id,
        ContributionKind.HOURS,
        8.0,
        "uur per week",
        "Rechercheur voor het casusoverleg",
    )


def test_duration_spin_box_empty_means_unknown(qtbot: QtBot) -> None:
    from ui.binding import NullableDoubleSpinBox

    page, session = open_page(qtbot, StrategyPage)
    spin = page.findChild(NullableDoubleSpinBox, "field_expected_duration_years")
    assert spin is not None
    assert spin.model_value() == 4.0
    spin.setValue(spin.minimum())
    assert session.charter.strategy.expected_duration_years is None
    assert spin.text() == spin.specialValueText()
    session.undo_stack.undo()
    assert spin.model_value() == 4.0


def test_each_enum_choice_is_its_own_undo_step(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, StrategyPage)
    combo = page.findChild(QComboBox, "field_collaboration_form")
    assert combo is not None
    original = session.charter.strategy.collaboration_form
    combo.setCurrentIndex(combo.findData(CollaborationForm.NETWORK))
    combo.setCurrentIndex(combo.findData(CollaborationForm.PROJECT))
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.charter.strategy.collaboration_form is CollaborationForm.NETWORK
    assert combo.currentData() == CollaborationForm.NETWORK
    session.undo_stack.undo()
    assert session.charter.strategy.collaboration_form is original
