"""Fixtures for the wizard shell's tests: a main window in Dutch, and dialogs replaced by recorders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from charter_builder.model import Charter
from ui import files
from ui import main_window as main_window_module
from ui.main_window import MainWindow

EXAMPLE = Path(__file__).resolve().parents[2] / "templates" / "examples" / "riec-westerdelta.charter.json"


class Dialogs:
    """Records the questions the window asks and answers them as the test says."""

    def __init__(self) -> None:
        self.unsaved_answer = QMessageBox.StandardButton.Cancel
        self.unsaved_asked = 0
        self.upgrade_answer = True
        self.upgrade_asked = 0
        self.errors: list[tuple[str, str, str]] = []
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.restore_answer: tuple[str, Any] | None = None
        self.restore_offers: list[list[Any]] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def unsaved(_parent: object, _name: str) -> QMessageBox.StandardButton:
            self.unsaved_asked += 1
            return self.unsaved_answer

        def upgrade(_parent: object, _name: str, _version: int) -> bool:
            self.upgrade_asked += 1
            return self.upgrade_answer

        def error(_parent: object, title: str, text: str, details: str = "") -> None:
            self.errors.append((title, text, details))

        def restore(_parent: object, entries: list[Any]) -> tuple[str, Any]:
            self.restore_offers.append(list(entries))
            if self.restore_answer is None:
                return main_window_module.LATER, entries[0]
            action, entry = self.restore_answer
            return action, entries[0] if entry is None else entry

        monkeypatch.setattr(files, "ask_unsaved", unsaved)
        monkeypatch.setattr(files, "ask_upgrade", upgrade)
        monkeypatch.setattr(files, "show_error", error)
        monkeypatch.setattr(files, "ask_save_path", lambda _p, _s: self.save_path)
        monkeypatch.setattr(files, "ask_open_path", lambda _p, _f: self.open_path)
        monkeypatch.setattr(main_window_module, "ask_restore", restore)


def edit_title(window: MainWindow, text: str) -> None:
    """Change the charter's title as the pages do: through the session, as one undoable step."""
    charter: Charter = window.session.charter
    window.session.set_value(charter.metadata, "title", text, "metadata.title")
