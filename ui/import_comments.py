"""File → Import review comments…: the comments reviewers left in the Word review copy, into the charter.

The same core function as ``charter-builder import-comments``; the comments are added as one
undoable step, and text the reviewer changed in the document is listed for the coordinator to
adopt by hand (nothing is applied silently).
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from charter_builder.review_import import DocxUnreadable, ImportRefused, ImportResult, import_comments

from . import i18n
from .session import CharterSession


# -- dialogs (replaced in tests) -------------------------------------------------------------------
def ask_docx_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportComments", "Import review comments"),
        "",
        QCoreApplication.translate("ImportComments", "Word documents (*.docx)"),
    )
    return Path(name) if name else None


def show_report(parent: QWidget | None, title: str, text: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_refusal(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def report_details(result: ImportResult, lang: str) -> str:
    """The lines of the report: warnings, comments added, text changed in the document."""
    lines = [w.text(lang) for w in result.warnings]
    for a in result.added:
        c = a.comment
        lines.append(f"+ [{c.target}] {c.author}: {c.text}")
    if result.text_changes:
        lines.append("")
        lines.append(
            QCoreApplication.translate(
                "ImportComments", "Text changed in the document (not applied; adopt it where needed):"
            )
        )
        for t in result.text_changes:
            lines.append(f"~ [{t.target}]")
            lines.append("  − " + (t.old or "—"))
            lines.append("  + " + (t.new or "—"))
    return "\n".join(lines)


def import_review_comments(
    parent: QWidget | None, session: CharterSession, path: Path | None = None
) -> ImportResult | None:
    """Ask for the reviewed document, add its comments as one undoable step, and report."""
    title = QCoreApplication.translate("ImportComments", "Import review comments")
    path = path or ask_docx_path(parent)
    if path is None:
        return None
    lang = i18n.current_language()
    try:
        result = import_comments(session.charter, path, importer=_user())
    except ImportRefused as exc:
        show_refusal(parent, title, exc.message(lang))
        return None
    except DocxUnreadable as exc:
        show_refusal(
            parent,
            title,
            QCoreApplication.translate("ImportComments", "%1 cannot be read as a Word document: %2")
            .replace("%1", path.name)
            .replace("%2", str(exc)),
        )
        return None
    if result.added:
        charter = session.charter
        session.set_list(
            charter, "comments", [*charter.comments, *(a.comment for a in result.added)], "comments", title
        )
    text = (
        QCoreApplication.translate(
            "ImportComments", "Comments added: %1. Already in the charter or empty: %2."
        )
        .replace("%1", str(len(result.added)))
        .replace("%2", str(len(result.skipped)))
    )
    if result.text_changes:
        text += " " + QCoreApplication.translate(
            "ImportComments", "The reviewer also changed the text in %1 place(s); see the details."
        ).replace("%1", str(len(result.text_changes)))
    if result.warnings:
        text += "\n\n" + "\n".join(w.text(lang) for w in result.warnings)
    show_report(parent, title, text, report_details(result, lang))
    return result


class ImportCommentsAction(QAction):
    """The File-menu action; follows the window's language."""

    def __init__(self, window: QMainWindow, session: CharterSession) -> None:
        super().__init__(window)
        self.setObjectName("importCommentsAction")
        self._window = window
        self._session = session
        self.triggered.connect(lambda: import_review_comments(self._window, self._session))
        self._watcher = _LanguageWatcher(self, window)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("ImportComments", "&Import review comments…"))
        tip = QCoreApplication.translate(
            "ImportComments", "Add the comments reviewers left in the Word review copy to the charter"
        )
        self.setStatusTip(tip)
        self.setToolTip(tip)


class _LanguageWatcher(QObject):
    def __init__(self, action: ImportCommentsAction, window: QMainWindow) -> None:
        super().__init__(action)
        self._action = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._action.retranslate()
        return False


def install_import_comments(
    window: QMainWindow, session: CharterSession, menu: QMenu, before: QAction
) -> ImportCommentsAction:
    """Put File → Import review comments… into ``menu`` before ``before`` (e.g. Quit)."""
    action = ImportCommentsAction(window, session)
    menu.insertAction(before, action)
    menu.insertSeparator(before)
    return action
