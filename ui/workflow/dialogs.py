"""The workflow's dialogs: a comment or reply, the reasons approval is refused, a signature, a new version.

Each dialog has an ``ask_*`` function beside it that opens it and returns the answer (or ``None``);
tests replace those functions, as the shell's tests do with the file dialogs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from charter_builder.identity import current_user
from charter_builder.model import Charter, ReviewComment
from charter_builder.workflow import partners_to_sign

from ..widgets.inputs import TextArea


def _ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("WorkflowDialogs", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


# -- comment or reply ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CommentAnswer:
    author: str
    text: str


class CommentDialog(QDialog):
    """Asks for a comment's (or a reply's) text; the author is the user at the keyboard, editable."""

    def __init__(
        self, about: str, parent: QWidget | None = None, answering: ReviewComment | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("WorkflowDialogs", "Reply to comment")
            if answering
            else QCoreApplication.translate("WorkflowDialogs", "Add comment")
        )
        layout = QVBoxLayout(self)
        context = QLabel(self)
        context.setWordWrap(True)
        if answering is not None:
            context.setText(
                QCoreApplication.translate("WorkflowDialogs", "Reply to %1 about %2:")
                .replace("%1", answering.author)
                .replace("%2", about)
                + "\n“"
                + answering.text
                + "”"
            )
        else:
            context.setText(
                QCoreApplication.translate("WorkflowDialogs", "Comment about: %1").replace("%1", about)
            )
        layout.addWidget(context)
        self.author = QLineEdit(current_user(), self)
        self.author.setObjectName("commentAuthor")
        self.text = TextArea(self)
        self.text.setObjectName("commentText")
        self.text.setMinimumHeight(110)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "&Author:"), self.author)
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "&Text:"), self.text)
        layout.addLayout(form)
        self.buttons = _ok_cancel(
            self,
            QCoreApplication.translate("WorkflowDialogs", "Reply")
            if answering
            else QCoreApplication.translate("WorkflowDialogs", "Add"),
        )
        layout.addWidget(self.buttons)
        self.author.textChanged.connect(self._update_ok)
        self.text.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(480, 280)
        self.text.setFocus()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.author.text().strip() and self.text.toPlainText().strip())
        )

    def answer(self) -> CommentAnswer:
        return CommentAnswer(self.author.text().strip(), self.text.toPlainText().strip())


def ask_comment(
    parent: QWidget | None, about: str, answering: ReviewComment | None = None
) -> CommentAnswer | None:
    """Return the comment the user typed, or ``None`` when cancelled (replaced in tests)."""
    dialog = CommentDialog(about, parent, answering)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_resolver(parent: QWidget | None) -> str:
    """Return who resolves a thread: the user at the keyboard (replaced in tests)."""
    return current_user() or QCoreApplication.translate("WorkflowDialogs", "unknown")


# -- approval refused ---------------------------------------------------------------------------
def show_refusal(parent: QWidget | None, title: str, reasons: list[str]) -> None:
    """List why a step cannot be taken; nothing has changed (replaced in tests)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, title, parent=parent)
    because = QCoreApplication.translate("WorkflowDialogs", "Nothing has changed, because:")
    box.setInformativeText(because + "\n\n" + "\n".join(f"• {r}" for r in reasons))
    box.setStyleSheet(
        "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 420px; }"
    )  # long reasons wrap less
    box.exec()


# -- signing ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SignAnswer:
    partner_id: str
    representative_id: str | None
    name: str
    function: str
    date: dt.date
    place: str


class SignDialog(QDialog):
    """Records one signature: a partner still to sign, who signs (its representatives), when and where."""

    def __init__(self, charter: Charter, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.charter = charter
        self.setWindowTitle(QCoreApplication.translate("WorkflowDialogs", "Sign the charter"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "WorkflowDialogs",
                "Record who signed for which partner. The charter is signed once every partner has signed.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.partner = QComboBox(self)
        self.partner.setObjectName("signPartner")
        for partner_id in partners_to_sign(charter, today):
            partner = charter.partner(partner_id)
            if partner is not None:
                self.partner.addItem(partner.display_name, partner_id)
        self.representative = QComboBox(self)
        self.representative.setObjectName("signRepresentative")
        self.name = QLineEdit(self)
        self.name.setObjectName("signName")
        self.function = QLineEdit(self)
        self.function.setObjectName("signFunction")
        self.date = QDateEdit(self)
        self.date.setObjectName("signDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        day = today or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.place = QLineEdit(self)
        self.place.setObjectName("signPlace")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "&Partner:"), self.partner)
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "&Signed by:"), self.representative)
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "&Name:"), self.name)
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "&Function:"), self.function)
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "&Date:"), self.date)
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "P&lace:"), self.place)
        layout.addLayout(form)
        layout.addStretch(1)
        self.buttons = _ok_cancel(self, QCoreApplication.translate("WorkflowDialogs", "Sign"))
        layout.addWidget(self.buttons)
        self.partner.currentIndexChanged.connect(self._fill_representatives)
        self.representative.currentIndexChanged.connect(self._prefill)
        self.name.textChanged.connect(self._update_ok)
        self._fill_representatives()
        self.resize(460, 300)

    def _fill_representatives(self) -> None:
        self.representative.blockSignals(True)
        self.representative.clear()
        partner = self.charter.partner(self.partner.currentData() or "")
        if partner is not None:
            # Signatories first: they are who signs; others stay choosable (a deputy signs).
            for rep in sorted(partner.representatives, key=lambda r: not r.is_signatory):
                label = rep.name + (f" ({rep.function})" if rep.function else "")
                self.representative.addItem(label, rep.id)
        self.representative.addItem(QCoreApplication.translate("WorkflowDialogs", "Someone else"), None)
        self.representative.blockSignals(False)
        self.representative.setCurrentIndex(0)
        self._prefill()

    def _prefill(self) -> None:
        partner = self.charter.partner(self.partner.currentData() or "")
        rep_id = self.representative.currentData()
        rep = next((r for r in partner.representatives if r.id == rep_id), None) if partner else None
        self.name.setText(rep.name if rep else "")
        self.function.setText(rep.function if rep else "")
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.partner.count() > 0 and bool(self.name.text().strip())
        )

    def answer(self) -> SignAnswer:
        return SignAnswer(
            partner_id=self.partner.currentData(),
            representative_id=self.representative.currentData(),
            name=self.name.text().strip(),
            function=self.function.text().strip(),
            date=self.date.date().toPython(),
            place=self.place.text().strip(),
        )


def ask_signature(parent: QWidget | None, charter: Charter) -> SignAnswer | None:
    """Return the signature the user recorded, or ``None`` when cancelled (replaced in tests)."""
    dialog = SignDialog(charter, parent)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


# -- a new version ------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewVersionAnswer:
    author: str
    reason: str


class NewVersionDialog(QDialog):
    """Asks who starts the next version and why; the current version stays whole in the file."""

    def __init__(self, charter: Charter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("WorkflowDialogs", "Start a new version"))
        version = charter.metadata.version
        intro = QLabel(
            QCoreApplication.translate(
                "WorkflowDialogs",
                "Version %1 is kept unchanged inside the file. Version %2 starts as a draft; "
                "it has to be reviewed, approved and signed again.",
            )
            .replace("%1", str(version))
            .replace("%2", str(version + 1)),
            self,
        )
        intro.setWordWrap(True)
        self.author = QLineEdit(current_user(), self)
        self.author.setObjectName("versionAuthor")
        self.reason = TextArea(self)
        self.reason.setObjectName("versionReason")
        self.reason.setMinimumHeight(90)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "&Author:"), self.author)
        form.addRow(QCoreApplication.translate("WorkflowDialogs", "&Reason:"), self.reason)
        self.buttons = _ok_cancel(
            self,
            QCoreApplication.translate("WorkflowDialogs", "&Start version %1").replace(
                "%1", str(version + 1)
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.author.textChanged.connect(self._update_ok)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(480, 260)
        self.reason.setFocus()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.author.text().strip() and self.reason.toPlainText().strip())
        )

    def answer(self) -> NewVersionAnswer:
        return NewVersionAnswer(self.author.text().strip(), self.reason.toPlainText().strip())


def ask_new_version(parent: QWidget | None, charter: Charter) -> NewVersionAnswer | None:
    """Return who starts the new version and why, or ``None`` when cancelled (replaced in tests)."""
    dialog = NewVersionDialog(charter, parent)
    return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def offer_new_version(parent: QWidget | None, message: str) -> bool:
    """After a refused edit of a signed charter: return whether to start a new version (replaced in tests)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("WorkflowDialogs", "The charter is signed"),
        message,
        parent=parent,
    )
    start = box.addButton(
        QCoreApplication.translate("WorkflowDialogs", "&Start new version…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("WorkflowDialogs", "&Keep as it is"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is start
