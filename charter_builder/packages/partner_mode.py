"""A package seen as a small charter, so that the wizard's ordinary pages can edit it in partner mode.

``as_charter`` builds a valid charter holding the shared context, the other partners (names only,
so that references such as a flow's recipients resolve) and the partner's own records;
``with_sections`` takes the partner's records back out of that charter into the package. The
package's ``base``, context and integrity stay as exported, so the coordinator can still merge it.
"""

from __future__ import annotations

from ..model import Charter, DataSharing, Metadata, Partner, Purpose, Strategy, Vision
from .export import partner_sections
from .model import PartnerPackage


def as_charter(package: PartnerPackage) -> Charter:
    """Return a charter with only what the package holds; the package itself is not changed."""
    ctx = package.context
    s = package.sections.model_copy(deep=True)
    others = [Partner(id=o.id, name=o.name, short_name=o.short_name, type=o.type) for o in ctx.other_partners]
    return Charter(
        metadata=Metadata(
            charter_id=package.charter_id,
            title=ctx.title,
            partnership_name=ctx.partnership_name,
            language=package.language,
            version=package.charter_version,
        ),
        partners=[s.partner, *others],
        purpose=Purpose(
            problem=ctx.problem,
            shared_value=ctx.shared_value,
            why_together=ctx.why_together,
            interests=s.interests,
        ),
        vision=Vision(statement=ctx.vision, horizon_year=ctx.vision_horizon_year),
        strategy=Strategy(contributions=s.contributions),
        data_sharing=DataSharing(flows=s.flows, dpo_contacts=s.dpo_contacts),
    )


def with_sections(package: PartnerPackage, charter: Charter) -> PartnerPackage:
    """Return a copy of ``package`` whose ``sections`` are the partner's records in ``charter``.

    Only records owned by the package's partner are taken (interests, contributions and DPO
    contacts with its ``partner_id``, flows it provides); edits to the shared context or to other
    partners in ``charter`` are ignored, as the merge would refuse them anyway. Raises
    ``PackageError`` when ``charter`` no longer holds the partner.
    """
    return package.model_copy(update={"sections": partner_sections(charter, package.partner_id)})
