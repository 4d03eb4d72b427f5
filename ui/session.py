"""The open charter in the wizard: the model, its file, and every edit as an undoable command.

Pages never assign to the model directly; they call ``set_value`` / ``set_list`` so each edit lands
on the undo stack and every view hears about it through ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from charter_builder.model import Charter, Record

_MERGE_ID = 0x5E7


class SetValueCommand(QUndoCommand):
    """Set one field of one record; consecutive typing into the same field merges into one step."""

    def __init__(self, session: CharterSession, owner: Record, field: str, value: Any, path: str, text: str):
        super().__init__(text)
        self._session = session
        self.owner = owner
        self.field = field
        self.old = getattr(owner, field)
        self.new = value
        self.path = path

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if (
            not isinstance(other, SetValueCommand)
            or other.owner is not self.owner
            or other.field != self.field
        ):
            return False
        # Only typed text merges; an enum is a str too (StrEnum) but each choice is its own step.
        if type(self.new) is not str or type(other.new) is not str:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        setattr(self.owner, self.field, self.new)
        self._session.changed.emit(self.path)

    def undo(self) -> None:
        setattr(self.owner, self.field, self.old)
        self._session.changed.emit(self.path)


class CharterSession(QObject):
    """Holds the charter being edited, where it is saved, and its undo history."""

    changed = Signal(str)
    """A field or list changed; the argument is its path ("" when everything may have changed)."""
    charter_replaced = Signal()
    """New or opened charter: every view reloads."""
    dirty_changed = Signal(bool)
    path_changed = Signal(object)
    refused = Signal(str)
    """An edit was not made because ``guard`` forbade it; the argument says why."""

    def __init__(self, charter: Charter | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.charter: Charter = charter if charter is not None else Charter.new()
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        #: Asked before every edit: a message when editing is not allowed now (a signed charter), else None.
        self.guard: Callable[[str], str | None] | None = None
        # A bound method, not a lambda: Qt drops the connection when the session is destroyed.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    # -- state -------------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def replace(self, charter: Charter, path: Path | None = None) -> None:
        """Show another charter (New, Open, restore): forgets undo history, marks it unchanged."""
        self.charter = charter
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.set_path(path)
        self.charter_replaced.emit()
        self.changed.emit("")

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.path_changed.emit(path)

    def mark_saved(self, path: Path) -> None:
        self.undo_stack.setClean()
        self.set_path(path)

    def mark_dirty(self) -> None:
        """Mark the charter as changed although no edit was made (a restored recovery, a migrated file)."""
        self.undo_stack.resetClean()

    # -- edits -------------------------------------------------------------------------------
    def edit_refused(self, path: str = "") -> bool:
        """Ask ``guard``; when it forbids the edit, say why through ``refused`` (pages do not expect errors).

        Whole-charter edits (a merge of partner packages) call this too, so a signed charter stays frozen.
        """
        message = self.guard(path) if self.guard is not None else None
        if message is None:
            return False
        self.refused.emit(message)
        return True

    def set_value(self, owner: Record, field: str, value: Any, path: str, text: str = "") -> None:
        """Change ``owner.field`` to ``value`` as one undoable step (no step when nothing changes).

        Raises ``pydantic.ValidationError`` before anything changes when the value is invalid.
        """
        if getattr(owner, field) == value or self.edit_refused(path):
            return
        old = getattr(owner, field)
        setattr(owner, field, value)  # validates the value and the record's cross-field rules
        setattr(owner, field, old)
        self.undo_stack.push(SetValueCommand(self, owner, field, value, path, text or path))

    def set_list(self, owner: Record, field: str, items: list[Any], path: str, text: str = "") -> None:
        """Replace a list (add, remove, duplicate, reorder rows) as one undoable step."""
        if list(getattr(owner, field)) == items and all(
            a is b for a, b in zip(getattr(owner, field), items, strict=True)
        ):
            return
        if self.edit_refused(path):
            return
        cmd = SetValueCommand(self, owner, field, list(items), path, text or path)
        cmd.old = list(getattr(owner, field))
        self.undo_stack.push(cmd)
