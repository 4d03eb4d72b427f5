"""The review workflow: status changes, comments, approval, signing, freezing and new versions."""

from __future__ import annotations

import datetime as dt

import pytest

from charter_builder import workflow as wf
from charter_builder.model import Charter, Status
from charter_builder.storage import dump_charter, load_charter_bytes

from ..flawed.minimal import TODAY, minimal_complete_charter

NOW = dt.datetime(2027, 1, 15, 10, 30, tzinfo=dt.UTC)
SIGN_DAY = dt.date(2027, 1, 20)


def _in_review() -> Charter:
    c = minimal_complete_charter()
    wf.submit_for_review(c)
    return c


def _approved() -> Charter:
    c = _in_review()
    wf.approve(c, today=TODAY)
    return c


def _sign_all(c: Charter) -> None:
    for p in c.partners:
        rep = p.representatives[0]
        wf.sign(c, p.id, rep.id, rep.name, rep.function, SIGN_DAY, "Zandhaven")


# --- status -------------------------------------------------------------------------------


def test_a_new_charter_goes_draft_to_review_and_back() -> None:
    c = minimal_complete_charter()
    assert c.metadata.status == Status.DRAFT
    wf.submit_for_review(c)
    assert c.metadata.status == Status.IN_REVIEW
    wf.return_to_draft(c)
    assert c.metadata.status == Status.DRAFT


@pytest.mark.parametrize(
    ("start", "action"),
    [
        (Status.DRAFT, wf.return_to_draft),
        (Status.IN_REVIEW, wf.submit_for_review),
        (Status.APPROVED, wf.return_to_draft),
        (Status.APPROVED, wf.submit_for_review),
        (Status.SIGNED, wf.submit_for_review),
        (Status.SIGNED, wf.return_to_draft),
    ],
)
def test_moves_outside_the_workflow_are_refused(start: Status, action: object) -> None:
    c = minimal_complete_charter()
    c.metadata.status = start
    with pytest.raises(wf.WorkflowError) as info:
        action(c)  # type: ignore[operator]
    assert c.metadata.status == start
    assert info.value.message("nl") != info.value.message("en")
    assert "kan het convenant niet naar" in info.value.nl


def test_approve_a_clean_charter_in_review() -> None:
    c = _in_review()
    verdict = wf.can_approve(c, today=TODAY)
    assert verdict
    assert verdict.ok
    assert verdict.reasons == []
    wf.approve(c, today=TODAY)
    assert c.metadata.status == Status.APPROVED


def test_a_draft_cannot_be_approved() -> None:
    c = minimal_complete_charter()
    verdict = wf.can_approve(c, today=TODAY)
    assert not verdict
    assert [r.en for r in verdict.reasons] == [
        "The charter is 'draft'; only a charter in review can be approved."
    ]


def test_errors_and_open_comments_block_approval_with_reasons_in_both_languages() -> None:
    c = _in_review()
    c.governance.kpis[0].owner_id = None
    c.governance.end_date = None
    wf.add_comment(c, "purpose.problem", "Jurist OM", "Is 'haven' hier het hele havengebied?", now=NOW)
    verdict = wf.can_approve(c, today=TODAY)
    assert not verdict
    assert [r.nl for r in verdict.reasons] == [
        "De controle vindt nog 2 fouten; los die eerst op.",
        "Er staat nog 1 open opmerking; handel ze af of markeer ze als opgelost.",
    ]
    assert [r.text("en") for r in verdict.reasons] == [
        "The checks still find 2 errors; fix them first.",
        "1 comment thread is still open; settle or resolve it.",
    ]
    with pytest.raises(wf.WorkflowError) as info:
        wf.approve(c, today=TODAY)
    assert "2 fouten" in info.value.nl
    assert c.metadata.status == Status.IN_REVIEW


def test_warnings_and_advice_do_not_block_approval() -> None:
    c = _in_review()
    c.governance.kpis[0].frequency = None  # warning
    c.partners[0].support_in_parent = ""  # advice
    assert wf.can_approve(c, today=TODAY)


def test_findings_passed_in_are_used_instead_of_running_the_checks() -> None:
    c = _in_review()
    c.governance.kpis[0].owner_id = None
    assert wf.can_approve(c, findings=[], today=TODAY)


# --- comments -----------------------------------------------------------------------------


def test_comment_reply_and_resolve_a_thread() -> None:
    c = _in_review()
    first = wf.add_comment(
        c, "governance.kpis[0]", "Jurist", "Welke bron?", quoted_text="Registratie", now=NOW
    )
    answer = wf.reply(c, first.id, "Coördinator", "De registratie van het kernteam.", now=NOW)
    assert answer.parent_id == first.id
    assert answer.target == "governance.kpis[0]"
    assert [x.id for x in wf.thread(c, answer.id)] == [first.id, answer.id]
    assert wf.open_comments(c) == [first]
    assert not wf.can_approve(c, today=TODAY)
    resolved = wf.resolve_comment(c, answer.id, "Jurist", now=NOW)
    assert resolved is first
    assert (first.resolved, first.resolved_by, first.resolved_at) == (True, "Jurist", NOW)
    assert wf.open_comments(c) == []
    assert wf.can_approve(c, today=TODAY)
    wf.reopen_comment(c, first.id)
    assert wf.open_comments(c) == [first]
    assert first.resolved_at is None


def test_comments_survive_a_save_and_load() -> None:
    c = _in_review()
    first = wf.add_comment(c, "purpose", "Jurist", "Graag concreter.", now=NOW)
    wf.reply(c, first.id, "Coördinator", "Aangepast.", now=NOW)
    wf.resolve_comment(c, first.id, "Jurist", now=NOW)
    again = load_charter_bytes(dump_charter(c))
    assert again.comments == c.comments


def test_comment_errors() -> None:
    c = _in_review()
    with pytest.raises(wf.WorkflowError, match="does not exist"):
        wf.reply(c, "comment-missing", "X", "Y")
    with pytest.raises(wf.WorkflowError, match="empty"):
        wf.add_comment(c, "purpose", "Jurist", "   ")
    with pytest.raises(wf.WorkflowError, match="empty"):
        wf.add_comment(c, "purpose", "", "Tekst")
    assert c.comments == []


# --- signing ------------------------------------------------------------------------------


def test_signing_requires_approval() -> None:
    c = _in_review()
    with pytest.raises(wf.WorkflowError, match="Only an approved charter"):
        wf.sign(c, "gem", "gem-r1", "M. Jansen", "Burgemeester", SIGN_DAY, "Zandhaven")
    assert c.signatures == []


def test_the_charter_is_signed_when_every_partner_with_a_signatory_has_signed() -> None:
    c = _approved()
    assert wf.partners_to_sign(c, SIGN_DAY) == ["gem", "pol", "zorg"]
    s = wf.sign(c, "gem", "gem-r1", "M. Jansen", "Burgemeester", SIGN_DAY, "Zandhaven")
    assert (s.partner_id, s.representative_id, s.name, s.function, s.signed_on, s.place) == (
        "gem",
        "gem-r1",
        "M. Jansen",
        "Burgemeester",
        SIGN_DAY,
        "Zandhaven",
    )
    assert c.metadata.status == Status.APPROVED
    assert wf.is_frozen(c), "partly signed content is frozen too"
    wf.sign(c, "pol", "pol-r1", "R. de Boer", "Districtschef", SIGN_DAY, "Zandhaven")
    assert c.metadata.status == Status.APPROVED
    assert wf.partners_to_sign(c, SIGN_DAY) == ["zorg"]
    wf.sign(c, "zorg", None, "S. Bakker", "Bestuurder", SIGN_DAY, "Zandhaven")
    assert c.metadata.status == Status.SIGNED
    assert [x.partner_id for x in c.signatures] == ["gem", "pol", "zorg"]


def test_a_partner_without_a_signatory_need_not_sign() -> None:
    c = _approved()
    c.partners[2].representatives[0].is_signatory = False
    wf.sign(c, "gem", "gem-r1", "M. Jansen", "Burgemeester", SIGN_DAY, "Zandhaven")
    wf.sign(c, "pol", "pol-r1", "R. de Boer", "Districtschef", SIGN_DAY, "Zandhaven")
    assert c.metadata.status == Status.SIGNED


def test_sign_errors_leave_the_charter_unchanged() -> None:
    c = _approved()
    with pytest.raises(wf.WorkflowError, match="does not exist"):
        wf.sign(c, "nobody", None, "X", "Y", SIGN_DAY, "Z")
    with pytest.raises(wf.WorkflowError, match="does not belong"):
        wf.sign(c, "gem", "pol-r1", "R. de Boer", "Districtschef", SIGN_DAY, "Zandhaven")
    wf.sign(c, "gem", "gem-r1", "M. Jansen", "Burgemeester", SIGN_DAY, "Zandhaven")
    with pytest.raises(wf.WorkflowError, match="already signed"):
        wf.sign(c, "gem", "gem-r1", "M. Jansen", "Burgemeester", SIGN_DAY, "Zandhaven")
    assert len(c.signatures) == 1


def test_a_signed_charter_is_frozen_and_takes_no_comments() -> None:
    c = _approved()
    assert not wf.is_frozen(c)
    wf.ensure_editable(c)
    _sign_all(c)
    assert wf.is_frozen(c)
    with pytest.raises(wf.WorkflowError, match="new version"):
        wf.ensure_editable(c)
    with pytest.raises(wf.WorkflowError):
        wf.add_comment(c, "purpose", "Jurist", "Nog iets.")


# --- new versions -------------------------------------------------------------------------


def test_a_change_after_signing_starts_version_two() -> None:
    c = _approved()
    _sign_all(c)
    before = dump_charter(c)
    new = wf.start_new_version(
        c, "Coördinator", "Nieuwe partner treedt toe", "Partner toegevoegd", today=TODAY
    )
    assert dump_charter(c) == before, "the signed version is not touched"
    assert new.metadata.version == 2
    assert new.metadata.status == Status.DRAFT
    assert new.metadata.charter_id == c.metadata.charter_id
    assert new.signatures == []
    assert new.comments == []
    assert not wf.is_frozen(new)
    [rev] = new.revisions
    assert (rev.version, rev.date, rev.author, rev.reason, rev.summary) == (
        2,
        TODAY,
        "Coördinator",
        "Nieuwe partner treedt toe",
        "Partner toegevoegd",
    )
    new.purpose.problem += " Ook de binnenstad valt er nu onder."
    assert new.purpose.problem != c.purpose.problem
    third = wf.start_new_version(new, "Coördinator", "Evaluatie", today=TODAY)
    assert third.metadata.version == 3
    assert [r.version for r in third.revisions] == [2, 3]
    assert load_charter_bytes(dump_charter(third)).revisions == third.revisions


def test_a_new_version_needs_an_author_and_a_reason() -> None:
    c = minimal_complete_charter()
    with pytest.raises(wf.WorkflowError):
        wf.start_new_version(c, "Coördinator", "  ")
    with pytest.raises(wf.WorkflowError):
        wf.start_new_version(c, "", "Reden")


def test_the_whole_road_from_draft_to_version_two() -> None:
    c = minimal_complete_charter()
    c.governance.kpis[0].owner_id = None
    wf.submit_for_review(c)
    comment = wf.add_comment(c, "governance.kpis[0].owner_id", "Jurist", "Wie meet dit?", now=NOW)
    assert not wf.can_approve(c, today=TODAY)
    wf.return_to_draft(c)
    c.governance.kpis[0].owner_id = "gem"
    wf.reply(c, comment.id, "Coördinator", "De gemeente.", now=NOW)
    wf.submit_for_review(c)
    wf.resolve_comment(c, comment.id, "Jurist", now=NOW)
    wf.approve(c, today=TODAY)
    _sign_all(c)
    assert c.metadata.status == Status.SIGNED
    v2 = wf.start_new_version(c, "Coördinator", "Tussentijdse toetsing", today=TODAY)
    assert (v2.metadata.version, v2.metadata.status) == (2, Status.DRAFT)


def test_review_records_stay_editable_on_a_signed_charter() -> None:
    """A mid-term review is recorded with the signed charter in force; its content stays frozen."""
    from charter_builder.model import Status
    from charter_builder.storage import fingerprint
    from charter_builder.workflow import WorkflowError, ensure_editable, is_review_record

    from .helpers import small_charter

    c = small_charter()
    c.metadata.status = Status.SIGNED
    before = fingerprint(c)
    ensure_editable(c, "reviews")
    ensure_editable(c, "health_checks[0].scores[3].score")
    for path in ("", "vision.statement", "partners[0].name", "reviews_x"):
        with pytest.raises(WorkflowError):
            ensure_editable(c, path)
    assert is_review_record("reviews[2].conclusions")
    assert not is_review_record("governance.kpis[0].target")
    import datetime as dt

    from charter_builder.model import MidTermReview

    c.reviews = [MidTermReview(id="r", date=dt.date(2028, 12, 1))]
    assert fingerprint(c) == before  # the signed Word document still verifies
    c.vision.statement = "anders"
    assert fingerprint(c) != before
