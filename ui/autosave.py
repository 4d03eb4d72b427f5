"""Autosave: while there are unsaved changes, the charter goes to its recovery file every 30 seconds.

The recovery file is dropped after a successful save and on a clean close; after a crash it is
still there and the next start offers to restore it (``charter_builder.storage.recovery``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from charter_builder.storage import CharterFileError
from charter_builder.storage.recovery import remove_recovery, write_recovery

from .session import CharterSession

DEFAULT_INTERVAL_MS = 30_000


class Autosave(QObject):
    """Writes the session's charter to its recovery file on a timer, only when something changed."""

    written = Signal(bool)
    """After each attempt: whether the recovery file was written."""

    def __init__(
        self, session: CharterSession, interval_ms: int = DEFAULT_INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.current: Path | None = None
        """The recovery file this window wrote last (removed on save, clean close or a new charter)."""
        self.last_error: CharterFileError | None = None
        self._pending = False
        session.changed.connect(self._on_changed)
        session.dirty_changed.connect(self._on_dirty)

    def _on_changed(self, _path: str) -> None:
        if self.session.is_dirty():
            self._pending = True
            if not self.timer.isActive():
                self.timer.start()

    def _on_dirty(self, dirty: bool) -> None:
        if dirty:
            self._pending = True
            if not self.timer.isActive():
                self.timer.start()
        else:
            # Clean again (saved, or undone back to the saved state): nothing left to recover.
            self._pending = False
            self.timer.stop()
            self.discard()

    def _tick(self) -> None:
        if self._pending:
            self.write_now()

    def write_now(self) -> Path | None:
        """Write the recovery file if there are unsaved changes; return its path (None when nothing to do)."""
        if not self.session.is_dirty():
            self.timer.stop()
            return None
        try:
            target = write_recovery(self.session.charter, self.session.path)
        except CharterFileError as exc:
            self.last_error = exc
            self.written.emit(False)
            return None
        self.last_error = None
        if self.current is not None and self.current != target:
            remove_recovery(self.current)  # Save As moved the work to another file
        self.current = target
        self._pending = False
        self.written.emit(True)
        return target

    def discard(self) -> None:
        """Remove this window's recovery file (after a save, a clean close or replacing the charter)."""
        if self.current is not None:
            remove_recovery(self.current)
            self.current = None

    def stop(self) -> None:
        self.timer.stop()
