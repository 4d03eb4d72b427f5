"""The Review menu of the main window: mid-term review, health check and compare versions open on its session."""

# ruff: noqa: F811 - pytest fixtures imported from the shell's and the review's fixture modules

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

from .shell_fixtures import dialogs, make_window, window  # noqa: F401
from .test_review_support import dutch_qm, language  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def review_menu(window: MainWindow) -> ReviewMenu:
    """The window's Review menu (the shell adds it; installed here when it does not yet)."""
    found = window.findChild(ReviewMenu)
    return found if found is not None else install_review_menu(window)


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
