"""What a merge did: applied changes, conflicts for the coordinator to decide, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..model import Charter, Revision
from ..problems import Problem
from .labels import field_label, record_label, show_value

#: The resolution that keeps the coordinator's value.
COORDINATOR = "coordinator"
#: The resolution that takes the package's value when only one package (or one value) is involved.
PACKAGE = "package"


def package_choice(index: int) -> str:
    """Return the resolution that takes the value of the ``index``-th package passed to the merge."""
    return f"package:{index}"


@dataclass(frozen=True)
class PackageValue:
    """One package's side of a conflict."""

    index: int
    """Position of the package in the list given to ``merge_packages``."""
    package: str
    partner_id: str
    partner_name: str
    value: Any

    @property
    def choice(self) -> str:
        return package_choice(self.index)


@dataclass(frozen=True)
class Change:
    """One field set, or one record added or removed, on behalf of a package."""

    key: str
    """The field's path with record ids, e.g. ``strategy.contributions[con-7].amount``."""
    collection: str
    record_id: str
    field: str | None
    """``None`` when a whole record was added or removed."""
    old: Any
    new: Any
    index: int
    package: str
    partner_id: str
    partner_name: str
    resolution: str | None = None
    """Set when the change comes from the coordinator's choice in a conflict."""

    @property
    def kind(self) -> Literal["set", "add", "remove"]:
        if self.field is not None:
            return "set"
        return "remove" if self.new is None else "add"

    def text(self, lang: str = "en") -> str:
        rec = record_label(self.collection, lang)
        if self.kind == "add":
            return (
                f"{self.key}: {rec} {show_value(self.new, lang)} toegevoegd"
                if lang == "nl"
                else f"{self.key}: {rec} {show_value(self.new, lang)} added"
            )
        if self.kind == "remove":
            return (
                f"{self.key}: {rec} {show_value(self.old, lang)} verwijderd"
                if lang == "nl"
                else f"{self.key}: {rec} {show_value(self.old, lang)} removed"
            )
        return f"{self.key}: {show_value(self.old, lang)} → {show_value(self.new, lang)}"

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind,
            "record_id": self.record_id,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "package": self.package,
            "partner_id": self.partner_id,
            "resolution": self.resolution,
            "text": self.text(lang),
        }


@dataclass
class Conflict:
    """A field (or a whole record) the coordinator must decide on; the coordinator's value stays meanwhile.

    ``kind == "record"`` means the conflict is about a record as a whole (one side removed it, or
    both added a record with the same id); then a value of ``None`` means 'absent'.
    """

    key: str
    collection: str
    record_id: str
    record_name: str
    field: str | None
    kind: Literal["field", "record"]
    base: Any
    coordinator: Any
    packages: list[PackageValue]
    note_nl: str = ""
    note_en: str = ""
    resolution: str | None = None

    @property
    def choices(self) -> list[str]:
        """The resolutions ``merge_packages`` accepts for this conflict."""
        out = [COORDINATOR]
        if len({_key(pv.value) for pv in self.packages}) == 1:
            out.append(PACKAGE)
        out.extend(pv.choice for pv in self.packages)
        return out

    def value_for(self, choice: str) -> Any:
        """Return the value a resolution stands for. Raises ``ValueError`` for an unknown choice."""
        if choice == COORDINATOR:
            return self.coordinator
        if choice == PACKAGE and PACKAGE in self.choices:
            return self.packages[0].value
        for pv in self.packages:
            if choice in (pv.choice, pv.package, pv.partner_id):
                return pv.value
        raise ValueError(
            f"'{choice}' is not a choice for conflict {self.key}; choose one of {', '.join(self.choices)}"
        )

    def package_for(self, choice: str) -> PackageValue | None:
        if choice == COORDINATOR:
            return None
        if choice == PACKAGE:
            return self.packages[0]
        for pv in self.packages:
            if choice in (pv.choice, pv.package, pv.partner_id):
                return pv
        return None

    def text(self, lang: str = "en") -> str:
        """Return the conflict in one or two plain sentences."""
        if self.kind == "record":
            return self._record_text(lang)
        nl = lang == "nl"
        rec = f"{record_label(self.collection, lang)} '{self.record_name}'"
        what = field_label(self.field, lang) if self.field else rec
        record = False  # a record conflict was told by _record_text above
        c = show_value(self.coordinator, lang, record=record)
        b = show_value(self.base, lang, record=record) if self.base is not None or record else None
        if len(self.packages) == 1:
            pv = self.packages[0]
            p = show_value(pv.value, lang, record=record)
            if nl:
                s = (
                    f"{pv.partner_name} wijzigde {what}"
                    + (f" van {rec}" if self.field else "")
                    + f" in {p}, maar de coördinator wijzigde dit sinds de export in {c}"
                )
            else:
                s = (
                    f"{pv.partner_name} changed {what}"
                    + (f" of {rec}" if self.field else "")
                    + f" to {p}, but the coordinator changed it since the export to {c}"
                )
        else:
            sides = "; ".join(
                f"{pv.package} ({pv.partner_name}): {show_value(pv.value, lang, record=record)}"
                for pv in self.packages
            )
            if nl:
                s = (
                    f"{len(self.packages)} pakketten wijzigen {what}"
                    + (f" van {rec}" if self.field else "")
                    + f" verschillend — {sides}; nu: {c}"
                )
            else:
                s = (
                    f"{len(self.packages)} packages change {what}"
                    + (f" of {rec}" if self.field else "")
                    + f" differently — {sides}; now: {c}"
                )
        if b is not None:
            s += f" (bij de export: {b})" if nl else f" (at export: {b})"
        s += "."
        note = self.note_nl if nl else self.note_en
        return f"{s} {note}" if note else s

    def _record_text(self, lang: str) -> str:
        nl = lang == "nl"
        rec = f"{record_label(self.collection, lang)} '{self.record_name}'"

        def did(value: Any) -> tuple[str, str]:
            if value is None:
                return f"verwijderde {rec}", f"removed {rec}"
            if self.base is None:
                return f"voegde {rec} toe", f"added {rec}"
            return f"wijzigde {rec}", f"changed {rec}"

        if len(self.packages) == 1:
            pv = self.packages[0]
            s_nl, s_en = (f"{pv.partner_name} {x}" for x in did(pv.value))
        else:
            sides = [(f"{pv.package} ({pv.partner_name})", did(pv.value)) for pv in self.packages]
            s_nl = f"{len(self.packages)} pakketten verschillen over {rec}: " + "; ".join(
                f"{who} {d[0].split(' ', 1)[0]}{' toe' if d[0].endswith(' toe') else ''}" for who, d in sides
            )
            s_en = f"{len(self.packages)} packages differ on {rec}: " + "; ".join(
                f"{who} {d[1].split(' ', 1)[0]}" for who, d in sides
            )
        if self.coordinator != self.base:
            if self.coordinator is None:
                s_nl += ", maar de coördinator heeft dit onderdeel sinds de export verwijderd"
                s_en += ", but the coordinator removed it since the export"
            elif self.base is None:
                s_nl += f", maar het convenant heeft al een onderdeel met id '{self.record_id}'"
                s_en += f", but the charter already has a record with id '{self.record_id}'"
            else:
                s_nl += ", maar de coördinator heeft het sinds de export gewijzigd"
                s_en += ", but the coordinator changed it since the export"
        s = (s_nl if nl else s_en) + "."
        note = self.note_nl if nl else self.note_en
        return f"{s} {note}" if note else s

    @property
    def nl(self) -> str:
        return self.text("nl")

    @property
    def en(self) -> str:
        return self.text("en")

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind,
            "record_id": self.record_id,
            "field": self.field,
            "base": self.base,
            "coordinator": self.coordinator,
            "packages": [
                {"choice": pv.choice, "package": pv.package, "partner_id": pv.partner_id, "value": pv.value}
                for pv in self.packages
            ],
            "choices": self.choices,
            "resolution": self.resolution,
            "text": self.text(lang),
        }


def _key(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, default=str)


@dataclass
class MergeResult:
    """The new charter and an account of how it came about. The input charter is never changed."""

    charter: Charter
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    """Conflicts still open; the coordinator's value is kept in ``charter`` for each."""
    resolved: list[Conflict] = field(default_factory=list)
    """Conflicts decided through ``resolutions``; ``Conflict.resolution`` says how."""
    warnings: list[Problem] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    """The revision entries appended to ``charter`` (one per package)."""

    @property
    def has_conflicts(self) -> bool:
        return bool(self.conflicts)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "changes": [c.to_dict(lang) for c in self.changes],
            "conflicts": [c.to_dict(lang) for c in self.conflicts],
            "resolved": [c.to_dict(lang) for c in self.resolved],
            "warnings": [{"path": w.path, "code": w.code, "text": w.text(lang)} for w in self.warnings],
            "revisions": [r.model_dump(mode="json") for r in self.revisions],
        }
