"""Review mode (issue 6) and the health check (issues 6 and 7), opened from the main window's Review menu.

The shell calls ``install_review_menu(window)`` once; each entry opens its own window over the
same session, so edits there are edits of the open charter (undoable with Ctrl+Z in either).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMenu, QVBoxLayout, QWidget

from ..session import CharterSession
from .health_editor import HealthCheckEditor
from .review_panel import ReviewModePanel
from .versions_view import CompareVersionsWidget

__all__ = [
    "CompareVersionsWidget",
    "HealthCheckEditor",
    "ReviewMenu",
    "ReviewModePanel",
    "ReviewWindow",
    "install_review_menu",
    "open_compare_versions",
    "open_health_check",
    "open_review_mode",
]


def _session_of(owner: object) -> CharterSession:
    if isinstance(owner, CharterSession):
        return owner
    session = getattr(owner, "session", None)
    if not isinstance(session, CharterSession):
        raise TypeError("expected a CharterSession or a window with a .session")
    return session


class ReviewWindow(QDialog):
    """A separate, non-modal window around one review widget, with undo/redo of the session."""

    def __init__(self, session: CharterSession, content: QWidget, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.setModal(False)
        self.session = session
        self.content = content
        self._title = title
        content.setParent(self)
        self.undo_action = session.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = session.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(content, 1)
        layout.addWidget(self.buttons)
        self.resize(1280, 800)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ReviewWindow", self._title))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # Edits are already in the charter (and on the undo stack): closing only hides the window.
        event.accept()


def _open(owner: object, parent: QWidget | None, key: str, make: type[QWidget], title: str) -> ReviewWindow:
    """Show the window of this kind for this session (one each; shown again when already open)."""
    session = _session_of(owner)
    host = parent if parent is not None else owner if isinstance(owner, QWidget) else None
    windows: dict[str, ReviewWindow] | None = getattr(session, "_review_windows", None)
    if windows is None:
        windows = {}
        session._review_windows = windows  # type: ignore[attr-defined]
    window = windows.get(key)
    if window is None:
        window = ReviewWindow(session, make(session), title, host)
        windows[key] = window
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def open_review_mode(main_window_or_session: object, parent: QWidget | None = None) -> ReviewWindow:
    """Open (or bring forward) the mid-term review window for the window's session."""
    return _open(
        main_window_or_session,
        parent,
        "review",
        ReviewModePanel,
        QT_TRANSLATE_NOOP("ReviewWindow", "Mid-term review"),
    )


def open_health_check(session: object, parent: QWidget | None = None) -> ReviewWindow:
    """Open (or bring forward) the health check window (the founding check, or any other)."""
    return _open(
        session, parent, "health", HealthCheckEditor, QT_TRANSLATE_NOOP("ReviewWindow", "Health check")
    )


def open_compare_versions(session: object, parent: QWidget | None = None) -> ReviewWindow:
    return _open(
        session,
        parent,
        "compare",
        CompareVersionsWidget,
        QT_TRANSLATE_NOOP("ReviewWindow", "Compare versions"),
    )


class ReviewMenu(QMenu):
    """The "Review" menu: mid-term review, health check, compare versions."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("reviewMenu")
        self.review_action = QAction(self)
        self.review_action.setObjectName("reviewModeAction")
        self.review_action.triggered.connect(lambda: open_review_mode(window, window))
        self.health_action = QAction(self)
        self.health_action.setObjectName("healthCheckAction")
        self.health_action.triggered.connect(lambda: open_health_check(window, window))
        self.compare_action = QAction(self)
        self.compare_action.setObjectName("compareVersionsAction")
        self.compare_action.triggered.connect(lambda: open_compare_versions(window, window))
        self.addActions([self.review_action, self.health_action, self.compare_action])
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("ReviewMenu", "&Review"))
        self.review_action.setText(QCoreApplication.translate("ReviewMenu", "&Mid-term review…"))
        self.review_action.setStatusTip(
            QCoreApplication.translate(
                "ReviewMenu", "Measure the KPIs, score the health check, agree actions"
            )
        )
        self.health_action.setText(QCoreApplication.translate("ReviewMenu", "&Health check…"))
        self.health_action.setStatusTip(
            QCoreApplication.translate("ReviewMenu", "Let every partner score the collaboration")
        )
        self.compare_action.setText(QCoreApplication.translate("ReviewMenu", "&Compare versions…"))
        self.compare_action.setStatusTip(
            QCoreApplication.translate("ReviewMenu", "See what changed between two versions of the charter")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install_review_menu(window: QMainWindow, before: QAction | None = None) -> ReviewMenu:
    """Add the Review menu to the window's menu bar (before ``before``, e.g. the Help menu)."""
    menu = ReviewMenu(window)
    bar = window.menuBar()
    if before is not None:
        bar.insertMenu(before, menu)
    else:
        bar.addMenu(menu)
    return menu
