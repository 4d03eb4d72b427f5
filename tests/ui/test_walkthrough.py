"""A user walks the whole wizard: types into fields, adds rows with mouse and keyboard, picks partners in
combos, jumps between steps, saves, reopens, and finds back exactly what was typed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from charter_builder.model import PartnerType, Step
from charter_builder.storage import load_charter
from ui.main_window import MainWindow
from ui.pages.review import ReviewPage
from ui.widgets.enum_labels import enum_label
from ui.widgets.form import FieldForm
from ui.widgets.raci_grid import RaciGrid
from ui.widgets.record_table import CheckableCombo, RecordTable

from .shell_fixtures import Dialogs


# -- what a user does ------------------------------------------------------------------------------
def jump(qtbot: Any, window: MainWindow, step: Step) -> None:
    """Click the step in the side list."""
    row = window.steps.index(step)
    rect = window.step_list.visualItemRect(window.step_list.item(row))
    qtbot.mouseClick(window.step_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_index() == row


def table(window: MainWindow, field: str) -> RecordTable:
    found = [t for t in window.current_page().findChildren(RecordTable) if t.field == field and t.isVisible()]
    assert found, f"no visible table for {field!r}"
    return found[0]


def field_input(window: MainWindow, field: str, nth: int = 0) -> QWidget:
    forms = [f for f in window.current_page().findChildren(FieldForm) if field in f.inputs and f.isVisible()]
    assert forms, f"no visible input for {field!r}"
    return forms[nth].inputs[field]


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Click into a field and type, then leave it (Tab), as a user does."""
    qtbot.mouseClick(
        widget if not isinstance(widget, QPlainTextEdit) else widget.viewport(), Qt.MouseButton.LeftButton
    )
    widget.setFocus()
    qtbot.keyClicks(widget, text)
    if isinstance(widget, QLineEdit):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    else:
        widget.clearFocus()


def open_editor(t: RecordTable, kind: type[Any]) -> Any:
    """Return the cell editor the view has open (the one with the keyboard focus)."""
    editors = [w for w in t.view.viewport().findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, editors
    assert QApplication.focusWidget() is editors[0], (
        QApplication.activeWindow(),
        QApplication.focusWidget(),
        editors[0].hasFocus(),
        t.window().isActiveWindow(),
    )
    return editors[0]


def type_cell(qtbot: Any, t: RecordTable, row: int, column: str, text: str) -> None:
    """Select the cell, press F2, type, press Enter."""
    col = next(i for i, c in enumerate(t.columns) if c.field == column)
    t.view.setCurrentIndex(t.model.index(row, col))
    t.view.setFocus()
    qtbot.keyClick(t.view, Qt.Key.Key_F2)
    editor = open_editor(t, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(1)  # a user's pause: the closed editor is disposed of by the event loop


def pick_cell(qtbot: Any, t: RecordTable, row: int, column: str, label: str) -> None:
    """Go to the cell, open its combo with F2 and pick the entry shown as ``label``."""
    col = next(i for i, c in enumerate(t.columns) if c.field == column)
    index = t.model.index(row, col)
    t.view.setCurrentIndex(index)  # arrow keys to the cell
    t.view.setFocus()
    qtbot.keyClick(t.view, Qt.Key.Key_F2)
    combo = open_editor(t, QComboBox)
    i = combo.findText(label)
    assert i >= 0, f"{label!r} not offered: {[combo.itemText(k) for k in range(combo.count())]}"
    combo.setCurrentIndex(i)
    combo.activated.emit(i)  # what choosing the entry in the opened list does
    qtbot.wait(1)


def click_add(qtbot: Any, t: RecordTable) -> None:
    qtbot.mouseClick(t.buttons["add"], Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_walk_the_wizard_save_and_reopen(
    make_window: Callable[..., MainWindow], dialogs: Dialogs, qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # 1. Partners: the first with the mouse, the second with the keyboard (Insert).
    partners = table(window, "partners")
    click_add(qtbot, partners)
    type_cell(qtbot, partners, 0, "name", "Gemeente Havenstad")
    type_cell(qtbot, partners, 0, "short_name", "Havenstad")
    type_into(qtbot, field_input(window, "legal_powers"), "Burgemeester handhaaft de openbare orde.")
    partners.view.setFocus()
    qtbot.keyClick(partners.view, Qt.Key.Key_Insert)
    assert len(window.session.charter.partners) == 2
    type_cell(qtbot, partners, 1, "name", "Politie eenheid Westerdelta")
    type_cell(qtbot, partners, 1, "short_name", "Politie")
    pick_cell(qtbot, partners, 1, "type", enum_label(PartnerType.POLICE))
    reps = table(window, "representatives")
    click_add(qtbot, reps)
    type_cell(qtbot, reps, 0, "name", "R. van Dalen")

    # 2. Purpose, by clicking the step list.
    jump(qtbot, window, Step.PURPOSE)
    type_into(qtbot, field_input(window, "problem"), "Ondermijning in de haven.")
    type_into(qtbot, field_input(window, "shared_value"), "Samen zien we meer.")

    # 3. Vision, with Next.
    window.next_button.click()
    assert window.current_page().step is Step.VISION
    type_into(qtbot, field_input(window, "statement"), "Wij willen een weerbare haven.")

    # 6. Governance: a KPI whose owner is picked from the partners.
    jump(qtbot, window, Step.GOVERNANCE)
    kpis = table(window, "kpis")
    click_add(qtbot, kpis)
    type_cell(qtbot, kpis, 0, "name", "Bibob-toetsen")
    pick_cell(qtbot, kpis, 0, "owner_id", "Havenstad")

    # 8. Data sharing: a flow added with the keyboard, provider and recipients picked from the partners.
    jump(qtbot, window, Step.DATA_SHARING)
    flows = table(window, "flows")
    flows.view.setFocus()
    qtbot.keyClick(flows.view, Qt.Key.Key_Insert)
    type_cell(qtbot, flows, 0, "name", "Signalen ondermijning")
    pick_cell(qtbot, flows, 0, "provider_id", "Politie")
    col = next(i for i, c in enumerate(flows.columns) if c.field == "recipient_ids")
    flows.view.setCurrentIndex(flows.model.index(0, col))
    flows.view.setFocus()
    qtbot.keyClick(flows.view, Qt.Key.Key_F2)
    recipients = open_editor(flows, CheckableCombo)
    row = recipients.findText("Havenstad")
    assert row >= 0
    recipients.toggle(row)  # a click on the entry in the opened list ticks it
    qtbot.keyClick(recipients, Qt.Key.Key_Return)
    qtbot.wait(1)

    # Undo and redo a typed text from the menu actions (Ctrl+Z / Ctrl+Y).
    jump(qtbot, window, Step.VISION)
    type_into(qtbot, field_input(window, "statement"), " Nu.")
    assert window.session.charter.vision.statement.endswith(" Nu.")
    window.undo_action.trigger()
    assert window.session.charter.vision.statement == "Wij willen een weerbare haven."
    window.redo_action.trigger()
    window.undo_action.trigger()
    assert field_input(window, "statement").toPlainText() == "Wij willen een weerbare haven."

    # 4. Strategy: a contribution whose partner is picked, with an amount typed in its cell.
    jump(qtbot, window, Step.STRATEGY)
    contributions = table(window, "contributions")
    click_add(qtbot, contributions)
    pick_cell(qtbot, contributions, 0, "partner_id", "Politie")
    type_cell(qtbot, contributions, 0, "amount", "4")
    type_cell(qtbot, contributions, 0, "unit", "fte")

    # 5. Trust: a long text.
    window.next_button.click()
    assert window.current_page().step is Step.TRUST
    type_into(qtbot, field_input(window, "results_focus"), "We spreken elkaar aan op resultaten.")

    # 7. Roles: an activity, and its RACI letters typed in the grid (A for Havenstad, R for Politie).
    jump(qtbot, window, Step.ROLES)
    activities = table(window, "activities")
    click_add(qtbot, activities)
    type_cell(qtbot, activities, 0, "name", "Casusoverleg voorzitten")
    grid = window.current_page().findChild(RaciGrid)
    assert grid is not None
    ids = [p.id for p in grid.model.partners()]
    for partner, key in ((0, Qt.Key.Key_A), (1, Qt.Key.Key_R)):
        grid.view.setCurrentIndex(grid.model.index(0, ids.index(window.session.charter.partners[partner].id)))
        grid.view.setFocus()
        qtbot.keyClick(grid.view, key)

    # 9. Review: a finding about the vision takes the user there.
    jump(qtbot, window, Step.REVIEW)
    window.run_checks_now()
    review = window.current_page()
    assert isinstance(review, ReviewPage)
    vision_items = [i for i in review.finding_items() if review.finding_path(i).startswith("vision.")]
    assert vision_items
    review.tree.scrollToItem(vision_items[0])
    rect = review.tree.visualItemRect(vision_items[0])
    qtbot.mouseClick(review.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page().step is Step.VISION
    focused = QApplication.focusWidget()  # the field the finding is about has the keyboard focus
    assert focused is not None
    assert focused is field_input(window, review.finding_path(vision_items[0]).split(".")[-1])

    # Back to partners with Ctrl+PgUp and the data is still there.
    for _ in range(2):  # from Vision
        qtbot.keyClick(window.step_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().step is Step.PARTNERS
    assert table(window, "partners").model.rowCount() == 2

    # Save with Ctrl+S (no file yet: Save As), reopen in a fresh window, compare.
    dialogs.save_path = tmp_path / "havenstad.charter.json"
    qtbot.keyClick(window.step_list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.session.is_dirty()
    saved = load_charter(tmp_path / "havenstad.charter.json")
    assert saved == window.session.charter

    c = saved
    assert [p.name for p in c.partners] == ["Gemeente Havenstad", "Politie eenheid Westerdelta"]
    assert [p.short_name for p in c.partners] == ["Havenstad", "Politie"]
    assert c.partners[0].legal_powers == "Burgemeester handhaaft de openbare orde."
    assert c.partners[1].type.value == "police"
    assert [r.name for r in c.partners[1].representatives] == ["R. van Dalen"]
    assert c.purpose.problem == "Ondermijning in de haven."
    assert c.purpose.shared_value == "Samen zien we meer."
    assert c.vision.statement == "Wij willen een weerbare haven."
    assert [k.name for k in c.governance.kpis] == ["Bibob-toetsen"]
    assert c.governance.kpis[0].owner_id == c.partners[0].id
    [contribution] = c.strategy.contributions
    assert contribution.partner_id == c.partners[1].id
    assert contribution.amount == 4
    assert contribution.unit == "fte"
    assert c.trust.results_focus == "We spreken elkaar aan op resultaten."
    [activity] = c.roles.activities
    assert activity.name == "Casusoverleg voorzitten"
    assert {k: v.value for k, v in activity.raci.items()} == {c.partners[0].id: "A", c.partners[1].id: "R"}
    [flow] = c.data_sharing.flows
    assert flow.name == "Signalen ondermijning"
    assert flow.provider_id == c.partners[1].id
    assert flow.recipient_ids == [c.partners[0].id]

    other = make_window()
    assert other.files.open_path(tmp_path / "havenstad.charter.json")
    assert other.session.charter == c
    other.go_to(0)
    assert table(other, "partners").model.rowCount() == 2
