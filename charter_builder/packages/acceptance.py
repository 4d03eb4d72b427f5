"""Whether a package may be merged at all: right charter, untouched base, own records only, current context."""

from __future__ import annotations

from collections.abc import Callable

from .. import vocabulary
from ..model import Charter
from ..problems import Problem
from ..vocabulary import Form
from .digest import integrity_hash, sha256_of
from .errors import Refusal
from .export import shared_context
from .model import PartnerPackage, SharedContext

# collection in PartnerSections -> the field naming the owning partner
OWNER_FIELDS: dict[str, str] = {
    "interests": "partner_id",
    "contributions": "partner_id",
    "flows": "provider_id",
    "dpo_contacts": "partner_id",
}


def check_package(
    charter: Charter, package: PartnerPackage, name: str, *, allow_outdated: bool = False
) -> tuple[list[Refusal], list[Problem]]:
    """Return the reasons to refuse ``package`` and, when it is merely outdated and allowed, warnings."""
    pid = package.partner_id

    def refuse(code: str, path: str, nl: str, en: str) -> Refusal:
        return Refusal(name, pid, Problem(path, nl, en, code))

    meta = charter.metadata
    if package.charter_id != meta.charter_id:
        return [
            refuse(
                "foreign_charter",
                "charter_id",
                f"dit pakket hoort bij een ander convenant ('{package.charter_id}', "
                f"'{package.context.title}'), niet bij '{meta.charter_id}' ('{meta.title}')",
                f"this package belongs to another charter ('{package.charter_id}', "
                f"'{package.context.title}'), not to '{meta.charter_id}' ('{meta.title}')",
            )
        ], []
    tampered = sha256_of(
        package.context
    ) != package.context_fingerprint or package.integrity != integrity_hash(
        package.charter_id, package.charter_version, pid, package.base, package.context_fingerprint
    )
    if tampered:
        return [
            refuse(
                "tampered",
                "integrity",
                "de controlesom klopt niet: de gedeelde context of de uitgangssituatie ('base') van dit "
                "pakket is na het exporteren gewijzigd. Alleen 'sections' mag worden bewerkt; "
                "exporteer een nieuw pakket",
                "the checksum does not match: the shared context or the starting point ('base') of this "
                "package was changed after export. Only 'sections' may be edited; export a new package",
            )
        ], []
    if charter.partner(pid) is None:
        return [
            refuse(
                "unknown_partner",
                "partner_id",
                f"partner '{pid}' komt niet (meer) voor in dit convenant",
                f"partner '{pid}' is not (or no longer) part of this charter",
            )
        ], []
    refusals = _ownership(charter, package, refuse)
    warnings: list[Problem] = []
    current = shared_context(charter, pid)
    if sha256_of(current) != package.context_fingerprint:
        diffs = context_changes(package.context, current)
        nl_list = "; ".join(d.nl for d in diffs)
        en_list = "; ".join(d.en for d in diffs)
        version = (
            f" (versie {package.charter_version}, nu {meta.version})"
            if package.charter_version != meta.version
            else ""
        )
        version_en = (
            f" (version {package.charter_version}, now {meta.version})"
            if package.charter_version != meta.version
            else ""
        )
        if allow_outdated:
            warnings.append(
                Problem(
                    name,
                    f"pakket van {package.partner_name} is gemaakt voor een eerdere stand van het convenant"
                    f"{version}; sindsdien gewijzigd: {nl_list}. De partner heeft dit niet gezien.",
                    f"package of {package.partner_name} was made for an earlier state of the charter"
                    f"{version_en}; changed since: {en_list}. The partner has not seen this.",
                    "outdated",
                )
            )
        else:
            refusals.append(
                refuse(
                    "outdated",
                    "context_fingerprint",
                    f"het pakket is gemaakt voor een eerdere stand van het convenant{version}; "
                    f"sindsdien gewijzigd: {nl_list}. Stuur de partner een nieuw pakket, of voeg toch "
                    "samen met --allow-outdated",
                    f"the package was made for an earlier state of the charter{version_en}; "
                    f"changed since: {en_list}. Send the partner a new package, or merge anyway with "
                    "--allow-outdated",
                )
            )
    return refusals, warnings


def _ownership(
    charter: Charter, package: PartnerPackage, refuse: Callable[[str, str, str, str], Refusal]
) -> list[Refusal]:
    """Refusals for records in ``sections`` that are not the package partner's own."""
    pid = package.partner_id
    out: list[Refusal] = []
    names = {p.id: p.display_name for p in charter.partners}
    sections = package.sections
    if sections.partner.id != pid:
        out.append(
            refuse(
                "foreign_record",
                "sections.partner.id",
                f"het pakket van '{pid}' bevat de partnergegevens van '{sections.partner.id}'",
                f"the package of '{pid}' holds the partner record of '{sections.partner.id}'",
            )
        )
    # Where every id of the charter lives, and who owns it when it is one of the partner-owned kinds.
    where: dict[str, tuple[str, str | None, str]] = {}
    for path, rec in charter.records():
        where[rec.id] = ("", None, path)
    for p in charter.partners:
        for r in p.representatives:
            where[r.id] = ("representatives", p.id, where[r.id][2])
    for coll, recs in (
        ("interests", charter.purpose.interests),
        ("contributions", charter.strategy.contributions),
        ("flows", charter.data_sharing.flows),
        ("dpo_contacts", charter.data_sharing.dpo_contacts),
    ):
        owner_field = OWNER_FIELDS[coll]
        for owned in recs:
            where[owned.id] = (coll, getattr(owned, owner_field), where[owned.id][2])
    partner_ids = set(names)

    def check(coll: str, rec_id: str, owner: str | None, path: str, base_ids: set[str]) -> None:
        if owner != pid:
            who = names.get(owner or "", owner or "-")
            out.append(
                refuse(
                    "foreign_record",
                    path,
                    f"dit onderdeel hoort bij {who}, niet bij {package.partner_name}; een partner bewerkt "
                    "alleen zijn eigen onderdelen",
                    f"this record belongs to {who}, not to {package.partner_name}; a partner edits only "
                    "its own records",
                )
            )
            return
        if rec_id in base_ids or rec_id not in where:
            return
        coll_now, owner_now, path_now = where[rec_id]
        if coll_now != coll or owner_now != pid:
            out.append(
                refuse(
                    "foreign_record",
                    path,
                    f"id '{rec_id}' wordt in het convenant al gebruikt door een ander onderdeel "
                    f"({path_now}); geef het nieuwe onderdeel een eigen id",
                    f"id '{rec_id}' is already used in the charter by another record ({path_now}); "
                    "give the new record an id of its own",
                )
            )

    seen: dict[str, str] = {sections.partner.id: "sections.partner"}
    for coll in ("representatives", *OWNER_FIELDS):
        records = sections.partner.representatives if coll == "representatives" else getattr(sections, coll)
        prefix = "sections.partner.representatives" if coll == "representatives" else f"sections.{coll}"
        for i, rec in enumerate(records):
            if rec.id in seen:
                out.append(
                    refuse(
                        "duplicate_id",
                        f"{prefix}[{i}].id",
                        f"id '{rec.id}' komt in het pakket twee keer voor (ook bij {seen[rec.id]})",
                        f"id '{rec.id}' occurs twice in the package (also at {seen[rec.id]})",
                    )
                )
            else:
                seen[rec.id] = f"{prefix}[{i}]"
    base_reps = {r.id for r in package.base.partner.representatives}
    for i, rep in enumerate(sections.partner.representatives):
        check("representatives", rep.id, pid, f"sections.partner.representatives[{i}]", base_reps)
    for coll, owner_field in OWNER_FIELDS.items():
        base_ids = {r.id for r in getattr(package.base, coll)}
        for i, rec in enumerate(getattr(sections, coll)):
            check(coll, rec.id, getattr(rec, owner_field), f"sections.{coll}[{i}]", base_ids)
    for i, flow in enumerate(sections.flows):
        for j, rid in enumerate(flow.recipient_ids):
            if rid not in partner_ids:
                out.append(
                    refuse(
                        "unknown_reference",
                        f"sections.flows[{i}].recipient_ids[{j}]",
                        f"ontvanger '{rid}' is geen partner in dit convenant",
                        f"recipient '{rid}' is not a partner in this charter",
                    )
                )
    return out


#: The shared context's text fields, in the order a change to them is reported.
_CONTEXT_FIELDS = (
    "title",
    "partnership_name",
    "problem",
    "shared_value",
    "why_together",
    "vision",
    "vision_horizon_year",
)


def context_changes(old: SharedContext, new: SharedContext) -> list[Problem]:
    """Return what differs between two shared contexts, one plain sentence each."""
    out: list[Problem] = []
    for name in _CONTEXT_FIELDS:
        if getattr(old, name) != getattr(new, name):
            nl, en = vocabulary.field_words(SharedContext, name).pair(Form.DEFINITE)
            out.append(Problem(name, f"{nl} is gewijzigd", f"{en} changed", "context"))
    before = {p.id: p for p in old.other_partners}
    after = {p.id: p for p in new.other_partners}
    for pid, p in after.items():
        if pid not in before:
            shown = p.short_name or p.name or pid
            out.append(
                Problem(
                    "other_partners",
                    f"partner {shown} is toegevoegd",
                    f"partner {shown} was added",
                    "context",
                )
            )
        elif before[pid] != p:
            shown = p.short_name or p.name or pid
            out.append(
                Problem(
                    "other_partners",
                    f"de gegevens van partner {shown} zijn gewijzigd",
                    f"the details of partner {shown} changed",
                    "context",
                )
            )
    for pid, p in before.items():
        if pid not in after:
            shown = p.short_name or p.name or pid
            out.append(
                Problem(
                    "other_partners",
                    f"partner {shown} is vertrokken",
                    f"partner {shown} was removed",
                    "context",
                )
            )
    return out
