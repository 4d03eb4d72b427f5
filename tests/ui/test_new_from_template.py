"""File → New from template: the starters dialog, and every starter opening as a new draft in the wizard."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from charter_builder.checks import Severity
from charter_builder.model import Status
from charter_builder.starters import TITLE_PREFIX, list_starters
from charter_builder.storage import lock as locks
from ui import i18n, new_from_template
from ui.main_window import MainWindow
from ui.new_from_template import StarterDialog

from .concurrency_fixtures import Questions
from .shell_fixtures import Dialogs, edit_title

STARTERS = list_starters()
#: The offscreen platform cannot size a top-level dialog's window frame; harmless.
offscreen_dialog = pytest.mark.qt_log_ignore("propagateSizeHints")


class Picker:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: str | None) -> None:
        self.answer = answer
        self.asked = 0
        monkeypatch.setattr(new_from_template, "ask_starter", self)

    def __call__(self, _parent: object) -> str | None:
        self.asked += 1
        return self.answer


@pytest.mark.parametrize("starter", STARTERS, ids=[s.id for s in STARTERS])
def test_every_starter_opens_as_a_new_draft_in_the_wizard(
    window: MainWindow, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch, starter: Any
) -> None:
    picker = Picker(monkeypatch, starter.id)
    window.new_from_template_action.trigger()
    assert picker.asked == 1
    charter = window.session.charter
    stored = starter.load()
    assert charter.metadata.title.startswith(TITLE_PREFIX)
    assert charter.metadata.charter_id != stored.metadata.charter_id
    assert charter.metadata.status is Status.DRAFT
    assert charter.metadata.version == 1
    assert [p.id for p in charter.partners] == [p.id for p in stored.partners]
    assert window.session.path is None
    assert not window.session.is_dirty()
    assert window.windowTitle().startswith("Naamloos.charter.json")
    # Every step of the wizard shows it (a page that cannot show the starter fails here, or warns).
    for index in range(len(window.steps)):
        window.go_to(index)
        assert window.current_index() == index
    findings = window.run_checks_now()
    assert not [f for f in findings if f.severity is Severity.ERROR], [
        f.message_en for f in findings if f.severity is Severity.ERROR
    ]


def test_unsaved_changes_are_asked_about_first(
    window: MainWindow, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    picker = Picker(monkeypatch, STARTERS[0].id)
    edit_title(window, "Eigen werk")
    dialogs.unsaved_answer = QMessageBox.StandardButton.Cancel
    assert not window.files.new_from_template()
    assert dialogs.unsaved_asked == 1
    assert picker.asked == 0
    assert window.session.charter.metadata.title == "Eigen werk"
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    assert window.files.new_from_template()
    assert window.session.charter.metadata.title.startswith(TITLE_PREFIX)


def test_cancelling_the_picker_keeps_the_charter(
    window: MainWindow, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    Picker(monkeypatch, None)
    before = window.session.charter
    assert not window.files.new_from_template()
    assert window.session.charter is before


def test_a_broken_template_is_reported_not_crashed(
    window: MainWindow, dialogs: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    Picker(monkeypatch, "bestaat-niet")
    before = window.session.charter
    assert not window.files.new_from_template()
    [(title, text, _details)] = dialogs.errors
    assert title == "Dit sjabloon kan niet worden gebruikt"
    assert "bestaat-niet" in text
    assert window.session.charter is before


def test_starting_from_a_template_releases_the_open_files_lock(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Picker(monkeypatch, STARTERS[1].id)
    assert window.files.open_path(shared)
    assert locks.lock_path(shared).exists()
    assert window.files.new_from_template()
    assert not locks.lock_path(shared).exists()


def test_menu_entry_and_shortcut(window: MainWindow) -> None:
    action = window.new_from_template_action
    assert action in window.file_menu.actions()
    assert window.file_menu.actions().index(action) == window.file_menu.actions().index(window.new_action) + 1
    assert action.shortcut() == QKeySequence("Ctrl+Shift+N")
    assert action.text() == "Nieuw vanuit s&jabloon…"
    window.set_language("en")
    assert action.text() == "New from &template…"


# -- the dialog ----------------------------------------------------------------------------------
def _dialog(qtbot: Any) -> StarterDialog:
    dialog = StarterDialog(STARTERS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@offscreen_dialog
def test_dialog_shows_titles_and_descriptions_in_the_ui_language(qtbot: Any, dialogs: Dialogs) -> None:
    i18n.install_language("nl")
    dialog = _dialog(qtbot)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [s.title_nl for s in STARTERS]
    assert STARTERS[0].title_nl in dialog.description.text()
    assert html.escape(STARTERS[0].description_nl) in dialog.description.text()
    dialog.list.setCurrentRow(2)
    assert html.escape(STARTERS[2].description_nl) in dialog.description.text()
    assert dialog.windowTitle() == "Nieuw convenant vanuit een sjabloon"
    assert "[Controleer: …]" in dialog.note.text()
    i18n.install_language("en")  # live switch while the dialog is open
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [s.title_en for s in STARTERS]
    assert html.escape(STARTERS[2].description_en) in dialog.description.text()
    assert dialog.windowTitle() == "New charter from a template"


@offscreen_dialog
def test_enter_picks_the_selected_starter(qtbot: Any, dialogs: Dialogs) -> None:
    dialog = _dialog(qtbot)
    dialog.list.setCurrentRow(3)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selected_id() == STARTERS[3].id


@offscreen_dialog
def test_double_click_picks_the_starter(qtbot: Any, dialogs: Dialogs) -> None:
    dialog = _dialog(qtbot)
    item = dialog.list.item(4)
    centre = dialog.list.visualItemRect(item).center()
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selected_id() == STARTERS[4].id


@offscreen_dialog
def test_escape_cancels(qtbot: Any, dialogs: Dialogs) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
