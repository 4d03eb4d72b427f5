"""The Roles page: activities and the RACI grid (keys, one-Accountable hint, undo), boundary spanners."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charter_builder.checks import Finding, Severity
from charter_builder.model import Raci, Step
from tests.support.synthetic import large_charter
from ui.pages.roles import RolesPage

from .pages_helpers import open_page, round_trip

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_raci_keys_set_letters_and_undo(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, RolesPage)
    grid = page.raci
    activity = session.charter.roles.activities[1]
    partners = session.charter.partners
    column = 7
    pid = partners[column].id
    before = dict(activity.raci)
    grid.view.setCurrentIndex(grid.model.index(1, column))
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_R)
    assert activity.raci[pid] is Raci.RESPONSIBLE
    qtbot.keyClick(grid.view, Qt.Key.Key_A)
    assert activity.raci[pid] is Raci.ACCOUNTABLE_RESPONSIBLE
    assert grid.model.index(1, column).data() == "A/R"
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert pid not in activity.raci
    qtbot.keyClick(grid.view, Qt.Key.Key_I)
    assert round_trip(session.charter).roles.activities[1].raci[pid] is Raci.INFORMED
    # the dict keeps the partners' order, so the JSON is stable
    assert list(activity.raci) == [p.id for p in partners if p.id in activity.raci]
    for _ in range(4):
        session.undo_stack.undo()
    assert activity.raci == before
    assert grid.model.index(1, column).data() == (before[pid].value if pid in before else "")


def test_one_accountable_hint(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, RolesPage)
    grid = page.raci
    row = 0
    activity = session.charter.roles.activities[row]
    assert sum(1 for v in activity.raci.values() if v.is_accountable) == 1
    assert not grid.model.headerData(row, Qt.Orientation.Vertical).startswith("⚠")
    other = next(
        i
        for i, p in enumerate(session.charter.partners)
        if p.id in activity.raci and not activity.raci[p.id].is_accountable
    )
    assert grid.set_letter(row, other, Raci.ACCOUNTABLE)
    assert grid.model.headerData(row, Qt.Orientation.Vertical).startswith("⚠")
    assert "2" in grid.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert grid.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "1" in grid.summary.text()
    session.undo_stack.undo()
    assert not grid.model.headerData(row, Qt.Orientation.Vertical).startswith("⚠")


def test_raci_editor_combo(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox

    page, session = open_page(qtbot, RolesPage)
    page.show()
    grid = page.raci
    index = grid.model.index(2, 0)
    grid.view.setCurrentIndex(index)
    grid.view.edit(index)
    combo = grid.view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "R", "A", "A/R", "C", "I"]
    combo.setCurrentIndex(combo.findText("C"))
    combo.activated.emit(combo.currentIndex())
    assert session.charter.roles.activities[2].raci[session.charter.partners[0].id] is Raci.CONSULTED


def test_new_activity_and_partner_appear_in_the_grid(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, RolesPage)
    rows, columns = page.raci.model.rowCount(), page.raci.model.columnCount()
    qtbot.mouseClick(page.activities.buttons["add"], Qt.MouseButton.LeftButton)
    assert page.raci.model.rowCount() == rows + 1
    from charter_builder.model import Partner

    session.set_list(
        session.charter,
        "partners",
        [*session.charter.partners, Partner(id="p-new", name="Nieuw")],
        "partners",
    )
    assert page.raci.model.columnCount() == columns + 1
    assert page.raci.model.headerData(columns, Qt.Orientation.Horizontal) == "Nieuw"


def test_focus_and_findings_on_raci_paths(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, RolesPage)
    pid = session.charter.partners[3].id
    assert page.focus_path(f"roles.activities[4].raci.{pid}")
    assert page.raci.view.currentIndex().row() == 4
    assert page.raci.view.currentIndex().column() == 3
    finding = Finding("R-TEST", Severity.WARNING, "roles.activities[4].raci", "x", "x", Step.ROLES)
    page.show_findings([finding])
    assert page.raci.model.headerData(4, Qt.Orientation.Vertical).startswith("⚠")
    assert page.focus_path("roles.boundary_spanners[1].selection_and_training")
    assert page.spanners.current_row() == 1


def test_large_charter_grid_is_a_model_not_widgets(qtbot: QtBot) -> None:
    page, _session = open_page(qtbot, RolesPage, large_charter())
    assert page.raci.model.rowCount() == 300
    assert page.raci.model.columnCount() == 40
    from PySide6.QtWidgets import QComboBox

    assert len(page.findChildren(QComboBox)) < 10


def test_raci_grid_follows_the_activity_filter(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, RolesPage)
    name = session.charter.roles.activities[5].name
    page.activities.filter_edit.setText(name)
    hidden = page.activities.hidden_rows()
    assert 5 not in hidden
    assert hidden
    assert {r for r in range(page.raci.model.rowCount()) if page.raci.view.isRowHidden(r)} == hidden
    page.activities.filter_edit.clear()
    assert not any(page.raci.view.isRowHidden(r) for r in range(page.raci.model.rowCount()))
