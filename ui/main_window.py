"""The main window: menus and toolbar, the side list of steps, the wizard pages and the guidance panel.

All state lives in the session's charter; the window only arranges views of it, runs the checks
(debounced after each change) and hands file commands to ``files.FileController``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from charter_builder.checks import Finding, run_checks
from charter_builder.model import Step
from charter_builder.storage import CharterFileError
from charter_builder.storage.recovery import RecoveryEntry, list_recoveries, remove_recovery

from . import concurrency, files, i18n
from .autosave import DEFAULT_INTERVAL_MS, Autosave
from .guidance_panel import GuidancePanel
from .import_comments import install_import_comments
from .merge_view import PackageActions
from .pages.base import StepPage
from .session import CharterSession
from .settings import app_settings
from .step_list import StepList
from .steps import step_title
from .workflow import install_workflow

CHECK_DELAY_MS = 300
APP_NAME = "Charter Builder"


def default_page_classes() -> list[type[StepPage]]:
    """Return the wizard's page classes in step order: the real pages when present, else placeholders."""
    try:
        from .pages import page_classes  # type: ignore[attr-defined]
    except ImportError:
        page_classes = None
    if page_classes is not None:
        return list(page_classes())
    from .pages.review import ReviewPage

    return [*(_placeholder(step) for step in Step if step is not Step.REVIEW), ReviewPage]


def _placeholder(step: Step) -> type[StepPage]:
    """A page that only names its step: keeps the wizard usable while a real page is missing."""

    class PlaceholderPage(StepPage):
        def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
            super().__init__(session, parent)
            self._label = QLabel(self)
            self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            QVBoxLayout(self).addWidget(self._label)
            self.retranslate()

        def title(self) -> str:
            return step_title(self.step)

        def retranslate(self) -> None:
            self._label.setText(self.title())

    PlaceholderPage.step = step
    PlaceholderPage.__name__ = f"Placeholder{step.name.title()}Page"
    return PlaceholderPage


# -- the restore question (replaced in tests) ----------------------------------------------------
RESTORE, DISCARD, LATER = "restore", "discard", "later"


class RecoveryDialog(QDialog):
    """Lists unsaved work found from an earlier session and asks what to do with it."""

    def __init__(self, entries: Sequence[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RecoveryDialog", "Restore unsaved work?"))
        self.entries = list(entries)
        self.action = LATER
        text = QLabel(
            QCoreApplication.translate(
                "RecoveryDialog",
                "Charter Builder was not closed properly last time. This unsaved work was kept:",
            ),
            self,
        )
        text.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("RecoveryDialog", "Unsaved work found"))
        for entry in self.entries:
            source = (
                str(entry.source_path)
                if entry.source_path
                else QCoreApplication.translate("RecoveryDialog", "(never saved)")
            )
            title = entry.title or QCoreApplication.translate("RecoveryDialog", "Untitled charter")
            when = entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if not entry.readable:
                title = QCoreApplication.translate("RecoveryDialog", "Damaged recovery file")
            item = QListWidgetItem(f"{title} — {source} — {when}")
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        restore = buttons.addButton(
            QCoreApplication.translate("RecoveryDialog", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        discard = buttons.addButton(
            QCoreApplication.translate("RecoveryDialog", "&Discard"),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        later = buttons.addButton(
            QCoreApplication.translate("RecoveryDialog", "&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        restore.clicked.connect(lambda: self._finish(RESTORE))
        discard.clicked.connect(lambda: self._finish(DISCARD))
        later.clicked.connect(lambda: self._finish(LATER))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 280)

    def _finish(self, action: str) -> None:
        self.action = action
        self.accept()

    def selected(self) -> RecoveryEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None


def ask_restore(parent: QWidget | None, entries: Sequence[RecoveryEntry]) -> tuple[str, RecoveryEntry | None]:
    """Return (``RESTORE``/``DISCARD``/``LATER``, the chosen entry)."""
    dialog = RecoveryDialog(entries, parent)
    dialog.exec()
    return dialog.action, dialog.selected()


class MainWindow(QMainWindow):
    """The wizard's window around one ``CharterSession``."""

    def __init__(
        self,
        session: CharterSession | None = None,
        page_classes: Sequence[type[StepPage]] | None = None,
        autosave_interval_ms: int = DEFAULT_INTERVAL_MS,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session if session is not None else CharterSession(parent=self)
        self.files = files.FileController(self.session, self)
        self.autosave = Autosave(self.session, autosave_interval_ms, self)
        self.findings: list[Finding] = []
        self._change_counter = 0
        self._loaded_at: dict[int, int] = {}

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_checks_now)

        self._build_central(page_classes if page_classes is not None else default_page_classes())
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.concurrency_banner = concurrency.attach(self)  # read-only mode, a colleague's lock or save
        self.packages = PackageActions(self)  # File → Export / Import partner packages
        # File → Import review comments… (the reviewers' Word comments into the charter)
        self.review_import = install_import_comments(self, self.session, self.file_menu, self.quit_action)
        self.workflow = install_workflow(self)  # Charter menu, Comments dock, status, freeze after signing
        self.statusBar()

        self.session.changed.connect(self._on_changed)
        self.session.dirty_changed.connect(self.setWindowModified)
        self.session.path_changed.connect(lambda _p: self._update_title())
        self.session.charter_replaced.connect(self._on_replaced)
        self.files.recent_changed.connect(self._fill_recent_menu)
        self.files.saved.connect(self._on_saved)
        self.files.save_failed.connect(self.autosave.write_now)
        self.autosave.written.connect(self._on_autosaved)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

        self.setMinimumSize(960, 640)
        self.resize(1280, 800)
        self._restore_geometry()
        self.retranslate()
        self.go_to(0)
        self._check_timer.start(CHECK_DELAY_MS)

    # -- construction ------------------------------------------------------------------------
    def _build_central(self, page_classes: Sequence[type[StepPage]]) -> None:
        self.step_list = StepList(self)
        self.step_list.step_requested.connect(self.go_to)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("wizardPages")
        # Pages are built when first shown (or when the window is idle): the window appears sooner.
        self._classes: list[type[StepPage]] = list(page_classes)
        self._built: list[StepPage | None] = [None] * len(self._classes)
        self.steps: list[Step] = [cls.step for cls in self._classes]
        self._by_step: dict[Step, list[Finding]] = {}
        for _cls in self._classes:
            self.stack.addWidget(QWidget(self.stack))
        self.page_title = QLabel(self)
        self.page_title.setObjectName("pageTitle")
        font = self.page_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.page_title.setFont(font)
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.step_counter = QLabel(self)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.step_counter)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        wizard = QWidget(self)
        wizard_layout = QVBoxLayout(wizard)
        wizard_layout.setContentsMargins(8, 8, 8, 8)
        wizard_layout.addWidget(self.page_title)
        wizard_layout.addWidget(self.stack, 1)
        wizard_layout.addLayout(nav)
        self.guidance = GuidancePanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.step_list)
        self.splitter.addWidget(wizard)
        self.splitter.addWidget(self.guidance)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.guidance.setMinimumWidth(200)
        self.setCentralWidget(self.splitter)
        self.step_list.set_steps(self.steps, self._titles())
        self._splitter_moved_by_user = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self._fit_splitter()

    def _action(self, slot, *shortcuts: QKeySequence | QKeySequence.StandardKey | str, icon=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(self.files.new, QKeySequence.StandardKey.New, icon=sp.SP_FileIcon)
        self.new_from_template_action = self._action(self.files.new_from_template, "Ctrl+Shift+N")
        self.open_action = self._action(
            self.files.open, QKeySequence.StandardKey.Open, icon=sp.SP_DialogOpenButton
        )
        self.save_action = self._action(
            self.files.save, QKeySequence.StandardKey.Save, icon=sp.SP_DialogSaveButton
        )
        self.save_as_action = self._action(self.files.save_as, "Ctrl+Shift+S")
        self.quit_action = self._action(self.close, "Ctrl+Q")
        # Own actions rather than QUndoStack.createUndoAction: that one names the command (a field
        # path such as "partners[0].name") in the menu and has no mnemonic.
        stack = self.session.undo_stack
        self.undo_action = self._action(lambda: stack.undo(), "Ctrl+Z")
        self.redo_action = self._action(lambda: stack.redo(), "Ctrl+Shift+Z", "Ctrl+Y")
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.back_action = self._action(self.go_back, "Ctrl+PgUp", "Alt+Left", icon=sp.SP_ArrowLeft)
        self.next_action = self._action(self.go_next, "Ctrl+PgDown", "Alt+Right", icon=sp.SP_ArrowRight)
        self.steps_action = self._action(self._focus_steps, "Ctrl+L")
        self.guidance_action = self._action(self._toggle_guidance, "Ctrl+Shift+G")
        self.guidance_action.setCheckable(True)
        self.guidance_action.setChecked(True)
        self.help_action = self._action(self.show_guidance, "F1")
        self.check_action = self._action(self.run_checks_now, "F5")
        self.about_action = self._action(self._about)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang in i18n.LANGUAGES:
            action = QAction(self.language_group)
            action.setCheckable(True)
            action.setData(lang)
            action.triggered.connect(lambda _checked=False, code=lang: self.set_language(code))
            self.language_actions[lang] = action
        self.language_actions[i18n.current_language()].setChecked(True)
        self.clear_recent_action = QAction(self)
        self.clear_recent_action.triggered.connect(self._clear_recent)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_action, self.new_from_template_action, self.open_action])
        self.recent_menu = QMenu(self)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.save_action, self.save_as_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.back_action, self.next_action, self.steps_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.guidance_action, self.check_action])
        from .review import install_review_menu  # Review: mid-term review, health check, compare versions

        self.review_menu = install_review_menu(self)
        self.language_menu = bar.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self._fill_recent_menu()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.new_action, self.open_action, self.save_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.back_action, self.next_action])
        self.addToolBar(self.toolbar)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
        texts = {
            self.new_action: (
                QCoreApplication.translate("MainWindow", "&New"),
                QCoreApplication.translate("MainWindow", "Start a new, empty charter"),
            ),
            self.new_from_template_action: (
                QCoreApplication.translate("MainWindow", "New from &template…"),
                QCoreApplication.translate(
                    "MainWindow", "Start a new charter from a template for your kind of partnership"
                ),
            ),
            self.open_action: (
                QCoreApplication.translate("MainWindow", "&Open…"),
                QCoreApplication.translate("MainWindow", "Open a charter file"),
            ),
            self.save_action: (
                QCoreApplication.translate("MainWindow", "&Save"),
                QCoreApplication.translate("MainWindow", "Save the charter"),
            ),
            self.save_as_action: (
                QCoreApplication.translate("MainWindow", "Save &As…"),
                QCoreApplication.translate("MainWindow", "Save the charter under another name"),
            ),
            self.quit_action: (
                QCoreApplication.translate("MainWindow", "&Quit"),
                QCoreApplication.translate("MainWindow", "Close Charter Builder"),
            ),
            self.back_action: (
                QCoreApplication.translate("MainWindow", "&Previous step"),
                QCoreApplication.translate("MainWindow", "Go to the previous step"),
            ),
            self.next_action: (
                QCoreApplication.translate("MainWindow", "&Next step"),
                QCoreApplication.translate("MainWindow", "Go to the next step"),
            ),
            self.steps_action: (
                QCoreApplication.translate("MainWindow", "Step &list"),
                QCoreApplication.translate("MainWindow", "Move the focus to the step list"),
            ),
            self.guidance_action: (
                QCoreApplication.translate("MainWindow", "&Guidance panel"),
                QCoreApplication.translate("MainWindow", "Show or hide the guidance"),
            ),
            self.help_action: (
                QCoreApplication.translate("MainWindow", "&Guidance for this step"),
                QCoreApplication.translate("MainWindow", "Show the advice and examples for this step"),
            ),
            self.check_action: (
                QCoreApplication.translate("MainWindow", "&Check now"),
                QCoreApplication.translate("MainWindow", "Run the checks now"),
            ),
            self.about_action: (QCoreApplication.translate("MainWindow", "&About Charter Builder"), ""),
            self.clear_recent_action: (QCoreApplication.translate("MainWindow", "&Clear list"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            if tip:
                action.setToolTip(tip)
        self.language_actions["nl"].setText("&Nederlands")
        self.language_actions["en"].setText("&English")
        self.undo_action.setText(QCoreApplication.translate("MainWindow", "&Undo"))
        self.redo_action.setText(QCoreApplication.translate("MainWindow", "&Redo"))
        self.undo_action.setIconText(QCoreApplication.translate("MainWindow", "Undo"))
        self.redo_action.setIconText(QCoreApplication.translate("MainWindow", "Redo"))
        self.undo_action.setToolTip(QCoreApplication.translate("MainWindow", "Undo the last change (Ctrl+Z)"))
        self.redo_action.setToolTip(
            QCoreApplication.translate("MainWindow", "Redo the change you undid (Ctrl+Shift+Z)")
        )
        self.back_action.setIconText(QCoreApplication.translate("MainWindow", "Previous"))
        self.next_action.setIconText(QCoreApplication.translate("MainWindow", "Next"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Toolbar"))
        self.back_button.setText(QCoreApplication.translate("MainWindow", "&Back"))
        self.next_button.setText(QCoreApplication.translate("MainWindow", "Ne&xt"))
        self.back_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Previous step"))
        self.next_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Next step"))
        self.step_list.set_titles(self._titles())
        self.step_list.retranslate()
        self._update_nav()
        self._update_title()
        self._fill_recent_menu()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # Findings and their step marks carry core text in the UI language.
            self._check_timer.start(0)
        super().changeEvent(event)

    def _update_title(self) -> None:
        name = files.display_name(self.session.path) + self.files.guard.title_suffix()
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(self.session.is_dirty())

    # -- steps -------------------------------------------------------------------------------
    def current_index(self) -> int:
        return self.stack.currentIndex()

    @property
    def pages(self) -> list[StepPage]:
        """Return every page in step order, building those not shown yet."""
        return [self.page(i) for i in range(len(self._classes))]

    def page(self, index: int) -> StepPage:
        """Return the page of step ``index``, building it on first use."""
        page = self._built[index]
        if page is None:
            page = self._classes[index](self.session, self.stack)
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.insertWidget(index, page)
            self.stack.setCurrentIndex(current)
            self._built[index] = page
            self._place_in_tab_order(page)
            jump = getattr(page, "jump_requested", None)
            if jump is not None:
                jump.connect(self.go_to_step)
            self._apply_findings(page)
        return page

    def _place_in_tab_order(self, page: StepPage) -> None:
        """Put a page built late right after the step list in the Tab order (not after the guidance)."""
        widgets: list[QWidget] = []
        widget = page.nextInFocusChain()
        while widget is not page and page.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widgets.append(widget)
            widget = widget.nextInFocusChain()
        previous: QWidget = self.step_list
        for widget in widgets:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def build_remaining_pages(self) -> None:
        """Build one page not built yet, then yield to the event loop and continue (idle-time work)."""
        for index, page in enumerate(self._built):
            if page is None:
                self.page(index)
                QTimer.singleShot(0, self, self.build_remaining_pages)  # cancelled if the window goes
                return

    def _title(self, index: int) -> str:
        page = self._built[index]
        if page is not None:
            return page.title()
        cls = self._classes[index]
        context, title = getattr(cls, "CONTEXT", None), getattr(cls, "TITLE", None)
        if isinstance(context, str) and isinstance(title, str):
            return QCoreApplication.translate(context, title)
        return step_title(cls.step)

    def _titles(self) -> list[str]:
        return [self._title(i) for i in range(len(self._classes))]

    def current_page(self) -> StepPage:
        return self.page(self.stack.currentIndex())

    def page_for(self, step: Step | str) -> StepPage | None:
        for index, candidate in enumerate(self.steps):
            if candidate == Step(step):
                return self.page(index)
        return None

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self._classes):
            return
        page = self.page(index)
        if self._loaded_at.get(index) != self._change_counter:
            page.load()
            self._loaded_at[index] = self._change_counter
        self.stack.setCurrentIndex(index)
        self.step_list.set_current(index)
        self.guidance.show_step(page.step)
        self._update_nav()

    def go_back(self) -> None:
        self.go_to(self.current_index() - 1)

    def go_next(self) -> None:
        self.go_to(self.current_index() + 1)

    def go_to_step(self, step: Step | str, path: str = "") -> bool:
        """Show the step's page and, with a ``path``, put the focus on that field; return whether it was found."""
        page = self.page_for(step)
        if page is None:
            return False
        self.go_to(self.steps.index(page.step))
        if path:
            found = page.focus_path(path)
            self.guidance.show_field(path)
            return found
        return True

    def _update_nav(self) -> None:
        index, count = self.current_index(), len(self._classes)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        self.back_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < count - 1)
        if 0 <= index < count:
            self.page_title.setText(self._title(index))
            self.step_counter.setText(
                QCoreApplication.translate("MainWindow", "Step %1 of %2")
                .replace("%1", str(index + 1))
                .replace("%2", str(count))
            )

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._splitter_moved_by_user = True

    def _fit_splitter(self) -> None:
        """Share the width: wide windows show step names on one line; narrow ones (1024) favour the page."""
        width = max(self.width(), 640)
        if width >= 1200:
            steps, guidance = self.step_list.preferred_width(), 280
        else:
            steps, guidance = min(self.step_list.preferred_width(), 190), 220
        self.splitter.setSizes([steps, max(300, width - steps - guidance), guidance])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if not self._splitter_moved_by_user:
            self._fit_splitter()

    def _focus_steps(self) -> None:
        self.step_list.setFocus()

    def _toggle_guidance(self, checked: bool) -> None:
        self.guidance.setVisible(checked)
        if checked:
            self.guidance.browser.setFocus()

    def show_guidance(self) -> None:
        """F1: show the guidance panel (also when it was hidden) and put the keyboard focus in it."""
        self.guidance_action.setChecked(True)
        self.guidance.setVisible(True)
        self.guidance.browser.setFocus()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Show the field guidance of the focused editor: its binding's path, or its ``charter_path`` property."""
        from .binding import charter_path_of

        path = charter_path_of(new, self)
        if path is not None:
            self.guidance.show_field(path)

    # -- checks ------------------------------------------------------------------------------
    def _on_changed(self, _path: str) -> None:
        self._change_counter += 1
        # The visible page is up to date (the edit came from it or it listens); others reload when shown.
        self._loaded_at[self.current_index()] = self._change_counter
        self._check_timer.start(CHECK_DELAY_MS)

    def _on_replaced(self) -> None:
        self._change_counter += 1
        self._loaded_at = {
            i: self._change_counter for i in range(len(self._classes))
        }  # pages reload themselves
        self._update_title()
        self._check_timer.start(0)

    def run_checks_now(self) -> list[Finding]:
        self._check_timer.stop()
        self.findings = run_checks(self.session.charter)
        self._by_step = {}
        for f in self.findings:
            self._by_step.setdefault(f.step, []).append(f)
        self.step_list.set_findings(self.findings)
        for page in self._built:
            if page is not None:
                self._apply_findings(page)
        return self.findings

    def _apply_findings(self, page: StepPage) -> None:
        page.show_findings(self._by_step.get(page.step, []))
        set_all = getattr(page, "set_all_findings", None)
        if set_all is not None:
            set_all(self.findings)

    # -- files -------------------------------------------------------------------------------
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = files.recent_files()
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.files.open_path(p))
        if recent:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.recent_menu.setEnabled(True)

    def _clear_recent(self) -> None:
        files.clear_recent_files()
        self._fill_recent_menu()

    def _on_saved(self, path: Path) -> None:
        self.autosave.discard()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", str(path)), 5000
        )

    def _on_autosaved(self, ok: bool) -> None:
        if ok:
            return
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "The recovery file could not be written; save your work to be safe."
            ),
            15000,
        )

    def open_path(self, path: Path) -> bool:
        return self.files.open_path(path)

    def offer_recovery(self) -> bool:
        """Offer unsaved work found from an earlier session; return whether a charter was restored."""
        entries = list_recoveries()
        if not entries:
            return False
        action, entry = ask_restore(self, entries)
        if entry is None or action == LATER:
            return False
        if action == DISCARD:
            remove_recovery(entry.path)
            return False
        try:
            charter = entry.load()
        except CharterFileError as exc:
            lang = i18n.current_language()
            files.show_error(
                self,
                QCoreApplication.translate("MainWindow", "Cannot restore the unsaved work"),
                exc.headline(lang),
                exc.describe(lang),
            )
            return False
        if not self.files.maybe_keep_changes():
            return False
        self.autosave.discard()
        self.files.restore(charter, entry.source_path)
        self.autosave.current = entry.path
        self.autosave.write_now()
        return True

    # -- language ----------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        i18n.install_language(lang)
        i18n.store_language(lang)
        self.language_actions[lang].setChecked(True)

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.files.maybe_keep_changes():
            event.ignore()
            return
        for page in self._built:
            wait = getattr(page, "wait_for_worker", None)
            if wait is not None:
                wait()
        self.autosave.stop()
        self.autosave.discard()
        self.files.guard.forget()  # release the lock beside the file
        self._save_geometry()
        event.accept()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Charter Builder"),
            QCoreApplication.translate(
                "MainWindow",
                "Charter Builder guides the founding partners of a public-safety partnership "
                "through writing their charter, and writes it as Word and JSON. It works offline.",
            ),
        )

    def _save_geometry(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        if self._splitter_moved_by_user:
            settings.setValue("window/splitter", self.splitter.saveState())
        else:
            settings.remove("window/splitter")
        settings.sync()

    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter):
            self._splitter_moved_by_user = True  # the user's own layout from last time
