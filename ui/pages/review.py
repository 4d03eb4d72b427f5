"""The last step: every finding of the checks, each a link to its field, and Generate (Word + JSON).

Generating runs in a worker thread with a progress bar so the window never freezes; it calls the
same core functions as the command line (``save_charter`` and ``charter_builder.word.render_charter``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charter_builder.checks import Finding, Severity
from charter_builder.model import Charter, Step
from charter_builder.storage import CharterFileError, save_charter

from .. import i18n
from ..session import CharterSession
from ..steps import step_title
from .base import StepPage

_ROLE_STEP = Qt.ItemDataRole.UserRole
_ROLE_PATH = Qt.ItemDataRole.UserRole + 1


def ask_output_folder(parent: QWidget | None, folder: str) -> Path | None:
    """Ask where the charter's Word and JSON files go (replaced in tests)."""
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ReviewPage", "Folder for the charter documents"), folder
    )
    return Path(name) if name else None


def open_folder(folder: Path) -> bool:
    """Show the folder in the system's file manager (replaced in tests)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def output_stem(session: CharterSession) -> str:
    """Return the file name stem the documents get: the charter file's, else the partnership's name."""
    if session.path is not None:
        return session.path.name.removesuffix(".json").removesuffix(".charter")
    meta = session.charter.metadata
    name = meta.partnership_name or meta.title
    stem = "".join(ch if ch.isalnum() or ch in "-_ " else "" for ch in name).strip().replace(" ", "-").lower()
    return stem[:60] or "convenant"


class FindingTree(QTreeWidget):
    """A tree whose rows grow to show each finding's whole message, wrapped to the current width."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        metrics = self.fontMetrics()
        icon = self.iconSize().width() if self.iconSize().isValid() else 16
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            width = max(120, self.viewport().width() - 2 * self.indentation() - icon - 16)
            for j in range(group.childCount()):
                item = group.child(j)
                rect = metrics.boundingRect(
                    QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, item.text(0)
                )
                item.setSizeHint(0, QSize(width, max(rect.height(), icon) + 6))


class GenerateWorker(QThread):
    """Writes the JSON and (when the Word writer is installed) the Word charter of a charter snapshot."""

    progress = Signal(int)
    succeeded = Signal(list)
    failed = Signal(str)

    def __init__(self, charter: Charter, folder: Path, stem: str, ui_lang: str) -> None:
        super().__init__()
        self.charter = charter
        self.folder = folder
        self.stem = stem
        self.ui_lang = ui_lang

    def run(self) -> None:
        written: list[str] = []
        try:
            json_path = self.folder / f"{self.stem}.charter.json"
            save_charter(self.charter, json_path)
            written.append(str(json_path))
            self.progress.emit(1)
            try:
                from charter_builder.word import render_charter
            except ImportError:
                render_charter = None
            if render_charter is not None:
                docx = self.folder / f"{self.stem}.docx"
                render_charter(self.charter, docx, lang=self.charter.metadata.language)
                written.append(str(docx))
            self.progress.emit(2)
        except CharterFileError as exc:
            self.failed.emit(exc.describe(self.ui_lang))
            return
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.succeeded.emit(written)


class ReviewPage(StepPage):
    """Lists all findings grouped by step; activating one asks the window to jump to its field."""

    step = Step.REVIEW
    jump_requested = Signal(str, str)
    """(step, path) of the finding the user picked."""
    generated = Signal(list)
    """The files written by Generate."""
    generate_failed = Signal(str)

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._findings: list[Finding] = []
        self._stale = False
        self._worker: GenerateWorker | None = None
        self._result_folder: Path | None = None
        self._start_index = 0

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = FindingTree(self)
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.header().setStretchLastSection(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)

        self.generate_button = QPushButton(self)
        self.generate_button.clicked.connect(self.generate)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 2)
        self.progress.setVisible(False)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(self._open_folder)

        row = QHBoxLayout()
        row.addWidget(self.generate_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.open_folder_button)
        row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self._spacer = QWidget(self)  # with nothing to list, Generate moves up under the summary
        layout.addWidget(self._spacer, 1)
        self.retranslate()

    # -- StepPage ----------------------------------------------------------------------------
    def title(self) -> str:
        return step_title(Step.REVIEW)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([QCoreApplication.translate("ReviewPage", "Finding")])
        self.tree.setAccessibleName(QCoreApplication.translate("ReviewPage", "Findings of the checks"))
        self.generate_button.setText(QCoreApplication.translate("ReviewPage", "&Generate Word and JSON…"))
        self.generate_button.setToolTip(
            QCoreApplication.translate(
                "ReviewPage", "Write the charter as a Word document and as JSON, next to each other"
            )
        )
        self.progress.setAccessibleName(QCoreApplication.translate("ReviewPage", "Progress of generating"))
        self.open_folder_button.setText(QCoreApplication.translate("ReviewPage", "Open f&older"))
        self._fill()

    def set_all_findings(self, findings: list[Finding]) -> None:
        """Show every finding of the charter (the window calls this after each check run).

        While the page is hidden the list is only remembered: filling hundreds of rows after every
        edit on another page would slow typing down; ``showEvent`` fills it.
        """
        self._findings = list(findings)
        if self.isVisible():
            self._fill()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        if self._stale:
            self._fill()
        super().showEvent(event)

    def focus_path(self, path: str) -> bool:
        self.tree.setFocus()
        return True

    # -- findings ----------------------------------------------------------------------------
    def _fill(self) -> None:
        self._stale = False
        lang = i18n.current_language()
        style = self.style()
        icons = {
            Severity.ERROR: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            Severity.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            Severity.ADVICE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        self.tree.clear()
        groups: dict[Step, QTreeWidgetItem] = {}
        for f in self._findings:
            group = groups.get(f.step)
            if group is None:
                group = QTreeWidgetItem([step_title(f.step)])
                group.setData(0, _ROLE_STEP, f.step.value)
                group.setData(0, _ROLE_PATH, "")
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[f.step] = group
                self.tree.addTopLevelItem(group)
            text = f.message(lang)
            item = QTreeWidgetItem([text])
            item.setIcon(0, icons[f.severity])
            item.setToolTip(0, "\n".join(x for x in (text, f.legal_ref, f.path) if x))
            item.setData(0, _ROLE_STEP, f.step.value)
            item.setData(0, _ROLE_PATH, f.path)
            group.addChild(item)
        for step, group in groups.items():
            group.setText(0, f"{step_title(step)} ({group.childCount()})")
        self.tree.expandAll()
        self.tree.fit_rows()
        errors = sum(f.severity is Severity.ERROR for f in self._findings)
        warnings = sum(f.severity is Severity.WARNING for f in self._findings)
        advice = sum(f.severity is Severity.ADVICE for f in self._findings)
        self.tree.setVisible(bool(self._findings))
        self._spacer.setVisible(not self._findings)
        if not self._findings:
            self.summary.setText(
                QCoreApplication.translate(
                    "ReviewPage", "The checks found nothing: the charter is ready to generate."
                )
            )
        else:
            self.summary.setText(
                QCoreApplication.translate("ReviewPage", "%n error(s)", "", errors)
                + ", "
                + QCoreApplication.translate("ReviewPage", "%n warning(s)", "", warnings)
                + ", "
                + QCoreApplication.translate("ReviewPage", "%n advice", "", advice)
                + ". "
                + QCoreApplication.translate("ReviewPage", "Click a finding to go to its field.")
            )

    def finding_items(self) -> list[QTreeWidgetItem]:
        """Return the rows of individual findings in display order (tests click them)."""
        if self._stale:
            self._fill()
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out.extend(group.child(j) for j in range(group.childCount()))
        return out

    @staticmethod
    def finding_path(item: QTreeWidgetItem) -> str:
        """Return the field path of a finding row ("" for a step heading)."""
        return item.data(0, _ROLE_PATH) or ""

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        step = item.data(0, _ROLE_STEP)
        if step:
            self.jump_requested.emit(step, item.data(0, _ROLE_PATH) or "")

    # -- generate ----------------------------------------------------------------------------
    def generate(self) -> bool:
        """Ask for a folder and start writing; return whether the worker started."""
        if self._worker is not None:
            return False
        default = self.session.path.parent if self.session.path else Path.home()
        folder = ask_output_folder(self, str(default))
        if folder is None:
            return False
        return self.generate_into(folder)

    def generate_into(self, folder: Path) -> bool:
        self._result_folder = folder
        self._start_index = self.session.undo_stack.index()
        self._worker = GenerateWorker(
            self.session.charter.model_copy(deep=True),
            folder,
            output_stem(self.session),
            i18n.current_language(),
        )
        self._worker.progress.connect(self.progress.setValue)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self._worker_finished)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.open_folder_button.setVisible(False)
        self.generate_button.setEnabled(False)
        self.result.setText(QCoreApplication.translate("ReviewPage", "Writing the charter…"))
        self._worker.start()
        return True

    def _succeeded(self, paths: list[str]) -> None:
        lines = "\n".join(paths)
        self.result.setText(QCoreApplication.translate("ReviewPage", "Written:") + "\n" + lines)
        self.open_folder_button.setVisible(True)
        # Writing the JSON onto the open file is a save when nothing changed meanwhile.
        for p in paths:
            path = Path(p)
            if (
                self.session.path is not None
                and path.resolve() == self.session.path.resolve()
                and self.session.undo_stack.index() == self._start_index
            ):
                self.session.mark_saved(self.session.path)
        self.generated.emit(paths)

    def _failed(self, message: str) -> None:
        self.result.setText(QCoreApplication.translate("ReviewPage", "Generating failed:") + "\n" + message)
        self.generate_failed.emit(message)

    def _worker_finished(self) -> None:
        self.generate_button.setEnabled(True)
        self.progress.setVisible(False)
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None

    def _open_folder(self) -> None:
        if self._result_folder is not None:
            open_folder(self._result_folder)

    def wait_for_worker(self, ms: int = 30_000) -> None:
        """Block until a running generate finishes (closing the window, tests)."""
        if self._worker is not None:
            self._worker.wait(ms)
