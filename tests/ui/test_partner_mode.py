"""Partner mode: a package opens with only the partner's steps, edits go through the wizard's pages,
saving writes the package back, and nothing outside the partner's own records can be changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from charter_builder.checks import run_checks
from charter_builder.model import ContributionKind, Partner, Step
from charter_builder.packages import PACKAGE_SUFFIX, check_package, export_package, load_package
from charter_builder.storage import load_charter
from ui import files, i18n, partner_mode
from ui.main_window import MainWindow
from ui.partner_mode import PartnerWindow, open_partner_window

from .pages_helpers import type_into_cell
from .partner_helpers import EXAMPLE, charter_file, export_packages

POLICE = "pol-westerdelta"


@pytest.fixture
def package_path(tmp_path: Path) -> Path:
    return export_packages(charter_file(tmp_path), (POLICE,))[POLICE]


@pytest.fixture
def partner_window(
    qtbot: QtBot, package_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PartnerWindow]:
    # pytest-qt closes the window before fixtures end: an unsaved test edit must not open a real dialog.
    monkeypatch.setattr(partner_mode, "ask_unsaved", lambda *_a: QMessageBox.StandardButton.Discard)
    i18n.install_language("en")
    w = PartnerWindow(load_package(package_path), package_path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.undo_stack.setClean()
    i18n.install_language("nl")


def visible_rows(table: object) -> list[int]:
    return [r for r in range(table.model.rowCount()) if not table.view.isRowHidden(r)]  # type: ignore[attr-defined]


def test_only_the_partners_steps_with_banner_and_context(partner_window: PartnerWindow) -> None:
    w = partner_window
    assert w.steps == [Step.PARTNERS, Step.PURPOSE, Step.STRATEGY, Step.DATA_SHARING]
    banner = w.banner.text()
    assert "Partner package for Politie eenheid Westerdelta" in banner
    assert "charter “Convenant RIEC Westerdelta 2027-2030” v1" in banner
    context = w.findChild(QTextBrowser, "sharedContext").toPlainText()
    charter = w.session.charter
    assert charter.purpose.problem.splitlines()[0][:60] in context
    assert charter.vision.statement[:40] in context
    for other in ("Havenstad", "Zilvermonde", "Westerdelta Wonen", "Belastingdienst"):
        assert other in context
    assert "Politie eenheid Westerdelta" not in context  # the partner itself is not 'another partner'
    # Partners: only the own row, and no row buttons.
    partners = w.page_for(Step.PARTNERS).partners  # type: ignore[union-attr]
    assert [partners.rows()[r].id for r in visible_rows(partners)] == [POLICE]
    assert not partners.buttons["add"].isVisibleTo(w)
    notes = w.page_for(Step.PARTNERS).findChildren(QLabel, "note")  # "select a partner to ..."
    assert notes
    assert not [n for n in notes if n.isVisibleTo(w)]
    assert partners.current_record().id == POLICE
    # Purpose: the shared text is hidden (it is in the context panel); the interests stay, without a partner column.
    purpose = w.page_for(Step.PURPOSE)
    w.go_to(1)
    problem = purpose.findChild(QWidget, "field_problem")
    assert problem is not None
    assert not problem.isVisibleTo(w)
    assert purpose.interests.isVisibleTo(w)  # type: ignore[attr-defined]
    assert purpose.interests.view.isColumnHidden(0)  # type: ignore[attr-defined]
    # Strategy: only the contributions; the scope and the form of collaboration are the coordinator's.
    w.go_to(2)
    strategy = w.page_for(Step.STRATEGY)
    assert strategy.contributions.isVisibleTo(w)  # type: ignore[attr-defined]
    assert not strategy.results.isVisibleTo(w)  # type: ignore[attr-defined]
    assert not strategy.advice_frame.isVisibleTo(w)  # type: ignore[attr-defined]
    # Data sharing: the flows it provides and its DPO, not the general safeguards.
    w.go_to(3)
    ds = w.page_for(Step.DATA_SHARING)
    assert [f.id for f in ds.flows.rows()] == ["flow-politie-casus"]  # type: ignore[attr-defined]
    assert ds.dpos.isVisibleTo(w)  # type: ignore[attr-defined]
    assert not ds.findChild(QWidget, "field_breach_procedure").isVisibleTo(w)
    assert w.windowTitle().startswith(f"riec-{POLICE}{PACKAGE_SUFFIX}")


def test_edit_through_the_wizard_and_save(
    qtbot: QtBot, partner_window: PartnerWindow, package_path: Path
) -> None:
    w = partner_window
    # Step 1: type into the partner's reporting channel.
    page = w.page_for(Step.PARTNERS)
    channel = page.findChild(QLineEdit, "field_reporting_channel")
    assert channel is not None
    assert channel.isVisibleTo(w)
    channel.selectAll()
    qtbot.keyClicks(channel, "Kwartaalrapportage aan de districtschefs")
    assert w.isWindowModified()
    # Step 3: add a contribution row and fill it in cell by cell.
    w.go_to(2)
    table = w.page_for(Step.STRATEGY).contributions  # type: ignore[union-attr]
    before = len(table.rows())
    qtbot.mouseClick(table.buttons["add"], Qt.MouseButton.LeftButton)
    assert len(table.rows()) == before + 1
    row = table.current_row()
    added = table.rows()[row]
    assert added.partner_id == POLICE
    columns = [c.field for c in table.columns]
    type_into_cell(qtbot, table, row, columns.index("amount"), "120")
    type_into_cell(qtbot, table, row, columns.index("unit"), "uur per jaar")
    type_into_cell(qtbot, table, row, columns.index("description"), "Analisten voor het casusregister")

    assert w.save()
    assert not w.isWindowModified()
    saved = load_package(package_path)
    assert saved.sections.partner.reporting_channel == "Kwartaalrapportage aan de districtschefs"
    new = next(c for c in saved.sections.contributions if c.id == added.id)
    assert (new.partner_id, new.amount, new.unit, new.description) == (
        POLICE,
        120,
        "uur per jaar",
        "Analisten voor het casusregister",
    )
    assert new.kind in ContributionKind
    # Only 'sections' changed: the coordinator will accept the package.
    original = load_package(package_path.with_name(package_path.name + ".bak"))
    assert saved.base == original.base
    assert saved.integrity == original.integrity
    charter = load_charter(package_path.parent / "riec.charter.json")
    refusals, _warnings = check_package(charter, saved, package_path.name)
    assert refusals == []


def test_new_records_belong_to_the_partner_and_others_stay_untouched(partner_window: PartnerWindow) -> None:
    w = partner_window
    session = w.session
    refused: list[str] = []
    session.refused.connect(refused.append)
    # The purpose page starts a new interest with the first partner that has none: here another one.
    w.go_to(1)
    interests = w.page_for(Step.PURPOSE).interests  # type: ignore[union-attr]
    interests.add()
    assert {i.partner_id for i in session.charter.purpose.interests} == {POLICE}
    # A flow starts without a provider; in partner mode it is the partner's.
    w.go_to(3)
    flows = w.page_for(Step.DATA_SHARING).flows  # type: ignore[union-attr]
    flows.add()
    assert all(f.provider_id == POLICE for f in session.charter.data_sharing.flows)
    assert len(session.package_now().sections.flows) == 2
    # Another partner's record, the shared context and the partner list cannot be changed.
    other: Partner = session.charter.partners[1]
    count = session.undo_stack.count()
    session.set_value(other, "name", "Overgenomen", "partners[1].name")
    session.set_value(session.charter.purpose, "problem", "Iets anders", "purpose.problem")
    session.set_value(
        session.charter.purpose.interests[0], "partner_id", other.id, "purpose.interests[0].partner_id"
    )
    session.set_list(session.charter, "partners", session.charter.partners[:1], "partners")
    assert session.undo_stack.count() == count
    assert other.name != "Overgenomen"
    assert len(refused) == 4
    assert w.statusBar().currentMessage() == refused[-1]
    # Keyboard shortcuts of the partners table do nothing either.
    partners = w.page_for(Step.PARTNERS).partners  # type: ignore[union-attr]
    partners.add()
    partners.remove()
    assert [p.id for p in session.charter.partners][0] == POLICE
    assert len(session.charter.partners) == 8


def test_findings_are_only_about_the_partners_own_records(partner_window: PartnerWindow) -> None:
    w = partner_window
    flow = w.session.charter.data_sharing.flows[0]
    w.session.set_value(flow, "purpose", "", "data_sharing.flows[0].purpose")
    findings = w.run_checks_now()
    assert any(f.path.startswith("data_sharing.flows[0]") for f in findings)
    own = ("partners[0]", "purpose.interests[", "strategy.contributions[", "data_sharing.")
    assert all(f.path.startswith(own) for f in findings)
    assert w.step_list.state(Step.DATA_SHARING) is not None


def test_close_with_unsaved_changes_asks(
    qtbot: QtBot, partner_window: PartnerWindow, monkeypatch: pytest.MonkeyPatch, package_path: Path
) -> None:
    w = partner_window
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def ask(_parent: object, name: str) -> QMessageBox.StandardButton:
        asked.append(name)
        return answer[0]

    monkeypatch.setattr(partner_mode, "ask_unsaved", ask)
    partner = w.session.charter.partners[0]
    w.session.set_value(partner, "support_in_parent", "De korpschef", "partners[0].support_in_parent")
    assert not w.close()
    assert asked == [package_path.name]
    answer[0] = QMessageBox.StandardButton.Save
    assert w.close()
    assert load_package(package_path).sections.partner.support_in_parent == "De korpschef"


def test_file_open_of_a_package_goes_to_partner_mode(window: MainWindow, package_path: Path) -> None:
    charter = window.session.charter
    assert window.files.open_path(package_path)
    opened = partner_mode._windows[-1]
    try:
        assert opened.session.partner_id == POLICE
        assert opened.isVisible()
        assert window.session.charter is charter  # the charter window keeps what it had
        assert files.recent_files()[0] == package_path.resolve()
    finally:
        opened.close()


def test_a_charter_is_not_opened_as_a_package(window: MainWindow, tmp_path: Path, dialogs: object) -> None:
    wrong = tmp_path / "verkeerd.partner.json"
    wrong.write_bytes(charter_file(tmp_path).read_bytes())
    count = len(partner_mode._windows)
    assert open_partner_window(wrong, window) is None
    assert len(partner_mode._windows) == count
    title, text, details = dialogs.errors[-1]  # type: ignore[attr-defined]
    assert "verkeerd.partner.json" in text
    assert "charter, not a partner package" in details or "convenant, geen partnerpakket" in details


def test_the_command_line_opens_a_package_in_partner_mode(
    qtbot: QtBot, package_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui import app as app_module

    shown: list[object] = []

    def fake_exec(self: QApplication) -> int:  # the event loop would block the test
        shown.extend(w for w in QApplication.topLevelWidgets() if w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    monkeypatch.setattr(partner_mode, "ask_unsaved", lambda *_a: QMessageBox.StandardButton.Discard)
    count = len(partner_mode._windows)
    assert app_module.run_app([str(package_path)]) == 0
    opened = partner_mode._windows[count:]
    try:
        assert [w.session.partner_id for w in opened] == [POLICE]
        assert opened[0] in shown
        assert not any(isinstance(w, MainWindow) for w in shown)  # no charter window beside it
    finally:
        for w in opened:
            w.close()


def test_switching_to_dutch_retranslates_the_partner_window(partner_window: PartnerWindow) -> None:
    w = partner_window
    w.set_language("nl")
    assert "Partnerpakket voor Politie eenheid Westerdelta" in w.banner.text()
    assert [w.side.tabText(i) for i in range(2)] == ["Gedeelde context", "Toelichting"]
    assert "Maatschappelijk probleem" in w.context.toPlainText()
    assert w.step_list.item(1).text() == "2. Bedoeling"
    assert "partnermodus" in w.windowTitle()
    w.set_language("en")
    assert "Societal problem" in w.context.toPlainText()


def test_guidance_follows_the_step_and_the_focused_field(qtbot: QtBot, partner_window: PartnerWindow) -> None:
    w = partner_window
    assert w.side.currentIndex() == 0  # the shared context comes first
    w.go_to(3)
    step_text = w.guidance.markdown()
    assert step_text
    w.side.setCurrentIndex(1)
    ds = w.page_for(Step.DATA_SHARING)
    purpose = ds.findChild(QWidget, "field_purpose")
    assert purpose is not None
    purpose.setFocus()
    qtbot.waitUntil(lambda: w.guidance.markdown() != step_text)
    assert w.guidance.markdown().startswith(step_text)


def test_a_complete_charter_gives_no_findings_in_partner_mode(qtbot: QtBot) -> None:
    """The example passes every check; so must each partner's part of it (no rule misfires on a package)."""
    charter = load_charter(EXAMPLE)
    assert run_checks(charter) == []
    for partner in charter.partners:
        w = PartnerWindow(export_package(charter, partner.id, "coordinator"))
        qtbot.addWidget(w)
        assert w.run_checks_now() == [], partner.id
        assert {w.step_list.state(step) for step in w.steps} == {"complete"}


def test_keyboard_steps_and_save(qtbot: QtBot, partner_window: PartnerWindow, package_path: Path) -> None:
    w = partner_window
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert w.stack.currentIndex() == 1
    assert w.step_list.currentRow() == 1
    qtbot.keyClick(w, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert w.stack.currentIndex() == 2
    qtbot.keyClick(w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert w.stack.currentIndex() == 1
    partner = w.session.charter.partners[0]
    w.session.set_value(partner, "short_name", "Politie WD", "partners[0].short_name")
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not w.session.is_dirty()
    assert load_package(package_path).sections.partner.short_name == "Politie WD"
