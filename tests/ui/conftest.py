"""Fixtures every wizard test may use, and the same application state at the start of each test.

The fixtures live here rather than in modules that tests import by name: pytest finds them, and no
test module re-binds or re-imports a fixture (which ruff flags as a redefinition, F811). Helpers
that are no fixtures (``Dialogs``, ``Questions``, ``edit_title``...) stay in ``shell_fixtures.py``
and ``concurrency_fixtures.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from charter_builder.storage import load_charter, save_charter
from ui import i18n
from ui.main_window import MainWindow
from ui.session import CharterSession

from .concurrency_fixtures import Questions
from .shell_fixtures import EXAMPLE, Dialogs


@pytest.fixture(autouse=True)
def _no_translators_left_behind() -> Iterator[None]:
    """Remove translators a test installed, so the next one sees the English source texts it expects."""
    yield
    if QCoreApplication.instance() is None:
        return
    i18n.remove_translators()
    QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.fixture
def example(tmp_path: Path) -> Path:
    """A copy of the example charter: opening a file locks it, and the repository's copy stays untouched."""
    copy = tmp_path / "example" / EXAMPLE.name
    copy.parent.mkdir()
    copy.write_bytes(EXAMPLE.read_bytes())
    return copy


@pytest.fixture
def session() -> CharterSession:
    """The example charter in an editing session, without a window."""
    return CharterSession(load_charter(EXAMPLE))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[Dialogs]:
    """The window's questions and file dialogs, answered by the test instead of a person."""
    d = Dialogs()
    d.install(monkeypatch)
    yield d
    i18n.remove_translators()  # leave the application as other tests expect it: no translators


@pytest.fixture
def make_window(qtbot: Any, dialogs: Dialogs) -> Iterator[Callable[..., MainWindow]]:
    """Return a factory of shown main windows (Dutch, as the program starts); each is closed at the end."""
    i18n.install_language("nl")
    made: list[MainWindow] = []

    def make(**kwargs: Any) -> MainWindow:
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.autosave.stop()
        window.session.undo_stack.setClean()  # the test is over: no question on close


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """The shared-drive questions (lock, changed on disk), answered by the test."""
    q = Questions()
    q.install(monkeypatch)
    return q


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """The example charter in a folder that stands for the shared drive."""
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = folder / "convenant.charter.json"
    save_charter(load_charter(EXAMPLE), path)
    return path


@pytest.fixture
def language(qapp: Any) -> Iterator[Callable[[str], None]]:
    """Return a function that switches the UI to "nl" or "en"; Dutch again afterwards."""

    def switch(lang: str) -> None:
        i18n.install_language(lang)
        QCoreApplication.processEvents()  # widgets hear LanguageChange through posted events

    yield switch
    i18n.install_language("nl")
