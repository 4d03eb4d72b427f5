"""Making a partner package from the coordinator's charter."""

from __future__ import annotations

import datetime as dt

from ..model import Charter
from ..problems import Problem
from .digest import integrity_hash, sha256_of
from .errors import PackageError
from .model import PartnerPackage, PartnerSections, PartnerSummary, SharedContext


def shared_context(charter: Charter, partner_id: str) -> SharedContext:
    """Return the read-only context a package for ``partner_id`` carries."""
    return SharedContext(
        title=charter.metadata.title,
        partnership_name=charter.metadata.partnership_name,
        problem=charter.purpose.problem,
        shared_value=charter.purpose.shared_value,
        why_together=charter.purpose.why_together,
        vision=charter.vision.statement,
        vision_horizon_year=charter.vision.horizon_year,
        other_partners=[
            PartnerSummary(id=p.id, name=p.name, short_name=p.short_name, type=p.type)
            for p in charter.partners
            if p.id != partner_id
        ],
    )


def partner_sections(charter: Charter, partner_id: str) -> PartnerSections:
    """Return copies of the records ``partner_id`` fills in itself.

    Raises ``PackageError`` when the charter has no such partner.
    """
    partner = charter.partner(partner_id)
    if partner is None:
        known = ", ".join(p.id for p in charter.partners) or "-"
        raise PackageError(
            [
                Problem(
                    "partner_id",
                    f"partner '{partner_id}' bestaat niet in dit convenant (wel: {known})",
                    f"partner '{partner_id}' does not exist in this charter (known: {known})",
                    "unknown_partner",
                )
            ]
        )
    return PartnerSections(
        partner=partner.model_copy(deep=True),
        interests=[i.model_copy(deep=True) for i in charter.purpose.interests if i.partner_id == partner_id],
        contributions=[
            c.model_copy(deep=True) for c in charter.strategy.contributions if c.partner_id == partner_id
        ],
        flows=[f.model_copy(deep=True) for f in charter.data_sharing.flows if f.provider_id == partner_id],
        dpo_contacts=[
            d.model_copy(deep=True) for d in charter.data_sharing.dpo_contacts if d.partner_id == partner_id
        ],
    )


def export_package(
    charter: Charter, partner_id: str, exported_by: str, *, now: dt.datetime | None = None
) -> PartnerPackage:
    """Return a package for one partner of ``charter``; the charter itself is not changed.

    Raises ``PackageError`` when the charter has no partner with this id.
    """
    sections = partner_sections(charter, partner_id)
    context = shared_context(charter, partner_id)
    context_fp = sha256_of(context)
    base = sections.model_copy(deep=True)
    meta = charter.metadata
    return PartnerPackage(
        charter_id=meta.charter_id,
        charter_version=meta.version,
        partner_id=partner_id,
        exported_at=now or dt.datetime.now(dt.UTC).replace(microsecond=0),
        exported_by=exported_by,
        language=meta.language,
        context=context,
        context_fingerprint=context_fp,
        base=base,
        sections=sections,
        integrity=integrity_hash(meta.charter_id, meta.version, partner_id, base, context_fp),
    )
