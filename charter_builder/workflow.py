"""The review workflow: draft → in review → approved → signed, review comments, signatures, versions.

The rules legal staff expect, in one place:

* A charter moves ``draft → in_review → approved → signed``; a reviewer may send it back from
  ``in_review`` to ``draft``. Nothing else moves it.
* It can only be approved while it is in review, no check reports an error, and no comment thread
  is open (:func:`can_approve` says why not, in Dutch and English).
* Signing is possible once approved. Every signature records who signed for which partner, when
  and where; the charter becomes ``signed`` when every partner that has a signatory has signed.
* From the first signature on, the content is frozen (:func:`is_frozen`): the partners who signed
  did so for exactly this text. A change starts a new version (:func:`start_new_version`).

All functions change the given charter in place (except :func:`start_new_version`, which returns
a new one) and raise :class:`WorkflowError`, with a message in both languages, when a step is not
allowed; the charter is then unchanged. The wizard wraps each call in an undoable command.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .checks import Finding, Severity, run_checks
from .model import REVIEW_RECORDS, Charter, FieldPath, ReviewComment, Signature, Status, new_id
from .problems import BilingualError
from .versions import amend
from .vocabulary import Form, label

#: The allowed status changes. ``signed`` is reached through :func:`sign`, never set directly.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.IN_REVIEW}),
    Status.IN_REVIEW: frozenset({Status.DRAFT, Status.APPROVED}),
    Status.APPROVED: frozenset({Status.SIGNED}),
    Status.SIGNED: frozenset(),
}


class WorkflowError(BilingualError):
    """A workflow step that is not allowed now; ``nl`` and ``en`` say why in plain words."""


@dataclass(frozen=True)
class Reason:
    """One reason why a step cannot be taken yet."""

    nl: str
    en: str

    def text(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


@dataclass(frozen=True)
class Approval:
    """The answer of :func:`can_approve`: truthy when approval is possible, otherwise the reasons."""

    reasons: list[Reason] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.reasons

    def __bool__(self) -> bool:
        return self.ok


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


# --- status ---------------------------------------------------------------------------------


def is_frozen(charter: Charter) -> bool:
    """Return whether the content may no longer change: it is signed, or someone has signed it."""
    return charter.metadata.status == Status.SIGNED or bool(charter.signatures)


def is_review_record(path: str) -> bool:
    """Return whether a field path (``reviews[0].conclusions``) lies in a review record."""
    return FieldPath.parse(path).head in REVIEW_RECORDS


def ensure_editable(charter: Charter, path: str = "") -> None:
    """Raise :class:`WorkflowError` when the content is frozen; call before changing content.

    ``path`` names what is about to change: review records stay editable on a signed charter.
    """
    if is_frozen(charter) and not is_review_record(path):
        raise WorkflowError(
            "Dit convenant is (deels) ondertekend en kan niet meer worden gewijzigd. Begin een nieuwe versie.",
            "This charter is (partly) signed and can no longer be changed. Start a new version.",
        )


def _move(charter: Charter, to: Status) -> None:
    current = charter.metadata.status
    if to not in TRANSITIONS[current]:
        raise WorkflowError(
            f"Van '{label(current, 'nl', Form.PROCESS)}' kan het convenant niet naar '{label(to, 'nl', Form.PROCESS)}'.",
            f"The charter cannot go from '{current.value}' to '{to.value}'.",
        )
    charter.metadata.status = to


def submit_for_review(charter: Charter) -> None:
    """Move a draft into review."""
    _move(charter, Status.IN_REVIEW)


def return_to_draft(charter: Charter) -> None:
    """Send a charter in review back to the authors."""
    _move(charter, Status.DRAFT)


def open_comments(charter: Charter) -> list[ReviewComment]:
    """Return the first comment of every thread that is still open, in order of creation."""
    return [c for c in charter.comments if c.parent_id is None and not c.resolved]


def can_approve(
    charter: Charter, findings: list[Finding] | None = None, today: dt.date | None = None
) -> Approval:
    """Return whether the charter may be approved now and, if not, every reason why.

    ``findings`` may be passed when the caller has just run the checks, to avoid running them twice.
    """
    reasons: list[Reason] = []
    status = charter.metadata.status
    if status != Status.IN_REVIEW:
        reasons.append(
            Reason(
                f"Het convenant is '{label(status, 'nl', Form.PROCESS)}'; alleen een convenant in beoordeling kan worden goedgekeurd.",
                f"The charter is '{status.value}'; only a charter in review can be approved.",
            )
        )
    if findings is None:
        findings = run_checks(charter, today)
    errors = [f for f in findings if f.severity == Severity.ERROR]
    if errors:
        n = len(errors)
        reasons.append(
            Reason(
                f"De controle vindt nog {n} {'fout' if n == 1 else 'fouten'}; los die eerst op.",
                f"The checks still find {n} error{'s' * (n != 1)}; fix {'it' if n == 1 else 'them'} first.",
            )
        )
    still_open = open_comments(charter)
    if still_open:
        n = len(still_open)
        reasons.append(
            Reason(
                f"Er {'staat' if n == 1 else 'staan'} nog {n} open {'opmerking' if n == 1 else 'opmerkingen'}; "
                "handel ze af of markeer ze als opgelost.",
                f"{n} comment thread{'s are' if n != 1 else ' is'} still open; settle or resolve "
                f"{'them' if n != 1 else 'it'}.",
            )
        )
    return Approval(reasons)


def approve(charter: Charter, findings: list[Finding] | None = None, today: dt.date | None = None) -> None:
    """Mark the charter approved; raises :class:`WorkflowError` with every reason when it may not be."""
    verdict = can_approve(charter, findings, today)
    if not verdict:
        raise WorkflowError(" ".join(r.nl for r in verdict.reasons), " ".join(r.en for r in verdict.reasons))
    _move(charter, Status.APPROVED)


# --- comments -------------------------------------------------------------------------------


def _comment(charter: Charter, comment_id: str) -> ReviewComment:
    for c in charter.comments:
        if c.id == comment_id:
            return c
    raise WorkflowError(f"Opmerking '{comment_id}' bestaat niet.", f"Comment '{comment_id}' does not exist.")


def _thread_root(charter: Charter, comment: ReviewComment) -> ReviewComment:
    seen = {comment.id}
    while comment.parent_id is not None:
        comment = _comment(charter, comment.parent_id)
        if comment.id in seen:  # a hand-edited file with a cycle: stop where it closes
            break
        seen.add(comment.id)
    return comment


def _ensure_commentable(charter: Charter) -> None:
    if charter.metadata.status == Status.SIGNED:
        raise WorkflowError(
            "Op een ondertekend convenant kunnen geen opmerkingen meer worden gemaakt; begin een nieuwe versie.",
            "A signed charter takes no more comments; start a new version.",
        )


def _require_text(text: str, what_nl: str, what_en: str) -> None:
    if not text.strip():
        raise WorkflowError(f"{what_nl} is leeg.", f"{what_en} is empty.")


def add_comment(
    charter: Charter,
    target: str,
    author: str,
    text: str,
    quoted_text: str = "",
    now: dt.datetime | None = None,
) -> ReviewComment:
    """Attach a new comment thread to a step, a field path (``purpose.problem``) or a record id."""
    _ensure_commentable(charter)
    _require_text(text, "De opmerking", "The comment")
    _require_text(author, "De naam van de auteur", "The author's name")
    comment = ReviewComment(
        id=new_id("comment"),
        target=target,
        author=author,
        created_at=now or _now(),
        text=text,
        quoted_text=quoted_text,
    )
    charter.comments = [*charter.comments, comment]
    return comment


def reply(
    charter: Charter, parent_id: str, author: str, text: str, now: dt.datetime | None = None
) -> ReviewComment:
    """Answer a comment; the answer belongs to the same thread and about the same target."""
    _ensure_commentable(charter)
    parent = _comment(charter, parent_id)
    _require_text(text, "Het antwoord", "The reply")
    _require_text(author, "De naam van de auteur", "The author's name")
    answer = ReviewComment(
        id=new_id("comment"),
        target=parent.target,
        author=author,
        created_at=now or _now(),
        text=text,
        parent_id=parent.id,
    )
    charter.comments = [*charter.comments, answer]
    return answer


def resolve_comment(
    charter: Charter, comment_id: str, by: str, now: dt.datetime | None = None
) -> ReviewComment:
    """Mark the thread the comment belongs to as resolved; return the thread's first comment."""
    _ensure_commentable(charter)
    _require_text(by, "De naam van wie oplost", "The name of who resolves")
    root = _thread_root(charter, _comment(charter, comment_id))
    root.resolved = True
    root.resolved_by = by
    root.resolved_at = now or _now()
    return root


def reopen_comment(charter: Charter, comment_id: str) -> ReviewComment:
    """Open a resolved thread again (e.g. when the fix turned out not to be one)."""
    _ensure_commentable(charter)
    root = _thread_root(charter, _comment(charter, comment_id))
    root.resolved = False
    root.resolved_by = ""
    root.resolved_at = None
    return root


def thread(charter: Charter, comment_id: str) -> list[ReviewComment]:
    """Return the thread a comment belongs to: its first comment, then every answer, in order."""
    root = _thread_root(charter, _comment(charter, comment_id))
    return [c for c in charter.comments if c is root or _thread_root(charter, c) is root]


# --- signing --------------------------------------------------------------------------------


def partners_to_sign(charter: Charter, today: dt.date | None = None) -> list[str]:
    """Return the ids of partners that must still sign: active, with a signatory, not yet signed."""
    day = today or dt.date.today()
    signed = {s.partner_id for s in charter.signatures}
    return [
        p.id
        for p in charter.partners
        if (p.left_on is None or p.left_on > day)
        and any(r.is_signatory for r in p.representatives)
        and p.id not in signed
    ]


def sign(
    charter: Charter,
    partner_id: str,
    representative_id: str | None,
    name: str,
    function: str,
    date: dt.date,
    place: str,
) -> Signature:
    """Record that ``name`` signed for the partner; the charter becomes signed when all have signed.

    Raises :class:`WorkflowError` when the charter is not approved, the partner or representative
    does not exist, or this representative already signed for this partner.
    """
    status = charter.metadata.status
    if status != Status.APPROVED:
        raise WorkflowError(
            f"Alleen een goedgekeurd convenant kan worden ondertekend; dit convenant is '{label(status, 'nl', Form.PROCESS)}'.",
            f"Only an approved charter can be signed; this charter is '{status.value}'.",
        )
    partner = charter.partner(partner_id)
    if partner is None:
        raise WorkflowError(
            f"Partner '{partner_id}' bestaat niet in dit convenant.",
            f"Partner '{partner_id}' does not exist in this charter.",
        )
    if representative_id is not None and not any(r.id == representative_id for r in partner.representatives):
        raise WorkflowError(
            f"Vertegenwoordiger '{representative_id}' hoort niet bij {partner.display_name}.",
            f"Representative '{representative_id}' does not belong to {partner.display_name}.",
        )
    _require_text(name, "De naam van de ondertekenaar", "The signatory's name")
    for s in charter.signatures:
        if s.partner_id == partner_id and (
            (representative_id is not None and s.representative_id == representative_id)
            or s.name.strip() == name.strip()
        ):
            raise WorkflowError(
                f"{name} heeft al getekend namens {partner.display_name}.",
                f"{name} has already signed for {partner.display_name}.",
            )
    signature = Signature(
        id=new_id("signature"),
        partner_id=partner_id,
        representative_id=representative_id,
        name=name,
        function=function,
        signed_on=date,
        place=place,
    )
    charter.signatures = [*charter.signatures, signature]
    if not partners_to_sign(charter, date):
        charter.metadata.status = Status.SIGNED
    return signature


# --- versions -------------------------------------------------------------------------------


def start_new_version(
    charter: Charter, author: str, reason: str, summary: str = "", today: dt.date | None = None
) -> Charter:
    """Return a new draft of the charter with the next version number and a revision entry.

    The given charter is not changed and is archived whole inside the new one
    (``versions.amend``), so every signed version stays in the file. The new version starts without signatures and without
    review comments (they belong to the version they were made on); the revision history is
    kept and grows by one entry for the new version.
    """
    _require_text(author, "De naam van de auteur", "The author's name")
    _require_text(reason, "De reden voor de nieuwe versie", "The reason for the new version")
    new = amend(charter, author=author, reason=reason, summary=summary, today=today)
    new.comments = []
    return new
