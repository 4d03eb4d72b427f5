"""The review workflow in the main window: the Charter menu, the Comments dock, the status label, the freeze.

Every step goes through ``commands.apply_step`` (one undo step). A signed charter is frozen: the
session's ``guard`` refuses edits, the status bar says why, and the user is offered a new version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QWidget

from charter_builder import workflow
from charter_builder.model import Status, Step
from charter_builder.workflow import WorkflowError

from .. import i18n
from ..binding import charter_path_of
from ..steps import step_title
from . import dialogs
from .commands import apply_step, replace_with
from .comments_dock import CommentsDock, target_label, target_step

if TYPE_CHECKING:
    from ..main_window import MainWindow


def status_name(status: Status) -> str:
    """Return the translated name of a status, as the status bar shows it."""
    return {
        Status.DRAFT: QCoreApplication.translate("WorkflowMenu", "Draft"),
        Status.IN_REVIEW: QCoreApplication.translate("WorkflowMenu", "In review"),
        Status.APPROVED: QCoreApplication.translate("WorkflowMenu", "Approved"),
        Status.SIGNED: QCoreApplication.translate("WorkflowMenu", "Signed"),
    }[status]


class WorkflowMenu(QMenu):
    """The Charter menu; it also tells the controller when the language changed."""

    def __init__(self, controller: WorkflowController, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workflowMenu")
        self.controller = controller

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.controller.retranslate()
        super().changeEvent(event)


class WorkflowController(QObject):
    """Connects the window, its session and ``charter_builder.workflow``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.focused_path = ""
        self._offered_for: int | None = None
        self._offer_pending = False

        self.menu = WorkflowMenu(self, window)
        self.submit_action = self._action(self.submit)
        self.draft_action = self._action(self.back_to_draft)
        self.approve_action = self._action(self.approve)
        self.sign_action = self._action(self.sign)
        self.new_version_action = self._action(self.start_new_version)
        self.comment_action = self._action(lambda: self.add_comment())
        self.menu.addActions([self.submit_action, self.draft_action, self.approve_action, self.sign_action])
        self.menu.addSeparator()
        self.menu.addAction(self.new_version_action)
        self.menu.addSeparator()
        self.menu.addAction(self.comment_action)
        window.menuBar().insertMenu(window.language_menu.menuAction(), self.menu)

        self.dock = CommentsDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        toggle = self.dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+M"))
        toggle.toggled.connect(lambda shown: shown and self.dock.panel.tree.setFocus())
        window.addAction(toggle)  # the shortcut works while the menu is closed
        window.view_menu.insertAction(window.check_action, toggle)
        self.comment_action.setShortcut(QKeySequence("Ctrl+Alt+M"))
        window.addAction(self.comment_action)
        panel = self.dock.panel
        panel.label_for = self.field_label
        panel.add_requested.connect(lambda: self.add_comment())
        panel.reply_requested.connect(self.reply)
        panel.resolve_requested.connect(self.resolve)
        panel.reopen_requested.connect(self.reopen)

        self.status_label = QLabel(window)
        self.status_label.setObjectName("charterStatus")
        window.statusBar().addPermanentWidget(self.status_label)

        self.session.guard = self._guard
        self.session.refused.connect(self._on_refused)
        self.session.changed.connect(lambda _p: self.update())
        self.session.charter_replaced.connect(self.update)
        self._shown_path: object = None
        self.session.path_changed.connect(self._on_path_changed)
        window.stack.currentChanged.connect(lambda _i: self.update())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.retranslate()

    def _action(self, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- what the window shows -------------------------------------------------------------------
    def current_step(self) -> Step:
        index = self.window.current_index()
        return self.window.steps[index] if 0 <= index < len(self.window.steps) else Step.REVIEW

    def update(self) -> None:
        charter = self.session.charter
        status = charter.metadata.status
        text = (
            QCoreApplication.translate("WorkflowMenu", "Version %1 · %2")
            .replace("%1", str(charter.metadata.version))
            .replace("%2", status_name(status))
        )
        if status == Status.APPROVED and charter.signatures:
            signed = len({s.partner_id for s in charter.signatures})
            text += " " + QCoreApplication.translate("WorkflowMenu", "(%1 of %2 partners signed)").replace(
                "%1", str(signed)
            ).replace("%2", str(signed + len(workflow.partners_to_sign(charter))))
        self.status_label.setText(text)
        self.submit_action.setEnabled(status == Status.DRAFT)
        self.draft_action.setEnabled(status == Status.IN_REVIEW)
        self.approve_action.setEnabled(status == Status.IN_REVIEW)
        self.sign_action.setEnabled(status == Status.APPROVED)
        self.new_version_action.setEnabled(status in (Status.APPROVED, Status.SIGNED))
        self.comment_action.setEnabled(status != Status.SIGNED)
        self.dock.panel.add_button.setEnabled(status != Status.SIGNED)
        step = self.current_step()
        self.dock.panel.show_comments(charter, step, step_title(step))

    def _on_path_changed(self, path: object) -> None:
        """A charter opened from another file: show the dock when reviewers left open comments in it."""
        if path is not None and path != self._shown_path and workflow.open_comments(self.session.charter):
            self.dock.show()
        self._shown_path = path

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Remember the last field focused on a page: a new comment is about that field."""
        if new is not None and self.window.stack.isAncestorOf(new):
            self.focused_path = self._path_of(new) or self.focused_path

    def _path_of(self, widget: QWidget | None) -> str:
        """Return the charter path of an editor on a page ("" when it edits no field)."""
        return charter_path_of(widget, self.window.stack) or ""

    def field_label(self, path: str) -> str:
        """Return the label the page shows above or beside the field at ``path`` ("" when none is found)."""
        step = target_step(self.session.charter, path)
        index = self.window.steps.index(step) if step in self.window.steps else -1
        page = self.window._built[index] if index >= 0 else None  # only pages built already: no side effects
        if page is None:
            return ""
        editor = next((w for w in page.findChildren(QWidget) if self._own_path(w) == path), None)
        if editor is None:
            return ""
        for label in page.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is not None and (
                buddy is editor or buddy.isAncestorOf(editor) or editor.isAncestorOf(buddy)
            ):
                return label.text().replace("&", "").rstrip(":")
        return ""

    @staticmethod
    def _own_path(widget: QWidget) -> str:
        from ..binding import Binding

        path = widget.property("charter_path")
        if not path:
            binding = widget.findChild(Binding, "", Qt.FindChildOption.FindDirectChildrenOnly)
            path = binding.path() if binding is not None else None
        return path if isinstance(path, str) else ""

    # -- helpers ---------------------------------------------------------------------------------
    def _lang(self) -> str:
        return i18n.current_language()

    def _run(self, step, text: str):  # type: ignore[no-untyped-def]
        """Apply one workflow step as an undo step; say why when it is refused and return None."""
        try:
            return apply_step(self.session, step, text)
        except WorkflowError as exc:
            dialogs.show_refusal(
                self.window,
                QCoreApplication.translate("WorkflowMenu", "Not possible"),
                [exc.message(self._lang())],
            )
            return None

    def _about(self, target: str) -> str:
        """Name a comment's target for people: the step, and the field's label or the record's name."""
        charter = self.session.charter
        step = target_step(charter, target)
        if target == step.value:
            return step_title(step)
        detail = self.field_label(target) or target_label(charter, target, self._lang())
        return f"{step_title(step)} — {detail}"

    def comment_target(self) -> str:
        """The focused field when it belongs to the step shown, else the step itself."""
        step = self.current_step()
        # The page remembers its focused editor even while the focus is in the dock or a menu.
        page_field = self._path_of(self.window.current_page().focusWidget())
        for path in (page_field, self.focused_path):
            if path and target_step(self.session.charter, path) == step:
                return path
        return step.value

    # -- comments --------------------------------------------------------------------------------
    def add_comment(self, target: str | None = None) -> str | None:
        """Ask for a comment on ``target`` (default: the focused field or the step); return its id."""
        target = target or self.comment_target()
        answer = dialogs.ask_comment(self.window, self._about(target))
        if answer is None:
            return None
        comment = self._run(
            lambda c: workflow.add_comment(c, target, answer.author, answer.text),
            QCoreApplication.translate("WorkflowMenu", "Add comment"),
        )
        if comment is None:
            return None
        self.dock.show()
        self.dock.panel.select(comment.id)
        return comment.id

    def reply(self, comment_id: str) -> str | None:
        parent = next((c for c in self.session.charter.comments if c.id == comment_id), None)
        if parent is None:
            return None
        answer = dialogs.ask_comment(self.window, self._about(parent.target), parent)
        if answer is None:
            return None
        comment = self._run(
            lambda c: workflow.reply(c, comment_id, answer.author, answer.text),
            QCoreApplication.translate("WorkflowMenu", "Reply to comment"),
        )
        if comment is not None:
            self.dock.panel.select(comment.id)
        return None if comment is None else comment.id

    def resolve(self, comment_id: str) -> None:
        by = dialogs.ask_resolver(self.window)
        self._run(
            lambda c: workflow.resolve_comment(c, comment_id, by),
            QCoreApplication.translate("WorkflowMenu", "Resolve comment"),
        )

    def reopen(self, comment_id: str) -> None:
        self._run(
            lambda c: workflow.reopen_comment(c, comment_id),
            QCoreApplication.translate("WorkflowMenu", "Reopen comment"),
        )

    # -- status ----------------------------------------------------------------------------------
    def submit(self) -> None:
        self._run(workflow.submit_for_review, QCoreApplication.translate("WorkflowMenu", "Submit for review"))

    def back_to_draft(self) -> None:
        self._run(workflow.return_to_draft, QCoreApplication.translate("WorkflowMenu", "Back to draft"))

    def approve(self) -> bool:
        """Approve, or list every reason why not (open comments by name) and change nothing."""
        charter = self.session.charter
        verdict = workflow.can_approve(charter)
        if not verdict:
            lang = self._lang()
            reasons = [r.text(lang) for r in verdict.reasons]
            for comment in workflow.open_comments(charter):
                reasons.append(
                    QCoreApplication.translate("WorkflowMenu", "Open comment by %1 on %2: “%3”")
                    .replace("%1", comment.author)
                    .replace("%2", self._about(comment.target))
                    .replace("%3", comment.text)
                )
            dialogs.show_refusal(
                self.window,
                QCoreApplication.translate("WorkflowMenu", "The charter cannot be approved yet"),
                reasons,
            )
            return False
        self._run(workflow.approve, QCoreApplication.translate("WorkflowMenu", "Approve"))
        return self.session.charter.metadata.status == Status.APPROVED

    def sign(self) -> bool:
        answer = dialogs.ask_signature(self.window, self.session.charter)
        if answer is None:
            return False
        signature = self._run(
            lambda c: workflow.sign(
                c,
                answer.partner_id,
                answer.representative_id,
                answer.name,
                answer.function,
                answer.date,
                answer.place,
            ),
            QCoreApplication.translate("WorkflowMenu", "Sign for %1").replace("%1", answer.name),
        )
        return signature is not None

    def start_new_version(self) -> bool:
        charter = self.session.charter
        answer = dialogs.ask_new_version(self.window, charter)
        if answer is None:
            return False
        try:
            new = workflow.start_new_version(charter, answer.author, answer.reason)
        except WorkflowError as exc:
            dialogs.show_refusal(
                self.window,
                QCoreApplication.translate("WorkflowMenu", "Not possible"),
                [exc.message(self._lang())],
            )
            return False
        replace_with(
            self.session,
            new,
            QCoreApplication.translate("WorkflowMenu", "Start version %1").replace(
                "%1", str(new.metadata.version)
            ),
        )
        return True

    # -- the freeze ------------------------------------------------------------------------------
    def _guard(self, path: str = "") -> str | None:
        try:
            workflow.ensure_editable(self.session.charter, path)
        except WorkflowError as exc:
            return exc.message(self._lang())
        return None

    def _on_refused(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)
        if self._offer_pending:
            return
        self._offer_pending = True
        # Not inside the editor's signal: the pages show the model again and the question comes after.
        QTimer.singleShot(0, self, self._after_refusal)

    def _after_refusal(self) -> None:
        self._offer_pending = False
        self.session.charter_replaced.emit()  # the editor shows the signed text again, not what was typed
        charter = self.session.charter
        if not workflow.is_frozen(charter) or self._offered_for == id(charter):
            return
        self._offered_for = id(charter)  # ask once per version: typing on should not bring the box back
        if dialogs.offer_new_version(self.window, self._guard() or ""):
            self.start_new_version()

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("WorkflowMenu", "&Charter"))
        texts = {
            self.submit_action: (
                QCoreApplication.translate("WorkflowMenu", "&Submit for review"),
                QCoreApplication.translate("WorkflowMenu", "Hand the charter to the reviewers"),
            ),
            self.draft_action: (
                QCoreApplication.translate("WorkflowMenu", "&Back to draft"),
                QCoreApplication.translate("WorkflowMenu", "Return the charter to its authors"),
            ),
            self.approve_action: (
                QCoreApplication.translate("WorkflowMenu", "&Approve…"),
                QCoreApplication.translate(
                    "WorkflowMenu", "Approve the charter when no errors or open comments remain"
                ),
            ),
            self.sign_action: (
                QCoreApplication.translate("WorkflowMenu", "S&ign…"),
                QCoreApplication.translate("WorkflowMenu", "Record a partner's signature"),
            ),
            self.new_version_action: (
                QCoreApplication.translate("WorkflowMenu", "Start &new version…"),
                QCoreApplication.translate(
                    "WorkflowMenu", "Start the next version; this one stays whole in the file"
                ),
            ),
            self.comment_action: (
                QCoreApplication.translate("WorkflowMenu", "Add &comment…"),
                QCoreApplication.translate("WorkflowMenu", "Comment on the focused field or this step"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
        self.update()
