"""The Review menu of the main window: mid-term review, health check and compare versions open on its session."""

from __future__ import annotations

from typing import Any

import pytest

from ui.main_window import MainWindow
from ui.review import (
    CompareVersionsWidget,
    HealthCheckEditor,
    ReviewMenu,
    ReviewModePanel,
    install_review_menu,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def review_menu(window: MainWindow) -> ReviewMenu:
    """The window's Review menu, as the main window builds it."""
    menus = window.findChildren(ReviewMenu)
    assert len(menus) == 1
    return menus[0]


def test_the_review_menu_follows_view_before_language(window: MainWindow, language: Any) -> None:
    titles = [a.menu().objectName() or a.text() for a in window.menuBar().actions()]
    menu = review_menu(window)
    assert window.review_menu is menu
    bar = window.menuBar().actions()
    index = bar.index(menu.menuAction())
    assert bar[index - 1] is window.view_menu.menuAction(), titles
    assert bar.index(window.language_menu.menuAction()) > index, titles
    # Its Alt+letter is its own in the menu bar, in both languages.
    for lang in ("nl", "en"):
        language(lang)
        keys = [a.text().split("&", 1)[1][:1].lower() for a in bar if "&" in a.text()]
        assert keys.count(menu.title().split("&", 1)[1][:1].lower()) == 1, (lang, titles)


def test_install_review_menu_on_another_window(qtbot: Any) -> None:
    from PySide6.QtWidgets import QMainWindow

    from ui.session import CharterSession

    other = QMainWindow()
    qtbot.addWidget(other)
    other.session = CharterSession(parent=other)  # type: ignore[attr-defined]
    help_menu = other.menuBar().addMenu("Help")
    menu = install_review_menu(other, before=help_menu.menuAction())
    assert other.menuBar().actions() == [menu.menuAction(), help_menu.menuAction()]


def test_review_menu_opens_each_window_on_the_window_session(
    window: MainWindow, qtbot: Any, language: Any
) -> None:
    language("en")
    menu = review_menu(window)
    assert menu.menuAction() in window.menuBar().actions()
    assert menu.title() == "&Review"
    assert [a.text() for a in menu.actions()] == ["&Mid-term review…", "&Health check…", "&Compare versions…"]
    kinds = {
        menu.review_action: ReviewModePanel,
        menu.health_action: HealthCheckEditor,
        menu.compare_action: CompareVersionsWidget,
    }
    for action, kind in kinds.items():
        action.trigger()
        opened = [w for w in window.session._review_windows.values() if isinstance(w.content, kind)]
        assert len(opened) == 1
        assert opened[0].isVisible()
        assert opened[0].content.session is window.session
        qtbot.addWidget(opened[0])
    # An edit in the review window is an edit of the open charter: the main window's undo takes it back.
    panel = next(
        w.content for w in window.session._review_windows.values() if isinstance(w.content, ReviewModePanel)
    )
    panel.start_review()
    assert len(window.session.charter.reviews) == 1
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.session.charter.reviews == []


def test_review_menu_speaks_dutch(window: MainWindow, language: Any) -> None:
    menu = review_menu(window)
    language("nl")
    assert menu.title() == "T&oetsing"  # &Taal has the T
    assert menu.review_action.text() == "&Tussentijdse toetsing…"
    language("en")
    assert menu.compare_action.text() == "&Compare versions…"
