"""The Governance page: bodies with members, KPIs with an owner, dates that must stay in order."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charter_builder.model import Cadence, KpiKind
from ui.binding import NullableDateEdit
from ui.pages.governance import GovernancePage

from .pages_helpers import open_page, round_trip, type_into_cell

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_new_kpi_with_owner_round_trips(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, GovernancePage)
    table = page.kpis
    count = table.model.rowCount()
    table.select_row(count - 1)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    row = table.current_row()
    assert row == count
    type_into_cell(qtbot, table, row, 0, "Doorlooptijd casus")
    assert table.model.setData(table.model.index(row, 1), KpiKind.QUANTITATIVE)
    type_into_cell(qtbot, table, row, 3, "weken")
    type_into_cell(qtbot, table, row, 4, "14")
    type_into_cell(qtbot, table, row, 5, "10,5")
    owner = session.charter.partners[4]
    assert table.model.setData(table.model.index(row, 6), owner.id)
    assert table.model.setData(table.model.index(row, 7), Cadence.QUARTERLY)
    qtbot.keyClicks(table.detail_form.inputs["source"], "Registratiesysteem RIEC")
    kpi = round_trip(session.charter).governance.kpis[row]
    assert (kpi.name, kpi.unit, kpi.baseline, kpi.target, kpi.owner_id, kpi.frequency, kpi.source) == (
        "Doorlooptijd casus",
        "weken",
        14.0,
        10.5,
        owner.id,
        Cadence.QUARTERLY,
        "Registratiesysteem RIEC",
    )
    assert table.model.index(row, 6).data() == owner.display_name


def test_member_partner_change_clears_representative_in_one_step(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, GovernancePage)
    body = session.charter.governance.bodies[0]
    page.bodies.select_row(0)
    members = page.members
    assert members.model.rowCount() == len(body.members)
    row = next(i for i, m in enumerate(body.members) if m.representative_id)
    member = body.members[row]
    old_partner, old_rep = member.partner_id, member.representative_id
    rep_name = members.model.index(row, 1).data()
    assert rep_name
    assert not rep_name.startswith("⚠")
    other = next(p for p in session.charter.partners if p.id != old_partner)
    steps = session.undo_stack.count()
    assert members.model.setData(members.model.index(row, 0), other.id)
    assert (member.partner_id, member.representative_id) == (other.id, None)
    assert session.undo_stack.count() == steps + 1
    choices = members.choices_for(members.columns[1], member)
    assert [c[0] for c in choices] == [r.id for r in other.representatives]
    round_trip(session.charter)  # still a valid charter
    session.undo_stack.undo()
    assert (member.partner_id, member.representative_id) == (old_partner, old_rep)


def test_end_date_before_start_is_refused_and_marked(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, GovernancePage)
    gov = session.charter.governance
    start = gov.start_date
    assert start is not None
    end_edit = page.findChild(NullableDateEdit, "field_end_date")
    assert end_edit is not None
    old_end = gov.end_date
    steps = session.undo_stack.count()
    end_edit.set_value(start - dt.timedelta(days=1))
    assert gov.end_date == old_end
    assert session.undo_stack.count() == steps
    assert end_edit.styleSheet()
    assert end_edit.toolTip()
    end_edit.set_value(dt.date(start.year + 5, 1, 1))
    assert gov.end_date == dt.date(start.year + 5, 1, 1)
    assert not end_edit.styleSheet()
    # an empty date is allowed
    qtbot.keyClick(end_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(end_edit, Qt.Key.Key_Delete)
    assert gov.end_date is None
    assert end_edit.text() == end_edit.specialValueText()


def test_veto_multi_select_round_trips(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, GovernancePage)
    ids = [p.id for p in session.charter.partners[:2]]
    column = [c.field for c in page.bodies.columns].index("veto_partner_ids")
    assert page.bodies.model.setData(page.bodies.model.index(1, column), ids)
    assert round_trip(session.charter).governance.bodies[1].veto_partner_ids == ids


def test_focus_path_scrolls_the_field_into_view(qtbot: QtBot) -> None:
    page, _session = open_page(qtbot, GovernancePage)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.scroll.verticalScrollBar().value() == 0
    assert page.focus_path("governance.publication")
    assert page.scroll.verticalScrollBar().value() > 0
