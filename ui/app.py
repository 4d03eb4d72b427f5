"""Start the wizard: the application object, its language, the main window, and a file or a restore.

``run_app`` is what ``charter-builder`` (without a command) calls; it returns the exit code.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from . import i18n
from .main_window import APP_NAME, MainWindow
from .settings import APPLICATION, ORGANIZATION


def ensure_app(argv: Sequence[str] = ()) -> QApplication:
    """Return the running QApplication, creating it (high-DPI aware) when there is none."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    return QApplication([sys.argv[0] if sys.argv else "charter-builder", *argv])


def create_window(path: Path | None = None, *, offer_recovery: bool = True) -> MainWindow:
    """Install the stored language, build and show the window; open ``path`` or offer a restore.

    The question about unsaved work waits until the window is on screen, so it has a parent.
    """
    i18n.install_language(i18n.stored_language())
    window = MainWindow()
    window.show()
    # Pages not shown yet are built once the window is on screen, one per turn of the event loop.
    QTimer.singleShot(100, window, window.build_remaining_pages)  # cancelled if the window goes
    if path is not None:
        QTimer.singleShot(0, lambda: window.files.open_path(path, ask=False))
    elif offer_recovery:
        QTimer.singleShot(0, window.offer_recovery)
    return window


def run_app(argv: Sequence[str]) -> int:
    """Run the wizard; ``argv`` holds at most one charter file to open. Returns the exit code."""
    args = list(argv)
    app = ensure_app()
    path = Path(args[0]) if args else None
    window: QWidget | None = None
    if path is not None and path.name.endswith(".partner.json"):  # partner mode: the package's own window
        from .partner_mode import open_partner_window

        i18n.install_language(i18n.stored_language())
        window = open_partner_window(path)
    if window is None:
        window = create_window(None if path is not None and path.name.endswith(".partner.json") else path)
    code = app.exec()
    del window
    return code
