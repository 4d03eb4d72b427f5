"""File → New from template: pick one of the starter charters and start a new draft from it.

The list shows each starter's title and description in the UI language; Enter or a double click
picks the selected one. The chosen starter becomes a new, unsaved draft through the same core
function the command line uses (``charter_builder.starters.new_from_starter``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charter_builder.model import Charter
from charter_builder.starters import Starter, list_starters, new_from_starter
from charter_builder.storage import CharterFileError

from . import i18n

_ID_ROLE = Qt.ItemDataRole.UserRole


class StarterDialog(QDialog):
    """Lists the starters; ``selected_id()`` is the one picked when the dialog was accepted."""

    def __init__(self, starters: Sequence[Starter], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("starterDialog")
        self.starters = list(starters)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("starterList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        for starter in self.starters:
            item = QListWidgetItem()
            item.setData(_ID_ROLE, starter.id)
            self.list.addItem(item)
        self.description = QLabel(self)
        self.description.setObjectName("starterDescription")
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.RichText)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(self._show_description)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()
        if self.starters:
            self.list.setCurrentRow(0)
        self.create_button.setEnabled(bool(self.starters))
        self.list.setFocus()
        self.resize(640, 400)

    def retranslate(self) -> None:
        lang = i18n.current_language()
        self.setWindowTitle(QCoreApplication.translate("NewFromTemplate", "New charter from a template"))
        self.intro.setText(
            QCoreApplication.translate(
                "NewFromTemplate",
                "Choose the kind of partnership closest to yours. The new charter is a draft you can change "
                "in every step.",
            )
        )
        self.note.setText(
            QCoreApplication.translate(
                "NewFromTemplate",
                "A template is a starting point written for a typical case, not advice for yours. Texts "
                "marked “[Controleer: …]” must be checked and completed by the partners.",
            )
        )
        self.list.setAccessibleName(QCoreApplication.translate("NewFromTemplate", "Templates"))
        self.create_button.setText(QCoreApplication.translate("NewFromTemplate", "&Create"))
        for row, starter in enumerate(self.starters):
            item = self.list.item(row)
            item.setText(starter.title(lang))
            item.setToolTip(starter.description(lang))
        self._show_description(self.list.currentRow())

    def _show_description(self, row: int) -> None:
        lang = i18n.current_language()
        if not 0 <= row < len(self.starters):
            self.description.setText("")
            return
        starter = self.starters[row]
        self.description.setText(
            f"<b>{html.escape(starter.title(lang))}</b><br>{html.escape(starter.description(lang))}"
        )

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_ID_ROLE) if item is not None else None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ask_starter(parent: QWidget | None) -> str | None:
    """Show the starters; return the id of the chosen one, or ``None`` when cancelled (replaced in tests)."""
    dialog = StarterDialog(list_starters(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.selected_id()


def choose_charter(parent: QWidget | None) -> Charter | None:
    """Ask for a starter and return the new draft built from it; ``None`` when cancelled or broken.

    A damaged starter bundle is reported to the user instead of crashing the window.
    """
    from . import files  # files imports this module

    try:
        starter_id = ask_starter(parent)
        if starter_id is None:
            return None
        return new_from_starter(starter_id)
    except (CharterFileError, ValueError, KeyError, OSError) as exc:
        lang = i18n.current_language()
        text = exc.headline(lang) if isinstance(exc, CharterFileError) else str(exc)
        details = exc.describe(lang) if isinstance(exc, CharterFileError) else ""
        files.show_error(
            parent,
            QCoreApplication.translate("NewFromTemplate", "Cannot start from this template"),
            text,
            details,
        )
        return None
