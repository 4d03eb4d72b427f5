"""The shared-drive dialogs themselves: what they say in Dutch and English, which button does what."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from charter_builder.diff import diff_charters
from charter_builder.storage import CharterFileError, load_charter
from charter_builder.storage.errors import FileErrorKind
from charter_builder.storage.lock import LockInfo, LockResult, LockStatus, lock_path
from ui import i18n
from ui.concurrency import ChangedOnDiskDialog, ConflictChoice, DiskConflict, LockChoice, LockDialog

from .shell_fixtures import EXAMPLE, Dialogs

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PATH = Path("/gedeeld/riec.charter.json")
SINCE = dt.datetime(2026, 11, 24, 8, 47, tzinfo=dt.UTC)
HOLDER = LockInfo("an.devries", "PC-RIEC-07", 4242, SINCE, SINCE + dt.timedelta(hours=1), "0.9.0")


def _lock_dialog(qtbot: Any, *, stale: bool = False, holder: LockInfo | None = HOLDER) -> LockDialog:
    result = LockResult(LockStatus.HELD, lock_path(PATH), holder, stale=stale)
    dialog = LockDialog(result, PATH)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lock_dialog_says_who_where_and_since_when_in_dutch(qtbot: Any, dialogs: Dialogs) -> None:
    i18n.install_language("nl")
    dialog = _lock_dialog(qtbot)
    who = dialog.who.text()
    local = SINCE.astimezone()
    assert (
        who
        == f"an.devries heeft “riec.charter.json” open op computer PC-RIEC-07, sinds {local:%d-%m-%Y %H:%M}."
    )
    assert dialog.windowTitle() == "Convenant in gebruik bij iemand anders"
    assert dialog.break_button is None
    assert dialog.read_only_button.isDefault()
    assert dialog.read_only_button.text() == "Alleen-&lezen openen"
    qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is LockChoice.READ_ONLY


def test_lock_dialog_in_english_and_open_anyway(qtbot: Any, dialogs: Dialogs) -> None:
    i18n.install_language("en")
    dialog = _lock_dialog(qtbot)
    assert "an.devries has had “riec.charter.json” open on computer PC-RIEC-07 since" in dialog.who.text()
    assert f"{SINCE.astimezone():%Y-%m-%d %H:%M}" in dialog.who.text()
    qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is LockChoice.OPEN_ANYWAY


def test_stale_lock_dialog_says_so_and_offers_removal(qtbot: Any, dialogs: Dialogs) -> None:
    i18n.install_language("nl")
    dialog = _lock_dialog(qtbot, stale=True)
    assert dialog.windowTitle() == "Achtergebleven vergrendeling"
    assert "waarschijnlijk gestopt" in dialog.explanation.text()
    assert f"{HOLDER.heartbeat.astimezone():%d-%m-%Y %H:%M}" in dialog.explanation.text()
    assert dialog.break_button is not None
    assert dialog.break_button.isDefault()
    qtbot.mouseClick(dialog.break_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is LockChoice.BREAK_STALE


def test_unreadable_lock_and_cancel(qtbot: Any, dialogs: Dialogs) -> None:
    i18n.install_language("en")
    dialog = _lock_dialog(qtbot, holder=None)
    assert dialog.who.text() == "Someone else has “riec.charter.json” open; their lock file cannot be read."
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is LockChoice.CANCEL


def _conflict() -> DiskConflict:
    base = load_charter(EXAMPLE)
    theirs = base.model_copy(deep=True)
    theirs.governance.kpis[0].target = 250.0
    theirs.partners[0].name = "Gemeente Havenstad (centrumgemeente)"
    mine = base.model_copy(deep=True)
    mine.governance.kpis[0].target = 220.0
    return DiskConflict(PATH, theirs, diff_charters(base, theirs), diff_charters(base, mine))


def test_changed_on_disk_dialog_lists_their_changes_and_marks_the_clash(qtbot: Any, dialogs: Dialogs) -> None:
    i18n.install_language("nl")
    dialog = ChangedOnDiskDialog(_conflict())
    qtbot.addWidget(dialog)
    dialog.show()
    items = [dialog.changes.item(i).text() for i in range(dialog.changes.count())]
    assert len(items) == 2
    [kpi] = [t for t in items if "Ingebrachte signalen" in t]
    assert kpi.startswith("⚠ KPI 'Ingebrachte signalen': streefwaarde 200 → 250")
    assert "jij: KPI 'Ingebrachte signalen': streefwaarde 200 → 220" in kpi
    assert not [t for t in items if "Havenstad" in t][0].startswith("⚠")
    assert dialog.headline.text() == "Iemand heeft “riec.charter.json” opgeslagen nadat jij het opende."
    assert "1 van hun wijzigingen raakt dezelfde plek" in dialog.mine.text()
    assert "riec.charter.json.bak" in dialog.advice.text()
    assert dialog.cancel_button.isDefault()  # Enter never overwrites
    qtbot.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is ConflictChoice.OVERWRITE


def test_changed_on_disk_dialog_in_english_and_buttons(qtbot: Any, dialogs: Dialogs) -> None:
    i18n.install_language("en")
    for button, choice in (
        ("copy_button", ConflictChoice.SAVE_COPY),
        ("reload_button", ConflictChoice.RELOAD),
        ("cancel_button", ConflictChoice.CANCEL),
    ):
        dialog = ChangedOnDiskDialog(_conflict())
        qtbot.addWidget(dialog)
        dialog.show()
        assert "target 200 → 250" in dialog.changes.item(1).text()
        assert dialog.mine.text().startswith("You made 1 change since then.")
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        assert dialog.choice is choice


def test_deleted_file_cannot_be_reloaded(qtbot: Any, dialogs: Dialogs) -> None:
    i18n.install_language("nl")
    error = CharterFileError(PATH, FileErrorKind.NOT_FOUND)
    dialog = ChangedOnDiskDialog(DiskConflict(PATH, None, [], [], error))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.headline.text() == "“riec.charter.json” is verwijderd of niet meer leesbaar."
    assert not dialog.reload_button.isEnabled()
    assert not dialog.changes.isVisibleTo(dialog)


def test_dialog_pictures_in_both_languages(tmp_path: Path, qapp: Any, dialogs: Dialogs) -> None:
    """The screenshot tool draws every dialog in both languages (look at them when the layout changes)."""
    spec = importlib.util.spec_from_file_location(
        "dialog_screenshots", Path(__file__).resolve().parents[2] / "tools" / "dialog_screenshots.py"
    )
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.main([str(tmp_path)]) == 0
    pictures = sorted(p.name for p in tmp_path.glob("*.png"))
    assert len(pictures) == 10
    assert all((tmp_path / p).stat().st_size > 5000 for p in pictures)
