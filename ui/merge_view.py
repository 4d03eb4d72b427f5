"""File → Export partner package… and File → Import partner packages…: the coordinator's side of issue 9.

Importing runs the core's ``merge_packages``: a refused package (another charter, altered by hand,
someone else's records, an outdated context) is shown with its reason and nothing is merged.
Otherwise a dialog lists what applies without question and shows each conflict side by side
(field, value at export, the coordinator's value now, each package's value) with a choice.

"Apply" swaps the session's charter for the merged one as ONE undoable command
(``ReplaceCharterCommand``, shared with "Amend charter") rather than ``session.replace``:
``replace`` clears the undo history and marks the charter saved, so a coordinator could neither
undo a wrong merge nor see that it still has to be saved. With the command, Undo brings back the
pre-merge charter object (earlier undo steps still point into it) and the window shows unsaved
changes until the coordinator saves. The revision history entries come from the core.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charter_builder.identity import current_user
from charter_builder.model import Charter
from charter_builder.packages import (
    COORDINATOR,
    PACKAGE,
    PACKAGE_SUFFIX,
    Change,
    Conflict,
    MergeRefusedError,
    MergeResult,
    PackageError,
    PartnerPackage,
    default_package_name,
    export_package,
    load_package,
    merge_packages,
    save_package,
)
from charter_builder.packages.labels import field_label, record_label, record_title, show_value
from charter_builder.storage import CharterFileError

from . import files, i18n
from .review.versions_view import ReplaceCharterCommand

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .session import CharterSession


# -- dialogs (replaced in tests) -------------------------------------------------------------------
def ask_package_paths(parent: QWidget | None, folder: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MergeView", "Import partner packages"),
        folder,
        QCoreApplication.translate("MergeView", "Partner packages (*.partner.json)"),
    )
    return [Path(n) for n in names]


def ask_partner(parent: QWidget | None, partners: Sequence[tuple[str, str]]) -> str | None:
    """Return the id of the partner chosen from ``(id, name)`` pairs, or ``None``."""
    labels = [name for _id, name in partners]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("MergeView", "Export partner package"),
        QCoreApplication.translate("MergeView", "Which partner fills in this package?"),
        labels,
        0,
        False,
    )
    if not ok or label not in labels:
        return None
    return partners[labels.index(label)][0]


def ask_export_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("MergeView", "Save partner package as"),
        str(suggested),
        QCoreApplication.translate("MergeView", "Partner packages (*.partner.json)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.name.endswith(PACKAGE_SUFFIX) else path.with_name(path.name + PACKAGE_SUFFIX)


def ask_save_first(parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MergeView", "Save the charter first?"),
        QCoreApplication.translate(
            "MergeView",
            "The charter has unsaved changes. A package must be made from the saved charter, so that "
            "merging it later compares with the same state. Save now?",
        ),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save


def ask_merge_outdated(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("MergeView", "Outdated partner package"),
        text
        + "\n\n"
        + QCoreApplication.translate(
            "MergeView",
            "The partner has not seen these changes. Merge anyway? The revision history will say so.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def run_merge_dialog(dialog: MergeDialog) -> bool:
    """Show the merge dialog; return whether the coordinator chose Apply."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_summary(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


# -- the merge dialog ----------------------------------------------------------------------------
def choice_label(conflict: Conflict, choice: str) -> str:
    """Return what a resolution means, in words: whose value is kept."""
    if choice == COORDINATOR:
        return QCoreApplication.translate("MergeView", "Keep the coordinator's value")
    pv = conflict.package_for(choice)
    if choice == PACKAGE or pv is None:
        return QCoreApplication.translate("MergeView", "Take the package's value")
    who = pv.partner_name or pv.partner_id
    if sum((other.partner_name or other.partner_id) == who for other in conflict.packages) > 1:
        who = f"{who} ({pv.package})"  # the same partner returned two packages: name the file
    return QCoreApplication.translate("MergeView", "Take the value of %1").replace("%1", who)


def conflict_field(conflict: Conflict, lang: str) -> str:
    """Return 'record kind 'name': field' for the first column."""
    record = f"{record_label(conflict.collection, lang)} '{conflict.record_name}'"
    return f"{record} — {field_label(conflict.field, lang)}" if conflict.field else record


def record_titles(*charters: Charter) -> dict[str, str]:
    """Return a short recognisable name per record id (its name, or the start of its text)."""
    keys = ("id", "name", "short_name", "interest", "description")
    titles: dict[str, str] = {}
    for charter in charters:
        for _path, rec in charter.records():
            titles.setdefault(rec.id, record_title({k: getattr(rec, k, None) for k in keys}))
    return titles


def change_text(change: Change, titles: dict[str, str], lang: str) -> str:
    """Return a change as a coordinator reads it: which record, which field, from what to what."""
    rec = f"{record_label(change.collection, lang)} '{titles.get(change.record_id, change.record_id)}'"
    if change.kind == "add":
        return QCoreApplication.translate("MergeView", "%1 added").replace("%1", rec)
    if change.kind == "remove":
        return QCoreApplication.translate("MergeView", "%1 removed").replace("%1", rec)
    old, new = show_value(change.old, lang), show_value(change.new, lang)
    return f"{rec} — {field_label(change.field, lang)}: {old} → {new}"


class MergeDialog(QDialog):
    """What a merge will do, and a choice per conflict; ``merged()`` runs it with those choices."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("MergeView", "Field"),
        QT_TRANSLATE_NOOP("MergeView", "At export"),
        QT_TRANSLATE_NOOP("MergeView", "Coordinator now"),
        QT_TRANSLATE_NOOP("MergeView", "Package value(s)"),
        QT_TRANSLATE_NOOP("MergeView", "Your choice"),
    )

    def __init__(
        self,
        charter: Charter,
        packages: Sequence[PartnerPackage],
        names: Sequence[str],
        coordinator: str,
        *,
        allow_outdated: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        # Merge first: a refused package raises before any widget exists (nothing half-built lingers).
        preview = merge_packages(
            charter, packages, coordinator=coordinator, allow_outdated=allow_outdated, names=names
        )
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.charter = charter
        self.packages = list(packages)
        self.names = list(names)
        self.coordinator = coordinator
        self.allow_outdated = allow_outdated
        self.preview = preview
        """The merge without choices: what applies by itself, and the conflicts."""
        lang = i18n.current_language()
        self.combos: dict[str, QComboBox] = {}

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("mergeSummary")
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.warnings.setText("\n".join("⚠ " + w.text(lang) for w in self.preview.warnings))
        self.warnings.setVisible(bool(self.preview.warnings))

        self.changes_title = QLabel(self)
        self.changes = QTreeWidget(self)
        self.changes.setObjectName("mergeChanges")
        self.changes.setColumnCount(2)
        self.changes.setRootIsDecorated(False)
        self.changes.setUniformRowHeights(True)
        titles = record_titles(charter, self.preview.charter)
        for change in self.preview.changes:
            item = QTreeWidgetItem(
                [change.partner_name or change.partner_id, change_text(change, titles, lang)]
            )
            item.setToolTip(1, change.text(lang))  # with the exact path
            self.changes.addTopLevelItem(item)
        self.changes.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        self.conflicts_title = QLabel(self)
        self.conflicts_note = QLabel(self)
        self.conflicts_note.setWordWrap(True)
        self.conflicts_note.setStyleSheet("color: #505050;")
        self.table = QTableWidget(len(self.preview.conflicts), len(self.COLUMNS), self)
        self.table.setObjectName("mergeConflicts")
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in range(len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.ResizeToContents)
        for row, conflict in enumerate(self.preview.conflicts):
            record = conflict.kind == "record"
            cells = [
                conflict_field(conflict, lang),
                show_value(conflict.base, lang, record=record),
                show_value(conflict.coordinator, lang, record=record),
                "\n".join(
                    f"{pv.partner_name or pv.partner_id}: {show_value(pv.value, lang, record=record)}"
                    for pv in conflict.packages
                ),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(conflict.text(lang))
                self.table.setItem(row, col, item)
            combo = QComboBox(self.table)
            for choice in conflict.choices:
                combo.addItem(choice_label(conflict, choice), choice)
            combo.setAccessibleName(conflict_field(conflict, lang))
            combo.setToolTip(conflict.text(lang))
            cell = QWidget(self.table)  # the combo keeps its natural height in a tall row
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(4, 2, 4, 2)
            cell_layout.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
            self.table.setCellWidget(row, len(self.COLUMNS) - 1, cell)
            self.combos[conflict.key] = combo
        for title in (self.changes_title, self.conflicts_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.table.setVisible(bool(self.preview.conflicts))
        self.conflicts_title.setVisible(bool(self.preview.conflicts))
        self.conflicts_note.setVisible(bool(self.preview.conflicts))

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyMerge")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        lists = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(lists)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.changes_title)
        top_layout.addWidget(self.changes)
        bottom = QWidget(lists)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.conflicts_title)
        bottom_layout.addWidget(self.conflicts_note)
        bottom_layout.addWidget(self.table)
        lists.addWidget(top)
        lists.addWidget(bottom)
        lists.setStretchFactor(1, 2 if self.preview.conflicts else 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(lists, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 640)
        self.retranslate()

    def _merge(self, resolutions: dict[str, str]) -> MergeResult:
        return merge_packages(
            self.charter,
            self.packages,
            coordinator=self.coordinator,
            resolutions=resolutions,
            allow_outdated=self.allow_outdated,
            names=self.names,
        )

    def retranslate(self) -> None:
        p = self.preview
        self.setWindowTitle(QCoreApplication.translate("MergeView", "Merge partner packages"))
        self.summary.setText(
            QCoreApplication.translate(
                "MergeView",
                "Packages: %1. Changes that apply without question: %2. Conflicts for you to decide: %3.",
            )
            .replace("%1", ", ".join(self.names))
            .replace("%2", str(len(p.changes)))
            .replace("%3", str(len(p.conflicts)))
        )
        self.changes_title.setText(QCoreApplication.translate("MergeView", "Changes that will be applied"))
        self.changes.setHeaderLabels(
            [
                QCoreApplication.translate("MergeView", "Partner"),
                QCoreApplication.translate("MergeView", "Change"),
            ]
        )
        self.conflicts_title.setText(QCoreApplication.translate("MergeView", "Conflicts for you to decide"))
        self.conflicts_note.setText(
            QCoreApplication.translate(
                "MergeView",
                "The coordinator changed the same field since the export, or two packages differ. Choose "
                "per conflict; the coordinator's value is kept unless you choose otherwise.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("MergeView", c) for c in self.COLUMNS]
        )
        self.apply_button.setText(QCoreApplication.translate("MergeView", "&Apply"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "apply_button"):
            self.retranslate()
        super().changeEvent(event)

    def set_choice(self, key: str, choice: str) -> None:
        """Choose ``choice`` for the conflict ``key`` (as picking it in its combo does)."""
        combo = self.combos[key]
        index = combo.findData(choice)
        if index < 0:
            raise ValueError(f"{choice!r} is not a choice for {key}")
        combo.setCurrentIndex(index)

    def resolutions(self) -> dict[str, str]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def merged(self) -> MergeResult:
        """Run the merge with the chosen resolutions."""
        return self._merge(self.resolutions())


# -- the actions in the main window ----------------------------------------------------------------
class PackageActions(QObject):
    """Adds File → Export partner package… and File → Import partner packages… to a main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_action = QAction(window)
        self.export_action.setObjectName("exportPartnerPackage")
        self.export_action.triggered.connect(self.export_package)
        self.import_action = QAction(window)
        self.import_action.setObjectName("importPartnerPackages")
        self.import_action.triggered.connect(self.import_packages)
        menu = window.file_menu
        before = getattr(window, "quit_action", None)
        if before is not None and before in menu.actions():
            menu.insertActions(before, [self.export_action, self.import_action])
            menu.insertSeparator(before)
        else:
            menu.addSeparator()
            menu.addActions([self.export_action, self.import_action])
        self.last_result: MergeResult | None = None
        window.installEventFilter(self)
        self.retranslate()

    @property
    def session(self) -> CharterSession:
        return self.window.session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.export_action.setText(QCoreApplication.translate("MergeView", "E&xport partner package…"))
        self.export_action.setStatusTip(
            QCoreApplication.translate("MergeView", "Write one partner's part to a file it fills in offline")
        )
        self.import_action.setText(QCoreApplication.translate("MergeView", "&Import partner packages…"))
        self.import_action.setStatusTip(
            QCoreApplication.translate("MergeView", "Merge returned partner packages into the charter")
        )

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # -- export ------------------------------------------------------------------------------
    def export_package(self) -> Path | None:
        """Ask for a partner and a file name, and write that partner's package; return its path."""
        window, session = self.window, self.session
        if not session.charter.partners:
            files.show_error(
                window,
                QCoreApplication.translate("MergeView", "Export partner package"),
                QCoreApplication.translate("MergeView", "The charter has no partners yet."),
            )
            return None
        unsaved = session.is_dirty() or session.path is None
        if unsaved and (not ask_save_first(window) or not window.files.save()):
            return None
        charter = session.charter
        partner_id = ask_partner(window, [(p.id, p.display_name or p.id) for p in charter.partners])
        if partner_id is None:
            return None
        assert session.path is not None
        path = ask_export_path(window, default_package_name(session.path, partner_id))
        if path is None:
            return None
        lang = i18n.current_language()
        try:
            save_package(export_package(charter, partner_id, current_user()), path)
        except (CharterFileError, PackageError) as exc:
            files.show_error(
                window,
                QCoreApplication.translate("MergeView", "Cannot export the partner package"),
                str(path),
                exc.describe(lang),
            )
            return None
        self._status(
            QCoreApplication.translate("MergeView", "Partner package written: %1").replace("%1", str(path))
        )
        return path

    # -- import ------------------------------------------------------------------------------
    def import_packages(self, paths: Sequence[Path] | None = None) -> MergeResult | None:
        """Merge packages into the charter as one undoable step; return the result, or ``None``."""
        window, session = self.window, self.session
        if session.edit_refused():  # a signed charter is frozen: merging would change what was signed
            return None
        if paths is None:
            folder = str(session.path.parent) if session.path else str(Path.home())
            paths = ask_package_paths(window, folder)
        if not paths:
            return None
        lang = i18n.current_language()
        packages: list[PartnerPackage] = []
        for path in paths:
            try:
                packages.append(load_package(path))
            except CharterFileError as exc:
                files.show_error(
                    window,
                    QCoreApplication.translate("MergeView", "Cannot read the partner package"),
                    exc.headline(lang)
                    + f"\n\n{path}\n\n"
                    + QCoreApplication.translate("MergeView", "Nothing was merged."),
                    exc.describe(lang),
                )
                return None
        names = [Path(p).name for p in paths]
        dialog = self._dialog(packages, names, allow_outdated=False)
        if dialog is None:
            return None
        if not run_merge_dialog(dialog):
            return None
        try:
            result = dialog.merged()
        except (MergeRefusedError, ValueError) as exc:  # the charter changed meanwhile: say so
            files.show_error(
                window, QCoreApplication.translate("MergeView", "Partner packages refused"), str(exc)
            )
            return None
        text = QCoreApplication.translate("MergeView", "Merge partner packages")
        session.undo_stack.push(ReplaceCharterCommand(session, result.charter, text))
        self.last_result = result
        summary = self.summary_text(result)
        self._status(summary.splitlines()[0])
        show_summary(window, QCoreApplication.translate("MergeView", "Partner packages merged"), summary)
        return result

    def _dialog(
        self, packages: list[PartnerPackage], names: list[str], *, allow_outdated: bool
    ) -> MergeDialog | None:
        """Build the merge dialog; on a refusal show why (or, when only outdated, offer to merge anyway)."""
        lang = i18n.current_language()
        try:
            return MergeDialog(
                self.session.charter,
                packages,
                names,
                current_user(),
                allow_outdated=allow_outdated,
                parent=self.window,
            )
        except MergeRefusedError as exc:
            outdated = all(r.problem.code == "outdated" for r in exc.refusals)
            if outdated and not allow_outdated:
                if ask_merge_outdated(self.window, exc.describe(lang)):
                    return self._dialog(packages, names, allow_outdated=True)
                return None
            files.show_error(
                self.window,
                QCoreApplication.translate("MergeView", "Partner packages refused"),
                QCoreApplication.translate("MergeView", "No package was merged; the charter is unchanged.")
                + "\n\n"
                + "\n".join(r.describe(lang) for r in exc.refusals),
                exc.describe(lang),
            )
            return None

    def summary_text(self, result: MergeResult) -> str:
        lines = [
            QCoreApplication.translate(
                "MergeView",
                "Changes applied: %1. Conflicts decided: %2. Conflicts left open (the coordinator's value kept): %3.",
            )
            .replace("%1", str(len(result.changes)))
            .replace("%2", str(len(result.resolved)))
            .replace("%3", str(len(result.conflicts))),
            QCoreApplication.translate(
                "MergeView",
                "The revision history records each package. Undo reverses the whole merge; save to keep it.",
            ),
            "",
        ]
        lines += [f"• {rev.summary}" for rev in result.revisions]
        if result.resolved:
            lines.append("")
            lines += [f"• {c.key}: {choice_label(c, c.resolution or COORDINATOR)}" for c in result.resolved]
        return "\n".join(lines)
