"""Typed field paths: where a value lives in a charter, as one small value instead of a string.

Findings, diffs, comments, guidance, merges and the wizard's widgets all name a place in the
charter with the same text form::

    governance.kpis[3].owner_id          a field of the fourth KPI (list position)
    governance.kpis[kpi-1].target        the same kind of place, the record named by its id
    health_checks[hc-1].scores[gem-a,shared_ambition].comment
                                         a keyed record (BodyMember, HealthScore...) by its key
    roles.activities[0].raci.gem-x       an entry of a mapping, by its key

Each layer used to take that text apart with its own ``split(".")``/regex and each answered
"which step?" or "is this inside that?" a little differently. ``FieldPath`` parses the text once,
formats it back unchanged, and answers those questions in one place. It is a frozen, hashable,
ordered value, so it can key dicts and sort findings. The serialized form (``Finding.path``,
``Change.path``, JSON output) stays the plain string: ``str(path)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import total_ordering

from .steps import Step

#: Top-level parts of a charter -> the wizard step that edits them. Everything else (metadata,
#: revisions, comments, signatures, health checks, reviews, history) belongs to the review step.
_SECTION_STEPS: dict[str, Step] = {
    "partners": Step.PARTNERS,
    "purpose": Step.PURPOSE,
    "vision": Step.VISION,
    "strategy": Step.STRATEGY,
    "trust": Step.TRUST,
    "governance": Step.GOVERNANCE,
    "roles": Step.ROLES,
    "data_sharing": Step.DATA_SHARING,
}

#: A name in the text form: anything up to the next ``.``, ``[`` or ``]``.
_NAME = re.compile(r"[^.\[\]]+")


@total_ordering
@dataclass(frozen=True)
class Key:
    """A list position or a record's id/key, written in brackets: ``[3]``, ``[kpi-1]``, ``[a,b]``."""

    text: str

    @property
    def index(self) -> int | None:
        """Return the list position when the key is one (``[3]`` → 3), else ``None`` (an id or key)."""
        return int(self.text) if self.text.isdigit() else None

    def _sort(self) -> tuple[int, int, str]:
        i = self.index
        return (0, i, "") if i is not None else (1, 0, self.text)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Key):
            return NotImplemented
        return self._sort() < other._sort()

    def __str__(self) -> str:
        return f"[{self.text}]"


#: A part of a path: a field (or mapping-key) name, or a bracketed key.
Part = str | Key


@total_ordering
@dataclass(frozen=True, repr=False)
class FieldPath:
    """A place in a charter: field names and bracketed keys, from the charter down.

    Build one with :meth:`parse` (from the text form), :meth:`from_loc` (from a pydantic error
    location) or :meth:`field`/:meth:`item` on an existing path; ``str()`` gives the text form back.
    The empty path (``FieldPath()``, text ``""``) is the charter itself.

    Ordering compares part by part, names alphabetically before keys and list positions
    numerically (``kpis[9]`` before ``kpis[10]``), so sorted paths read in a stable, human order.
    """

    parts: tuple[Part, ...] = ()

    # -- building -------------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> FieldPath:
        """Return the path written as ``text``; raises ``ValueError`` when it is not a field path.

        Names may hold any character but ``.``, ``[`` and ``]`` (ids such as ``gem-x`` and the
        guidance's ``*`` included); keys may hold any character but brackets.
        """
        parts: list[Part] = []
        pos, end = 0, len(text)
        while pos < end:
            char = text[pos]
            if char == "[":
                close = text.find("]", pos)
                if close <= pos + 1 or "[" in text[pos + 1 : close]:  # unclosed, empty or nested
                    raise ValueError(f"not a field path: {text!r}")
                parts.append(Key(text[pos + 1 : close]))
                pos = close + 1
                continue
            if char == ".":
                if not parts:
                    raise ValueError(f"not a field path: {text!r}")
                pos += 1
            elif parts:  # a name right after a key or a bracket: "kpis[0]name", "a]b"
                raise ValueError(f"not a field path: {text!r}")
            m = _NAME.match(text, pos)
            if m is None:
                raise ValueError(f"not a field path: {text!r}")
            parts.append(m.group(0))
            pos = m.end()
        return cls(tuple(parts))

    @classmethod
    def from_loc(cls, loc: Iterable[str | int]) -> FieldPath:
        """Return the path of a pydantic error location (``("partners", 2, "name")``)."""
        return cls(tuple(Key(str(p)) if isinstance(p, int) else str(p) for p in loc))

    def field(self, name: str) -> FieldPath:
        """Return the path of field (or mapping entry) ``name`` under this path."""
        return FieldPath((*self.parts, name))

    def item(self, key: int | str) -> FieldPath:
        """Return the path of list item ``key`` (a position or a record id) under this path."""
        return FieldPath((*self.parts, Key(str(key))))

    # -- reading --------------------------------------------------------------------------------
    def __repr__(self) -> str:
        return f"FieldPath({str(self)!r})"

    def __str__(self) -> str:
        out = ""
        for part in self.parts:
            if isinstance(part, Key):
                out += str(part)
            else:
                out += f".{part}" if out else part
        return out

    def __bool__(self) -> bool:
        return bool(self.parts)

    @property
    def names(self) -> tuple[str, ...]:
        """Return the field names alone, keys left out: what the guidance and the schema know."""
        return tuple(p for p in self.parts if isinstance(p, str))

    @property
    def without_keys(self) -> FieldPath:
        """Return the path without its keys: ``partners[2].name`` → ``partners.name``."""
        return FieldPath(self.names)

    @property
    def head(self) -> str | None:
        """Return the top-level field (``governance`` in ``governance.kpis[3]``), ``None`` for the root."""
        return self.names[0] if self.names else None

    @property
    def name(self) -> str | None:
        """Return the last field name (``owner_id`` in ``governance.kpis[3].owner_id``)."""
        return self.names[-1] if self.names else None

    @property
    def parent(self) -> FieldPath | None:
        """Return the path one part up (``kpis[3].owner_id`` → ``kpis[3]`` → ``kpis``); ``None`` for the root."""
        return FieldPath(self.parts[:-1]) if self.parts else None

    @property
    def record(self) -> FieldPath | None:
        """Return the record-level prefix: the nearest list item holding this path, or ``None``.

        ``governance.kpis[3].owner_id`` → ``governance.kpis[3]``; ``roles.activities[0].raci.gem-x``
        → ``roles.activities[0]``; ``purpose.problem`` (in no list) → ``None``.
        """
        for i in range(len(self.parts) - 1, -1, -1):
            if isinstance(self.parts[i], Key):
                return FieldPath(self.parts[: i + 1])
        return None

    @property
    def step(self) -> Step:
        """Return the wizard step that edits this path; lifecycle parts (metadata, reviews...) → review."""
        return _SECTION_STEPS.get(self.head or "", Step.REVIEW)

    def is_within(self, other: FieldPath) -> bool:
        """Return whether this path is ``other`` or lies below it (``kpis[3].target`` within ``kpis``)."""
        return self.parts[: len(other.parts)] == other.parts

    def overlaps(self, other: FieldPath) -> bool:
        """Return whether an edit at one path touches the other: the same place, or one inside the other."""
        return self.is_within(other) or other.is_within(self)

    # -- ordering ---------------------------------------------------------------------------------
    def _sort(self) -> tuple[tuple[int, str | Key], ...]:
        return tuple((1, p) if isinstance(p, Key) else (0, p) for p in self.parts)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, FieldPath):
            return NotImplemented
        return self._sort() < other._sort()


def step_for_path(path: str) -> Step:
    """Return the wizard step of a path given as text (``REVIEW`` for text that is no field path).

    For callers that hold the text form, e.g. a comment's target; code that has a ``FieldPath``
    asks its ``step``.
    """
    try:
        return FieldPath.parse(path).step
    except ValueError:
        return Step.REVIEW
