"""Compare two versions of the charter, and amend it to a new version — both from the review mode.

Amending is an undoable command rather than ``session.replace``: ``replace`` forgets the undo
history, but a coordinator who amends by mistake (or wants to fix the review notes first) must be
able to step back. The command swaps the whole charter object; ``versions.amend`` returns a deep
copy, so the old object — and every earlier undo step that points into it — stays untouched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charter_builder.diff import Change, diff_charters
from charter_builder.model import Charter
from charter_builder.storage import CharterFileError
from charter_builder.versions import all_versions
from charter_builder.workflow import start_new_version

from ..binding import TextArea, ui_language
from ..session import CharterSession
from ..steps import step_title


class ReplaceCharterCommand(QUndoCommand):
    """Show another charter object as one undoable step (used for "Amend charter")."""

    def __init__(self, session: CharterSession, new: Charter, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.old = session.charter
        self.new = new

    def _show(self, charter: Charter) -> None:
        self.session.charter = charter
        self.session.charter_replaced.emit()
        self.session.changed.emit("")

    def redo(self) -> None:
        self._show(self.new)

    def undo(self) -> None:
        self._show(self.old)


def amend_charter(
    session: CharterSession, *, author: str, reason: str, agreed_by: list[str], summary: str = ""
) -> Charter:
    """Make version n+1 of the session's charter (n archived inside it) as one undoable step.

    Same rules as the Charter menu's "new version" (``workflow.start_new_version``: a draft without
    signatures and without the old version's review comments), plus who agreed.
    Raises ``WorkflowError`` without an author or a reason.
    """
    new = start_new_version(session.charter, author, reason, summary)
    new.revisions[-1].agreed_by = list(agreed_by)
    text = QCoreApplication.translate("CompareVersions", "Amend charter to version %1").replace(
        "%1", str(new.metadata.version)
    )
    session.undo_stack.push(ReplaceCharterCommand(session, new, text))
    return new


class AmendDialog(QDialog):
    """Asks who amends the charter, why, and which partners agreed."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None, author: str = "") -> None:
        super().__init__(parent)
        self.session = session
        charter = session.charter
        self.setWindowTitle(QCoreApplication.translate("AmendDialog", "Amend charter"))
        intro = QLabel(
            QCoreApplication.translate(
                "AmendDialog",
                "Version %1 is kept whole inside the file. The new version %2 starts as a draft "
                "and must be signed again.",
            )
            .replace("%1", str(charter.metadata.version))
            .replace("%2", str(charter.metadata.version + 1)),
            self,
        )
        intro.setWordWrap(True)
        self.author = QLineEdit(author, self)
        self.author.setObjectName("amendAuthor")
        self.summary = QLineEdit(self)
        self.summary.setObjectName("amendSummary")
        self.reason = TextArea(self, 3)
        self.reason.setObjectName("amendReason")
        self.agreed = QListWidget(self)
        self.agreed.setObjectName("amendAgreed")
        self.agreed.setSpacing(2)
        for partner in charter.partners:
            if partner.left_on is not None:
                continue
            item = QListWidgetItem(partner.display_name, self.agreed)
            item.setData(Qt.ItemDataRole.UserRole, partner.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.all_button = QPushButton(QCoreApplication.translate("AmendDialog", "All &partners"), self)
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(self.check_all)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("AmendDialog", "&Author:"), self.author)
        form.addRow(QCoreApplication.translate("AmendDialog", "&Summary:"), self.summary)
        form.addRow(QCoreApplication.translate("AmendDialog", "&Reason:"), self.reason)
        agreed_box = QVBoxLayout()
        agreed_box.addWidget(self.agreed)
        agreed_box.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        agreed_label = QLabel(QCoreApplication.translate("AmendDialog", "Agreed &by:"), self)
        agreed_label.setBuddy(self.agreed)
        form.addRow(agreed_label, agreed_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("AmendDialog", "&Amend"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.author.textChanged.connect(self._update_ok)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(560, 520)

    def check_all(self) -> None:
        for i in range(self.agreed.count()):
            self.agreed.item(i).setCheckState(Qt.CheckState.Checked)

    def agreed_ids(self) -> list[str]:
        return [
            self.agreed.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.agreed.count())
            if self.agreed.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_ok(self) -> None:
        ok = bool(self.author.text().strip() and self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def apply(self) -> Charter:
        """Amend the session's charter with what the dialog holds."""
        return amend_charter(
            self.session,
            author=self.author.text().strip(),
            reason=self.reason.toPlainText().strip(),
            agreed_by=self.agreed_ids(),
            summary=self.summary.text().strip(),
        )


def ask_amend(session: CharterSession, parent: QWidget | None, author: str = "") -> Charter | None:
    """Ask for the amendment's details and amend; return the new version or ``None`` (replaced in tests)."""
    dialog = AmendDialog(session, parent, author)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.apply()


class CompareVersionsWidget(QWidget):
    """Two version pickers and the list of what changed between them, in the wizard's language."""

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._versions: list[tuple[int, Charter]] = []
        self._key: tuple[int, int, int] | None = None
        self._stale = True
        self.changes: list[Change] = []
        self.old_label = QLabel(self)
        self.old_combo = QComboBox(self)
        self.old_combo.setObjectName("oldVersion")
        self.old_label.setBuddy(self.old_combo)
        self.new_label = QLabel(self)
        self.new_combo = QComboBox(self)
        self.new_combo.setObjectName("newVersion")
        self.new_label.setBuddy(self.new_combo)
        self.old_combo.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.new_combo.currentIndexChanged.connect(lambda _i: self.show_diff())
        bar = QHBoxLayout()
        bar.addWidget(self.old_label)
        bar.addWidget(self.old_combo, 1)
        bar.addSpacing(16)
        bar.addWidget(self.new_label)
        bar.addWidget(self.new_combo, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("diffSummary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("diffList")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.reload)
        session.changed.connect(self._on_changed)
        session.charter_replaced.connect(self.reload)
        self.retranslate()
        self.reload()

    def _on_changed(self, _path: str) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True  # reload when shown

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()

    def versions(self) -> list[tuple[int, Charter]]:
        return self._versions

    def reload(self) -> None:
        """Read the versions in the file again and show the diff (the newest two by default)."""
        charter = self.session.charter
        self._stale = False
        old_pick, new_pick = self.old_combo.currentData(), self.new_combo.currentData()
        try:
            self._versions = all_versions(charter)
            error = ""
        except CharterFileError as exc:
            self._versions = [(charter.metadata.version, charter)]
            error = exc.headline(ui_language())
        key = (id(charter), len(charter.history), charter.metadata.version)
        if key != self._key:  # another set of versions: show the newest two again
            old_pick = new_pick = None
        self._key = key
        numbers = [n for n, _ in self._versions]
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(True)
            combo.clear()
            for n, version in self._versions:
                combo.addItem(self._version_text(n, version), n)
            combo.blockSignals(False)
        old = old_pick if old_pick in numbers else (numbers[-2] if len(numbers) > 1 else numbers[-1])
        new = new_pick if new_pick in numbers else numbers[-1]
        self.select(old, new)
        if error:
            self.summary.setText(error)

    def _version_text(self, number: int, version: Charter) -> str:
        current = number == self.session.charter.metadata.version and version is self.session.charter
        text = QCoreApplication.translate("CompareVersions", "Version %1").replace("%1", str(number))
        if current:
            text += " " + QCoreApplication.translate("CompareVersions", "(current)")
        return text

    def select(self, old: int, new: int) -> None:
        """Pick the two versions by number and show what changed from ``old`` to ``new``."""
        for combo, n in ((self.old_combo, old), (self.new_combo, new)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(n)))
            combo.blockSignals(False)
        self.show_diff()

    def _charter(self, number: int | None) -> Charter | None:
        return next((c for n, c in self._versions if n == number), None)

    def show_diff(self) -> None:
        old = self._charter(self.old_combo.currentData())
        new = self._charter(self.new_combo.currentData())
        self.tree.clear()
        if len(self._versions) < 2:
            self.changes = []
            self.summary.setText(
                QCoreApplication.translate(
                    "CompareVersions",
                    "This charter has one version so far. Amending it starts version 2 and keeps "
                    "version 1 in the file.",
                )
            )
            return
        if old is None or new is None:
            return
        lang = ui_language()
        self.changes = diff_charters(old, new)
        for change in self.changes:
            item = QTreeWidgetItem([step_title(change.step), change.text(lang)])
            item.setToolTip(1, change.path)
            self.tree.addTopLevelItem(item)
        self.summary.setText(
            QCoreApplication.translate("CompareVersions", "Changes from version %2 to version %3: %1.")
            .replace("%1", str(len(self.changes)))
            .replace("%2", str(self.old_combo.currentData()))
            .replace("%3", str(self.new_combo.currentData()))
            if self.changes
            else QCoreApplication.translate("CompareVersions", "No differences.")
        )

    def sentences(self) -> list[str]:
        """Return the changes as shown, one sentence each."""
        return [self.tree.topLevelItem(i).text(1) for i in range(self.tree.topLevelItemCount())]

    def retranslate(self) -> None:
        self.old_label.setText(QCoreApplication.translate("CompareVersions", "&Base version:"))
        self.new_label.setText(QCoreApplication.translate("CompareVersions", "Com&pare with:"))
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("CompareVersions", "Step"),
                QCoreApplication.translate("CompareVersions", "What changed"),
            ]
        )
        self.tree.setAccessibleName(QCoreApplication.translate("CompareVersions", "Changes between versions"))
        if self._versions:
            self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
