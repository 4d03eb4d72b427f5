"""Autosave and recovery: the recovery file follows unsaved changes, and a crashed session is offered back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from charter_builder.storage import load_charter, save_charter
from charter_builder.storage.recovery import list_recoveries, recovery_dir
from ui import app as app_module
from ui import main_window as mw
from ui.autosave import DEFAULT_INTERVAL_MS
from ui.main_window import MainWindow

from .shell_fixtures import EXAMPLE, Dialogs, edit_title


def test_default_interval_is_thirty_seconds(window: MainWindow) -> None:
    assert DEFAULT_INTERVAL_MS == 30_000
    assert window.autosave.timer.interval() == 30_000


def test_autosave_writes_only_while_there_are_unsaved_changes(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = make_window(autosave_interval_ms=40)
    qtbot.wait(150)
    assert list_recoveries() == []  # nothing changed: nothing written
    edit_title(window, "Automatisch bewaard")
    qtbot.waitUntil(lambda: len(list_recoveries()) == 1, timeout=2000)
    [entry] = list_recoveries()
    assert entry.source_path is None
    assert entry.load() == window.session.charter
    assert oct(entry.path.stat().st_mode & 0o777) == "0o600"
    edit_title(window, "Automatisch bewaard, versie 2")
    qtbot.waitUntil(lambda: list_recoveries()[0].load().metadata.title.endswith("2"), timeout=2000)
    assert len(list_recoveries()) == 1  # the same file is replaced


def test_save_removes_the_recovery_file(
    make_window: Callable[..., MainWindow], dialogs: Dialogs, qtbot: Any, tmp_path: Path
) -> None:
    window = make_window(autosave_interval_ms=40)
    edit_title(window, "Bijna bewaard")
    qtbot.waitUntil(lambda: len(list_recoveries()) == 1, timeout=2000)
    dialogs.save_path = tmp_path / "bewaard.charter.json"
    assert window.files.save()
    assert list_recoveries() == []
    qtbot.wait(150)
    assert list_recoveries() == []  # clean again: the timer does not write


def test_save_as_moves_the_recovery_to_the_new_file(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    first = tmp_path / "een.charter.json"
    save_charter(load_charter(EXAMPLE), first)
    assert window.files.open_path(first)
    edit_title(window, "Gewijzigd")
    old = window.autosave.write_now()
    assert old is not None
    window.session.set_path(tmp_path / "twee.charter.json")  # as Save As does before its next autosave
    new = window.autosave.write_now()
    assert new is not None
    assert new != old
    assert [e.path for e in list_recoveries()] == [new]


def test_clean_close_removes_the_recovery_file(window: MainWindow, dialogs: Dialogs) -> None:
    edit_title(window, "Weggooien bij sluiten")
    assert window.autosave.write_now() is not None
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    assert window.close()
    assert list_recoveries() == []


def _crash(window: MainWindow) -> None:
    """Drop the window the way a crash would: no close event, the recovery file stays."""
    window.autosave.stop()
    window.autosave.current = None  # a dead process removes nothing
    window.session.undo_stack.setClean()  # only so the test teardown does not ask
    window.hide()


def test_restore_after_a_crash(
    make_window: Callable[..., MainWindow], dialogs: Dialogs, tmp_path: Path
) -> None:
    source = tmp_path / "werk.charter.json"
    save_charter(load_charter(EXAMPLE), source)
    first = make_window()
    assert first.files.open_path(source)
    edit_title(first, "Ongered werk")
    written = first.autosave.write_now()
    assert written is not None
    _crash(first)

    dialogs.restore_answer = (mw.RESTORE, None)
    second = make_window()
    assert second.offer_recovery()
    assert len(dialogs.restore_offers) == 1
    assert second.session.charter.metadata.title == "Ongered werk"
    assert second.session.path == source.resolve()
    assert second.session.is_dirty()  # restored work is not saved yet
    assert second.isWindowModified()
    assert load_charter(source).metadata.title != "Ongered werk"  # the file itself is untouched
    # Saving the restored work ends the recovery.
    assert second.files.save()
    assert load_charter(source).metadata.title == "Ongered werk"
    assert list_recoveries() == []


def test_restore_of_a_never_saved_charter(make_window: Callable[..., MainWindow], dialogs: Dialogs) -> None:
    first = make_window()
    edit_title(first, "Nooit bewaard")
    first.autosave.write_now()
    _crash(first)
    dialogs.restore_answer = (mw.RESTORE, None)
    second = make_window()
    assert second.offer_recovery()
    assert second.session.path is None
    assert second.session.charter.metadata.title == "Nooit bewaard"
    assert second.windowTitle().startswith("Naamloos.charter.json")


def test_discard_and_later(make_window: Callable[..., MainWindow], dialogs: Dialogs) -> None:
    first = make_window()
    edit_title(first, "Misschien later")
    first.autosave.write_now()
    _crash(first)
    second = make_window()
    dialogs.restore_answer = (mw.LATER, None)
    assert not second.offer_recovery()
    assert len(list_recoveries()) == 1
    dialogs.restore_answer = (mw.DISCARD, None)
    assert not second.offer_recovery()
    assert list_recoveries() == []
    assert not second.offer_recovery()  # nothing left: no question
    assert len(dialogs.restore_offers) == 2


def test_damaged_recovery_shows_an_error_and_is_kept(
    make_window: Callable[..., MainWindow], dialogs: Dialogs
) -> None:
    recovery_dir().mkdir(parents=True)
    damaged = recovery_dir() / "kapot-000000000000.recovery.json"
    damaged.write_text(
        json.dumps({"format": "charter-builder/recovery", "charter": {"x": 1}}), encoding="utf-8"
    )
    window = make_window()
    before = window.session.charter
    dialogs.restore_answer = (mw.RESTORE, None)
    assert not window.offer_recovery()
    assert dialogs.errors
    assert window.session.charter is before
    assert damaged.exists()


def test_start_without_a_file_offers_the_restore(qtbot: Any, dialogs: Dialogs, monkeypatch: Any) -> None:
    from charter_builder.model import Charter
    from charter_builder.storage.recovery import write_recovery

    write_recovery(Charter.new(title="Van de vorige keer"), None)
    dialogs.restore_answer = (mw.RESTORE, None)
    window = app_module.create_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session.charter.metadata.title == "Van de vorige keer", timeout=2000)
    assert len(dialogs.restore_offers) == 1
    window.autosave.stop()
    window.session.undo_stack.setClean()


def test_start_with_a_file_opens_it(qtbot: Any, dialogs: Dialogs, example: Path) -> None:
    window = app_module.create_window(example)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session.path == example, timeout=2000)
    assert window.session.charter == load_charter(EXAMPLE)
    assert dialogs.restore_offers == []


def test_unwritable_recovery_folder_is_reported_in_the_status_bar(
    window: MainWindow, monkeypatch: Any, tmp_path: Path
) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CHARTER_BUILDER_DATA_DIR", str(blocker))  # recovery/ cannot be made under a file
    edit_title(window, "Toch bewaren")
    assert window.autosave.write_now() is None
    assert window.autosave.last_error is not None
    assert "herstelbestand" in window.statusBar().currentMessage()
    assert window.session.charter.metadata.title == "Toch bewaren"
