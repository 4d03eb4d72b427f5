"""The partner package: one partner's part of a charter, taken offline, filled in and sent back.

A package is a file of its own (``*.partner.json``) with its own ``format`` marker, so that it can
never be opened as a charter by mistake. It reuses the charter model's record classes: the
partner edits exactly the records the charter holds, and merging compares like with like.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

from pydantic import Field

from ..model import Contribution, DataFlow, DpoContact, Partner, PartnerInterest, PartnerType
from ..model.base import Id, Record, Text

PACKAGE_FORMAT: Final = "charter-builder/partner-package"
PACKAGE_SCHEMA_VERSION: Final = 1
#: How a package file ends; the full default name is ``<charter>-<partner>.partner.json``.
PACKAGE_SUFFIX = ".partner.json"


class PartnerSummary(Record):
    """Another partner as the package shows it: enough to recognise it, nothing to edit."""

    id: Id
    name: Text
    short_name: Text
    type: PartnerType = PartnerType.OTHER


class SharedContext(Record):
    """The shared part of the charter a partner needs to read while filling in its own part.

    Read-only: changes a partner makes here are not merged. Its fingerprint tells the coordinator
    whether the package was made for the charter as it stands now.
    """

    title: Text
    partnership_name: Text
    problem: Text
    shared_value: Text
    why_together: Text
    vision: Text
    vision_horizon_year: int | None = None
    other_partners: list[PartnerSummary] = Field(default_factory=list)


class PartnerSections(Record):
    """The records one partner fills in itself; the same classes the charter uses."""

    partner: Partner
    interests: list[PartnerInterest] = Field(default_factory=list)
    contributions: list[Contribution] = Field(default_factory=list)
    flows: list[DataFlow] = Field(default_factory=list)
    """The data flows this partner provides (``provider_id`` is the partner)."""
    dpo_contacts: list[DpoContact] = Field(default_factory=list)


class PartnerPackage(Record):
    """One partner's package.

    ``base`` holds the partner's sections exactly as exported and is never edited: merging compares
    it with the coordinator's charter and with ``sections`` (three-way), so that only what either
    side changed since the export counts as a change. ``integrity`` is a SHA-256 over the charter
    id, charter version, partner id, ``base`` and the context fingerprint; it detects a base or
    context that was changed by hand or by another program. It is a checksum, not a signature:
    it does not prove who made the package.
    """

    format: Literal["charter-builder/partner-package"] = PACKAGE_FORMAT
    schema_version: Literal[1] = PACKAGE_SCHEMA_VERSION
    charter_id: Id
    charter_version: int = Field(ge=1)
    partner_id: Id
    exported_at: dt.datetime
    exported_by: Text
    language: Literal["nl", "en"] = "nl"
    """The charter's language, so that partner mode speaks it; not part of the fingerprint."""
    context: SharedContext
    context_fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$")
    base: PartnerSections
    sections: PartnerSections
    integrity: str = Field(pattern=r"^[0-9a-f]{64}$")

    @property
    def partner_name(self) -> str:
        """The partner's name as the package shows it, for messages."""
        return self.sections.partner.display_name or self.partner_id
