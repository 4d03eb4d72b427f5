"""The register on the Data sharing page: the matrix of the example, and the checklist that leads to fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from charter_builder.model import DataFlow
from ui.pages.data_sharing import DataSharingPage
from ui.register_view import ANSWERED_MARK, OPEN_MARK, PATH_ROLE

from .pages_helpers import example, open_page

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _header(view, section: int, orientation: Qt.Orientation) -> str:
    return view.matrix_model.headerData(section, orientation)


def test_matrix_of_the_example(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, DataSharingPage)
    view = page.register
    m = view.matrix_model
    partners = session.charter.partners
    assert m.columnCount() == len(partners)
    assert [_header(view, j, Qt.Orientation.Horizontal) for j in range(m.columnCount())] == [
        p.display_name for p in partners
    ]
    rows = [_header(view, i, Qt.Orientation.Vertical) for i in range(m.rowCount())]
    row = rows.index("naam en adres")
    woonstede = [p.id for p in partners].index("woonstede")
    om = [p.id for p in partners].index("om-westerdelta")
    assert m.index(row, woonstede).data() == QCoreApplication.translate("RegisterView", "both")
    assert m.index(row, om).data() == QCoreApplication.translate("RegisterView", "provides")
    tip = m.index(row, woonstede).data(Qt.ItemDataRole.ToolTipRole)
    names = {f.id: f.name for f in session.charter.data_sharing.flows}
    assert names["flow-woonfraude"] in tip
    assert names["flow-om-strafvorderlijk"] in tip
    antecedents = rows.index("antecedenten en lopende zaken")
    assert m.index(antecedents, woonstede).data() is None


def test_checklist_follows_the_selected_flow_and_leads_to_the_field(qtbot: QtBot) -> None:
    charter = example()
    charter.data_sharing.flows[2].subsidiarity = ""
    charter.data_sharing.flows[2].security_measures = " "
    page, session = open_page(qtbot, DataSharingPage, charter)
    page.show()
    qtbot.waitExposed(page)
    view = page.register
    page.flows.select_row(0)
    items = [view.questions.item(i) for i in range(view.questions.count())]
    assert items
    assert all(it.text().startswith(ANSWERED_MARK) for it in items)
    page.flows.select_row(2)
    items = [view.questions.item(i) for i in range(view.questions.count())]
    open_items = [it for it in items if it.text().startswith(OPEN_MARK)]
    assert [it.data(PATH_ROLE) for it in open_items] == [
        "data_sharing.flows[2].subsidiarity",
        "data_sharing.flows[2].security_measures",
    ]
    label = view.questions_label.text()
    assert f"{len(items) - 2} of {len(items)}" in label
    assert session.charter.data_sharing.flows[2].name in label
    # Clicking the open question puts the cursor in the subsidiarity field of flow 3.
    item = open_items[0]
    rect = view.questions.visualItemRect(item)
    qtbot.mouseClick(view.questions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    field = page.flows.detail_input("subsidiarity")
    assert isinstance(field, QPlainTextEdit)
    qtbot.waitUntil(lambda: page.focusWidget() is field)
    assert page.flows.current_row() == 2
    # Answering it ticks the question off.
    qtbot.keyClicks(field, "Een hit/no-hit-bevraging geeft te weinig om de casus te wegen.")
    field.clearFocus()
    qtbot.waitUntil(
        lambda: any(
            view.questions.item(i).data(PATH_ROLE) == "data_sharing.flows[2].subsidiarity"
            and view.questions.item(i).text().startswith(ANSWERED_MARK)
            for i in range(view.questions.count())
        )
    )


def test_empty_register_explains_itself(qtbot: QtBot) -> None:
    charter = example()
    charter.data_sharing.flows = [DataFlow(id="f", name="Nieuw")]
    page, _session = open_page(qtbot, DataSharingPage, charter)
    view = page.register
    assert view.matrix_model.rowCount() == 0
    assert "categories" in view.matrix_label.text()
    page.flows.select_row(0)
    assert view.questions.count() > 0
    assert all(view.questions.item(i).text().startswith(OPEN_MARK) for i in range(view.questions.count()))


def test_every_register_string_has_dutch() -> None:
    from pathlib import Path

    from .test_pages_translations import strings_in

    root = Path(__file__).resolve().parents[2]
    tsv = root / "resources" / "translations" / "nl" / "register.tsv"
    dutch = {
        tuple(line.split("\t")[:2]): line.split("\t")[2]
        for line in tsv.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    wanted = strings_in(root / "ui" / "register_view.py")
    assert len(wanted) >= 10
    assert sorted(k for k in wanted if not dutch.get(k)) == []


def test_hidden_register_catches_up_when_shown(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, DataSharingPage)
    view = page.register
    rows = view.matrix_model.rowCount()
    flow = session.charter.data_sharing.flows[0]
    session.set_list(
        flow, "data_categories", [*flow.data_categories, "Kenteken"], "data_sharing.flows[0].data_categories"
    )
    assert view.matrix_model.rowCount() == rows  # not shown: no work per edit
    page.show()
    qtbot.waitExposed(page)
    assert view.matrix_model.rowCount() == rows + 1
    session.set_list(
        flow,
        "data_categories",
        [*flow.data_categories, "Telefoonnummer"],
        "data_sharing.flows[0].data_categories",
    )
    qtbot.waitUntil(lambda: view.matrix_model.rowCount() == rows + 2)


def test_double_click_on_a_cell_selects_its_flow(qtbot: QtBot) -> None:
    page, session = open_page(qtbot, DataSharingPage)
    page.show()
    qtbot.waitExposed(page)
    view = page.register
    m = view.matrix_model
    rows = [_header(view, i, Qt.Orientation.Vertical) for i in range(m.rowCount())]
    column = [p.id for p in session.charter.partners].index("woonstede")
    index = m.index(rows.index("huurcontract en betalingsachterstand"), column)
    page.flows.select_row(0)
    view.matrix_view.scrollTo(index)
    rect = view.matrix_view.visualRect(index)
    qtbot.mouseClick(view.matrix_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.matrix_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    flows = [f.id for f in session.charter.data_sharing.flows]
    assert page.flows.current_row() == flows.index("flow-woonfraude")
    assert session.charter.data_sharing.flows[page.flows.current_row()].name in view.questions_label.text()
