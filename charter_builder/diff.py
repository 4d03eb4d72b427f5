"""What changed between two versions of a charter, in sentences a steering group understands.

Records are matched by their stable ``id``, never by position: inserting a partner at the top
gives one "joined", not a cascade of renamed partners. The walk is generic over the model (every
field, every list); the words for records, fields and values come from ``charter_builder.vocabulary``
(in their short form where the sentence puts a value right after them).

Used by ``charter-builder diff``, the wizard's compare view, the "changed on disk" dialog and the
review report's "changes since version n".
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from . import vocabulary
from .model import (
    ArchivedVersion,
    BodyMember,
    Charter,
    FieldPath,
    HealthCheck,
    HealthScore,
    IdentifiedRecord,
    KpiMeasurement,
    LessonNote,
    MidTermReview,
    Partner,
    Record,
    Revision,
    Step,
)
from .vocabulary import Form

# ---------------------------------------------------------------------------------------------
# The result


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    MOVED = "moved"
    """Same record, other place: another position in its list, or under another parent."""


@dataclass(frozen=True)
class Change:
    """One difference, located by ``path`` (ids in brackets: ``governance.kpis[kpi-1].target``)."""

    kind: ChangeKind
    path: str
    record_id: str | None
    """The id of the record the change is about (the nearest record that has one)."""
    step: Step
    """The wizard step where the user finds it."""
    nl: str
    en: str
    old: Any = None
    """The old value as JSON (``None`` for added records)."""
    new: Any = None

    def text(self, lang: str = "en") -> str:
        return self.nl if lang == "nl" else self.en

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "path": self.path,
            "record_id": self.record_id,
            "step": self.step.value,
            "nl": self.nl,
            "en": self.en,
            "old": self.old,
            "new": self.new,
        }


# ---------------------------------------------------------------------------------------------
# Words

#: Fields that only say when the file was last written: a difference there is no change to report.
_IGNORED: set[tuple[str, str]] = {
    ("Metadata", "updated_at"),
    ("Charter", "format"),
    ("Charter", "schema_version"),
}

#: Fields whose name makes a person recognise the record; a change to them is a rename.
_NAME_FIELDS = ("name", "term", "title", "what")
_NAME_LIKE = ("name", "term", "title", "what", "description", "interest", "summary", "text")

#: Lists of plain records are matched by a key instead of an id.
_KEYS: dict[str, Callable[[Any], Any]] = {
    "BodyMember": lambda m: m.partner_id,
    "HealthScore": lambda s: (s.partner_id, str(s.dimension)),
    "KpiMeasurement": lambda m: (m.kpi_id, m.period),
    "LessonNote": lambda n: str(n.lesson),
    "ArchivedVersion": lambda a: a.version,
}

#: More records moved within one list than this are told as one change of order.
_MAX_SINGLE_MOVES = 3

_EXCERPT_CONTEXT = 20
_EXCERPT_WIDTH = 60
_SHORT_TEXT = 60


def _record_label(rec: Record, form: Form | None = None) -> tuple[str, str]:
    return vocabulary.record_words(type(rec)).pair(form)


def _field_label(owner: Record, field: str) -> tuple[str, str]:
    """Return the field's words as a change sentence puts them before a value (the short form)."""
    try:
        return vocabulary.field_words(type(owner), field).pair(Form.SHORT)
    except KeyError:  # a record type outside the charter model: show the field's own name
        plain = field.replace("_", " ")
        return plain, plain


def _unit(owner: Record, field: str) -> tuple[str, str]:
    """Return the unit written after a number field's values ("12 → 24 maanden"), or empty words."""
    try:
        words = vocabulary.field_words(type(owner), field)
    except KeyError:
        return "", ""
    return words.forms.get(Form.UNIT, ("", ""))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _shorten(text: str, width: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------------------------------------
# The walk


class _Differ:
    def __init__(self, old: Charter, new: Charter) -> None:
        self.out: list[Change] = []
        self.names: dict[str, str] = {}
        for charter in (old, new):  # the new name wins for records in both
            for _, rec in charter.records():
                self.names[rec.id] = display_name(rec)
        # id -> (index in out, record, parent description, path) of removed / added records, for moves
        self.removed: dict[str, tuple[int, IdentifiedRecord, tuple[str, str] | None, str, Step]] = {}
        self.added: dict[str, tuple[int, IdentifiedRecord, tuple[str, str] | None, str, Step]] = {}

    # -- values -------------------------------------------------------------------------------
    def fmt(self, value: Any, field: str, lang: str) -> str:
        empty = "(leeg)" if lang == "nl" else "(empty)"
        if value is None or value == "" or value == []:
            return empty
        if isinstance(value, str) and (field.endswith(("_id", "_ids")) or field == "agreed_by"):
            return f"'{self.names.get(value, value)}'"
        if isinstance(value, bool):
            return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
        if isinstance(value, enum.StrEnum):  # every enum of the model is a StrEnum
            return vocabulary.label(value, lang, Form.SHORT)
        if isinstance(value, float):
            text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
            return text.replace(".", ",") if lang == "nl" else text
        if isinstance(value, dt.datetime):
            return value.strftime("%d-%m-%Y %H:%M") if lang == "nl" else value.strftime("%Y-%m-%d %H:%M")
        if isinstance(value, dt.date):
            return value.strftime("%d-%m-%Y") if lang == "nl" else value.isoformat()
        if isinstance(value, str):
            return f"'{_shorten(value, _SHORT_TEXT)}'"
        if isinstance(value, list):
            return ", ".join(self.fmt(v, field, lang) for v in value)
        if isinstance(value, Record):
            return f"'{display_name(value)}'"
        if isinstance(value, dict):
            return "{…}"
        return str(value)

    def emit(
        self,
        kind: ChangeKind,
        path: str,
        record_id: str | None,
        step: Step,
        nl: str,
        en: str,
        old: Any = None,
        new: Any = None,
    ) -> int:
        self.out.append(Change(kind, path, record_id, step, _cap(nl), _cap(en), _json(old), _json(new)))
        return len(self.out) - 1

    # -- records ------------------------------------------------------------------------------
    def subject(self, rec: Record, parent: tuple[str, str] | None) -> tuple[str, str]:
        """Return how a sentence names ``rec``: "KPI 'Signalen'", "vertegenwoordiger 'A' (Gemeente X)"."""
        nl_label, en_label = _record_label(rec)
        name = display_name(rec)
        nl, en = f"{nl_label} '{name}'", f"{en_label} '{name}'"
        if type(rec).__name__ == "Revision":  # named by its version number, in either language
            v = rec.version  # type: ignore[attr-defined]
            nl, en = f"wijziging voor versie {v}", f"revision for version {v}"
        if parent is not None:
            nl, en = f"{nl} ({parent[0]})", f"{en} ({parent[1]})"
        return nl, en

    def walk(
        self,
        old: Record,
        new: Record,
        path: str,
        subject: tuple[str, str],
        record_id: str | None,
        step: Step,
        parent_names: tuple[str, str] | None,
    ) -> None:
        cls = type(new)
        for field, info in cls.model_fields.items():
            if (cls.__name__, field) in _IGNORED:
                continue
            ov, nv = getattr(old, field), getattr(new, field)
            if ov == nv:
                continue
            sub = f"{path}.{field}" if path else field
            here_step = FieldPath((field,)).step if isinstance(new, Charter) else step
            if isinstance(nv, Record) and isinstance(ov, Record):
                sect = _record_label(nv, Form.SHORT)
                self.walk(ov, nv, sub, sect, record_id, here_step, parent_names)
            elif isinstance(nv, list) and isinstance(ov, list):
                item = _list_item_type(info.annotation)
                inner_parent = parent_names if isinstance(new, Charter) else self.parent_of(new)
                if item is not None and issubclass(item, IdentifiedRecord):
                    self.identified_list(ov, nv, sub, here_step, inner_parent)
                elif item is not None and issubclass(item, Record) and item.__name__ in _KEYS:
                    self.keyed_list(ov, nv, sub, subject, record_id, here_step, item.__name__, new, field)
                else:
                    self.value_list(ov, nv, sub, subject, record_id, here_step, new, field)
            elif isinstance(nv, dict) and isinstance(ov, dict):
                self.dict_change(ov, nv, sub, subject, record_id, here_step, new, field)
            else:
                self.scalar(ov, nv, sub, subject, record_id, here_step, new, field)

    def parent_of(self, rec: Record) -> tuple[str, str] | None:
        if isinstance(rec, IdentifiedRecord):
            return display_name(rec), display_name(rec)
        return None

    def identified_list(
        self,
        old: list[IdentifiedRecord],
        new: list[IdentifiedRecord],
        path: str,
        step: Step,
        parent: tuple[str, str] | None,
    ) -> None:
        old_by_id = {r.id: r for r in old}
        new_by_id = {r.id: r for r in new}
        for r in old:
            if r.id not in new_by_id:
                nl, en = self.subject(r, parent)
                if type(r).__name__ == "Partner":
                    s_nl, s_en = f"{nl} is uitgetreden", f"{en} left"
                else:
                    s_nl, s_en = f"{nl} is verwijderd", f"{en} removed"
                at = self.emit(ChangeKind.REMOVED, f"{path}[{r.id}]", r.id, step, s_nl, s_en, old=r)
                self.removed[r.id] = (at, r, parent, f"{path}[{r.id}]", step)
        for r in new:
            if r.id not in old_by_id:
                nl, en = self.subject(r, parent)
                if type(r).__name__ == "Partner":
                    s_nl, s_en = f"{nl} is toegetreden", f"{en} joined"
                else:
                    s_nl, s_en = f"{nl} is toegevoegd", f"{en} added"
                at = self.emit(ChangeKind.ADDED, f"{path}[{r.id}]", r.id, step, s_nl, s_en, new=r)
                self.added[r.id] = (at, r, parent, f"{path}[{r.id}]", step)
            else:
                before = old_by_id[r.id]
                if before != r:
                    self.record(before, r, f"{path}[{r.id}]", step, parent)
        # Order: records not on the longest run that kept its order have moved.
        common_new = [r.id for r in new if r.id in old_by_id]
        old_pos = {r.id: i for i, r in enumerate(r for r in old if r.id in new_by_id)}
        keep = _longest_increasing([old_pos[i] for i in common_new])
        new_pos = {r.id: i for i, r in enumerate(new)}
        old_full_pos = {r.id: i for i, r in enumerate(old)}
        moved = len(common_new) - len(keep)
        if moved > _MAX_SINGLE_MOVES:  # sorted or reversed: one sentence, not dozens
            l_nl, l_en = _record_label(new[0], Form.PLURAL)
            if parent is not None:
                l_nl, l_en = f"{l_nl} ({parent[0]})", f"{l_en} ({parent[1]})"
            self.emit(
                ChangeKind.MOVED,
                path,
                None,
                step,
                f"volgorde van de {l_nl} gewijzigd ({moved} verplaatst)",
                f"order of the {l_en} changed ({moved} moved)",
                old=[r.id for r in old if r.id in new_by_id],
                new=common_new,
            )
            return
        for k, rid in enumerate(common_new):
            if k in keep:
                continue
            rec = new_by_id[rid]
            nl, en = self.subject(rec, parent)
            a, b = old_full_pos[rid] + 1, new_pos[rid] + 1
            self.emit(
                ChangeKind.MOVED,
                f"{path}[{rid}]",
                rid,
                step,
                f"{nl} is verplaatst van plaats {a} naar plaats {b}",
                f"{en} moved from position {a} to {b}",
                old=a,
                new=b,
            )

    def record(
        self,
        old: IdentifiedRecord,
        new: IdentifiedRecord,
        path: str,
        step: Step,
        parent: tuple[str, str] | None,
    ) -> None:
        subject = self.subject(new, parent)
        for field in _NAME_FIELDS:
            if field in type(new).model_fields and getattr(old, field) != getattr(new, field):
                o, n = getattr(old, field), getattr(new, field)
                nl_label, en_label = _record_label(new)
                if isinstance(o, str) and isinstance(n, str) and o.strip() and n.strip():
                    self.emit(
                        ChangeKind.CHANGED,
                        f"{path}.{field}",
                        new.id,
                        step,
                        f"{nl_label} '{_shorten(o)}' heet nu '{_shorten(n)}'",
                        f"{en_label} '{_shorten(o)}' renamed to '{_shorten(n)}'",
                        old=o,
                        new=n,
                    )
                    old = old.model_copy(update={field: n})
                break
        self.walk(old, new, path, subject, new.id, step, parent)

    def keyed_list(
        self,
        old: list[Record],
        new: list[Record],
        path: str,
        subject: tuple[str, str],
        record_id: str | None,
        step: Step,
        cls_name: str,
        owner: Record,
        field: str,
    ) -> None:
        key = _KEYS[cls_name]
        old_keys = [key(r) for r in old]
        new_keys = [key(r) for r in new]
        if len(set(old_keys)) != len(old_keys) or len(set(new_keys)) != len(new_keys):
            self.value_list(old, new, path, subject, record_id, step, owner, field)
            return
        old_by = dict(zip(old_keys, old, strict=True))
        new_by = dict(zip(new_keys, new, strict=True))
        for k, r in old_by.items():
            if k not in new_by:
                label = self.item_label(r)
                self.emit(
                    ChangeKind.REMOVED,
                    f"{path}[{_key_text(k)}]",
                    record_id,
                    step,
                    f"{subject[0]}: {label[0]} is verwijderd",
                    f"{subject[1]}: {label[1]} removed",
                    old=r,
                )
        for k, r in new_by.items():
            label = self.item_label(r)
            if k not in old_by and cls_name == "ArchivedVersion":
                self.emit(
                    ChangeKind.ADDED,
                    f"{path}[{_key_text(k)}]",
                    record_id,
                    step,
                    f"versie {k} is bewaard in het bestand",
                    f"version {k} is kept in the file",
                    new={"version": k},
                )
            elif k not in old_by:
                self.emit(
                    ChangeKind.ADDED,
                    f"{path}[{_key_text(k)}]",
                    record_id,
                    step,
                    f"{subject[0]}: {label[0]} is toegevoegd",
                    f"{subject[1]}: {label[1]} added",
                    new=r,
                )
            elif old_by[k] != r:
                if cls_name == "ArchivedVersion":
                    self.emit(
                        ChangeKind.CHANGED,
                        f"{path}[{_key_text(k)}]",
                        record_id,
                        step,
                        f"{label[0]} is veranderd; een gearchiveerde versie hoort nooit te veranderen",
                        f"{label[1]} changed; an archived version should never change",
                    )
                    continue
                sub_subject = (f"{subject[0]}, {label[0]}", f"{subject[1]}, {label[1]}")
                self.walk(old_by[k], r, f"{path}[{_key_text(k)}]", sub_subject, record_id, step, None)

    def item_label(self, r: Record) -> tuple[str, str]:
        nl_label, en_label = _record_label(r)
        if isinstance(r, BodyMember):
            who = self.names.get(r.partner_id, r.partner_id)
            return f"{nl_label} '{who}'", f"{en_label} '{who}'"
        if isinstance(r, HealthScore):
            who = self.names.get(r.partner_id, r.partner_id)
            return (
                f"{nl_label} van '{who}' op {self.fmt(r.dimension, 'dimension', 'nl')}",
                f"{en_label} of '{who}' on {self.fmt(r.dimension, 'dimension', 'en')}",
            )
        if isinstance(r, KpiMeasurement):
            kpi = self.names.get(r.kpi_id, r.kpi_id)
            return f"{nl_label} van KPI '{kpi}' over {r.period}", f"{en_label} of KPI '{kpi}' for {r.period}"
        if isinstance(r, LessonNote):
            return (
                f"{nl_label} {self.fmt(r.lesson, 'lesson', 'nl')}",
                f"{en_label} {self.fmt(r.lesson, 'lesson', 'en')}",
            )
        if isinstance(r, ArchivedVersion):
            return f"{nl_label} {r.version}", f"{en_label} {r.version}"
        return f"{nl_label} '{display_name(r)}'", f"{en_label} '{display_name(r)}'"

    def value_list(
        self,
        old: list[Any],
        new: list[Any],
        path: str,
        subject: tuple[str, str],
        record_id: str | None,
        step: Step,
        owner: Record,
        field: str,
    ) -> None:
        f_nl, f_en = _field_label(owner, field)
        old_c, new_c = Counter(_hashable(v) for v in old), Counter(_hashable(v) for v in new)
        if old_c == new_c:
            self.emit(
                ChangeKind.MOVED,
                path,
                record_id,
                step,
                f"{subject[0]}: volgorde van {f_nl} gewijzigd",
                f"{subject[1]}: order of {f_en} changed",
                old=old,
                new=new,
            )
            return
        gone = old_c - new_c
        came = new_c - old_c
        for v in old:
            h = _hashable(v)
            if gone[h] > 0:
                gone[h] -= 1
                self.emit(
                    ChangeKind.REMOVED,
                    path,
                    record_id,
                    step,
                    f"{subject[0]}: {self.fmt(v, field, 'nl')} verwijderd uit {f_nl}",
                    f"{subject[1]}: {self.fmt(v, field, 'en')} removed from {f_en}",
                    old=v,
                )
        for v in new:
            h = _hashable(v)
            if came[h] > 0:
                came[h] -= 1
                self.emit(
                    ChangeKind.ADDED,
                    path,
                    record_id,
                    step,
                    f"{subject[0]}: {self.fmt(v, field, 'nl')} toegevoegd aan {f_nl}",
                    f"{subject[1]}: {self.fmt(v, field, 'en')} added to {f_en}",
                    new=v,
                )

    def dict_change(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        path: str,
        subject: tuple[str, str],
        record_id: str | None,
        step: Step,
        owner: Record,
        field: str,
    ) -> None:
        f_nl, f_en = _field_label(owner, field)
        if field == "raci":
            for key in list(old) + [k for k in new if k not in old]:
                o, n = old.get(key), new.get(key)
                if o == n:
                    continue
                who = self.names.get(key, key)
                kind = (
                    ChangeKind.ADDED if o is None else ChangeKind.REMOVED if n is None else ChangeKind.CHANGED
                )
                o_nl, n_nl = (o.value if o else "(geen)"), (n.value if n else "(geen)")
                o_en, n_en = (o.value if o else "(none)"), (n.value if n else "(none)")
                self.emit(
                    kind,
                    f"{path}.{key}",
                    record_id,
                    step,
                    f"{subject[0]}: RACI van '{who}' {o_nl} → {n_nl}",
                    f"{subject[1]}: RACI of '{who}' {o_en} → {n_en}",
                    old=o,
                    new=n,
                )
            return
        self.emit(
            ChangeKind.CHANGED,
            path,
            record_id,
            step,
            f"{subject[0]}: {f_nl} gewijzigd",
            f"{subject[1]}: {f_en} changed",
            old=old,
            new=new,
        )

    def scalar(
        self,
        old: Any,
        new: Any,
        path: str,
        subject: tuple[str, str],
        record_id: str | None,
        step: Step,
        owner: Record,
        field: str,
    ) -> None:
        f_nl, f_en = _field_label(owner, field)
        kind = ChangeKind.CHANGED
        if isinstance(old, str) and isinstance(new, str) and _is_long(old, new):
            a, b = excerpt(old, new)
            nl = f"{subject[0]}: {f_nl} gewijzigd: '{a}' → '{b}'"
            en = f"{subject[1]}: {f_en} changed: '{a}' → '{b}'"
        else:
            u_nl, u_en = _unit(owner, field)
            o_nl, n_nl = self.fmt(old, field, "nl"), self.fmt(new, field, "nl")
            o_en, n_en = self.fmt(old, field, "en"), self.fmt(new, field, "en")
            nl = f"{subject[0]}: {f_nl} {o_nl} → {n_nl}" + (f" {u_nl}" if u_nl else "")
            en = f"{subject[1]}: {f_en} {o_en} → {n_en}" + (f" {u_en}" if u_en else "")
        self.emit(kind, path, record_id, step, nl, en, old=old, new=new)

    # -- moves between parents ----------------------------------------------------------------
    def pair_moves(self) -> None:
        """A record removed in one place and added in another (same id, same kind) has moved."""
        drop: set[int] = set()
        replace: dict[int, list[Change]] = {}
        for rid, (r_at, r_old, r_parent, r_path, _) in self.removed.items():
            got = self.added.get(rid)
            if got is None or type(got[1]) is not type(r_old):
                continue
            a_at, r_new, a_parent, a_path, a_step = got
            nl, en = self.subject(r_new, None)
            p_nl_old = r_parent[0] if r_parent else "de hoofdlijst"
            p_nl_new = a_parent[0] if a_parent else "de hoofdlijst"
            p_en_old = r_parent[1] if r_parent else "the main list"
            p_en_new = a_parent[1] if a_parent else "the main list"
            moved = Change(
                ChangeKind.MOVED,
                a_path,
                rid,
                a_step,
                _cap(f"{nl} is verplaatst van {p_nl_old} naar {p_nl_new}"),
                _cap(f"{en} moved from {p_en_old} to {p_en_new}"),
                r_path,
                a_path,
            )
            inner = _Differ.__new__(_Differ)
            inner.out, inner.names = [], self.names
            inner.removed, inner.added = {}, {}
            inner.record(r_old, r_new, a_path, a_step, a_parent)
            drop.add(r_at)
            replace[a_at] = [moved, *inner.out]
        if not drop and not replace:
            return
        out: list[Change] = []
        for i, ch in enumerate(self.out):
            if i in drop:
                continue
            out.extend(replace.get(i, [ch]))
        self.out = out


def _json(value: Any) -> Any:
    if isinstance(value, Record):
        return value.model_dump(mode="json")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    return value


def _hashable(value: Any) -> Any:
    if isinstance(value, Record):
        return repr(value.model_dump(mode="json"))
    if isinstance(value, dict | list):
        return repr(value)
    return value


def _key_text(key: Any) -> str:
    if isinstance(key, tuple):
        return ",".join(str(k) for k in key)
    return str(key)


def _is_long(old: str, new: str) -> bool:
    return max(len(old), len(new)) > _SHORT_TEXT or "\n" in old or "\n" in new


def _list_item_type(annotation: Any) -> type | None:
    """Return ``X`` for an annotation ``list[X]`` (also inside ``Optional``), else ``None``."""
    candidates = [annotation]
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        candidates = list(typing.get_args(annotation))
    for cand in candidates:
        if typing.get_origin(cand) is list:
            args = typing.get_args(cand)
            if args and isinstance(args[0], type):
                return args[0]
    return None


def _longest_increasing(seq: list[int]) -> set[int]:
    """Return the indexes into ``seq`` of one longest strictly increasing subsequence."""
    import bisect

    tails: list[int] = []  # seq values
    tails_at: list[int] = []  # their indexes
    prev = [-1] * len(seq)
    for i, v in enumerate(seq):
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            tails_at.append(i)
        else:
            tails[k] = v
            tails_at[k] = i
        prev[i] = tails_at[k - 1] if k > 0 else -1
    keep: set[int] = set()
    i = tails_at[-1] if tails_at else -1
    while i >= 0:
        keep.add(i)
        i = prev[i]
    return keep


# ---------------------------------------------------------------------------------------------
# Public API


def display_name(rec: Record) -> str:
    """Return the short name a person recognises a record by: its name, the start of its text, or its id."""
    if isinstance(rec, Partner):
        text = rec.name or rec.short_name
        if text.strip():
            return _shorten(text)
    if isinstance(rec, Revision):
        return f"versie {rec.version}"
    if isinstance(rec, HealthCheck | MidTermReview) and not getattr(rec, "title", ""):
        return rec.date.isoformat()
    for field in _NAME_LIKE:
        value = getattr(rec, field, None)
        if isinstance(value, str) and value.strip():
            return _shorten(value)
    return str(getattr(rec, "id", "") or type(rec).__name__)


def excerpt(
    old: str, new: str, context: int = _EXCERPT_CONTEXT, width: int = _EXCERPT_WIDTH
) -> tuple[str, str]:
    """Return short before/after excerpts around the part of a text that changed.

    The common start and end are cut away, keeping ``context`` characters around the
    difference; the changed middle is cut to ``width`` characters. Ellipses show what was left out.
    """
    p = 0
    limit = min(len(old), len(new))
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1

    def cut(text: str) -> str:
        start = max(0, p - context)
        mid_end = len(text) - s
        middle = text[p:mid_end]
        if len(middle) > width:
            middle = middle[: width - 1] + "…"
        end = min(len(text), mid_end + context)
        out = (
            ("…" if start > 0 else "")
            + text[start:p]
            + middle
            + text[mid_end:end]
            + ("…" if end < len(text) else "")
        )
        return " ".join(out.split("\n")).replace("\r", " ")

    return cut(old), cut(new)


def diff_charters(old: Charter, new: Charter) -> list[Change]:
    """Return every change from ``old`` to ``new``, in document order, with sentences in Dutch and English.

    Records are matched by id. A record that changed place within its list is ``moved``; one
    whose id appears under another parent (a representative moving to another partner) is
    ``moved`` too, followed by its field changes. ``metadata.updated_at`` is ignored: saving
    alone is no change.
    """
    d = _Differ(old, new)
    d.walk(old, new, "", ("Convenant", "Charter"), None, Step.REVIEW, None)
    d.pair_moves()
    return d.out


def summarise(changes: Iterable[Change], lang: str = "en") -> str:
    """Return one line counting the changes by kind, for a dialog title or the CLI."""
    counts = Counter(c.kind for c in changes)
    total = sum(counts.values())
    if total == 0:
        return "Geen wijzigingen." if lang == "nl" else "No changes."
    words_nl = {"added": "toegevoegd", "removed": "verwijderd", "changed": "gewijzigd", "moved": "verplaatst"}
    parts = []
    for kind in ChangeKind:
        if counts[kind]:
            parts.append(f"{counts[kind]} {words_nl[kind.value] if lang == 'nl' else kind.value}")
    head = (
        f"{total} wijziging{'en' if total != 1 else ''}"
        if lang == "nl"
        else f"{total} change{'s' if total != 1 else ''}"
    )
    return f"{head}: {', '.join(parts)}."
