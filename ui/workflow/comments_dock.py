"""The Comments dock: review comments on the step shown, as threads, with add, reply, resolve and reopen.

A comment's target is a field path (``purpose.problem``), a record id, or a step's own name; the
dock maps each to its step so the reviewer sees what belongs to the page in front of them.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charter_builder.model import Charter, ReviewComment, Status, Step
from charter_builder.model.paths import step_for_path
from charter_builder.packages.labels import FIELD_LABELS, field_label, record_title

from ..binding import ui_language

OPEN, RESOLVED, ALL = "open", "resolved", "all"


def target_path(charter: Charter, target: str) -> str:
    """Return the field path a target stands for: a record id becomes the record's path."""
    for path, record in charter.records():
        if record.id == target:
            return path
    return target


def target_step(charter: Charter, target: str) -> Step:
    """Return the wizard step a comment's target belongs to."""
    if target in {s.value for s in Step}:
        return Step(target)
    return step_for_path(target_path(charter, target))


def target_label(charter: Charter, target: str, lang: str) -> str:
    """Return what a comment is about in words: a record's name or a field's name; "" for a whole step."""
    if target in {s.value for s in Step}:
        return ""
    for _path, record in charter.records():
        if record.id == target:
            return record_title(record.model_dump(mode="json")) or target
    name = re.sub(r"\[\d+\]", "", target).rsplit(".", 1)[-1]
    return field_label(name, lang) if name in FIELD_LABELS else target


def threads(charter: Charter) -> list[tuple[ReviewComment, list[ReviewComment]]]:
    """Return each thread's first comment with its replies (any depth), in order of creation."""
    by_id = {c.id: c for c in charter.comments}

    def root_of(comment: ReviewComment) -> ReviewComment:
        seen = {comment.id}
        while comment.parent_id is not None and comment.parent_id in by_id and comment.parent_id not in seen:
            comment = by_id[comment.parent_id]
            seen.add(comment.id)
        return comment

    grouped: dict[str, list[ReviewComment]] = {}
    roots: list[ReviewComment] = []
    for comment in charter.comments:
        root = root_of(comment)
        if root is comment:
            roots.append(comment)
        else:
            grouped.setdefault(root.id, []).append(comment)
    return [(root, grouped.get(root.id, [])) for root in roots]


class CommentsPanel(QWidget):
    """The dock's content; the buttons only announce what the user asked, the controller acts."""

    add_requested = Signal()
    reply_requested = Signal(str)
    resolve_requested = Signal(str)
    reopen_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charter: Charter | None = None
        self.step: Step | None = None
        #: Names a field path in the page's own words (its label); set by the controller.
        self.label_for: Callable[[str], str] | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.filter_label = QLabel(self)
        self.filter = QComboBox(self)
        self.filter.setObjectName("commentFilter")
        self.filter_label.setBuddy(self.filter)
        for key in (OPEN, RESOLVED, ALL):
            self.filter.addItem("", key)
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("commentTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setIndentation(18)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("commentEmpty")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addComment")
        self.reply_button = QPushButton(self)
        self.reply_button.setObjectName("replyComment")
        self.resolve_button = QPushButton(self)
        self.resolve_button.setObjectName("resolveComment")
        self.add_button.clicked.connect(self.add_requested)
        self.reply_button.clicked.connect(lambda: self._emit(self.reply_requested))
        self.resolve_button.clicked.connect(self._resolve_or_reopen)
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 1)
        # Two rows: the dock stays narrow enough to leave the page its room at 1280 px.
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0, 1, 2)
        buttons.addWidget(self.reply_button, 1, 0)
        buttons.addWidget(self.resolve_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(300, 400)

    # -- what is shown ---------------------------------------------------------------------------
    def show_comments(self, charter: Charter, step: Step, step_name: str) -> None:
        self.charter, self.step, self._step_name = charter, step, step_name
        self.refresh()

    def set_filter(self, key: str) -> None:
        self.filter.setCurrentIndex(self.filter.findData(key))

    def refresh(self) -> None:
        current = self.selected_id()
        self.tree.clear()
        charter, step = self.charter, self.step
        self.heading.setText(
            QCoreApplication.translate("CommentsDock", "Comments on %1").replace(
                "%1", getattr(self, "_step_name", "")
            )
        )
        if charter is None or step is None:
            return
        wanted = self.filter.currentData()
        shown = 0
        for root, replies in threads(charter):
            if target_step(charter, root.target) != step:
                continue
            if (wanted == OPEN and root.resolved) or (wanted == RESOLVED and not root.resolved):
                continue
            item = self._item(charter, root, None)
            for answer in replies:
                self._item(charter, answer, item)
            item.setExpanded(True)
            shown += 1
            if current is not None:
                for it in [item, *(item.child(i) for i in range(item.childCount()))]:
                    if it.data(0, Qt.ItemDataRole.UserRole) == current:
                        self.tree.setCurrentItem(it)
        self.empty.setVisible(shown == 0)
        self.empty.setText(
            {
                OPEN: QCoreApplication.translate("CommentsDock", "No open comments on this step."),
                RESOLVED: QCoreApplication.translate("CommentsDock", "No resolved comments on this step."),
            }.get(wanted, QCoreApplication.translate("CommentsDock", "No comments on this step yet."))
        )
        self._update_buttons()

    def _item(
        self, charter: Charter, comment: ReviewComment, parent: QTreeWidgetItem | None
    ) -> QTreeWidgetItem:
        when = comment.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        head = f"{comment.author} · {when}"
        if parent is None:
            where = (self.label_for(comment.target) if self.label_for else "") or target_label(
                charter, comment.target, ui_language()
            )
            if where:
                head += f"\n{where}"
            if comment.resolved:
                head += " · " + QCoreApplication.translate("CommentsDock", "resolved by %1").replace(
                    "%1", comment.resolved_by
                )
        depth = 0 if parent is None else 1
        item = QTreeWidgetItem([f"{head}\n{self._wrap(comment.text, depth)}"])
        item.setData(0, Qt.ItemDataRole.UserRole, comment.id)
        item.setToolTip(0, f"{target_path(charter, comment.target)}\n\n{comment.text}")
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _wrap(self, text: str, depth: int) -> str:
        """Break long text into lines: a tree's rows do not grow with wrapped text by themselves."""
        room = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 12
        chars = max(20, room // max(1, self.tree.fontMetrics().averageCharWidth()))
        return "\n".join(textwrap.fill(line, chars) if line else "" for line in text.splitlines())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.refresh()

    def shown_texts(self) -> list[tuple[int, str]]:
        """Return (depth, text) of every comment shown, in order: what a reader sees."""
        out: list[tuple[int, str]] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append((0, self._comment_text(top)))
            out.extend((1, self._comment_text(top.child(j))) for j in range(top.childCount()))
        return out

    def _comment_text(self, item: QTreeWidgetItem) -> str:
        comment_id = item.data(0, Qt.ItemDataRole.UserRole)
        charter = self.charter
        found = next((c for c in charter.comments if c.id == comment_id), None) if charter else None
        return found.text if found is not None else ""

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, comment_id: str) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for it in [top, *(top.child(j) for j in range(top.childCount()))]:
                if it.data(0, Qt.ItemDataRole.UserRole) == comment_id:
                    self.tree.setCurrentItem(it)
                    return True
        return False

    def _selected_root(self) -> ReviewComment | None:
        item = self.tree.currentItem()
        if item is None or self.charter is None:
            return None
        while item.parent() is not None:
            item = item.parent()
        root_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.charter.comments if c.id == root_id), None)

    def _update_buttons(self) -> None:
        root = self._selected_root()
        # A signed charter takes no more comments (workflow refuses them); its threads stay readable.
        open_for_comments = self.charter is not None and self.charter.metadata.status != Status.SIGNED
        self.reply_button.setEnabled(root is not None and open_for_comments)
        self.resolve_button.setEnabled(root is not None and open_for_comments)
        self.resolve_button.setText(
            QCoreApplication.translate("CommentsDock", "Re&open")
            if root is not None and root.resolved
            else QCoreApplication.translate("CommentsDock", "Res&olve")
        )

    def _emit(self, signal: Signal) -> None:  # type: ignore[type-arg]
        comment_id = self.selected_id()
        if comment_id is not None:
            signal.emit(comment_id)

    def _resolve_or_reopen(self) -> None:
        root = self._selected_root()
        if root is not None:
            (self.reopen_requested if root.resolved else self.resolve_requested).emit(root.id)

    # -- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter_label.setText(QCoreApplication.translate("CommentsDock", "&Show:"))
        for index, text in enumerate(
            (
                QCoreApplication.translate("CommentsDock", "Open"),
                QCoreApplication.translate("CommentsDock", "Resolved"),
                QCoreApplication.translate("CommentsDock", "All"),
            )
        ):
            self.filter.setItemText(index, text)
        self.add_button.setText(QCoreApplication.translate("CommentsDock", "&Add comment…"))
        self.reply_button.setText(QCoreApplication.translate("CommentsDock", "Re&ply…"))
        self.tree.setAccessibleName(QCoreApplication.translate("CommentsDock", "Comments"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CommentsDock(QDockWidget):
    """The dock around the panel; the View menu shows and hides it through ``toggleViewAction``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsDock")
        self.panel = CommentsPanel(self)
        self.setWidget(self.panel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("CommentsDock", "Comments"))
        self.toggleViewAction().setText(QCoreApplication.translate("CommentsDock", "Co&mments"))
        self.toggleViewAction().setStatusTip(
            QCoreApplication.translate("CommentsDock", "Show or hide the review comments")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
