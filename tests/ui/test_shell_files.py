"""File commands of the window: unsaved-changes prompts, open errors, old schemas, save errors, recent files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from charter_builder.model.charter import SCHEMA_VERSION
from charter_builder.storage import load_charter, save_charter
from charter_builder.storage.recovery import list_recoveries
from ui import files
from ui.main_window import MainWindow
from ui.settings import config_home

from .shell_fixtures import EXAMPLE, Dialogs, edit_title

Btn = QMessageBox.StandardButton


def test_new_with_unsaved_changes_asks_and_cancel_keeps_everything(
    window: MainWindow, dialogs: Dialogs
) -> None:
    edit_title(window, "Werk in uitvoering")
    charter = window.session.charter
    dialogs.unsaved_answer = Btn.Cancel
    assert not window.files.new()
    assert dialogs.unsaved_asked == 1
    assert window.session.charter is charter
    assert window.session.is_dirty()


def test_new_with_discard_replaces_the_charter(window: MainWindow, dialogs: Dialogs) -> None:
    edit_title(window, "Weg ermee")
    dialogs.unsaved_answer = Btn.Discard
    window.new_action.trigger()
    assert window.session.charter.metadata.title == ""
    assert not window.session.is_dirty()
    assert window.session.path is None


def test_new_with_save_saves_first(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    edit_title(window, "Bewaren")
    dialogs.unsaved_answer = Btn.Save
    dialogs.save_path = tmp_path / "bewaren.charter.json"
    assert window.files.new()
    assert load_charter(tmp_path / "bewaren.charter.json").metadata.title == "Bewaren"
    # Save As cancelled inside the prompt: the new charter is not started.
    edit_title(window, "Nog iets")
    window.session.set_path(None)
    dialogs.save_path = None
    assert not window.files.new()
    assert window.session.charter.metadata.title == "Nog iets"


def test_no_question_without_changes(window: MainWindow, dialogs: Dialogs, example: Path) -> None:
    assert window.files.new()
    assert window.files.open_path(example)
    assert dialogs.unsaved_asked == 0


def test_close_with_unsaved_changes_asks(window: MainWindow, dialogs: Dialogs) -> None:
    edit_title(window, "Niet kwijtraken")
    dialogs.unsaved_answer = Btn.Cancel
    assert not window.close()
    assert window.isVisible()
    dialogs.unsaved_answer = Btn.Discard
    assert window.close()
    assert dialogs.unsaved_asked == 2


def test_open_with_unsaved_changes_asks(window: MainWindow, dialogs: Dialogs, example: Path) -> None:
    edit_title(window, "Eigen werk")
    dialogs.open_path = example
    dialogs.unsaved_answer = Btn.Cancel
    assert not window.open_action.trigger()
    assert window.session.charter.metadata.title == "Eigen werk"
    dialogs.unsaved_answer = Btn.Discard
    window.open_action.trigger()
    assert window.session.path == example
    assert window.session.charter == load_charter(EXAMPLE)


def test_open_error_shows_a_dialog_and_keeps_the_open_charter(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    edit_title(window, "Blijft staan")
    charter = window.session.charter
    bad = tmp_path / "kapot.charter.json"
    bad.write_text(
        '{"format": "charter-builder/charter", "schema_version": 2, "metadata": {', encoding="utf-8"
    )
    dialogs.unsaved_answer = Btn.Discard
    assert not window.files.open_path(bad)
    [(title, text, details)] = dialogs.errors
    assert title == "Het convenant kan niet worden geopend"
    assert "geen geldige JSON" in text
    assert str(bad) in text
    assert "regel 1" in details
    assert window.session.charter is charter
    assert window.session.charter.metadata.title == "Blijft staan"
    assert window.session.is_dirty()


def test_missing_file_error_in_english_after_language_switch(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    window.set_language("en")
    assert not window.files.open_path(tmp_path / "nope.charter.json")
    assert dialogs.errors[0][0] == "Cannot open the charter"
    assert "The file does not exist" in dialogs.errors[0][1]


#: A charter as the 0.0 preview (schema 1) wrote it: one representative per partner, KPIs at the top.
V1_FILE = {
    "schema_version": 1,
    "metadata": {"charter_id": "charter-oud", "title": "Convenant Oudestad", "language": "nl"},
    "partners": [
        {
            "id": "gem-oudestad",
            "name": "Gemeente Oudestad",
            "type": "municipality",
            "representative": {"name": "J. Jansen", "function": "Burgemeester", "mandate_level": "full"},
        },
        {"id": "pol", "name": "Politie", "type": "police"},
    ],
    "kpis": [{"id": "kpi-1", "name": "Bibob-toetsen", "owner_id": "gem-oudestad", "target": 40}],
}


def _old_v1_file(path: Path) -> bytes:
    raw = json.dumps(V1_FILE, ensure_ascii=False, indent=2).encode("utf-8")
    path.write_bytes(raw)
    return raw


def test_old_schema_asks_before_saving_and_keeps_the_original(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    old = tmp_path / "oud.charter.json"
    original = _old_v1_file(old)
    assert files.file_schema_version(old) == 1
    assert window.files.open_path(old)
    dialogs.upgrade_answer = False
    assert not window.files.save()
    assert old.read_bytes() == original
    dialogs.upgrade_answer = True
    assert window.files.save()
    assert dialogs.upgrade_asked == 2
    assert json.loads(old.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert (tmp_path / "oud.charter.json.bak").read_bytes() == original
    assert window.files.save()  # once upgraded, no more questions
    assert dialogs.upgrade_asked == 2


def test_save_error_keeps_the_work_in_memory_and_in_the_recovery_file(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("een bestand, geen map", encoding="utf-8")
    edit_title(window, "Kostbaar werk")
    dialogs.save_path = blocker / "werk.charter.json"  # its folder is a file: the OS refuses
    assert not window.files.save()
    [(title, text, _details)] = dialogs.errors
    assert title == "Het convenant kan niet worden opgeslagen"
    assert "herstelbestand" in text
    assert window.session.is_dirty()
    assert window.session.charter.metadata.title == "Kostbaar werk"
    assert window.autosave.write_now() is not None
    [entry] = list_recoveries()
    assert entry.load().metadata.title == "Kostbaar werk"


def test_recent_files_live_in_the_redirected_settings(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.charter.json", tmp_path / "b.charter.json"
    save_charter(load_charter(EXAMPLE), first)
    save_charter(load_charter(EXAMPLE), second)
    assert window.files.open_path(first)
    assert window.files.open_path(second)
    assert files.recent_files()[:2] == [second.resolve(), first.resolve()]
    names = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert names[:2] == ["&1 b.charter.json", "&2 a.charter.json"]
    assert list(config_home().rglob("*.ini")), "settings must be written under XDG_CONFIG_HOME"
    window.files.new()
    window.recent_menu.actions()[1].trigger()  # reopen a.charter.json from the menu
    assert window.session.path == first.resolve()
    window.clear_recent_action.trigger()
    assert files.recent_files() == []


def test_save_as_adds_the_suffix(qapp: Any, monkeypatch: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "mijn"), ""))
    )
    assert files.ask_save_path(None, "") == tmp_path / "mijn.charter.json"
