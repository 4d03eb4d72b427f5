"""The Partners page: partners, their representatives and mandates, typed in and read back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from charter_builder.checks import Finding, Severity
from charter_builder.model import Charter, MandateLevel, PartnerType, Step
from charter_builder.storage import dump_charter
from ui.pages.partners import PartnersPage

from .pages_helpers import open_page, round_trip, type_into_cell

# showing a window offscreen logs this harmless warning
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_add_a_partner_with_a_representative_and_mandate(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, PartnersPage, Charter.new())
    table = page.partners
    qtbot.mouseClick(table.buttons["add"], Qt.MouseButton.LeftButton)
    type_into_cell(qtbot, table, 0, 0, "Gemeente Aardam")
    type_into_cell(qtbot, table, 0, 1, "Aardam")
    type_index = table.model.index(0, 2)
    assert table.model.setData(type_index, PartnerType.MUNICIPALITY)
    legal = table.detail_form.inputs["legal_powers"]
    assert isinstance(legal, QPlainTextEdit)
    assert legal.isEnabled()
    qtbot.keyClicks(legal, "Openbare orde, art. 172 Gemeentewet")

    reps = page.representatives
    reps.view.setFocus()
    qtbot.keyClick(reps.view, Qt.Key.Key_Insert)
    type_into_cell(qtbot, reps, 0, 0, "A. de Vries")
    assert reps.model.setData(reps.model.index(0, 4), MandateLevel.WITHIN_LIMITS)
    assert reps.model.setData(
        reps.model.index(0, 5), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    mandate = reps.detail_form.inputs["mandate"]
    assert isinstance(mandate, QPlainTextEdit)
    qtbot.keyClicks(mandate, "Tot 50.000 euro")

    back = round_trip(session.charter)
    partner = back.partners[0]
    assert (partner.name, partner.short_name, partner.type) == (
        "Gemeente Aardam",
        "Aardam",
        PartnerType.MUNICIPALITY,
    )
    assert partner.legal_powers == "Openbare orde, art. 172 Gemeentewet"
    rep = partner.representatives[0]
    assert (rep.name, rep.mandate_level, rep.is_signatory, rep.mandate) == (
        "A. de Vries",
        MandateLevel.WITHIN_LIMITS,
        True,
        "Tot 50.000 euro",
    )

    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert session.charter.partners == []
    assert table.model.rowCount() == 0
    assert not table.detail_box.isEnabled()


def test_detail_follows_the_selected_partner(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, PartnersPage)
    legal = page.partners.detail_form.inputs["legal_powers"]
    assert isinstance(legal, QPlainTextEdit)
    for row in (0, 3, 5):
        page.partners.select_row(row)
        partner = session.charter.partners[row]
        assert legal.toPlainText() == partner.legal_powers
        assert page.representatives.model.rowCount() == len(partner.representatives)
    # undo of an edit to another partner's text updates the form only when it shows that partner
    page.partners.select_row(5)
    legal.selectAll()
    qtbot.keyClicks(legal, "Nieuw")
    page.partners.select_row(0)
    session.undo_stack.undo()
    assert session.charter.partners[5].legal_powers != "Nieuw"
    assert legal.toPlainText() == session.charter.partners[0].legal_powers


def test_focus_path_selects_partner_and_representative(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, PartnersPage)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    assert page.focus_path("partners[2].representatives[1].mandate")
    assert page.partners.current_row() == 2
    assert page.representatives.current_row() == 1
    mandate = page.representatives.detail_form.inputs["mandate"]
    assert isinstance(mandate, QPlainTextEdit)
    assert mandate.toPlainText() == session.charter.partners[2].representatives[1].mandate
    assert page.focusWidget() is mandate
    assert page.focus_path("partners[4].short_name")
    assert page.partners.view.currentIndex().row() == 4
    assert page.partners.view.currentIndex().column() == 1
    assert not page.focus_path("governance.kpis[0].name")


def test_findings_mark_cells_and_detail_fields(qtbot: QtBot) -> None:
    page, _session = open_page(qtbot, PartnersPage)

    def finding(path: str) -> Finding:
        return Finding("P-TEST", Severity.WARNING, path, "Fill this in", "Fill this in", Step.PARTNERS)

    page.show_findings([finding("partners[1].short_name"), finding("partners[1].legal_powers")])
    model = page.partners.model
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # the row has a detail finding
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert "Fill this in" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)  # the row's other finding
    legal = page.partners.detail_form.inputs["legal_powers"]
    page.partners.select_row(1)
    assert "Fill this in" in legal.toolTip()
    assert legal.styleSheet()
    page.partners.select_row(0)
    assert "Fill this in" not in legal.toolTip()
    page.show_findings([])
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) is None


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_removing_a_referenced_partner_offers_to_remove_references(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> None:
    page, session = open_page(qtbot, PartnersPage)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    before = dump_charter(session.charter)
    police = session.charter.partners[3]
    page.partners.select_row(3)
    qtbot.keyClick(page.partners.view, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert police.display_name in asked[0]
    if answer == QMessageBox.StandardButton.No:
        assert dump_charter(session.charter) == before
        assert session.undo_stack.count() == 0
        return
    charter = round_trip(session.charter)  # still a valid charter
    assert police.id not in {p.id for p in charter.partners}
    assert all(police.id not in a.raci for a in charter.roles.activities)
    assert all(k.owner_id != police.id for k in charter.governance.kpis)
    assert all(
        police.id not in f.recipient_ids and f.provider_id != police.id for f in charter.data_sharing.flows
    )
    assert session.undo_stack.count() == 1  # one step
    session.undo_stack.undo()
    assert dump_charter(session.charter) == before
    assert page.partners.model.rowCount() == len(session.charter.partners)


def test_detail_title_names_the_selected_partner(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, PartnersPage)
    page.partners.select_row(3)
    assert page.partners.detail_box.title().endswith(": " + session.charter.partners[3].display_name)
    type_into_cell(qtbot, page.partners, 3, 1, "Politie WD")
    assert page.partners.detail_box.title().endswith(": Politie WD")
