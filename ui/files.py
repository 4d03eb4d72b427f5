"""New, Open, Save, Save As and recent files: the wizard's file handling around the core's storage.

The dialogs are module-level functions so tests can replace them. Nothing here ever loses the
open charter: an open that fails leaves it in place, a save that fails keeps it in memory (and
the autosave keeps it in the recovery file).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from charter_builder.model import Charter
from charter_builder.model.charter import SCHEMA_VERSION
from charter_builder.storage import CharterFileError, load_charter, save_charter

from . import i18n
from .concurrency import ConcurrencyGuard, capture_disk_state
from .settings import app_settings

if TYPE_CHECKING:
    from .session import CharterSession

SUFFIX = ".charter.json"
MAX_RECENT = 8
_RECENT_KEY = "files/recent"


# -- dialogs (replaced in tests) -------------------------------------------------------------------
def ask_open_path(parent: QWidget | None, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Files", "Open charter"),
        folder,
        QCoreApplication.translate(
            "Files", "Charters (*.charter.json);;Partner packages (*.partner.json);;JSON files (*.json)"
        ),
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Files", "Save charter as"),
        suggested,
        QCoreApplication.translate("Files", "Charters (*.charter.json)"),
    )
    if not name:
        return None
    path = Path(name)
    if not path.name.endswith(".json"):
        path = path.with_name(path.name + SUFFIX)
    return path


def ask_unsaved(parent: QWidget | None, name: str) -> QMessageBox.StandardButton:
    """Ask what to do with unsaved changes: Save, Discard or Cancel."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Files", "Unsaved changes"),
        QCoreApplication.translate("Files", "“%1” has changes that are not saved. Save them first?").replace(
            "%1", name
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def ask_upgrade(parent: QWidget | None, name: str, version: int) -> bool:
    """Ask before a file of an older schema is written in the new one (the original is kept as .bak)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Files", "Save in the new format?"),
        QCoreApplication.translate(
            "Files",
            "“%1” was written by an older version of Charter Builder (format %2). Saving writes it in "
            "the current format (%3), which older versions cannot open. The original is kept as "
            "“%1.bak”. Save now?",
        )
        .replace("%1", name)
        .replace("%2", str(version))
        .replace("%3", str(SCHEMA_VERSION)),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Show an error; the problem list is in view at once unless it is long (then behind Details)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details and len(details) <= 1500 and details.count("\n") <= 12:
        box.setInformativeText(details)
    elif details:
        box.setInformativeText(details[:600].rsplit("\n", 1)[0] + "\n…")
        box.setDetailedText(details)
    box.exec()


# -- recent files ------------------------------------------------------------------------------
def recent_files() -> list[Path]:
    value = app_settings().value(_RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [Path(v) for v in (value or []) if v]


def add_recent_file(path: Path) -> None:
    path = path.resolve()
    items = [p for p in recent_files() if p != path]
    items.insert(0, path)
    settings = app_settings()
    settings.setValue(_RECENT_KEY, [str(p) for p in items[:MAX_RECENT]])
    settings.sync()


def clear_recent_files() -> None:
    settings = app_settings()
    settings.remove(_RECENT_KEY)
    settings.sync()


def file_schema_version(path: Path) -> int | None:
    """Return the ``schema_version`` a file was written with, read without migrating; ``None`` if unknown."""
    try:
        raw = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):
        return None
    version = raw.get("schema_version") if isinstance(raw, dict) else None
    return version if isinstance(version, int) and not isinstance(version, bool) else None


def display_name(path: Path | None) -> str:
    return path.name if path is not None else QCoreApplication.translate("Files", "Untitled") + SUFFIX


class FileController(QObject):
    """Carries out the file commands for one window's session and asks the questions they need."""

    saved = Signal(object)
    """A save succeeded; the argument is the path (the autosave drops its recovery file)."""
    opened = Signal(object)
    """Another charter replaced the open one (New, Open, restore); the argument is its path or None."""
    recent_changed = Signal()
    save_failed = Signal()
    """Writing the file failed: the autosave writes the recovery file at once, so the message holds."""

    def __init__(self, session: CharterSession, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.widget = parent_widget
        self._old_schema: int | None = None
        """Schema version of the open file when older than ours: the next save asks first."""
        self.guard = ConcurrencyGuard(session, parent_widget, self.save_as, self)
        """The lock beside the open file, read-only mode and the changed-on-disk check."""

    # -- questions ---------------------------------------------------------------------------
    def maybe_keep_changes(self) -> bool:
        """Return True when the caller may drop the open charter (saved, discarded or unchanged)."""
        if not self.session.is_dirty():
            return True
        answer = ask_unsaved(self.widget, display_name(self.session.path))
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- commands ----------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_keep_changes():
            return False
        self._old_schema = None
        self.guard.forget()
        self.session.replace(Charter.new(language=i18n.current_language()))  # type: ignore[arg-type]
        self.opened.emit(None)
        return True

    def new_from_template(self) -> bool:
        """File → New from template: a starter charter as a new draft (unsaved changes asked first, like New)."""
        from .new_from_template import choose_charter

        if not self.maybe_keep_changes():
            return False
        charter = choose_charter(self.widget)
        if charter is None:
            return False
        self._old_schema = None
        self.guard.forget()
        self.session.replace(charter)
        self.opened.emit(None)
        return True

    def open(self) -> bool:
        if not self.maybe_keep_changes():
            return False
        folder = str(self.session.path.parent) if self.session.path else str(Path.home())
        path = ask_open_path(self.widget, folder)
        if path is None:
            return False
        return self.open_path(path, ask=False)

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open ``path``; on an error show it and keep the open charter. ``ask``: prompt for unsaved changes."""
        if path.name.endswith(".partner.json"):  # a partner package opens in partner mode, beside the charter
            from .partner_mode import open_partner_window

            opened = open_partner_window(path, self.widget) is not None
            self.recent_changed.emit()
            return opened
        if ask and not self.maybe_keep_changes():
            return False
        state = capture_disk_state(path)  # before loading: a save in between is then noticed
        try:
            charter = load_charter(path)
        except CharterFileError as exc:
            show_error(
                self.widget,
                QCoreApplication.translate("Files", "Cannot open the charter"),
                exc.headline(i18n.current_language()) + f"\n\n{path}",
                exc.describe(i18n.current_language()),
            )
            return False
        claim = self.guard.claim(path)  # asks when someone else has it open
        if claim is None:
            return False
        version = file_schema_version(path)
        self._old_schema = version if version is not None and version < SCHEMA_VERSION else None
        self.session.replace(charter, path)
        self.guard.opened(claim, charter, state)
        add_recent_file(path)
        self.recent_changed.emit()
        self.opened.emit(path)
        return True

    def restore(self, charter: Charter, source_path: Path | None) -> None:
        """Show a recovered charter: it belongs to ``source_path`` but is not saved there yet."""
        self._old_schema = None
        self.session.replace(charter, source_path)
        self.session.mark_dirty()
        self.guard.restored(source_path)
        self.opened.emit(source_path)

    def save(self) -> bool:
        if self.session.path is None or self.guard.read_only:  # read-only: only under another name
            return self.save_as()
        if self._old_schema is not None and not ask_upgrade(
            self.widget, self.session.path.name, self._old_schema
        ):
            return False
        return self._write(self.session.path)

    def save_as(self) -> bool:
        if self.session.path is not None:
            suggested = str(self.guard.suggested_path(self.session.path))  # read-only: a copy's name
        else:
            folder = Path.home()
            recent = recent_files()
            if recent:
                folder = recent[0].parent
            suggested = str(folder / (_suggested_stem(self.session.charter) + SUFFIX))
        path = ask_save_path(self.widget, suggested)
        if path is None:
            return False
        return self._write(path)

    def _write(self, path: Path) -> bool:
        verdict = self.guard.before_write(path)  # someone else's file, or changed on disk: the user chose
        if verdict is not None:
            return verdict
        try:
            save_charter(self.session.charter, path)
        except CharterFileError as exc:
            self.save_failed.emit()  # before the message: the recovery file then has the latest work
            lang = i18n.current_language()
            show_error(
                self.widget,
                QCoreApplication.translate("Files", "Cannot save the charter"),
                exc.headline(lang)
                + f"\n\n{path}\n\n"
                + QCoreApplication.translate(
                    "Files",
                    "Your work is still open and kept in the recovery file. Try another folder with Save As.",
                ),
                exc.describe(lang),
            )
            return False
        self._old_schema = None
        self.session.mark_saved(path)
        self.guard.written(path, self.session.charter)
        add_recent_file(path)
        self.recent_changed.emit()
        self.saved.emit(path)
        return True


def _suggested_stem(charter: Charter) -> str:
    name = charter.metadata.partnership_name or charter.metadata.title
    stem = "".join(ch if ch.isalnum() or ch in "-_ " else "" for ch in name).strip().replace(" ", "-").lower()
    return stem[:60] or "convenant"
