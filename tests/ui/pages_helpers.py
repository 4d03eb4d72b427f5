"""Helpers shared by the step-page tests: the example charter, a page on a fresh session, a round trip."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit
from pytestqt.qtbot import QtBot

from charter_builder.model import Charter
from charter_builder.storage import dump_charter, load_charter, load_charter_bytes
from ui.pages.base import StepPage
from ui.session import CharterSession
from ui.widgets.record_table import RecordTable

EXAMPLE = Path(__file__).resolve().parents[2] / "templates" / "examples" / "riec-westerdelta.charter.json"

P = TypeVar("P", bound=StepPage)


def example() -> Charter:
    return load_charter(EXAMPLE)


def open_page(qtbot: QtBot, cls: type[P], charter: Charter | None = None) -> tuple[P, CharterSession]:
    session = CharterSession(charter if charter is not None else example())
    page = cls(session)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.load()
    return page, session


def round_trip(charter: Charter) -> Charter:
    """Return the charter after saving it to JSON and reading it back (what a reopen would show)."""
    return load_charter_bytes(dump_charter(charter))


def type_into_cell(qtbot: QtBot, table: RecordTable, row: int, column: int, text: str) -> None:
    """Open a cell's editor like a user (F2), replace its text and press Enter."""
    index = table.model.index(row, column)
    table.view.setCurrentIndex(index)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = table.view.indexWidget(index)  # the open editor (closed ones linger until deleted)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
