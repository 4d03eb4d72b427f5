"""A charter on a shared drive in the wizard: the lock, read-only mode, open anyway, stale locks, release."""

from __future__ import annotations

import datetime as dt
import errno
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from charter_builder.storage import load_charter, save_charter
from charter_builder.storage import lock as locks
from ui import files
from ui.concurrency import ConflictChoice, LockChoice
from ui.main_window import MainWindow

from .concurrency_fixtures import Questions, colleague_lock, colleague_saves
from .shell_fixtures import Dialogs, edit_title


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_open_takes_a_private_lock_and_close_releases_it(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    assert window.files.open_path(shared)
    holder = locks.read_lock(shared)
    assert holder is not None
    assert holder.is_mine()
    assert _mode(locks.lock_path(shared)) == 0o600
    assert questions.lock_asked == []
    assert not window.files.guard.read_only
    assert window.save_action.isEnabled()
    assert not window.concurrency_banner.isVisibleTo(window)
    assert window.close()
    assert not locks.lock_path(shared).exists()


def test_the_lock_follows_the_open_file(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    other = shared.with_name("ander.charter.json")
    save_charter(load_charter(shared), other)
    assert window.files.open_path(shared)
    assert window.files.open_path(other)
    assert not locks.lock_path(shared).exists()
    assert locks.read_lock(other) is not None
    # Opening the same file again keeps its lock and asks nothing.
    assert window.files.open_path(other)
    assert locks.read_lock(other) is not None
    assert questions.lock_asked == []
    window.new_action.trigger()
    assert not locks.lock_path(other).exists()


def test_someone_elses_lock_offers_read_only(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    theirs = colleague_lock(shared)
    original = shared.read_bytes()
    questions.lock_answers = [LockChoice.READ_ONLY]
    assert window.files.open_path(shared)
    [result] = questions.lock_asked
    assert result.holder == theirs
    assert not result.stale
    assert window.files.guard.read_only
    assert "[alleen-lezen]" in window.windowTitle()
    assert not window.save_action.isEnabled()
    assert window.concurrency_banner.isVisibleTo(window)
    banner = window.concurrency_banner.label.text()
    assert "an.devries" in banner
    assert "PC-RIEC-07" in banner
    assert window.concurrency_banner.save_as_button.isVisibleTo(window)
    # Edits are possible, and the banner says they are not in a file yet.
    edit_title(window, "Mijn aanpassing")
    assert "Opslaan als" in window.concurrency_banner.label.text()
    # Save (Ctrl+S disabled; a Save from the unsaved-changes question) goes to Save As: cancelled here.
    dialogs.save_path = None
    assert not window.files.save()
    assert shared.read_bytes() == original
    # Save As onto the locked file itself is refused.
    dialogs.save_path = shared
    assert not window.files.save_as()
    assert questions.refusals
    assert "an.devries" in questions.refusals[0][1]
    assert shared.read_bytes() == original
    # Save As under another name works and ends read-only mode there.
    copy = shared.with_name("mijn-kopie.charter.json")
    dialogs.save_path = copy
    assert window.files.save()
    assert load_charter(copy).metadata.title == "Mijn aanpassing"
    assert shared.read_bytes() == original
    assert not window.files.guard.read_only
    assert window.save_action.isEnabled()
    assert "[alleen-lezen]" not in window.windowTitle()
    assert locks.read_lock(shared) == theirs  # their lock is never touched
    assert locks.read_lock(copy) is not None
    assert locks.read_lock(copy).is_mine()  # type: ignore[union-attr]


def test_read_only_close_leaves_their_lock(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    theirs = colleague_lock(shared)
    questions.lock_answers = [LockChoice.READ_ONLY]
    assert window.files.open_path(shared)
    assert window.close()
    assert locks.read_lock(shared) == theirs


def test_cancel_keeps_the_open_charter(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    edit_title(window, "Blijft open")
    before = window.session.charter
    theirs = colleague_lock(shared)
    questions.lock_answers = [LockChoice.CANCEL]
    dialogs.unsaved_answer = QMessageBox.StandardButton.Discard
    assert not window.files.open_path(shared)
    assert window.session.charter is before
    assert window.session.path is None
    assert locks.read_lock(shared) == theirs


def test_open_anyway_takes_over_only_after_confirmation(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    theirs = colleague_lock(shared)
    # Declining the confirmation goes back to the question; then Cancel.
    questions.lock_answers = [LockChoice.OPEN_ANYWAY, LockChoice.CANCEL]
    questions.take_over_answer = False
    assert not window.files.open_path(shared)
    assert questions.take_over_asked == 1
    assert len(questions.lock_asked) == 2
    assert locks.read_lock(shared) == theirs
    # Confirmed: the lock is ours and the charter opens for editing.
    questions.lock_answers = [LockChoice.OPEN_ANYWAY]
    questions.take_over_answer = True
    assert window.files.open_path(shared)
    mine = locks.read_lock(shared)
    assert mine is not None
    assert mine.is_mine()
    assert not window.files.guard.read_only
    edit_title(window, "Toch geopend")
    assert window.files.save()
    assert load_charter(shared).metadata.title == "Toch geopend"


def test_stale_lock_is_said_to_be_stale_and_can_be_removed(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    colleague_lock(shared, hours_ago=30)
    questions.lock_answers = [LockChoice.BREAK_STALE]
    assert window.files.open_path(shared)
    [result] = questions.lock_asked
    assert result.stale
    mine = locks.read_lock(shared)
    assert mine is not None
    assert mine.is_mine()
    assert not window.files.guard.read_only


def test_the_colleague_learns_at_the_heartbeat_that_someone_opened_anyway(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    assert window.files.open_path(shared)
    guard = window.files.guard
    assert guard.heartbeat.isActive()
    assert guard.heartbeat.interval() == locks.HEARTBEAT_SECONDS * 1000
    guard.beat()
    assert not window.concurrency_banner.isVisibleTo(window)
    colleague_lock(shared, user="piet", host="PC-GEM-12", hours_ago=0)  # "open anyway" elsewhere
    guard.beat()
    assert guard.taken_over
    text = window.concurrency_banner.label.text()
    assert "piet" in text
    assert "PC-GEM-12" in text
    assert window.concurrency_banner.isVisibleTo(window)
    # Their lock is not ours to remove when we close.
    assert window.close()
    assert locks.read_lock(shared) is not None
    assert locks.read_lock(shared).user == "piet"  # type: ignore[union-attr]


def test_heartbeat_renews_the_lock_and_restores_a_removed_one(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    assert window.files.open_path(shared)
    first = locks.read_lock(shared)
    assert first is not None
    locks.lock_path(shared).unlink()
    window.files.guard.beat()
    again = locks.read_lock(shared)
    assert again is not None
    assert again.is_mine()


def test_no_lock_possible_opens_normally_and_says_so(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(_path: Path, _info: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(locks, "_create_exclusive", refuse)
    assert window.files.open_path(shared)
    assert not window.files.guard.read_only
    assert not window.files.guard.locked
    assert "Permission denied" in window.concurrency_banner.label.text()
    assert window.concurrency_banner.isVisibleTo(window)
    assert questions.lock_asked == []


def test_read_only_becomes_editable_once_they_close(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    colleague_lock(shared)
    questions.lock_answers = [LockChoice.READ_ONLY]
    assert window.files.open_path(shared)
    edit_title(window, "Gewacht tot An klaar was")
    guard = window.files.guard
    guard.beat()
    assert guard.read_only  # still theirs
    # An saves a change and closes the charter.
    colleague_saves(shared, lambda c: setattr(c.metadata, "partnership_name", "RIEC Westerdelta (nieuw)"))
    locks.lock_path(shared).unlink()
    guard.beat()
    assert not guard.read_only
    assert locks.read_lock(shared).is_mine()  # type: ignore[union-attr]
    assert window.save_action.isEnabled()
    assert "[alleen-lezen]" not in window.windowTitle()
    assert "an.devries heeft het convenant gesloten" in window.concurrency_banner.label.text()
    # Their save is not overwritten unseen.
    assert not window.files.save()
    [conflict] = questions.conflicts
    assert [c.path for c in conflict.their_changes] == ["metadata.partnership_name"]
    questions.conflict_answer = ConflictChoice.OVERWRITE
    assert window.files.save()
    assert load_charter(shared).metadata.title == "Gewacht tot An klaar was"
    assert not window.concurrency_banner.isVisibleTo(window)


def test_restored_work_on_a_file_someone_has_open_is_read_only(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    theirs = colleague_lock(shared)
    work = load_charter(shared)
    work.metadata.title = "Hersteld werk"
    window.files.restore(work, shared)
    assert questions.lock_asked == []  # no question at start-up
    assert window.files.guard.read_only
    assert "[alleen-lezen]" in window.windowTitle()
    dialogs.save_path = None
    assert not window.files.save()  # goes to Save As
    assert load_charter(shared).metadata.title != "Hersteld werk"
    assert locks.read_lock(shared) == theirs


def test_saving_after_a_take_over_keeps_saying_who_else_has_it(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    assert window.files.open_path(shared)
    colleague_lock(shared, user="piet", host="PC-GEM-12", hours_ago=0)
    window.files.guard.beat()
    edit_title(window, "Ik sla ook op")
    assert window.files.save()  # they did not save: nothing to ask
    assert questions.conflicts == []
    assert window.files.guard.taken_over
    assert "piet" in window.concurrency_banner.label.text()
    assert locks.read_lock(shared).user == "piet"  # type: ignore[union-attr]


def test_save_as_from_read_only_offers_a_copys_name(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []
    monkeypatch.setattr(files, "ask_save_path", lambda _parent, suggested: offered.append(suggested))
    colleague_lock(shared)
    questions.lock_answers = [LockChoice.READ_ONLY]
    assert window.files.open_path(shared)
    shared.with_name("convenant-kopie.charter.json").write_text("{}", encoding="utf-8")
    assert not window.files.save_as()
    assert offered == [str(shared.with_name("convenant-kopie-2.charter.json"))]


def test_a_lock_left_by_a_crashed_program_on_this_computer_is_stale(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    crashed = locks.LockInfo("ik", socket.gethostname(), proc.pid, now, now, "0.9.0")
    locks.lock_path(shared).write_bytes(crashed.to_bytes())
    questions.lock_answers = [LockChoice.BREAK_STALE]
    assert window.files.open_path(shared)
    [result] = questions.lock_asked
    assert result.stale  # minutes old, but its program is gone
    assert locks.read_lock(shared).is_mine()  # type: ignore[union-attr]
