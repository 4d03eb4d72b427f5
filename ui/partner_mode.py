"""Partner mode: one partner fills in its own part of a charter from a ``*.partner.json`` package.

The package is turned into a small valid charter (``as_charter``) held by an ordinary session, so
the wizard's own pages edit it; saving maps the partner's records back (``with_sections``) and
writes the package atomically. The pages are reused, not copied: ``restrict_page`` hides what is
not the partner's (the shared purpose, the results, the safeguards, the other partners' rows) and
``PartnerSession`` makes sure every record a page adds belongs to this partner. The shared context
stays in view, read-only, in a panel beside the pages.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from charter_builder.checks import Finding, run_checks
from charter_builder.model import Contribution, DataFlow, DpoContact, Partner, PartnerInterest, Record, Step
from charter_builder.packages import (
    PACKAGE_SUFFIX,
    PackageError,
    PartnerPackage,
    as_charter,
    load_package,
    save_package,
    with_sections,
)
from charter_builder.storage import CharterFileError

from . import files, i18n
from .guidance_panel import GuidancePanel
from .pages.base import StepPage
from .session import CharterSession
from .step_list import StepList
from .widgets.enum_labels import enum_label

APP_NAME = "Charter Builder"
CHECK_DELAY_MS = 300

#: The steps a partner fills in, in wizard order.
PARTNER_STEPS: tuple[Step, ...] = (Step.PARTNERS, Step.PURPOSE, Step.STRATEGY, Step.DATA_SHARING)
#: Where the partner's own records live in the small charter; editors elsewhere are hidden.
PARTNER_PATHS: tuple[str, ...] = (
    "partners",
    "purpose.interests",
    "strategy.contributions",
    "data_sharing.flows",
    "data_sharing.dpo_contacts",
)
#: Record class -> the field naming the partner that owns it.
OWNER_FIELDS: dict[type[Record], str] = {
    PartnerInterest: "partner_id",
    Contribution: "partner_id",
    DataFlow: "provider_id",
    DpoContact: "partner_id",
}


def is_package_path(path: Path | str) -> bool:
    return str(path).endswith(PACKAGE_SUFFIX)


class PartnerSession(CharterSession):
    """A session over ``as_charter(package)`` that only lets the partner change its own records.

    Refused edits do not raise (pages do not expect it); they are announced through ``refused``.
    New records that a page makes for "the first partner" are given to this partner, so that
    ``with_sections`` finds them again when saving.
    """

    refused = Signal(str)

    def __init__(self, package: PartnerPackage, path: Path | None = None) -> None:
        super().__init__(as_charter(package))
        self.package = package
        self.path = path

    @property
    def partner_id(self) -> str:
        return self.package.partner_id

    def package_now(self) -> PartnerPackage:
        """Return the package with the partner's records as they are in the session now."""
        return with_sections(self.package, self.charter)

    def _refuse(self, text: str) -> None:
        self.refused.emit(text)

    def set_value(self, owner: Record, field: str, value: Any, path: str, text: str = "") -> None:
        charter = self.charter
        if isinstance(owner, Partner) and owner.id != self.partner_id:
            self._refuse(
                QCoreApplication.translate("PartnerMode", "Another partner's details cannot be changed here.")
            )
            return
        if (
            owner is charter.metadata
            or owner is charter.vision
            or (owner is charter.purpose and field != "interests")
        ):
            self._refuse(
                QCoreApplication.translate(
                    "PartnerMode", "The shared context is read-only in a partner package."
                )
            )
            return
        if OWNER_FIELDS.get(type(owner)) == field and value != self.partner_id:
            self._refuse(
                QCoreApplication.translate(
                    "PartnerMode", "Your records stay yours: the partner cannot be changed."
                )
            )
            return
        super().set_value(owner, field, value, path, text)

    def set_list(self, owner: Record, field: str, items: list[Any], path: str, text: str = "") -> None:
        partners = owner is self.charter and field == "partners"
        if partners and [p.id for p in items] != [p.id for p in self.charter.partners]:
            self._refuse(
                QCoreApplication.translate(
                    "PartnerMode", "Partners cannot be added or removed in a partner package."
                )
            )
            return
        old = {id(item) for item in getattr(owner, field)}
        for item in items:
            owner_field = OWNER_FIELDS.get(type(item))
            if owner_field and id(item) not in old and getattr(item, owner_field) != self.partner_id:
                setattr(item, owner_field, self.partner_id)  # a new record: not in the charter yet
        super().set_list(owner, field, items, path, text)


# -- restricting the wizard's pages to the partner's own part -----------------------------------
def restrict_page(page: StepPage, partner_id: str) -> None:
    """Hide the editors of ``page`` that are not the partner's, and the other partners' rows.

    Works on ``FormStepPage``'s ``editors``: forms and tables are kept by their path; a section
    whose editors are all hidden is hidden with its notes; the column naming the owning partner
    is hidden (it is always this partner).
    """
    from .widgets.record_table import RecordTable

    editors = list(getattr(page, "editors", []))
    keep: dict[QGroupBox, bool] = {}
    for editor in editors:
        # Views that edit no single field (the data-sharing register, which shows every partner)
        # have no path and are not part of a partner's package.
        path = getattr(editor, "path", None)
        allowed = callable(path) and path() in PARTNER_PATHS
        box = _section_of(editor, page)
        if box is not None:
            keep[box] = keep.get(box, False) or allowed
        editor.setVisible(allowed)
        if not allowed or not isinstance(editor, RecordTable):
            continue
        if editor.path() == "partners":
            _only_own_partner(editor, partner_id)
            if box is not None:  # "select a partner to ..." does not apply with one partner shown
                for note in box.findChildren(QLabel, "note", Qt.FindChildOption.FindDirectChildrenOnly):
                    note.hide()
        else:
            for index, column in enumerate(editor.columns):
                if column.field in ("partner_id", "provider_id"):
                    editor.view.setColumnHidden(index, True)
    for box, shown in keep.items():
        box.setVisible(shown)


def _section_of(widget: QWidget, page: QWidget) -> QGroupBox | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QGroupBox):
            return parent
        parent = parent.parentWidget()
    return None


def _only_own_partner(table: Any, partner_id: str) -> None:
    """Show only the partner's own row in the partners table; rows cannot be added or moved."""
    for name in ("add", "duplicate", "remove", "up", "down"):
        table.buttons[name].hide()
    table.count_label.hide()
    for name in ("add", "duplicate", "remove"):
        setattr(table, name, lambda: None)  # the keyboard shortcuts call these
    table.move = lambda _delta: None

    def hide_others(*_args: object) -> None:
        for row, partner in enumerate(table.rows()):
            table.view.setRowHidden(row, partner.id != partner_id)

    model = table.model
    model.modelReset.connect(hide_others)
    model.rowsInserted.connect(hide_others)
    model.layoutChanged.connect(hide_others)
    # A table that filters its rows shows them again after each refresh, then says so.
    filtered = getattr(table, "filtered", None)
    if filtered is not None:
        filtered.connect(hide_others)
    filter_edit = getattr(table, "filter_edit", None)
    if filter_edit is not None:
        filter_edit.hide()
    hide_others()
    # One row to show: the table need not keep room for eight.
    view = table.view
    row_h = view.verticalHeader().defaultSectionSize()
    height = (
        view.horizontalHeader().sizeHint().height()
        + 2 * row_h
        + view.horizontalScrollBar().sizeHint().height()
    )
    view.setMinimumHeight(height)
    view.setMaximumHeight(height + 2 * view.frameWidth())
    row = next((i for i, p in enumerate(table.rows()) if p.id == partner_id), -1)
    if row >= 0:
        table.select_row(row)


def partner_page_classes() -> list[type[StepPage]]:
    from .pages import page_classes

    return [cls for cls in page_classes() if cls.step in PARTNER_STEPS]


#: Rules whose answer depends on parts of the charter a package does not carry (bodies, roles): in
#: partner mode they would misfire, e.g. "this recipient has no role" for every recipient.
WHOLE_CHARTER_RULES: frozenset[str] = frozenset({"DS-WIDE"})


def own_findings(findings: Sequence[Finding], session: PartnerSession) -> list[Finding]:
    """Return the findings about the partner's own records (the rest is the coordinator's business)."""
    index = next((i for i, p in enumerate(session.charter.partners) if p.id == session.partner_id), 0)
    prefixes = (f"partners[{index}]", *(f"{p}[" for p in PARTNER_PATHS[1:]))
    return [f for f in findings if f.path.startswith(prefixes) and f.rule_id not in WHOLE_CHARTER_RULES]


# -- the shared context ----------------------------------------------------------------------
def context_html(package: PartnerPackage) -> str:
    """Return the read-only shared context as simple HTML, in the UI language."""
    ctx = package.context

    def heading(text: str) -> str:
        return f"<h4>{html.escape(text)}</h4>"

    def para(text: str) -> str:
        if not text.strip():
            empty = QCoreApplication.translate("PartnerMode", "(not filled in)")
            return f"<p><i>{html.escape(empty)}</i></p>"
        return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())

    parts = [f"<h3>{html.escape(ctx.title or ctx.partnership_name)}</h3>"]
    if ctx.partnership_name and ctx.partnership_name != ctx.title:
        parts.append(f"<p>{html.escape(ctx.partnership_name)}</p>")
    parts += [heading(QCoreApplication.translate("PartnerMode", "Societal problem")), para(ctx.problem)]
    parts += [
        heading(QCoreApplication.translate("PartnerMode", "Shared added value")),
        para(ctx.shared_value),
    ]
    parts += [
        heading(QCoreApplication.translate("PartnerMode", "Why no partner can do this alone")),
        para(ctx.why_together),
    ]
    vision = QCoreApplication.translate("PartnerMode", "Vision")
    if ctx.vision_horizon_year:
        vision = QCoreApplication.translate("PartnerMode", "Vision (%1)").replace(
            "%1", str(ctx.vision_horizon_year)
        )
    parts += [heading(vision), para(ctx.vision)]
    parts.append(heading(QCoreApplication.translate("PartnerMode", "The other partners")) + "<ul>")
    for other in ctx.other_partners:
        name = other.name or other.short_name or other.id
        short = f" ({html.escape(other.short_name)})" if other.short_name and other.short_name != name else ""
        parts.append(f"<li>{html.escape(name)}{short} — {html.escape(enum_label(other.type))}</li>")
    parts.append("</ul>")
    return "".join(parts)


# -- the window --------------------------------------------------------------------------------
def ask_unsaved(parent: QWidget | None, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel: the same question the charter window asks."""
    return files.ask_unsaved(parent, name)


class PartnerWindow(QMainWindow):
    """The wizard in partner mode: the partner's steps, a banner, and the shared context read-only."""

    def __init__(
        self,
        package: PartnerPackage,
        path: Path | None = None,
        page_classes: Sequence[type[StepPage]] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("partnerWindow")
        self.session = PartnerSession(package, path)
        self.findings: list[Finding] = []
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_checks_now)

        classes = list(page_classes) if page_classes is not None else partner_page_classes()
        self.pages: list[StepPage] = []
        self._build(classes)
        self._build_menus()
        self.statusBar()

        self.session.refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.session.changed.connect(lambda _p: self._check_timer.start(CHECK_DELAY_MS))
        self.session.dirty_changed.connect(self.setWindowModified)
        self.session.path_changed.connect(lambda _p: self._update_title())

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

        self.setMinimumSize(960, 640)
        self.resize(1280, 800)
        self.retranslate()
        self.go_to(0)
        self.run_checks_now()

    # -- construction ------------------------------------------------------------------------
    def _build(self, classes: Sequence[type[StepPage]]) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("partnerBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#partnerBanner { background: #fff4d6; color: #3a2c00; border-bottom: 1px solid #d9b75a;"
            " padding: 8px 12px; }"
        )
        self.step_list = StepList(self)
        self.step_list.step_requested.connect(self.go_to)
        self.stack = QStackedWidget(self)
        for cls in classes:
            page = cls(self.session, self.stack)
            page.load()
            restrict_page(page, self.session.partner_id)
            self.stack.addWidget(page)
            self.pages.append(page)
        self.steps = [p.step for p in self.pages]
        self.page_title = QLabel(self)
        font = self.page_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.page_title.setFont(font)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        wizard = QWidget(self)
        wizard_layout = QVBoxLayout(wizard)
        wizard_layout.setContentsMargins(8, 8, 8, 8)
        wizard_layout.addWidget(self.page_title)
        wizard_layout.addWidget(self.stack, 1)
        wizard_layout.addLayout(nav)

        # Beside the pages: the shared context (first, read-only) and the field guidance, as tabs.
        self.side = QTabWidget(self)
        self.side.setObjectName("partnerSide")
        self.context_box = QWidget(self.side)
        self.context_box.setObjectName("sharedContextBox")
        box_layout = QVBoxLayout(self.context_box)
        box_layout.setContentsMargins(6, 6, 6, 6)
        self.context_note = QLabel(self.context_box)
        self.context_note.setWordWrap(True)
        self.context_note.setStyleSheet("color: #505050;")
        self.context = QTextBrowser(self.context_box)
        self.context.setObjectName("sharedContext")
        self.context.setOpenLinks(False)
        box_layout.addWidget(self.context_note)
        box_layout.addWidget(self.context, 1)
        self.guidance = GuidancePanel(self.side)
        self.side.addTab(self.context_box, "")
        self.side.addTab(self.guidance, "")
        self.side.setMinimumWidth(240)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.step_list)
        self.splitter.addWidget(wizard)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([self.step_list.minimumWidth(), 760, 300])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.step_list.set_steps(self.steps, [p.title() for p in self.pages])

    def _build_menus(self) -> None:
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.save_as_action = QAction(self)
        self.save_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_as_action.triggered.connect(self.save_as)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        self.undo_action = self.session.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.session.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.back_action = QAction(self)
        self.back_action.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Left")])
        self.back_action.triggered.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_action = QAction(self)
        self.next_action.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Right")])
        self.next_action.triggered.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        for action in (
            self.back_action,
            self.next_action,
            self.save_action,
            self.save_as_action,
            self.close_action,
            self.undo_action,
            self.redo_action,
        ):
            self.addAction(action)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, label in (("nl", "&Nederlands"), ("en", "&English")):
            action = QAction(label, self.language_group)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, code=lang: self.set_language(code))
            self.language_actions[lang] = action
        self.language_actions[i18n.current_language()].setChecked(True)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.save_action, self.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.language_menu = bar.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("PartnerMode", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("PartnerMode", "&Edit"))
        self.language_menu.setTitle(QCoreApplication.translate("PartnerMode", "&Language"))
        self.save_action.setText(QCoreApplication.translate("PartnerMode", "&Save package"))
        self.save_action.setStatusTip(
            QCoreApplication.translate("PartnerMode", "Save your part in the package file")
        )
        self.save_as_action.setText(QCoreApplication.translate("PartnerMode", "Save package &as…"))
        self.close_action.setText(QCoreApplication.translate("PartnerMode", "&Close"))
        self.back_button.setText(QCoreApplication.translate("PartnerMode", "&Back"))
        self.next_button.setText(QCoreApplication.translate("PartnerMode", "Ne&xt"))
        self.side.setTabText(0, QCoreApplication.translate("PartnerMode", "Shared context"))
        self.side.setTabText(1, QCoreApplication.translate("PartnerMode", "Guidance"))
        self.context_note.setText(
            QCoreApplication.translate(
                "PartnerMode",
                "Read-only: what the partners agreed together, for reference. Only the coordinator changes this.",
            )
        )
        self.context.setAccessibleName(QCoreApplication.translate("PartnerMode", "Shared context"))
        self.context.setHtml(context_html(self.session.package))
        package = self.session.package
        self.banner.setText(
            "<b>"
            + html.escape(
                QCoreApplication.translate("PartnerMode", "Partner package for %1 — charter “%2” v%3")
                .replace("%1", self.partner_name())
                .replace("%2", package.context.title or package.context.partnership_name)
                .replace("%3", str(package.charter_version))
            )
            + "</b><br>"
            + html.escape(
                QCoreApplication.translate(
                    "PartnerMode",
                    "Fill in your own part: your organisation, your interest, your contributions and the "
                    "data you provide. Save, and send the file back to the coordinator.",
                )
            )
        )
        self.banner.setAccessibleName(self.banner.text())
        self.step_list.set_titles([p.title() for p in self.pages])
        self.step_list.retranslate()
        self._update_nav()
        self._update_title()

    def partner_name(self) -> str:
        partner = self.session.charter.partner(self.session.partner_id)
        if partner is None:
            return self.session.partner_id
        return partner.name or partner.display_name

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._check_timer.start(0)
        super().changeEvent(event)

    def _update_title(self) -> None:
        path = self.session.path
        name = path.name if path is not None else self.session.partner_id + PACKAGE_SUFFIX
        mode = QCoreApplication.translate("PartnerMode", "partner mode")
        self.setWindowTitle(f"{name}[*] — {APP_NAME} ({mode})")
        self.setWindowModified(self.session.is_dirty())

    def set_language(self, lang: str) -> None:
        i18n.install_language(lang)
        i18n.store_language(lang)
        self.language_actions[lang].setChecked(True)

    # -- steps -------------------------------------------------------------------------------
    def current_page(self) -> StepPage:
        return self.pages[self.stack.currentIndex()]

    def page_for(self, step: Step) -> StepPage | None:
        return next((p for p in self.pages if p.step == step), None)

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.pages):
            return
        self.pages[index].load()
        self.stack.setCurrentIndex(index)
        self.guidance.show_step(self.pages[index].step)
        self.step_list.set_current(index)
        self._update_nav()

    def _update_nav(self) -> None:
        index = self.stack.currentIndex()
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        if 0 <= index < len(self.pages):
            self.page_title.setText(self.pages[index].title())

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Show the guidance of the focused field (its binding's path, or its ``charter_path`` property)."""
        from .binding import charter_path_of

        path = charter_path_of(new, self)
        if path is not None:
            self.guidance.show_field(path)

    # -- checks ------------------------------------------------------------------------------
    def run_checks_now(self) -> list[Finding]:
        """Check the partner's own records only; the charter as a whole is the coordinator's concern."""
        self._check_timer.stop()
        self.findings = own_findings(run_checks(self.session.charter), self.session)
        self.step_list.set_findings(self.findings)
        for page in self.pages:
            page.show_findings([f for f in self.findings if f.step == page.step])
        return self.findings

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._write(self.session.path)

    def save_as(self) -> bool:
        suggested = self.session.path or Path.home() / (self.session.partner_id + PACKAGE_SUFFIX)
        path = ask_package_save_path(self, str(suggested))
        return self._write(path) if path is not None else False

    def _write(self, path: Path) -> bool:
        lang = i18n.current_language()
        try:
            package = self.session.package_now()
            save_package(package, path, backup=True)
        except (CharterFileError, PackageError) as exc:
            headline = exc.headline(lang) if isinstance(exc, CharterFileError) else ""
            files.show_error(
                self,
                QCoreApplication.translate("PartnerMode", "Cannot save the partner package"),
                (headline + f"\n\n{path}").strip(),
                exc.describe(lang),
            )
            return False
        self.session.package = package
        self.session.mark_saved(path)
        self.statusBar().showMessage(
            QCoreApplication.translate("PartnerMode", "Saved %1").replace("%1", str(path)), 5000
        )
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.session.is_dirty():
            name = self.session.path.name if self.session.path else self.session.partner_id + PACKAGE_SUFFIX
            answer = ask_unsaved(self, name)
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()


def ask_package_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PartnerMode", "Save partner package as"),
        suggested,
        QCoreApplication.translate("PartnerMode", "Partner packages (*.partner.json)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.name.endswith(PACKAGE_SUFFIX) else path.with_name(path.name + PACKAGE_SUFFIX)


#: Partner windows stay alive while shown; they remove themselves when closed.
_windows: list[PartnerWindow] = []


def open_partner_window(path: Path, parent: QWidget | None = None) -> PartnerWindow | None:
    """Open a package in a partner-mode window; on an error show it and return ``None``."""
    lang = i18n.current_language()
    try:
        package = load_package(path)
    except CharterFileError as exc:
        files.show_error(
            parent,
            QCoreApplication.translate("PartnerMode", "Cannot open the partner package"),
            exc.headline(lang) + f"\n\n{path}",
            exc.describe(lang),
        )
        return None
    window = PartnerWindow(package, path)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _windows.append(window)
    window.destroyed.connect(lambda _o=None, w=window: _windows.remove(w) if w in _windows else None)
    window.show()
    files.add_recent_file(path)
    return window
