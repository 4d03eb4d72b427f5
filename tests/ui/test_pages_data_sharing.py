"""The Data sharing page: a data flow typed in full, with recipients, legal basis and safeguards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from charter_builder.checks import Finding, Severity
from charter_builder.model import Art6Ground, Art9Exception, Charter, DataFlow, DpiaStatus, Partner, Step
from ui.binding import NullableSpinBox
from ui.pages.data_sharing import DataSharingPage

from .pages_helpers import open_page, round_trip, type_into_cell

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_a_flow_typed_in_full_round_trips(qtbot: QtBot) -> None:
    charter = Charter.new()
    charter.partners = [
        Partner(id="gem", name="Gemeente"),
        Partner(id="pol", name="Politie"),
        Partner(id="om", name="OM"),
    ]
    page, session = open_page(qtbot, DataSharingPage, charter)
    flows = page.flows
    flows.view.setFocus()
    qtbot.keyClick(flows.view, Qt.Key.Key_Insert)
    type_into_cell(qtbot, flows, 0, 0, "Signalen")
    assert flows.model.setData(flows.model.index(0, 1), "pol")
    assert flows.model.setData(flows.model.index(0, 2), ["gem", "om"])
    assert flows.model.index(0, 2).data() == "Gemeente, OM"
    assert flows.model.setData(flows.model.index(0, 3), Art6Ground.PUBLIC_TASK)
    assert flows.model.setData(flows.model.index(0, 5), DpiaStatus.DONE)

    purpose = flows.detail_input("purpose")
    assert isinstance(purpose, QPlainTextEdit)
    qtbot.keyClicks(purpose, "Weging van signalen")
    categories = flows.detail_input("data_categories")
    assert isinstance(categories, QLineEdit)
    qtbot.keyClicks(categories, "naam; adres ;; geboortedatum")
    qtbot.keyClick(categories, Qt.Key.Key_Return)
    special = flows.detail_input("special_categories")
    assert isinstance(special, QCheckBox)
    special.setChecked(True)
    art9 = flows.detail_input("art9_exception")
    assert isinstance(art9, QComboBox)
    art9.setCurrentIndex(art9.findData(Art9Exception.SUBSTANTIAL_PUBLIC_INTEREST))
    retention = flows.detail_input("retention_months")
    assert isinstance(retention, NullableSpinBox)
    assert retention.model_value() is None
    retention.setValue(24)

    flow = round_trip(session.charter).data_sharing.flows[0]
    assert isinstance(flow, DataFlow)
    assert (flow.name, flow.provider_id, flow.recipient_ids) == ("Signalen", "pol", ["gem", "om"])
    assert (flow.art6_ground, flow.dpia, flow.art9_exception) == (
        Art6Ground.PUBLIC_TASK,
        DpiaStatus.DONE,
        Art9Exception.SUBSTANTIAL_PUBLIC_INTEREST,
    )
    assert flow.purpose == "Weging van signalen"
    assert flow.data_categories == ["naam", "adres", "geboortedatum"]
    assert categories.text() == "naam; adres; geboortedatum"
    assert flow.special_categories is True
    assert flow.retention_months == 24

    # undo walks back through the detail edits and the row itself
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert session.charter.data_sharing.flows == []
    assert not flows.detail_box.isEnabled()


def test_focus_on_a_flow_field_opens_its_tab(qtbot: QtBot) -> None:
    page, _session = open_page(qtbot, DataSharingPage)
    tabs = page.flows.detail_tabs
    assert tabs is not None
    assert tabs.currentIndex() == 0
    assert page.focus_path("data_sharing.flows[2].retention_months")
    assert page.flows.current_row() == 2
    assert tabs.currentWidget() is page.flows.detail_input("retention_months").parentWidget()
    finding = Finding(
        "D-TEST", Severity.ERROR, "data_sharing.flows[2].subsidiarity", "x", "x", Step.DATA_SHARING
    )
    page.show_findings([finding])
    necessity_tab = [tabs.tabText(i) for i in range(tabs.count())].index(tabs.tabText(2))
    assert not tabs.tabIcon(necessity_tab).isNull()
    assert tabs.tabIcon(0).isNull()


def test_dpo_needs_a_partner_first(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, DataSharingPage, Charter.new())
    qtbot.mouseClick(page.dpos.buttons["add"], Qt.MouseButton.LeftButton)
    assert session.charter.data_sharing.dpo_contacts == []
    assert page.dpos.message.text() == page.dpos.message.text().strip() != ""
