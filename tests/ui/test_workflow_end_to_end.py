"""Issue 5's "done when" through the wizard: comment, refused approval, resolve, approve, sign, freeze, version 2.

The dialogs are the real ones, filled in by the test instead of a person: each ``ask_*`` function
is replaced by one that builds the dialog, types into it and returns its answer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from charter_builder.model import Charter, ReviewComment, Status
from charter_builder.storage import canonical_json, fingerprint, load_charter
from charter_builder.versions import archived_charter
from charter_builder.workflow import partners_to_sign
from ui.main_window import MainWindow
from ui.workflow import dialogs as wf
from ui.workflow.controller import WorkflowController

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


class Answers:
    """What the workflow asked, and the real dialogs filled in as a reviewer would."""

    def __init__(self) -> None:
        self.comment_text = ""
        self.refusals: list[tuple[str, list[str]]] = []
        self.offers: list[str] = []
        self.accept_offer = False
        self.version_reason = "De raad van Havenstad wil een extra partner."
        self.signed_partners: list[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def comment(parent: Any, about: str, answering: ReviewComment | None = None) -> wf.CommentAnswer:
            dialog = wf.CommentDialog(about, parent, answering)
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            assert not ok.isEnabled()  # nothing typed yet
            dialog.author.setText("Ilse de Jurist")
            dialog.text.setPlainText(self.comment_text)
            assert ok.isEnabled()
            answer = dialog.answer()
            dialog.deleteLater()
            return answer

        def signature(parent: Any, charter: Charter) -> wf.SignAnswer:
            dialog = wf.SignDialog(charter, parent)
            # Only partners still to sign are offered; the signatory is prefilled.
            assert dialog.partner.count() == len(partners_to_sign(charter))
            partner = charter.partner(dialog.partner.currentData())
            assert partner is not None
            signatory = next(r for r in partner.representatives if r.is_signatory)
            assert dialog.name.text() == signatory.name
            assert dialog.function.text() == signatory.function
            dialog.place.setText("Havenstad")
            self.signed_partners.append(partner.id)
            answer = dialog.answer()
            dialog.deleteLater()
            return answer

        def new_version(parent: Any, charter: Charter) -> wf.NewVersionAnswer:
            dialog = wf.NewVersionDialog(charter, parent)
            dialog.author.setText("Coördinator RIEC")
            dialog.reason.setPlainText(self.version_reason)
            answer = dialog.answer()
            dialog.deleteLater()
            return answer

        def refusal(_parent: Any, title: str, reasons: list[str]) -> None:
            self.refusals.append((title, reasons))

        def offer(_parent: Any, message: str) -> bool:
            self.offers.append(message)
            return self.accept_offer

        monkeypatch.setattr(wf, "ask_comment", comment)
        monkeypatch.setattr(wf, "ask_signature", signature)
        monkeypatch.setattr(wf, "ask_new_version", new_version)
        monkeypatch.setattr(wf, "ask_resolver", lambda _p: "Ilse de Jurist")
        monkeypatch.setattr(wf, "show_refusal", refusal)
        monkeypatch.setattr(wf, "offer_new_version", offer)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    a = Answers()
    a.install(monkeypatch)
    return a


def controller(window: MainWindow) -> WorkflowController:
    found = window.findChild(WorkflowController)
    assert found is not None
    return found


def test_comment_review_approve_sign_freeze_and_new_version(
    make_window: Callable[..., MainWindow], example: Path, answers: Answers, qtbot: Any
) -> None:
    window = make_window()
    assert window.files.open_path(example)
    flow = controller(window)
    session = window.session
    assert flow.status_label.text() == "Versie 1 · Concept"

    # A reviewer comments on the purpose step's problem statement.
    assert window.go_to_step("purpose", "purpose.problem")
    assert flow.comment_target() == "purpose.problem"
    answers.comment_text = "De probleemanalyse noemt geen cijfers; voeg de cijfers van 2025 toe."
    comment_id = flow.add_comment()
    assert comment_id is not None
    assert [c.target for c in session.charter.comments] == ["purpose.problem"]
    assert flow.dock.isVisible()
    assert flow.dock.panel.shown_texts() == [(0, answers.comment_text)]
    window.undo_action.trigger()  # one undo step takes the comment away again
    assert session.charter.comments == []
    window.redo_action.trigger()
    assert [c.id for c in session.charter.comments] == [comment_id]

    # Approving is refused while the comment is open (and the charter is still a draft); nothing changes.
    flow.submit()
    assert session.charter.metadata.status == Status.IN_REVIEW
    before = canonical_json(session.charter)
    assert not flow.approve()
    title, reasons = answers.refusals[-1]
    assert any("1 open opmerking" in r for r in reasons)
    assert any(answers.comment_text in r and "Ilse de Jurist" in r for r in reasons)
    assert canonical_json(session.charter) == before

    # The author replies, the reviewer resolves the thread; the dock's open filter no longer shows it.
    answers.comment_text = "Toegevoegd in de tweede alinea."
    assert flow.dock.panel.select(comment_id)
    reply_id = flow.reply(comment_id)
    assert flow.dock.panel.shown_texts() == [
        (0, "De probleemanalyse noemt geen cijfers; voeg de cijfers van 2025 toe."),
        (1, "Toegevoegd in de tweede alinea."),
    ]
    assert reply_id is not None
    flow.resolve(reply_id)  # resolving from a reply resolves the thread
    assert session.charter.comments[0].resolved
    assert session.charter.comments[0].resolved_by == "Ilse de Jurist"
    assert flow.dock.panel.shown_texts() == []
    flow.dock.panel.set_filter("resolved")
    assert [d for d, _t in flow.dock.panel.shown_texts()] == [0, 1]

    # Now it can be approved, then every partner with a signatory signs.
    assert flow.approve()
    assert flow.status_label.text() == "Versie 1 · Goedgekeurd"
    to_sign = partners_to_sign(session.charter)
    assert len(to_sign) == 8
    for n, _partner in enumerate(to_sign, start=1):
        assert flow.sign_action.isEnabled()
        assert flow.sign()
        if n < len(to_sign):
            assert f"({n} van 8 partners getekend)" in flow.status_label.text()
    assert sorted(answers.signed_partners) == sorted(to_sign)
    charter = session.charter
    assert charter.metadata.status == Status.SIGNED
    assert flow.status_label.text() == "Versie 1 · Ondertekend"
    assert {s.partner_id for s in charter.signatures} == set(to_sign)
    assert all(s.place == "Havenstad" for s in charter.signatures)
    assert not flow.sign_action.isEnabled()
    # The threads stay readable, but a signed charter takes no more comments.
    flow.dock.panel.set_filter("all")
    assert flow.dock.panel.select(comment_id)
    assert not flow.dock.panel.reply_button.isEnabled()
    assert not flow.dock.panel.add_button.isEnabled()
    assert not flow.comment_action.isEnabled()

    # An edit of the signed charter is refused: the status bar says why and a new version is offered.
    signed_title = charter.metadata.title
    session.set_value(charter.metadata, "title", "Een andere titel", "metadata.title")
    assert charter.metadata.title == signed_title
    assert "ondertekend" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(answers.offers) == 1)
    assert session.charter is charter  # declined: still version 1

    # Start version 2 (through the offer this time): a draft that can be edited; version 1 stays intact.
    answers.accept_offer = True
    session.set_list(charter, "partners", charter.partners[:-1], "partners")
    assert len(charter.partners) == 8
    flow._offered_for = None  # the offer is made once per charter; ask again
    session.set_value(charter.metadata, "title", "Een andere titel", "metadata.title")
    qtbot.waitUntil(lambda: session.charter.metadata.version == 2)
    v2 = session.charter
    assert v2.metadata.status == Status.DRAFT
    assert v2.signatures == []
    assert v2.comments == []
    assert flow.status_label.text() == "Versie 2 · Concept"
    assert v2.revisions[-1].reason == answers.version_reason
    session.set_value(v2.metadata, "title", "RIEC Westerdelta, versie 2", "metadata.title")
    assert v2.metadata.title == "RIEC Westerdelta, versie 2"
    assert [h.version for h in v2.history] == [1]
    v1 = archived_charter(v2.history[0])
    assert canonical_json(v1) == canonical_json(charter)  # version 1 exactly as it was signed
    assert v2.history[0].fingerprint == fingerprint(charter)
    assert v1.metadata.title == signed_title
    assert v1.metadata.status == Status.SIGNED
    assert len(v1.signatures) == 8

    # Save, reopen in a fresh window: the same charter, both versions.
    assert window.files.save()
    assert window.close()
    again = make_window()
    assert again.files.open_path(example)
    reopened = again.session.charter
    assert canonical_json(reopened) == canonical_json(v2)
    assert canonical_json(load_charter(example)) == canonical_json(v2)
    assert controller(again).status_label.text() == "Versie 2 · Concept"


def test_refused_steps_change_nothing_and_menu_follows_status(
    make_window: Callable[..., MainWindow], example: Path, answers: Answers
) -> None:
    window = make_window()
    assert window.files.open_path(example)
    flow = controller(window)
    session = window.session
    assert [
        flow.submit_action.isEnabled(),
        flow.approve_action.isEnabled(),
        flow.sign_action.isEnabled(),
    ] == [
        True,
        False,
        False,
    ]
    assert not flow.approve()  # a draft: refused with the reason, nothing changes
    assert "alleen een convenant in beoordeling" in answers.refusals[-1][1][0]
    assert session.charter.metadata.status == Status.DRAFT
    assert not window.isWindowModified()
    flow.submit()
    assert [flow.draft_action.isEnabled(), flow.approve_action.isEnabled()] == [True, True]
    flow.back_to_draft()
    assert session.charter.metadata.status == Status.DRAFT
    window.undo_action.trigger()
    assert session.charter.metadata.status == Status.IN_REVIEW
    window.undo_action.trigger()
    assert session.charter.metadata.status == Status.DRAFT
    # A charter with an error finding cannot be approved either.
    session.set_value(session.charter.purpose, "problem", "", "purpose.problem")
    flow.submit()
    assert not flow.approve()
    assert any("fout" in r for r in answers.refusals[-1][1])
    assert session.charter.metadata.status == Status.IN_REVIEW
