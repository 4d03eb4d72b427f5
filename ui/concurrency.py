"""A charter on a shared drive: the lock beside it, read-only mode, and saves that never overwrite a colleague.

``ConcurrencyGuard`` sits beside the ``FileController``: it takes the lock when a charter is
opened (asking what to do when someone else has it), keeps it alive with a heartbeat, notices a
colleague's save, and before every save checks that the file on disk is still the one we loaded.
The questions are module-level functions so tests can answer them; the dialogs behind them are
classes so they can be looked at (``tools``/tests grab them as pictures).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from charter_builder.diff import Change, diff_charters, summarise
from charter_builder.model import Charter
from charter_builder.storage import CharterFileError, dump_charter, load_charter
from charter_builder.storage import lock as locks
from charter_builder.storage.disk_state import DiskState, changed_since
from charter_builder.storage.lock import LockInfo, LockResult, LockStatus

from . import i18n

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .session import CharterSession

#: The user can go back and forth between the lock question and its confirmation; not forever.
_MAX_ROUNDS = 10


def _when(moment: dt.datetime) -> str:
    """Return a local date and time the way people in the UI language write it."""
    local = moment.astimezone()
    return f"{local:%d-%m-%Y %H:%M}" if i18n.current_language() == "nl" else f"{local:%Y-%m-%d %H:%M}"


# -- what the user can choose ----------------------------------------------------------------------
class LockChoice(StrEnum):
    READ_ONLY = "read_only"
    OPEN_ANYWAY = "open_anyway"
    """Take over the lock (after a confirmation); the other person learns it at their next heartbeat."""
    BREAK_STALE = "break_stale"
    """Remove a lock left behind by a program that stopped, then open normally."""
    CANCEL = "cancel"


class ConflictChoice(StrEnum):
    OVERWRITE = "overwrite"
    SAVE_COPY = "save_copy"
    RELOAD = "reload"
    """Discard my changes and load the version on disk (after a confirmation)."""
    CANCEL = "cancel"


@dataclass(frozen=True)
class DiskConflict:
    """The charter file changed on disk since we loaded or saved it: what the dialog needs to say so."""

    path: Path
    theirs: Charter | None
    """The charter now on disk; ``None`` when it was removed or cannot be read (see ``error``)."""
    their_changes: list[Change] = field(default_factory=list)
    """From the version we loaded to the version on disk."""
    my_changes: list[Change] = field(default_factory=list)
    """From the version we loaded to the version in the wizard."""
    error: CharterFileError | None = None

    def both_changed(self, change: Change) -> bool:
        """Return whether the user changed the same place as the other person (a real conflict)."""
        return self.my_change_for(change) is not None

    def my_change_for(self, change: Change) -> Change | None:
        """Return the user's own change at the same place as ``change``, if any."""
        return next((mine for mine in self.my_changes if _overlaps(change.path, mine.path)), None)


def _overlaps(a: str, b: str) -> bool:
    return a == b or a.startswith(b + ".") or b.startswith(a + ".") or a.startswith(b + "[")


# -- texts -----------------------------------------------------------------------------------------
def holder_text(result: LockResult, name: str) -> str:
    """Return who has the charter open, on which computer and since when (translated)."""
    holder = result.holder
    if holder is None:
        return QCoreApplication.translate(
            "Concurrency", "Someone else has “%1” open; their lock file cannot be read."
        ).replace("%1", name)
    return (
        QCoreApplication.translate("Concurrency", "%1 has had “%2” open on computer %3 since %4.")
        .replace("%1", holder.user)
        .replace("%2", name)
        .replace("%3", holder.host)
        .replace("%4", _when(holder.since))
    )


def stale_text(result: LockResult) -> str:
    if result.holder is None:
        return QCoreApplication.translate(
            "Concurrency",
            "The lock file is damaged and old: the program that wrote it has probably stopped. "
            "You can remove it and open the charter normally.",
        )
    return QCoreApplication.translate(
        "Concurrency",
        "Its last sign of life was at %1: that program has probably stopped, or its computer lost "
        "the connection to the shared drive. You can remove the lock it left behind and open the "
        "charter normally.",
    ).replace("%1", _when(result.holder.heartbeat))


# -- the lock question -----------------------------------------------------------------------------
class LockDialog(QDialog):
    """Someone else has the charter open: read-only, open anyway, remove a stale lock, or cancel."""

    def __init__(self, result: LockResult, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.result_info = result
        self.choice = LockChoice.CANCEL
        stale = result.stale
        self.setWindowTitle(
            QCoreApplication.translate("Concurrency", "Lock left behind")
            if stale
            else QCoreApplication.translate("Concurrency", "Charter in use by someone else")
        )
        icon = QLabel(self)
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.who = QLabel(holder_text(result, path.name), self)
        self.who.setObjectName("lockHolder")
        self.who.setWordWrap(True)
        font = self.who.font()
        font.setBold(True)
        self.who.setFont(font)
        texts = []
        if stale:
            texts.append(stale_text(result))
        texts.append(
            QCoreApplication.translate(
                "Concurrency",
                "Open read-only to look without getting in each other's way; you can still save your "
                "changes under another name. Open anyway only when you have agreed who saves: the "
                "other person is told, and whoever saves second sees what the other changed.",
            )
        )
        self.explanation = QLabel("\n\n".join(texts), self)
        self.explanation.setObjectName("lockExplanation")
        self.explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.read_only_button = self.buttons.addButton(
            QCoreApplication.translate("Concurrency", "Open &read-only"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.break_button: QPushButton | None = None
        if stale:
            self.break_button = self.buttons.addButton(
                QCoreApplication.translate("Concurrency", "&Remove the lock and open"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.break_button.clicked.connect(lambda: self._finish(LockChoice.BREAK_STALE))
        self.anyway_button = self.buttons.addButton(
            QCoreApplication.translate("Concurrency", "Open &anyway…"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.read_only_button.clicked.connect(lambda: self._finish(LockChoice.READ_ONLY))
        self.anyway_button.clicked.connect(lambda: self._finish(LockChoice.OPEN_ANYWAY))
        self.cancel_button.clicked.connect(lambda: self._finish(LockChoice.CANCEL))
        default = self.break_button if self.break_button is not None else self.read_only_button
        default.setDefault(True)
        default.setFocus()
        text_column = QVBoxLayout()
        text_column.addWidget(self.who)
        text_column.addWidget(self.explanation)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped texts never overlap
        self.setMinimumWidth(640)

    def _finish(self, choice: LockChoice) -> None:
        self.choice = choice
        if choice is LockChoice.CANCEL:
            self.reject()
        else:
            self.accept()


def ask_lock_choice(parent: QWidget | None, result: LockResult, path: Path) -> LockChoice:
    """Ask what to do about someone else's lock on ``path``."""
    dialog = LockDialog(result, path, parent)
    dialog.exec()
    return dialog.choice


def confirm_take_over(parent: QWidget | None, result: LockResult, path: Path) -> bool:
    """Ask once more before "open anyway": two people editing one file is for agreed cases only."""
    who = (
        result.holder.user
        if result.holder is not None
        else QCoreApplication.translate("Concurrency", "the other person")
    )
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Concurrency", "Open anyway?"),
        QCoreApplication.translate(
            "Concurrency",
            "You and %1 will then both be editing “%2”. The lock becomes yours and %1 sees that "
            "someone took it over. Whoever saves second is shown what the other changed and decides "
            "then. Open anyway?",
        )
        .replace("%1", who)
        .replace("%2", path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_refusal(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


# -- the changed-on-disk question ------------------------------------------------------------------
class ChangedOnDiskDialog(QDialog):
    """The file changed on disk since we loaded it: show what the other person changed and ask."""

    def __init__(self, conflict: DiskConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedOnDiskDialog")
        self.conflict = conflict
        self.choice = ConflictChoice.CANCEL
        lang = i18n.current_language()
        name = conflict.path.name
        self.setWindowTitle(QCoreApplication.translate("Concurrency", "The charter changed on disk"))
        if conflict.theirs is not None:
            headline = QCoreApplication.translate(
                "Concurrency", "Someone saved “%1” after you opened it."
            ).replace("%1", name)
            if conflict.their_changes:
                summary = QCoreApplication.translate("Concurrency", "What they changed: %1").replace(
                    "%1", summarise(conflict.their_changes, lang)
                )
            else:
                summary = QCoreApplication.translate(
                    "Concurrency",
                    "The file was written again, but its content is the same as what you opened.",
                )
        else:
            headline = QCoreApplication.translate(
                "Concurrency", "“%1” was removed or cannot be read any more."
            ).replace("%1", name)
            summary = conflict.error.headline(lang) if conflict.error is not None else ""
        self.headline = QLabel(headline, self)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.changes = QListWidget(self)
        self.changes.setObjectName("diskChanges")
        self.changes.setAccessibleName(QCoreApplication.translate("Concurrency", "Changes on disk"))
        self.changes.setWordWrap(True)
        self.changes.setAlternatingRowColors(True)
        clashes = 0
        for change in conflict.their_changes:
            item = QListWidgetItem(change.text(lang))
            item.setToolTip(change.path)
            own = conflict.my_change_for(change)
            if own is not None:
                clashes += 1
                yours = QCoreApplication.translate("Concurrency", "you: %1").replace("%1", own.text(lang))
                item.setText(f"⚠ {item.text()}\n     {yours}")
                item.setToolTip(
                    QCoreApplication.translate("Concurrency", "You changed this too.") + "\n" + change.path
                )
            self.changes.addItem(item)
        self.changes.setVisible(bool(conflict.their_changes))
        mine = QCoreApplication.translate(
            "Concurrency", "You made %n change(s) since then.", "", len(conflict.my_changes)
        )
        if clashes:
            mine += " " + QCoreApplication.translate(
                "Concurrency", "%n of their change(s) touch the same place (marked ⚠).", "", clashes
            )
        self.mine = QLabel(mine, self)
        self.mine.setWordWrap(True)
        self.advice = QLabel(
            QCoreApplication.translate(
                "Concurrency",
                "Overwriting replaces their version with yours; their changes are then only in the "
                "backup file “%1.bak”. Saving a copy keeps both versions, so you can compare them.",
            ).replace("%1", name),
            self,
        )
        self.advice.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.overwrite_button = self.buttons.addButton(
            QCoreApplication.translate("Concurrency", "&Overwrite with mine"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.copy_button = self.buttons.addButton(
            QCoreApplication.translate("Concurrency", "Save as a &copy…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.reload_button = self.buttons.addButton(
            QCoreApplication.translate("Concurrency", "&Reload from disk"),
            QDialogButtonBox.ButtonRole.ResetRole,
        )
        self.reload_button.setEnabled(conflict.theirs is not None)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.overwrite_button.clicked.connect(lambda: self._finish(ConflictChoice.OVERWRITE))
        self.copy_button.clicked.connect(lambda: self._finish(ConflictChoice.SAVE_COPY))
        self.reload_button.clicked.connect(lambda: self._finish(ConflictChoice.RELOAD))
        self.cancel_button.clicked.connect(lambda: self._finish(ConflictChoice.CANCEL))
        # Nothing destructive on Enter.
        self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.mine)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)
        rows = min(len(conflict.their_changes), 12)
        self.changes.setMinimumHeight(self.changes.sizeHintForRow(0) * min(rows, 4) + 8 if rows else 0)
        self.resize(680, 260 + self.changes.sizeHintForRow(0) * rows if rows else 220)

    def _finish(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.CANCEL:
            self.reject()
        else:
            self.accept()


def ask_changed_on_disk(parent: QWidget | None, conflict: DiskConflict) -> ConflictChoice:
    dialog = ChangedOnDiskDialog(conflict, parent)
    dialog.exec()
    return dialog.choice


def confirm_reload(parent: QWidget | None, name: str, my_changes: int) -> bool:
    """Ask before the user's own changes are dropped for the version on disk."""
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Concurrency", "Discard your changes?"),
        QCoreApplication.translate(
            "Concurrency",
            "Reloading “%1” from disk discards the %n change(s) you made. This cannot be undone.",
            "",
            my_changes,
        ).replace("%1", name),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


# -- the guard -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Claim:
    """The outcome of the lock question for a file about to be opened."""

    path: Path
    read_only: bool
    locked: bool
    """This program holds the lock file."""
    holder: LockInfo | None = None
    """When read-only: who has it open."""
    lock_error: str = ""
    """When no lock could be written (a read-only folder): the operating system's reason."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a.absolute() == b.absolute()


def _capture(path: Path) -> DiskState | None:
    try:
        return DiskState.capture(path)
    except OSError:
        return None


class ConcurrencyGuard(QObject):
    """Lock, read-only mode and the changed-on-disk check for the charter a ``FileController`` has open."""

    state_changed = Signal()
    """Read-only mode, the lock or a notice changed: title, Save action and banner follow."""

    def __init__(
        self,
        session: CharterSession,
        widget: QWidget,
        save_copy: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.widget = widget
        self._save_copy = save_copy
        self.path: Path | None = None
        """The file the lock and disk state belong to (the open charter's file)."""
        self.locked = False
        self.read_only = False
        self.holder: LockInfo | None = None
        """Read-only: who holds the lock. Otherwise: who took it over from us (heartbeat found out)."""
        self.taken_over = False
        self.lock_error = ""
        self.disk_changed = False
        """The heartbeat saw that someone saved the file; the next save will ask."""
        self.freed = False
        """Opened read-only, and the heartbeat found the holder gone: the charter is ours to save now."""
        self.freed_by: LockInfo | None = None
        self.state: DiskState | None = None
        self.base: Charter | None = None
        """The charter as loaded or last saved: what both sides' changes are measured from."""
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(locks.HEARTBEAT_SECONDS * 1000)
        self.heartbeat.timeout.connect(self.beat)

    # -- opening ------------------------------------------------------------------------------
    def claim(self, path: Path) -> Claim | None:
        """Take the lock of ``path`` (asking when someone else has it); ``None`` when the user cancels."""
        path = Path(path)
        if self.path is not None and self.locked and _same_file(path, self.path):
            return Claim(path, False, True)
        result = locks.acquire(path)
        for _ in range(_MAX_ROUNDS):
            if result.acquired:
                return Claim(path, False, True)
            if result.status is LockStatus.UNAVAILABLE:
                return Claim(path, False, False, lock_error=result.error or "?")
            choice = ask_lock_choice(self.widget, result, path)
            if choice is LockChoice.CANCEL:
                return None
            if choice is LockChoice.READ_ONLY:
                return Claim(path, True, False, holder=result.holder)
            if choice is LockChoice.BREAK_STALE:
                locks.break_stale(path)
                result = locks.acquire(path)
            elif choice is LockChoice.OPEN_ANYWAY and confirm_take_over(self.widget, result, path):
                result = locks.acquire(path, force=True)
        return None

    def unclaim(self, claim: Claim) -> None:
        """The file could not be opened after all: give back a lock taken for it."""
        if claim.locked and not (self.path is not None and _same_file(claim.path, self.path)):
            locks.release(claim.path)

    def opened(self, claim: Claim, charter: Charter, state: DiskState | None) -> None:
        """``charter`` from ``claim.path`` is now open; ``state`` is the file as it was before loading."""
        if self.path is not None and self.locked and not _same_file(self.path, claim.path):
            locks.release(self.path)
        self.path = claim.path
        self.locked = claim.locked
        self.read_only = claim.read_only
        self.holder = claim.holder
        self.taken_over = False
        self.freed, self.freed_by = False, None
        self.lock_error = claim.lock_error
        self._loaded(charter, state)

    def restored(self, path: Path | None) -> None:
        """Recovered work for ``path`` is open: lock it if free, else read-only (no question at start-up)."""
        self.forget()
        if path is None:
            return
        path = Path(path)
        state = _capture(path)
        result = locks.acquire(path)
        base: Charter | None = None
        with contextlib.suppress(CharterFileError):
            base = load_charter(path)
        self.path = path
        self.locked = result.acquired
        self.read_only = result.held_by_other and not result.stale
        self.holder = result.holder if result.held_by_other else None
        self.lock_error = result.error
        self.state = state
        self.base = base
        self.heartbeat.start()
        self.state_changed.emit()

    def forget(self) -> None:
        """The charter is closed or replaced by a new one: release the lock and forget the file."""
        if self.path is not None and self.locked:
            locks.release(self.path)
        self.heartbeat.stop()
        self.path = None
        self.locked = self.read_only = self.taken_over = self.disk_changed = False
        self.holder = self.freed_by = None
        self.freed = False
        self.lock_error = ""
        self.state = None
        self.base = None
        self.state_changed.emit()

    def _loaded(self, charter: Charter, state: DiskState | None) -> None:
        self.state = state
        self.base = charter.model_copy(deep=True)
        self.disk_changed = False
        self.heartbeat.start()
        self.state_changed.emit()

    # -- saving -------------------------------------------------------------------------------
    def before_write(self, path: Path) -> bool | None:
        """Check a save to ``path``; ``None``: go ahead. Otherwise the save's result (the user chose).

        Refuses a file someone else has open (Save As onto it); asks when the open file changed on
        disk since it was loaded or saved.
        """
        path = Path(path)
        same = self.path is not None and _same_file(path, self.path)
        if not same or self.read_only:
            other = self._locked_by_other(path)
            if other is not None:
                show_refusal(
                    self.widget,
                    QCoreApplication.translate("Concurrency", "The charter is in use"),
                    QCoreApplication.translate(
                        "Concurrency", "%1 has “%2” open on computer %3. Save your work under another name."
                    )
                    .replace("%1", other.user)
                    .replace("%2", path.name)
                    .replace("%3", other.host),
                )
                return False
        if same and self.state is not None and changed_since(self.state):
            return self._resolve_conflict(path)
        return None

    def written(self, path: Path, charter: Charter) -> None:
        """``charter`` was saved to ``path``: it is now the base, and the lock follows the file."""
        path = Path(path)
        if self.path is None or not _same_file(path, self.path) or not self.locked:
            if self.path is not None and self.locked and not _same_file(path, self.path):
                locks.release(self.path)
            result = locks.acquire(path)
            if result.held_by_other and result.stale:  # left behind: ours now, we just wrote the file
                locks.break_stale(path)
                result = locks.acquire(path)
            self.locked = result.acquired
            self.lock_error = result.error
            self.holder = result.holder if result.held_by_other else None
            self.taken_over = result.held_by_other  # they still have it open: keep saying so
        self.path = path
        self.read_only = False
        self.freed, self.freed_by = False, None
        try:
            state: DiskState | None = DiskState.of_bytes(path, dump_charter(charter))
        except OSError:
            state = _capture(path)
        self._loaded(charter, state)

    def _locked_by_other(self, path: Path) -> LockInfo | None:
        holder = locks.read_lock(path)
        if holder is None or holder.is_mine() or holder.is_stale():
            return None
        return holder

    def _resolve_conflict(self, path: Path) -> bool | None:
        state = _capture(path)
        theirs: Charter | None = None
        error: CharterFileError | None = None
        try:
            theirs = load_charter(path)
        except CharterFileError as exc:
            error = exc
        base = self.base
        their_changes = diff_charters(base, theirs) if base is not None and theirs is not None else []
        my_changes = diff_charters(base, self.session.charter) if base is not None else []
        conflict = DiskConflict(path, theirs, their_changes, my_changes, error)
        choice = ask_changed_on_disk(self.widget, conflict)
        if choice is ConflictChoice.OVERWRITE:
            return None
        if choice is ConflictChoice.SAVE_COPY:
            return self._save_copy()
        if (
            choice is ConflictChoice.RELOAD
            and theirs is not None
            and confirm_reload(self.widget, path.name, len(my_changes))
        ):
            self.session.replace(theirs, path)
            self._loaded(theirs, state)
        return False

    # -- while open ---------------------------------------------------------------------------
    def beat(self) -> None:
        """Renew the lock and look at the file: tell the user when someone took over or saved."""
        if self.path is None:
            return
        before = (self.locked, self.read_only, self.taken_over, self.disk_changed)
        if self.read_only:
            result = locks.acquire(self.path)  # only succeeds once they have closed it
            if result.acquired:
                self.locked, self.read_only = True, False
                self.freed, self.freed_by, self.holder = True, self.holder, None
        elif self.locked and not locks.refresh(self.path):
            holder = locks.read_lock(self.path)
            if holder is None:  # our lock vanished (removed by hand): put it back quietly
                self.locked = locks.acquire(self.path).acquired
            else:
                self.locked = False
                self.taken_over = True
                self.holder = holder
        if self.state is not None and not self.disk_changed and changed_since(self.state):
            self.disk_changed = True
        if (self.locked, self.read_only, self.taken_over, self.disk_changed) != before:
            self.state_changed.emit()

    def suggested_path(self, path: Path) -> Path:
        """Return the name Save As offers: the file itself, or beside it a copy's name when read-only."""
        if not self.read_only:
            return path
        name = path.name
        for suffix in (".charter.json", ".json"):
            if name.endswith(suffix):
                stem, ext = name[: -len(suffix)], suffix
                break
        else:
            stem, ext = path.stem, path.suffix
        word = QCoreApplication.translate("Concurrency", "copy")
        candidate = path.with_name(f"{stem}-{word}{ext}")
        number = 2
        while candidate.exists():
            candidate = path.with_name(f"{stem}-{word}-{number}{ext}")
            number += 1
        return candidate

    # -- texts --------------------------------------------------------------------------------
    def title_suffix(self) -> str:
        return " [" + QCoreApplication.translate("Concurrency", "read-only") + "]" if self.read_only else ""

    def notices(self) -> list[str]:
        """Return what the banner says now, in the UI language (empty: no banner)."""
        out: list[str] = []
        if self.read_only:
            if self.holder is not None:
                who = (
                    QCoreApplication.translate("Concurrency", "%1 (computer %2) has this charter open.")
                    .replace("%1", self.holder.user)
                    .replace("%2", self.holder.host)
                )
            else:
                who = QCoreApplication.translate("Concurrency", "Someone else has this charter open.")
            out.append(
                who
                + " "
                + QCoreApplication.translate(
                    "Concurrency",
                    "You opened it read-only: you can make changes, but only save them under another name.",
                )
            )
            if self.session.is_dirty():
                out.append(
                    QCoreApplication.translate(
                        "Concurrency", "Your changes are not in any charter file yet: save them with Save As."
                    )
                )
        elif self.freed:
            who = (
                self.freed_by.user
                if self.freed_by is not None
                else QCoreApplication.translate("Concurrency", "the other person")
            )
            out.append(
                QCoreApplication.translate(
                    "Concurrency",
                    "%1 has closed the charter: it is no longer read-only and you can save it here. If they "
                    "saved changes, you will see them when you save.",
                ).replace("%1", who)
            )
        elif self.taken_over and self.holder is not None:
            out.append(
                QCoreApplication.translate(
                    "Concurrency",
                    "%1 (computer %2) opened this charter anyway at %3. Whoever of you saves second is shown what the other changed.",
                )
                .replace("%1", self.holder.user)
                .replace("%2", self.holder.host)
                .replace("%3", _when(self.holder.since))
            )
        if self.lock_error and not self.read_only:
            out.append(
                QCoreApplication.translate(
                    "Concurrency",
                    "Others cannot see that you have this charter open: no lock file can be written (%1).",
                ).replace("%1", self.lock_error)
            )
        if self.disk_changed:
            out.append(
                QCoreApplication.translate(
                    "Concurrency",
                    "Someone saved this charter after you opened it. When you save, you will see what they changed.",
                )
            )
        return out


# -- the banner in the window ----------------------------------------------------------------------
class ConcurrencyBanner(QFrame):
    """A bar above the wizard page: read-only mode, a colleague who took over or saved, no lock possible."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("concurrencyBanner")
        self.window_ = window
        self.guard: ConcurrencyGuard = window.files.guard
        self.label = QLabel(self)
        self.label.setObjectName("concurrencyText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_as_button = QPushButton(self)
        self.save_as_button.clicked.connect(window.files.save_as)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save_as_button)
        self.guard.state_changed.connect(self.refresh)
        window.session.dirty_changed.connect(self._on_dirty)
        self.refresh()

    def _on_dirty(self, _dirty: bool) -> None:
        if self.guard.read_only:
            self.refresh()

    def refresh(self) -> None:
        notices = self.guard.notices()
        self.label.setText("\n".join(notices))
        self.save_as_button.setText(QCoreApplication.translate("Concurrency", "Save &As…"))
        self.save_as_button.setVisible(self.guard.read_only)
        warning = self.guard.read_only and self.window_.session.is_dirty()
        colour = ("#fde2e1", "#d9534f") if warning or self.guard.taken_over else ("#fff4ce", "#e0b040")
        self.setStyleSheet(
            f"#concurrencyBanner {{ background: {colour[0]}; border: 1px solid {colour[1]}; border-radius: 3px; }}"
            "#concurrencyBanner QLabel { color: #1f1f1f; }"
        )
        self.setVisible(bool(notices))
        self.window_.save_action.setEnabled(not self.guard.read_only)
        self.window_._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def attach(window: MainWindow) -> ConcurrencyBanner:
    """Put the banner above the wizard page and let the title and Save action follow read-only mode."""
    banner = ConcurrencyBanner(window)
    layout = window.page_title.parentWidget().layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, banner)
    return banner


def capture_disk_state(path: Path) -> DiskState | None:
    """Return the file's state now, or ``None`` when it cannot be read (the load will say why)."""
    return _capture(path)
