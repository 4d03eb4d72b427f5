"""Saving a charter a colleague changed on disk, disk full, read-only folders, and what stays private."""

from __future__ import annotations

import errno
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest

from charter_builder.model import Charter
from charter_builder.storage import atomic, load_charter
from charter_builder.storage import lock as locks
from charter_builder.storage.recovery import list_recoveries
from ui.concurrency import ConflictChoice
from ui.main_window import MainWindow

from .concurrency_fixtures import Questions, colleague_saves
from .shell_fixtures import Dialogs, edit_title

KPI = "kpi-signalen"


def _raise_target(c: Charter) -> None:
    kpi = next(k for k in c.governance.kpis if k.id == KPI)
    kpi.target = 250.0


def _target(c: Charter) -> float | None:
    return next(k for k in c.governance.kpis if k.id == KPI).target


@pytest.fixture
def conflict_setup(window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path) -> MainWindow:
    """I opened the charter and changed its title; then a colleague saved a higher KPI target."""
    assert window.files.open_path(shared)
    assert _target(window.session.charter) == 200.0
    edit_title(window, "Mijn titel")
    colleague_saves(shared, _raise_target)
    return window


def test_save_after_a_colleagues_save_lists_their_kpi_change_and_cancel_keeps_both(
    conflict_setup: MainWindow, questions: Questions, shared: Path
) -> None:
    window = conflict_setup
    on_disk = shared.read_bytes()
    questions.conflict_answer = ConflictChoice.CANCEL
    assert not window.files.save()
    [conflict] = questions.conflicts
    assert conflict.theirs is not None
    [change] = [c for c in conflict.their_changes if KPI in c.path]
    assert change.path.endswith(".target")
    assert "250" in change.text("nl")
    assert "250" in change.text("en")
    assert [c.path for c in conflict.my_changes] == ["metadata.title"]
    assert not conflict.both_changed(change)
    # Nothing written; my version is still open and unsaved.
    assert shared.read_bytes() == on_disk
    assert window.session.is_dirty()
    assert window.session.charter.metadata.title == "Mijn titel"
    assert _target(window.session.charter) == 200.0


def test_overwrite_writes_mine_and_keeps_theirs_as_backup(
    conflict_setup: MainWindow, questions: Questions, shared: Path
) -> None:
    window = conflict_setup
    questions.conflict_answer = ConflictChoice.OVERWRITE
    assert window.files.save()
    saved = load_charter(shared)
    assert saved.metadata.title == "Mijn titel"
    assert _target(saved) == 200.0
    assert _target(load_charter(shared.with_name(shared.name + ".bak"))) == 250.0
    assert not window.session.is_dirty()
    # Saved: my version is the new base, so the next save asks nothing.
    edit_title(window, "Nog een keer")
    assert window.files.save()
    assert len(questions.conflicts) == 1


def test_save_as_a_copy_keeps_both_versions(
    conflict_setup: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    window = conflict_setup
    copy = shared.with_name("mijn-versie.charter.json")
    dialogs.save_path = copy
    questions.conflict_answer = ConflictChoice.SAVE_COPY
    assert window.files.save()
    assert _target(load_charter(shared)) == 250.0
    assert load_charter(shared).metadata.title != "Mijn titel"
    assert load_charter(copy).metadata.title == "Mijn titel"
    assert window.session.path == copy
    assert not locks.lock_path(shared).exists()  # the lock moved with me to the copy
    assert locks.read_lock(copy) is not None


def test_reload_from_disk_discards_mine_only_after_confirmation(
    conflict_setup: MainWindow, questions: Questions, shared: Path
) -> None:
    window = conflict_setup
    on_disk = shared.read_bytes()
    questions.conflict_answer = ConflictChoice.RELOAD
    questions.reload_answer = False
    assert not window.files.save()
    assert window.session.charter.metadata.title == "Mijn titel"
    questions.reload_answer = True
    assert not window.files.save()  # nothing of mine was saved
    assert questions.reload_asked == 2
    assert shared.read_bytes() == on_disk
    assert _target(window.session.charter) == 250.0
    assert window.session.charter.metadata.title != "Mijn titel"
    assert not window.session.is_dirty()
    # Their version is now the base: a save goes through without a question.
    edit_title(window, "Verder op hun versie")
    assert window.files.save()
    assert len(questions.conflicts) == 2
    assert _target(load_charter(shared)) == 250.0


def test_both_changing_the_same_field_is_marked(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    assert window.files.open_path(shared)
    kpi = next(k for k in window.session.charter.governance.kpis if k.id == KPI)
    window.session.set_value(kpi, "target", 220.0, f"governance.kpis[{KPI}].target")
    colleague_saves(shared, _raise_target)
    assert not window.files.save()
    [conflict] = questions.conflicts
    [change] = [c for c in conflict.their_changes if KPI in c.path]
    assert conflict.both_changed(change)


def test_a_touched_but_identical_file_is_no_change(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    import os

    assert window.files.open_path(shared)
    edit_title(window, "Gewoon opslaan")
    os.utime(shared, (1_000_000_000, 1_000_000_000))
    assert window.files.save()
    assert questions.conflicts == []


def test_a_deleted_file_is_reported_and_overwrite_writes_it_again(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    assert window.files.open_path(shared)
    edit_title(window, "Terug op schijf")
    shared.unlink()
    questions.conflict_answer = ConflictChoice.OVERWRITE
    assert window.files.save()
    [conflict] = questions.conflicts
    assert conflict.theirs is None
    assert conflict.error is not None
    assert load_charter(shared).metadata.title == "Terug op schijf"


def test_heartbeat_notices_a_colleagues_save(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    assert window.files.open_path(shared)
    window.files.guard.beat()
    assert not window.concurrency_banner.isVisibleTo(window)
    colleague_saves(shared, _raise_target)
    window.files.guard.beat()
    assert window.files.guard.disk_changed
    assert "opgeslagen nadat jij het opende" in window.concurrency_banner.label.text()


# -- disk full, read-only folder ----------------------------------------------------------------
def _refuse_writes_in(folder: Path, err: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every atomic write into ``folder`` fail as the OS would (root ignores chmod, so patch)."""
    real = tempfile.mkstemp

    def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if Path(kwargs.get("dir", "")) == folder:
            raise OSError(err, os_strerror(err))
        return real(*args, **kwargs)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)


def os_strerror(err: int) -> str:
    import os

    return os.strerror(err)


@pytest.mark.parametrize(
    ("err", "dutch"), [(errno.ENOSPC, "de schijf is vol"), (errno.EROFS, "de map is alleen-lezen")]
)
def test_disk_full_or_read_only_folder_keeps_the_work(
    window: MainWindow,
    dialogs: Dialogs,
    questions: Questions,
    shared: Path,
    monkeypatch: pytest.MonkeyPatch,
    err: int,
    dutch: str,
) -> None:
    assert window.files.open_path(shared)
    original = shared.read_bytes()
    edit_title(window, "Niet verliezen")
    _refuse_writes_in(shared.parent, err, monkeypatch)
    assert not window.files.save()
    [(title, text, details)] = dialogs.errors
    assert title == "Het convenant kan niet worden opgeslagen"
    assert dutch in text + details
    assert "herstelbestand" in text
    assert shared.read_bytes() == original
    assert window.session.is_dirty()
    assert window.session.charter.metadata.title == "Niet verliezen"
    # The recovery file (in the user's own data folder) has the work at once, not only at the next tick.
    [entry] = list_recoveries()
    assert entry.load().metadata.title == "Niet verliezen"
    # Once the folder can be written again, saving works and ends the recovery.
    monkeypatch.undo()
    assert window.files.save()
    assert load_charter(shared).metadata.title == "Niet verliezen"
    assert list_recoveries() == []


# -- privacy of the files themselves -------------------------------------------------------------
def test_recovery_is_removed_on_save_and_every_file_is_user_only(
    window: MainWindow, dialogs: Dialogs, questions: Questions, shared: Path
) -> None:
    assert window.files.open_path(shared)
    edit_title(window, "Privé")
    recovery = window.autosave.write_now()
    assert recovery is not None
    assert stat.S_IMODE(recovery.stat().st_mode) == 0o600
    assert stat.S_IMODE(locks.lock_path(shared).stat().st_mode) == 0o600
    assert window.files.save()
    assert not recovery.exists()
    assert list_recoveries() == []
    assert stat.S_IMODE(shared.stat().st_mode) == 0o600
    # The lock names only user, host and program: nothing from the charter.
    text = locks.lock_path(shared).read_text(encoding="utf-8")
    assert "Privé" not in text
    assert str(shared.parent) not in text


def test_recovery_is_removed_after_an_overwrite_too(
    conflict_setup: MainWindow, questions: Questions, shared: Path
) -> None:
    window = conflict_setup
    assert window.autosave.write_now() is not None
    questions.conflict_answer = ConflictChoice.CANCEL
    assert not window.files.save()
    assert len(list_recoveries()) == 1  # not saved: the work stays recoverable
    questions.conflict_answer = ConflictChoice.OVERWRITE
    assert window.files.save()
    assert list_recoveries() == []
