"""Anchors in the review copy: Word bookmarks that tie the text back to the charter element it came from.

A reviewer's comment in Word lands somewhere in the text; to bring it back into the charter we must
know which field or record that text was written from. Every element (article, clause, table row)
starts with a bookmark named ``cb_<hash>_<n>``: ``<hash>`` is the first 10 hex digits of the
SHA-256 of the target (a field path or record id, which can be longer than Word's 40 characters
and contain characters a bookmark name may not), ``<n>`` counts occurrences of the same target
(a partner appears under the parties, in tables and at the signatures). The hash → target table
is stored in the document (custom property ``CharterAnchors``) and can also be rebuilt from the
charter itself, so the anchors survive Word or LibreOffice renumbering bookmark ids.

Anchors are *points*: an element's text runs from its bookmark to the next one. When a nested
element (a table row) ends, its parent's anchor is repeated, so the text after a table belongs to
the article again. Review notes get ``cbn_`` anchors: comments on them count for the element they
follow, but their text is not compared with what the reviewer left (it changes with the checks).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from . import ooxml

#: The custom document property holding ``{hash: target}`` as JSON.
PROP_ANCHORS = "CharterAnchors"

ELEMENT_PREFIX = "cb"
NOTE_PREFIX = "cbn"

#: A name we wrote, also after Word or LibreOffice appended something (``_1``, ``_copy``...).
NAME_RE = re.compile(r"^(cbn?)_([0-9a-f]{10})(?:_(\d+))?")


def anchor_hash(target: str) -> str:
    """Return the 10 hex digits that stand for ``target`` in bookmark names."""
    return hashlib.sha256(target.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class AnchorName:
    """A parsed bookmark name: the target's hash, the occurrence, and whether it marks review notes."""

    name: str
    digest: str
    note: bool

    @classmethod
    def parse(cls, name: str) -> AnchorName | None:
        m = NAME_RE.match(name or "")
        if m is None:
            return None
        return cls(f"{m.group(1)}_{m.group(2)}_{m.group(3) or '0'}", m.group(2), m.group(1) == NOTE_PREFIX)


class AnchorBook:
    """Hands out anchor markers for one document and remembers which hash stands for which target."""

    def __init__(self) -> None:
        self.targets: dict[str, str] = {}
        self._count: dict[str, int] = {}
        self.first: dict[str, str] = {}
        """The first element anchor name per target: where a comment on that target is attached."""

    def marker(self, target: str, *, note: bool = False, resume: bool = False) -> str:
        """Return a placeholder for the body XML; ``ooxml.place_anchor_markers`` makes it a bookmark.

        ``resume`` marks the parent's anchor repeated after a nested element: it is dropped when
        another anchor follows before any paragraph.
        """
        digest = anchor_hash(target)
        self.targets[digest] = target
        prefix = NOTE_PREFIX if note else ELEMENT_PREFIX
        key = f"{prefix}_{digest}"
        n = self._count.get(key, 0)
        self._count[key] = n + 1
        name = f"{key}_{n}"
        if not note:
            self.first.setdefault(target, name)
        return ooxml.anchor_marker(name, resume=resume)

    def to_json(self) -> str:
        return json.dumps(self.targets, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def targets_from_json(text: str) -> dict[str, str]:
    """Read the ``CharterAnchors`` property; a damaged one gives ``{}`` (the charter can rebuild it)."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}
