"""File → Import review comments…: a reviewer's Word comments come into the open charter as one undoable step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from charter_builder.storage import load_charter
from charter_builder.word import render_charter
from ui import i18n
from ui import import_comments as ui_import
from ui.main_window import MainWindow

from .shell_fixtures import EXAMPLE

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


class Shown:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
        self.reports: list[tuple[str, str, str]] = []
        self.refusals: list[tuple[str, str]] = []
        monkeypatch.setattr(ui_import, "ask_docx_path", lambda _parent: path)
        monkeypatch.setattr(ui_import, "show_report", lambda _p, t, x, d: self.reports.append((t, x, d)))
        monkeypatch.setattr(ui_import, "show_refusal", lambda _p, t, x: self.refusals.append((t, x)))


def _action(window: MainWindow) -> QAction:
    found = window.findChild(QAction, "importCommentsAction")
    if found is None:  # the shell wires it in; installed here when it does not (yet)
        found = ui_import.install_import_comments(
            window, window.session, window.file_menu, window.quit_action
        )
    return found


def _reviewed(window: MainWindow, tmp_path: Path) -> Path:
    copy = render_charter(window.session.charter, tmp_path / "review.docx", review_copy=True)
    d = docx.Document(str(copy))
    costs = window.session.charter.governance.costs[:40]
    para = next(
        Paragraph(p, d._body)
        for p in d.element.body.iter(qn("w:p"))
        if Paragraph(p, d._body).text.startswith(costs)
    )
    c = d.add_comment(
        [r for r in para.runs if r.text.strip()], text="Verdeling per partner?", author="Jurist"
    )
    c._comment_elm.date = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    out = tmp_path / "reviewed.docx"
    d.save(str(out))
    return out


def test_file_menu_imports_the_comments_as_one_undoable_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.session.replace(load_charter(EXAMPLE))
    shown = Shown(monkeypatch, _reviewed(window, tmp_path))
    action = _action(window)
    assert action in window.file_menu.actions()
    action.trigger()
    comments = window.session.charter.comments
    assert [(c.target, c.author, c.text) for c in comments] == [
        ("governance.costs", "Jurist", "Verdeling per partner?")
    ]
    assert window.session.is_dirty()
    assert len(shown.reports) == 1
    assert "1" in shown.reports[0][1]
    assert "governance.costs" in shown.reports[0][2]
    window.session.undo_stack.undo()
    assert window.session.charter.comments == []
    assert shown.refusals == []


def test_a_document_of_another_charter_is_refused_and_nothing_changes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.session.replace(load_charter(EXAMPLE))
    reviewed = _reviewed(window, tmp_path)
    other = load_charter(EXAMPLE)
    other.metadata.charter_id = "another-charter"
    window.session.replace(other)
    shown = Shown(monkeypatch, reviewed)
    _action(window).trigger()
    assert window.session.charter.comments == []
    assert not window.session.is_dirty()
    assert len(shown.refusals) == 1
    assert "another-charter" in shown.refusals[0][1]
    assert shown.reports == []


def test_cancelling_the_file_dialog_does_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = Shown(monkeypatch, None)
    _action(window).trigger()
    assert shown.reports == shown.refusals == []
    assert not window.session.is_dirty()


def test_the_menu_item_speaks_the_window_language(window: MainWindow, qapp: Any) -> None:
    action = _action(window)
    i18n.install_language("nl")
    QCoreApplication.processEvents()
    assert action.text() == "Opmerkingen uit beoordeling &inlezen…"
    i18n.install_language("en")
    QCoreApplication.processEvents()
    assert action.text() == "&Import review comments…"
