"""Every step page builds, loads the example charter and writes typed text back into the model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from charter_builder.model import Charter
from charter_builder.storage import load_charter
from ui.pages import page_classes
from ui.pages.base import StepPage
from ui.session import CharterSession

EXAMPLE = Path(__file__).resolve().parents[2] / "templates" / "examples" / "riec-westerdelta.charter.json"


@pytest.fixture
def example() -> Charter:
    return load_charter(EXAMPLE)


def test_page_classes_in_step_order() -> None:
    names = [cls.__name__ for cls in page_classes()]
    assert names[:8] == [
        "PartnersPage",
        "PurposePage",
        "VisionPage",
        "StrategyPage",
        "TrustPage",
        "GovernancePage",
        "RolesPage",
        "DataSharingPage",
    ]
    steps = [cls.step for cls in page_classes()[:8]]
    assert len(set(steps)) == 8


@pytest.mark.qt_log_ignore("propagateSizeHints")
@pytest.mark.parametrize("cls", page_classes()[:8], ids=lambda c: c.__name__)
def test_page_loads_example(qtbot: QtBot, example: Charter, cls: type[StepPage]) -> None:
    session = CharterSession(example)
    page = cls(session)
    qtbot.addWidget(page)
    page.load()
    assert page.title()
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)


def test_typing_in_a_text_area_reaches_the_model_and_undoes(qtbot: QtBot, example: Charter) -> None:
    from ui.pages.purpose import PurposePage

    session = CharterSession(example)
    page = PurposePage(session)
    qtbot.addWidget(page)
    page.load()
    edit = page.findChild(QPlainTextEdit, "field_problem")
    assert edit is not None
    assert edit.toPlainText() == example.purpose.problem
    edit.selectAll()
    qtbot.keyClicks(edit, "Drugscriminaliteit")
    assert session.charter.purpose.problem == "Drugscriminaliteit"
    assert session.undo_stack.count() == 1  # typing merges into one step
    assert session.undo_stack.text(0) == "Edit Societal problem"  # what Edit > Undo shows
    session.undo_stack.undo()
    assert edit.toPlainText() == example.purpose.problem
    session.undo_stack.redo()
    assert edit.toPlainText() == "Drugscriminaliteit"
