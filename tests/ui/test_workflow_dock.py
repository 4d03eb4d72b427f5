"""The workflow's pieces in the window: menus and mnemonics in both languages, the Comments dock per step,
the sign dialog's choices, and the freeze that an undo of the first signature lifts again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from charter_builder import workflow
from charter_builder.model import Charter, ReviewComment, Status
from ui import i18n
from ui.main_window import MainWindow
from ui.workflow import dialogs as wf
from ui.workflow.commands import apply_step
from ui.workflow.comments_dock import target_step
from ui.workflow.controller import WorkflowController

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def opened(make_window: Callable[..., MainWindow], example: Path) -> tuple[MainWindow, WorkflowController]:
    window = make_window()
    assert window.files.open_path(example)
    flow = window.findChild(WorkflowController)
    assert flow is not None
    return window, flow


def test_charter_menu_sits_before_language_with_its_own_mnemonic_in_both_languages(
    opened: tuple[MainWindow, WorkflowController],
) -> None:
    window, flow = opened
    for lang, title, status in (
        ("nl", "&Convenant", "Versie 1 · Concept"),
        ("en", "&Charter", "Version 1 · Draft"),
    ):
        i18n.install_language(lang)
        QCoreApplication.processEvents()
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        assert flow.menu in menus
        assert menus.index(flow.menu) == menus.index(window.language_menu) - 1
        assert flow.menu.title() == title
        letters = [m.title()[m.title().index("&") + 1].lower() for m in menus]
        assert len(set(letters)) == len(letters)
        texts = [a.text() for a in flow.menu.actions() if not a.isSeparator()]
        assert all("&" in t for t in texts)
        assert len({t[t.index("&") + 1].lower() for t in texts}) == len(texts)
        assert flow.status_label.text() == status
    assert flow.dock.toggleViewAction() in window.view_menu.actions()
    assert flow.dock.toggleViewAction().text() == "Co&mments"
    assert flow.dock.toggleViewAction().shortcut() == QKeySequence("Ctrl+Shift+M")
    assert flow.comment_action.shortcut() == QKeySequence("Ctrl+Alt+M")


def test_the_dock_shows_the_comments_of_the_step_shown_with_a_filter(
    opened: tuple[MainWindow, WorkflowController],
) -> None:
    window, flow = opened
    session = window.session
    kpi = session.charter.governance.kpis[0]
    on_kpi = apply_step(
        session, lambda c: workflow.add_comment(c, kpi.id, "Ilse", "Streefwaarde te laag."), "x"
    )
    apply_step(session, lambda c: workflow.add_comment(c, "purpose", "Ilse", "Over de hele stap."), "x")
    assert target_step(session.charter, kpi.id).value == "governance"
    flow.dock.toggleViewAction().trigger()
    assert flow.dock.isVisible()
    window.go_to_step("purpose")
    assert flow.dock.panel.shown_texts() == [(0, "Over de hele stap.")]
    window.go_to_step("governance")
    assert flow.dock.panel.shown_texts() == [(0, "Streefwaarde te laag.")]
    apply_step(session, lambda c: workflow.resolve_comment(c, on_kpi.id, "Ilse"), "x")
    assert flow.dock.panel.shown_texts() == []
    assert flow.dock.panel.empty.isVisible()
    flow.dock.panel.set_filter("all")
    assert flow.dock.panel.shown_texts() == [(0, "Streefwaarde te laag.")]
    assert flow.dock.panel.select(on_kpi.id)
    assert flow.dock.panel.resolve_button.text() == "He&ropenen"
    flow.dock.panel.resolve_button.click()  # reopen through the dock: one undo step
    assert not session.charter.comments[0].resolved
    window.undo_action.trigger()
    assert session.charter.comments[0].resolved


def test_reply_through_the_dock_answers_the_selected_thread(
    opened: tuple[MainWindow, WorkflowController], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, flow = opened
    session = window.session
    asked: list[ReviewComment | None] = []

    def answer(_parent: Any, about: str, answering: ReviewComment | None = None) -> wf.CommentAnswer:
        asked.append(answering)
        assert about == "Bedoeling — Maatschappelijk probleem"  # the step and the label the page shows
        return wf.CommentAnswer("Bram", "Klopt, aangepast.")

    monkeypatch.setattr(wf, "ask_comment", answer)
    first = apply_step(session, lambda c: workflow.add_comment(c, "purpose.problem", "Ilse", "Cijfers?"), "x")
    window.go_to_step("purpose")
    flow.dock.show()
    flow.dock.panel.tree.setCurrentItem(None)  # type: ignore[arg-type]
    assert not flow.dock.panel.reply_button.isEnabled()  # nothing selected
    assert flow.dock.panel.select(first.id)
    flow.dock.panel.reply_button.click()
    assert asked[0] is not None
    assert asked[0].id == first.id
    assert [(c.parent_id, c.author) for c in session.charter.comments[1:]] == [(first.id, "Bram")]
    assert flow.dock.panel.shown_texts() == [(0, "Cijfers?"), (1, "Klopt, aangepast.")]


def test_sign_dialog_offers_only_partners_still_to_sign_and_someone_else(
    opened: tuple[MainWindow, WorkflowController],
) -> None:
    window, _flow = opened
    charter: Charter = window.session.charter.model_copy(deep=True)
    charter.metadata.status = Status.APPROVED
    first = charter.partners[0]
    rep = next(r for r in first.representatives if r.is_signatory)
    workflow.sign(charter, first.id, rep.id, rep.name, rep.function, dt.date(2026, 11, 1), "Havenstad")
    dialog = wf.SignDialog(charter, window, today=dt.date(2026, 11, 2))
    ids = [dialog.partner.itemData(i) for i in range(dialog.partner.count())]
    assert first.id not in ids
    assert len(ids) == len(charter.partners) - 1
    assert dialog.answer().date == dt.date(2026, 11, 2)
    dialog.representative.setCurrentIndex(dialog.representative.count() - 1)  # "Someone else"
    assert dialog.representative.currentData() is None
    assert dialog.name.text() == ""
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.name.setText("J. Plaatsvervanger")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.answer().representative_id is None
    dialog.deleteLater()


def test_first_signature_freezes_and_its_undo_lifts_the_freeze(
    opened: tuple[MainWindow, WorkflowController], monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    window, flow = opened
    session = window.session
    offers: list[str] = []
    monkeypatch.setattr(wf, "offer_new_version", lambda _p, m: offers.append(m) or False)
    monkeypatch.setattr(
        wf,
        "ask_signature",
        lambda _p, c: wf.SignAnswer(
            c.partners[0].id, None, "C. Verhoef", "Burgemeester", dt.date(2026, 11, 1), "Havenstad"
        ),
    )
    flow.submit()
    assert flow.approve()
    assert flow.sign()
    assert session.charter.metadata.status == Status.APPROVED  # partly signed: approved, but frozen
    assert "(1 van 8 partners getekend)" in flow.status_label.text()
    title = session.charter.metadata.title
    session.set_value(session.charter.metadata, "title", "Anders", "metadata.title")
    assert session.charter.metadata.title == title
    qtbot.waitUntil(lambda: len(offers) == 1)
    assert "ondertekend" in offers[0]
    # Typing into a page's editor does not stick: the editor shows the signed text again.
    window.go_to_step("purpose")
    page = window.current_page()
    editor = next(w for w in page.findChildren(QPlainTextEdit) if flow._own_path(w) == "purpose.problem")
    signed_problem = session.charter.purpose.problem
    refused: list[str] = []
    session.refused.connect(refused.append)
    editor.setPlainText("Getypt na ondertekening")
    qtbot.waitUntil(lambda: bool(refused))  # the page tried to store it
    qtbot.waitUntil(lambda: editor.toPlainText() == signed_problem)
    assert session.charter.purpose.problem == signed_problem
    assert len(offers) == 1  # asked once per version
    window.undo_action.trigger()  # the signature was a mistake
    assert session.charter.signatures == []
    session.set_value(session.charter.metadata, "title", "Anders", "metadata.title")
    assert session.charter.metadata.title == "Anders"
    assert len(offers) == 1


def test_opening_a_charter_with_open_comments_shows_the_dock(
    make_window: Callable[..., MainWindow], example: Path
) -> None:
    from charter_builder.storage import load_charter, save_charter

    charter = load_charter(example)
    workflow.add_comment(charter, "vision", "Ilse", "Is de visie meetbaar?")
    commented = example.with_name("met-opmerking.charter.json")
    save_charter(charter, commented)
    window = make_window()
    flow = window.findChild(WorkflowController)
    assert flow is not None
    assert window.files.open_path(example)
    assert not flow.dock.isVisible()  # no open comments: the page keeps its room
    assert window.files.open_path(commented)
    assert flow.dock.isVisible()
    window.go_to_step("vision")
    assert flow.dock.panel.shown_texts() == [(0, "Is de visie meetbaar?")]
