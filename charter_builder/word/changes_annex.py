"""The annex "changes since version n": what an amended charter changed, in words, per step.

Partners sign an amended charter; the annex lets them (and legal staff) see exactly what they
sign anew without comparing two documents by hand. The changes come from ``diff_charters``
between the archived version in the file and the current one.
"""

from __future__ import annotations

from ..diff import Change, diff_charters
from ..model import Charter, Step
from ..versions import version
from ..vocabulary import step_label
from .document import DocWriter
from .styles import S

_TEXT = {
    "nl": {
        "heading": "Bijlage: Wijzigingen sinds versie {n}",
        "intro": "Deze bijlage noemt wat in versie {now} van het convenant is gewijzigd ten opzichte van versie {n}. "
        "Ongewijzigde onderdelen staan hier niet.",
        "none": "Er is inhoudelijk niets gewijzigd sinds versie {n}.",
        "general": "Algemeen",
    },
    "en": {
        "heading": "Annex: Changes since version {n}",
        "intro": "This annex lists what version {now} of the charter changed compared with version {n}. Parts "
        "that did not change are not listed.",
        "none": "Nothing of substance has changed since version {n}.",
        "general": "General",
    },
}


#: What a new version changes by its nature (new signatures, a revision entry, the archive itself):
#: the version-history annex covers it, so the partners see only what they agree to anew.
_LIFECYCLE = ("history", "signatures", "revisions", "comments")


class UnknownVersionError(ValueError):
    """The file holds no such earlier version."""

    def __init__(self, number: int, known: list[int]) -> None:
        self.number = number
        self.known = known
        super().__init__(
            f"the file holds no version {number}; it holds {', '.join(map(str, known)) or 'none'}"
        )


def check_version(charter: Charter, since: int) -> None:
    """Raise ``UnknownVersionError`` unless ``since`` is an earlier version kept in the file."""
    known = [e.version for e in charter.history]
    if since not in known:
        raise UnknownVersionError(since, known)


def write_changes_annex(w: DocWriter, charter: Charter, since: int) -> None:
    """Write the annex comparing version ``since`` (from the file's archive) with ``charter``."""
    check_version(charter, since)
    t = _TEXT[w.cat.lang]
    changes = [
        c for c in diff_charters(version(charter, since), charter) if not c.path.startswith(_LIFECYCLE)
    ]
    w.heading(1, t["heading"].format(n=since), page_break=True)
    w.para(t["intro"].format(n=since, now=charter.metadata.version))
    if not changes:
        w.para(t["none"].format(n=since))
        return
    by_step: dict[Step, list[Change]] = {}
    for change in changes:  # the diff's document order, each step once
        by_step.setdefault(change.step, []).append(change)
    for step, group in by_step.items():
        label = step_label(step, w.cat.lang) if step is not Step.REVIEW else t["general"]
        w.heading(2, label, in_toc=False)
        for change in group:
            w.para(change.text(w.cat.lang), S.LIST_BULLET)
