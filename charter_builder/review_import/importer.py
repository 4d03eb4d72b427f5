"""``import_comments``: bring the comments a reviewer left in the Word review copy back into the charter.

Nothing is applied silently: the result is a new charter that differs from the given one only by
the added review comments, plus a report of what was added, skipped, and which text the reviewer
changed in the document instead of commenting (listed, never applied).
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Charter, ReviewComment, Status, new_id
from ..problems import BilingualError
from ..storage import fingerprint
from ..versions import version as charter_version
from ..word import render_charter_bytes
from ..word.anchors import PROP_ANCHORS, anchor_hash, targets_from_json
from ..word.render import PROP_CONTENT_FINGERPRINT, PROP_FINGERPRINT, content_fingerprint
from .reader import ReviewedDoc, WordComment, normalise, read_docx, read_docx_bytes

#: Target of a comment whose place in the document says nothing about the charter element.
GENERAL_TARGET = "general"

#: Word writes comment dates in local time marked as UTC; a duplicate may be off by a time zone.
_SAME_COMMENT_WINDOW = dt.timedelta(hours=26)


@dataclass(frozen=True)
class Message:
    nl: str
    en: str

    def text(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class ImportRefused(BilingualError):
    """The document cannot be imported into this charter; ``nl``/``en`` say why."""


@dataclass(frozen=True)
class ImportedComment:
    comment: ReviewComment
    word_id: str
    placed_by: str
    """How the target was found: ``anchor`` (a bookmark), ``reply`` (its parent's), ``text`` (the commented
    paragraph's text is written by one element only), ``heading`` (the nearest element start before
    it) or ``general`` (nowhere)."""


@dataclass(frozen=True)
class SkippedComment:
    word_id: str
    author: str
    text: str
    reason: Message


@dataclass(frozen=True)
class TextChange:
    """Text the reviewer changed in the document; ``old`` is what the charter generates."""

    target: str
    old: str
    new: str


@dataclass
class ImportResult:
    charter: Charter
    added: list[ImportedComment] = field(default_factory=list)
    skipped: list[SkippedComment] = field(default_factory=list)
    text_changes: list[TextChange] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    doc_version: int | None = None
    done_in_word: list[str] = field(default_factory=list)
    """Ids of charter comments whose thread a reviewer marked done in Word (reported, not resolved)."""

    @property
    def changed(self) -> bool:
        return bool(self.added)


def comment_key(author: str, text: str) -> str:
    """A stable key of a comment's author and text, for finding one imported before."""
    raw = f"{normalise(author).casefold()}\n{normalise(text)}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _aware(when: dt.datetime) -> dt.datetime:
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _existing_match(
    charter_comments: list[ReviewComment], wc: WordComment, before: set[str]
) -> ReviewComment | None:
    """Return the charter comment this Word comment already is, if any.

    The same author and text within a day (Word may shift the time by the time zone), or the same
    author at the very same second as a comment the charter had before this import (``before``,
    their ids): a comment whose text was edited in the charter after the review copy was made is
    still the same comment.
    """
    key = comment_key(wc.author, wc.text)
    author = normalise(wc.author).casefold()
    for c in charter_comments:
        delta = abs(_aware(c.created_at) - wc.date) if wc.date is not None else None
        if comment_key(c.author, c.text) == key and (delta is None or delta <= _SAME_COMMENT_WINDOW):
            return c
        if (
            c.id in before
            and delta is not None
            and delta < dt.timedelta(seconds=1)
            and normalise(c.author).casefold() == author
        ):
            return c
    return None


@dataclass(frozen=True)
class _Landmarks:
    """What the regenerated review copy says about texts, for documents whose anchors are gone."""

    owner: dict[str, str]
    """Paragraph text → target digest, for texts that only one element writes."""
    starts: dict[str, str]
    """Text of an element's first paragraph → its target digest, where that text names one element."""


def _landmarks(expected: ReviewedDoc) -> _Landmarks:
    """Only the charter's own text counts: the table of contents repeats every heading."""
    digests: dict[str, set[str]] = {}
    for name, paras in expected.segments.items():
        if name.startswith("cb_"):
            for text in paras:
                digests.setdefault(text, set()).add(name.split("_")[1])
    owner = {text: next(iter(d)) for text, d in digests.items() if len(d) == 1}
    starts = {
        paras[0]: name.split("_")[1]
        for name, paras in expected.segments.items()
        if name.startswith("cb_") and paras and paras[0] in owner
    }
    return _Landmarks(owner, starts)


def _place(
    wc: WordComment, reviewed: ReviewedDoc, targets: dict[str, str], marks: _Landmarks
) -> tuple[str, str]:
    """Return the comment's target and how it was found: its anchor, its paragraph's text, a heading."""
    pos = reviewed.comment_at.get(wc.word_id)
    if pos is None:
        return GENERAL_TARGET, "general"
    anchor = reviewed.anchor_at(pos)
    if anchor is not None and anchor.digest in targets:
        return targets[anchor.digest], "anchor"
    before = [text for ppos, text in reviewed.paragraphs if ppos <= pos]
    if before and marks.owner.get(before[-1]) in targets:
        return targets[marks.owner[before[-1]]], "text"
    for text in reversed(before):
        if marks.starts.get(text) in targets:
            return targets[marks.starts[text]], "heading"
    return GENERAL_TARGET, "general"


def _text_changes(reviewed: ReviewedDoc, expected: ReviewedDoc, targets: dict[str, str]) -> list[TextChange]:
    out: list[TextChange] = []
    names = list(expected.segments) + [n for n in reviewed.segments if n not in expected.segments]
    for name in names:
        if not name.startswith("cb_"):
            continue  # front matter before any anchor, or review notes (cbn_): not the charter's text
        old, new = expected.segments.get(name, []), reviewed.segments.get(name, [])
        if old == new:
            continue
        target = targets.get(name.split("_")[1], name)
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op != "equal":
                out.append(TextChange(target, "\n".join(old[a1:a2]), "\n".join(new[b1:b2])))
    return out


def _check_identity(charter: Charter, reviewed: ReviewedDoc, result: ImportResult) -> Charter | None:
    """Refuse a foreign document; return the charter version the document was made from, if in the file."""
    props = reviewed.props
    m = charter.metadata
    doc_id = props.get("CharterId", "")
    if not doc_id:
        raise ImportRefused(
            "Dit Word-document is niet door Charter Builder gemaakt (het mist de convenant-kenmerken).",
            "This Word document was not made by Charter Builder (it lacks the charter properties).",
        )
    if doc_id != m.charter_id:
        raise ImportRefused(
            f"Dit Word-document hoort bij een ander convenant ({doc_id}), niet bij {m.charter_id}.",
            f"This Word document belongs to another charter ({doc_id}), not to {m.charter_id}.",
        )
    try:
        result.doc_version = int(props.get("CharterVersion", ""))
    except ValueError:
        result.doc_version = None
    if props.get(PROP_FINGERPRINT) == fingerprint(charter):
        return charter
    doc_content = props.get(PROP_CONTENT_FINGERPRINT)
    if doc_content and doc_content == content_fingerprint(charter):
        return charter  # only review comments changed since: the text is this version's
    shown = str(result.doc_version) if result.doc_version is not None else "?"
    if result.doc_version == m.version:
        result.warnings.append(
            Message(
                f"Het document is gemaakt van een eerdere stand van versie {shown}; het convenant is "
                "sindsdien gewijzigd. De opmerkingen worden toch ingelezen; controleer of ze nog kloppen.",
                f"The document was made from an earlier state of version {shown}; the charter has changed "
                "since. The comments are imported anyway; check that they still apply.",
            )
        )
    else:
        result.warnings.append(
            Message(
                f"Het document is gemaakt van versie {shown} van het convenant, niet van de huidige versie "
                f"{m.version}. De opmerkingen worden toch ingelezen; controleer of ze nog kloppen.",
                f"The document was made from version {shown} of the charter, not from the current version "
                f"{m.version}. The comments are imported anyway; check that they still apply.",
            )
        )
    if result.doc_version is None:
        return None
    try:
        source = charter_version(charter, result.doc_version)
    except KeyError:
        return None
    if fingerprint(source) == props.get(PROP_FINGERPRINT) or content_fingerprint(source) == doc_content:
        return source
    return None


def import_comments(
    charter: Charter, docx_path: Path | str, *, importer: str = "", now: dt.datetime | None = None
) -> ImportResult:
    """Read the reviewed ``docx_path`` and return the charter with its new comments, and a report.

    The given charter is not changed. Raises ``ImportRefused`` for a document of another charter,
    one not made by Charter Builder, or a signed charter (which takes no comments), and
    ``reader.DocxUnreadable`` when the file is not a readable .docx.
    """
    reviewed = read_docx(Path(docx_path))
    result = ImportResult(charter=charter)
    source = _check_identity(charter, reviewed, result)
    if charter.metadata.status == Status.SIGNED:
        raise ImportRefused(
            "Dit convenant is ondertekend en neemt geen opmerkingen meer aan; begin een nieuwe versie.",
            "This charter is signed and takes no more comments; start a new version.",
        )
    lang = reviewed.props.get("CharterLanguage", charter.metadata.language or "nl")
    lang = lang if lang in ("nl", "en") else "nl"
    regenerated = read_docx_bytes(render_charter_bytes(source or charter, lang=lang, review_copy=True))
    targets = targets_from_json(regenerated.props.get(PROP_ANCHORS, ""))
    targets.update(targets_from_json(reviewed.props.get(PROP_ANCHORS, "")))
    for path, record in charter.records():
        targets.setdefault(anchor_hash(record.id), record.id)
        targets.setdefault(anchor_hash(path), path)
    if not any(not a.note for _, a in reviewed.anchors):
        result.warnings.append(
            Message(
                "Dit is geen beoordelingsexemplaar (het mist de ankers): opmerkingen zijn bij het "
                "dichtstbijzijnde artikel geplaatst en tekstwijzigingen zijn niet opgesomd.",
                "This is not a review copy (it has no anchors): comments were placed at the nearest "
                "article and text changes are not listed.",
            )
        )
    elif source is not None:
        result.text_changes = _text_changes(reviewed, regenerated, targets)
    else:
        result.warnings.append(
            Message(
                "Tekstwijzigingen in het document zijn niet opgesomd: de stand van het convenant waarvan "
                "het is gemaakt, staat niet in dit bestand.",
                "Text changes in the document are not listed: the state of the charter it was made from "
                "is not in this file.",
            )
        )
    marks = _landmarks(regenerated)
    new = charter.model_copy(deep=True)
    comments = list(new.comments)
    before = {c.id for c in comments}
    by_para: dict[str, WordComment] = {c.para_id: c for c in reviewed.comments if c.para_id}
    charter_id_of: dict[str, str] = {}
    target_of: dict[str, str] = {}
    # Parents before replies: a reply may come first in comments.xml (LibreOffice writes them so).
    order = sorted(reviewed.comments, key=lambda c: (c.parent_para_id is not None, c.date or _now()))
    for wc in order:
        if not wc.text.strip():
            result.skipped.append(
                SkippedComment(wc.word_id, wc.author, wc.text, Message("lege opmerking", "empty comment"))
            )
            continue
        match = _existing_match(comments, wc, before)
        if match is not None:
            if wc.done and not match.resolved and match.id not in result.done_in_word:
                result.done_in_word.append(match.id)
            charter_id_of[wc.word_id] = match.id
            target_of[wc.word_id] = match.target
            result.skipped.append(
                SkippedComment(
                    wc.word_id,
                    wc.author,
                    wc.text,
                    Message("staat al in het convenant", "already in the charter"),
                )
            )
            continue
        parent_wc = by_para.get(wc.parent_para_id) if wc.parent_para_id else None
        parent_id = charter_id_of.get(parent_wc.word_id) if parent_wc is not None else None
        if parent_id is not None and parent_wc is not None:
            target, how = target_of[parent_wc.word_id], "reply"
        else:
            target, how = _place(wc, reviewed, targets, marks)
        author = normalise(wc.author) or normalise(importer) or "?"
        comment = ReviewComment(
            id=new_id("comment"),
            target=target,
            author=author,
            created_at=(wc.date or now or _now()).astimezone(dt.UTC),
            text=wc.text,
            quoted_text=reviewed.quoted.get(wc.word_id, ""),
            parent_id=parent_id,
        )
        comments.append(comment)
        charter_id_of[wc.word_id] = comment.id
        target_of[wc.word_id] = target
        result.added.append(ImportedComment(comment, wc.word_id, how))
    new.comments = comments
    result.charter = new
    return result
