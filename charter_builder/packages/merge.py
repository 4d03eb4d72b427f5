"""Three-way merge of returned partner packages into the coordinator's charter.

For every field of a partner's own records there are three values: ``base`` (in the package, as
exported), the coordinator's charter now, and the package's edited ``sections``. A side that still
equals the base did not change it; when exactly one side changed, that change wins; when both
changed it to different values, it is a conflict and the coordinator's value stays until the
coordinator chooses (``resolutions``). Records are matched by id, so a renamed record is one
record and a new id is a new record.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from ..model import Charter, Revision, new_id
from ..problems import Problem, problems_from_validation_error
from .acceptance import OWNER_FIELDS, check_package
from .errors import MergeRefusedError, Refusal
from .labels import record_title
from .model import PACKAGE_SUFFIX, PartnerPackage
from .results import COORDINATOR, Change, Conflict, MergeResult, PackageValue

Json = dict[str, Any]
Apply = Callable[[Any], None]

#: section -> where its records live in the charter's JSON.
CHARTER_PATHS: dict[str, tuple[str, str]] = {
    "interests": ("purpose", "interests"),
    "contributions": ("strategy", "contributions"),
    "flows": ("data_sharing", "flows"),
    "dpo_contacts": ("data_sharing", "dpo_contacts"),
}


def merge_packages(
    charter: Charter,
    packages: Sequence[PartnerPackage],
    *,
    coordinator: str,
    resolutions: Mapping[str, str] | None = None,
    allow_outdated: bool = False,
    names: Sequence[str] | None = None,
    now: dt.datetime | None = None,
) -> MergeResult:
    """Return a new charter with the packages merged in; ``charter`` itself is never changed.

    ``names`` are the packages' file names, used in messages and the revision history.
    ``resolutions`` maps a conflict's ``key`` to one of its ``choices`` (``"coordinator"``,
    ``"package"`` or ``"package:<index>"``); conflicts without one stay open with the
    coordinator's value kept. One revision entry per package is appended, authored by
    ``coordinator``.

    Raises ``MergeRefusedError`` (nothing merged) when any package belongs to another charter, was
    altered outside its ``sections``, edits records that are not its partner's, or was made for an
    earlier context and ``allow_outdated`` is false. Raises ``ValueError`` for a resolution that is
    not one of the conflict's choices.
    """
    labels = list(names) if names is not None else [f"{p.partner_id}{PACKAGE_SUFFIX}" for p in packages]
    if len(labels) != len(packages):
        raise ValueError("names must have one entry per package")
    refusals: list[Refusal] = []
    warnings: list[Problem] = []
    for package, label in zip(packages, labels, strict=True):
        refused, warned = check_package(charter, package, label, allow_outdated=allow_outdated)
        refusals.extend(refused)
        warnings.extend(warned)
    if refusals:
        raise MergeRefusedError(refusals)
    moment = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    merger = _Merger(charter)
    for index, (package, label) in enumerate(zip(packages, labels, strict=True)):
        merger.merge(index, label, package)
    resolved = merger.resolve(resolutions or {}, warnings)
    merger.finish()
    revisions = [
        _revision(charter, index, label, package, merger, resolved, warnings, coordinator, moment)
        for index, (package, label) in enumerate(zip(packages, labels, strict=True))
    ]
    data = merger.data
    data["metadata"]["updated_at"] = moment.isoformat()
    data["revisions"].extend(r.model_dump(mode="json") for r in revisions)
    try:
        merged = Charter.model_validate(data)
    except ValidationError as exc:
        raise MergeRefusedError(
            [Refusal("merge", "", p) for p in problems_from_validation_error(exc)]
        ) from exc
    return MergeResult(
        charter=merged,
        changes=list(merger.changes.values()),
        conflicts=list(merger.conflicts.values()),
        resolved=resolved,
        warnings=warnings,
        revisions=revisions,
    )


@dataclass(frozen=True)
class _Source:
    index: int
    label: str
    partner_id: str
    partner_name: str

    def value(self, value: Any) -> PackageValue:
        return PackageValue(self.index, self.label, self.partner_id, self.partner_name, value)


@dataclass(frozen=True)
class _Target:
    """One value the merge decides on: a field of a record, or (``field`` None) a whole record."""

    key: str
    section: str
    record_id: str
    field: str | None
    title: str
    apply: Apply
    note: tuple[str, str] = ("", "")
    """Why the coordinator must decide even without a competing change (nl, en)."""


def _source_of(change: Change) -> _Source:
    return _Source(change.index, change.package, change.partner_id, change.partner_name)


class _RecordList:
    """A list of records in the working charter, by id, that keeps its order when records come and go."""

    def __init__(self, items: list[Json], owner_field: str | None) -> None:
        self.items = items
        self.owner_field = owner_field
        self.by_id: dict[str, Json] = {r["id"]: r for r in items}
        self.original_ids = list(self.by_id)
        self._original = set(self.original_ids)
        self.new: list[str] = []
        self._new: set[str] = set()

    def get(self, rid: str) -> Json | None:
        return self.by_id.get(rid)

    def put(self, record: Json) -> None:
        rid = record["id"]
        if rid not in self._original and rid not in self._new:
            self.new.append(rid)
            self._new.add(rid)
        self.by_id[rid] = record

    def remove(self, rid: str) -> None:
        self.by_id.pop(rid, None)

    def finish(self) -> None:
        """Write the records back in order; a new record goes right after its owner's last one."""
        new_by_owner: dict[Any, list[Json]] = defaultdict(list)
        for rid in self.new:
            if rid in self.by_id:
                rec = self.by_id[rid]
                new_by_owner[rec.get(self.owner_field) if self.owner_field else None].append(rec)
        kept = [self.by_id[rid] for rid in self.original_ids if rid in self.by_id]
        last: dict[Any, int] = {}
        for i, rec in enumerate(kept):
            last[rec.get(self.owner_field) if self.owner_field else None] = i
        after: dict[int, list[Json]] = defaultdict(list)
        tail: list[Json] = []
        for owner, recs in new_by_owner.items():
            if owner in last:
                after[last[owner]].extend(recs)
            else:
                tail.extend(recs)
        out: list[Json] = []
        for i, rec in enumerate(kept):
            out.append(rec)
            out.extend(after.get(i, ()))
        out.extend(tail)
        self.items[:] = out


class _Merger:
    def __init__(self, charter: Charter) -> None:
        self.data: Json = charter.model_dump(mode="json")
        original: Json = charter.model_dump(mode="json")
        self.partners = _RecordList(self.data["partners"], None)
        self.original_partners = {p["id"]: p for p in original["partners"]}
        self.lists: dict[str, _RecordList] = {}
        self.original_lists: dict[str, dict[str, Json]] = {}
        for section, (a, b) in CHARTER_PATHS.items():
            self.lists[section] = _RecordList(self.data[a][b], OWNER_FIELDS[section])
            self.original_lists[section] = {r["id"]: r for r in original[a][b]}
        self.nested: dict[str, _RecordList] = {}
        self.changes: dict[str, Change] = {}
        self.conflicts: dict[str, Conflict] = {}
        self.appliers: dict[str, Apply] = {}
        self.referenced_reps = {
            m.representative_id
            for body in charter.governance.bodies
            for m in body.members
            if m.representative_id
        } | {s.representative_id for s in charter.signatures if s.representative_id}

    # -- walking a package -------------------------------------------------------------------
    def merge(self, index: int, label: str, package: PartnerPackage) -> None:
        pid = package.partner_id
        src = _Source(index, label, pid, package.partner_name)
        base = package.base.model_dump(mode="json")
        edited = package.sections.model_dump(mode="json")
        key = f"partners[{pid}]"
        current = self.partners.get(pid)
        if current is not None:
            self._fields("partners", key, pid, base["partner"], edited["partner"], current,
                         self.original_partners.get(pid), src)  # fmt: skip
        for section, (a, b) in CHARTER_PATHS.items():
            self._records(section, f"{a}.{b}", base[section], edited[section], self.lists[section],
                          self.original_lists[section], src)  # fmt: skip

    def _records(
        self,
        section: str,
        prefix: str,
        base_list: list[Json],
        edited_list: list[Json],
        working: _RecordList,
        original: dict[str, Json],
        src: _Source,
    ) -> None:
        base_by = {r["id"]: r for r in base_list}
        edited_by = {r["id"]: r for r in edited_list}
        ids = list(base_by) + [rid for rid in edited_by if rid not in base_by]
        owner_field = working.owner_field
        for rid in ids:
            key = f"{prefix}[{rid}]"
            b, p, c = base_by.get(rid), edited_by.get(rid), working.get(rid)
            if p == b:
                continue
            if b is not None and p is not None and c is not None:
                owner_moved = owner_field is not None and c.get(owner_field) != src.partner_id
                if not owner_moved:
                    self._fields(section, key, rid, b, p, c, original.get(rid), src)
                    continue
            note = ("", "")
            if section == "representatives" and p is None and rid in self.referenced_reps:
                note = (
                    "Deze vertegenwoordiger zit in een overlegorgaan of staat bij een ondertekening; "
                    "kiest u voor verwijderen, dan vervalt die koppeling.",
                    "This representative sits in a body or is named at a signature; if you choose "
                    "to remove, that link is cleared.",
                )
            target = _Target(
                key,
                section,
                rid,
                None,
                record_title(c or b or p) or rid,
                self._record_applier(working, rid),
                note,
            )
            self._decide(target, b, p, c, original.get(rid), src)

    def _record_applier(self, working: _RecordList, rid: str) -> Apply:
        def apply(value: Any) -> None:
            if value is None:
                working.remove(rid)
                if rid in self.referenced_reps:
                    self._unlink_representative(rid)
            else:
                working.put(value)

        return apply

    def _fields(
        self,
        section: str,
        key: str,
        rid: str,
        b: Json,
        p: Json,
        c: Json,
        o: Json | None,
        src: _Source,
    ) -> None:
        for name, p_value in p.items():
            if name == "id":
                continue
            b_value = b.get(name)
            if name == "representatives":
                nested_key = f"{key}.{name}"
                working = self.nested.get(nested_key)
                if working is None:
                    working = self.nested[nested_key] = _RecordList(c[name], None)
                original = {r["id"]: r for r in (o or {}).get(name, [])}
                self._records(name, nested_key, b_value or [], p_value or [], working, original, src)
                continue
            if p_value == b_value:
                continue

            def apply(value: Any, c: Json = c, name: str = name) -> None:
                c[name] = value

            original_value = o.get(name) if o is not None else c.get(name)
            target = _Target(f"{key}.{name}", section, rid, name, record_title(c) or rid, apply)
            self._decide(target, b_value, p_value, c.get(name), original_value, src)

    # -- one decision ------------------------------------------------------------------------
    def _decide(self, t: _Target, b: Any, p: Any, current: Any, original: Any, src: _Source) -> None:
        """Apply ``p`` when only the package changed the value; otherwise keep it or record a conflict.

        ``current`` is the value in the working charter (which earlier packages of this merge may
        have changed), ``original`` the coordinator's value before this merge.
        """
        key = t.key
        if key in self.conflicts:
            self.conflicts[key].packages.append(src.value(p))
            return
        prior = self.changes.get(key)
        if prior is not None:  # an earlier package in this merge changed it
            if prior.new == p:
                return
            del self.changes[key]
            t.apply(copy.deepcopy(original))
            self._conflict(t, b, original, [_source_of(prior).value(prior.new), src.value(p)])
            return
        if t.field is None and current is not None and p != current:
            under = [k for k in self.changes if k.startswith(key + ".")]
            if under:  # an earlier package edited fields of the record this one adds or removes
                first = self.changes[under[0]]
                for k in under:
                    del self.changes[k]
                t.apply(copy.deepcopy(original))
                self._conflict(t, b, original, [_source_of(first).value(current), src.value(p)])
                return
        if current == b and not t.note[0]:
            t.apply(p)
            self.changes[key] = Change(
                key, t.section, t.record_id, t.field, current, p, src.index, src.label, src.partner_id,
                src.partner_name,
            )  # fmt: skip
            return
        if current == p:
            return
        self._conflict(t, b, current, [src.value(p)])

    def _conflict(self, t: _Target, b: Any, coordinator: Any, values: list[PackageValue]) -> None:
        self.conflicts[t.key] = Conflict(
            key=t.key,
            collection=t.section,
            record_id=t.record_id,
            record_name=t.title,
            field=t.field,
            kind="record" if t.field is None else "field",
            base=b,
            coordinator=coordinator,
            packages=values,
            note_nl=t.note[0],
            note_en=t.note[1],
        )
        self.appliers[t.key] = t.apply

    def _unlink_representative(self, rid: str) -> None:
        for body in self.data["governance"]["bodies"]:
            for member in body["members"]:
                if member.get("representative_id") == rid:
                    member["representative_id"] = None
        for sig in self.data["signatures"]:
            if sig.get("representative_id") == rid:
                sig["representative_id"] = None

    # -- after all packages ------------------------------------------------------------------
    def resolve(self, resolutions: Mapping[str, str], warnings: list[Problem]) -> list[Conflict]:
        """Apply the coordinator's choices; return the conflicts they settled."""
        resolved: list[Conflict] = []
        for key, choice in resolutions.items():
            conflict = self.conflicts.get(key)
            if conflict is None:
                warnings.append(
                    Problem(
                        key,
                        "er is geen conflict met deze sleutel; deze keuze is genegeerd",
                        "there is no conflict with this key; this choice was ignored",
                        "unknown_resolution",
                    )
                )
                continue
            value = conflict.value_for(choice)
            conflict.resolution = choice
            source = conflict.package_for(choice)
            if choice != COORDINATOR and source is not None:
                self.appliers[key](copy.deepcopy(value))
                self.changes[key] = Change(
                    key,
                    conflict.collection,
                    conflict.record_id,
                    conflict.field,
                    conflict.coordinator,
                    value,
                    source.index,
                    source.package,
                    source.partner_id,
                    source.partner_name,
                    resolution=choice,
                )
            resolved.append(conflict)
            del self.conflicts[key]
        return resolved

    def finish(self) -> None:
        for working in self.nested.values():
            working.finish()
        for working in self.lists.values():
            working.finish()
        self.partners.finish()


def _revision(
    charter: Charter,
    index: int,
    label: str,
    package: PartnerPackage,
    merger: _Merger,
    resolved: list[Conflict],
    warnings: list[Problem],
    coordinator: str,
    moment: dt.datetime,
) -> Revision:
    """Return the history entry for one package: who merged which file, and every field it changed."""
    nl = charter.metadata.language == "nl"
    changes = [c for c in merger.changes.values() if c.index == index]
    open_ = [c for c in merger.conflicts.values() if any(pv.index == index for pv in c.packages)]
    settled = [c for c in resolved if any(pv.index == index for pv in c.packages)]
    details: list[str] = []
    for ch in changes:
        verb = {
            "set": ("gewijzigd", "changed"),
            "add": ("toegevoegd", "added"),
            "remove": ("verwijderd", "removed"),
        }[ch.kind]
        details.append(f"{verb[0] if nl else verb[1]}: {ch.key}")
    for cf in open_:
        details.append(f"{'conflict open' if nl else 'conflict open'}: {cf.key}")
    for cf in settled:
        chosen = cf.resolution or ""
        details.append(
            f"conflict opgelost ({chosen}): {cf.key}" if nl else f"conflict resolved ({chosen}): {cf.key}"
        )
    fields = sorted({(ch.field or ch.key.rsplit(".", 1)[-1]) for ch in changes})
    shown = ", ".join(fields[:6]) + (" …" if len(fields) > 6 else "")
    who = f"{package.partner_name} ({package.partner_id})"
    if nl:
        summary = (
            f"Partnerpakket '{label}' van {who} samengevoegd: {len(changes)} wijziging(en)"
            + (f" ({shown})" if fields else "")
            + f", {len(open_)} open conflict(en)."
        )
    else:
        summary = (
            f"Partner package '{label}' of {who} merged: {len(changes)} change(s)"
            + (f" ({shown})" if fields else "")
            + f", {len(open_)} open conflict(s)."
        )
    reason = " ".join(w.text("nl" if nl else "en") for w in warnings if w.path == label)
    return Revision(
        id=new_id("rev"),
        version=charter.metadata.version,
        date=moment.date(),
        author=coordinator,
        summary=summary,
        reason=reason,
        details=details,
    )
