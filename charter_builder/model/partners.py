"""The participating parent organisations, their representatives and the mandate they act under."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from .base import Cadence, IdentifiedRecord, Text


class PartnerType(StrEnum):
    MUNICIPALITY = "municipality"
    POLICE = "police"
    PUBLIC_PROSECUTION = "public_prosecution"
    TAX_AUTHORITY = "tax_authority"
    INSPECTORATE = "inspectorate"
    GOVERNMENT_AGENCY = "government_agency"
    SPECIAL_INVESTIGATION = "special_investigation"
    PROBATION = "probation"
    CARE = "care"
    YOUTH_CARE = "youth_care"
    EDUCATION = "education"
    HOUSING = "housing"
    PRIVATE = "private"
    OTHER = "other"


class MandateLevel(StrEnum):
    """What a representative may decide without going back to the parent organisation (ruggenspraak)."""

    FULL = "full"
    """May commit the organisation on everything the partnership decides."""
    WITHIN_LIMITS = "within_limits"
    """May decide within the limits written in ``mandate``; beyond them, ruggenspraak."""
    CONSULT_FIRST = "consult_first"
    """Takes part in decisions but must consult the organisation before every commitment."""
    NONE = "none"
    """Attends and advises; cannot commit the organisation."""


class Representative(IdentifiedRecord):
    name: Text = ""
    function: Text = ""
    email: Text = ""
    phone: Text = ""
    mandate_level: MandateLevel | None = None
    mandate: Text = ""
    """The mandate in words: what this person may decide, up to which amount or scope."""
    is_signatory: bool = False
    """Signs the charter on behalf of the partner."""


class Partner(IdentifiedRecord):
    name: Text = ""
    short_name: Text = ""
    type: PartnerType = PartnerType.OTHER
    legal_powers: Text = ""
    """The legal powers and tasks of this organisation that matter for the partnership."""
    representatives: list[Representative] = Field(default_factory=list)
    support_in_parent: Text = ""
    """Who in the parent organisation supports the partnership (sponsor, management, colleagues)."""
    reporting_cadence: Cadence | None = None
    reporting_channel: Text = ""
    """How the representative reports back to the parent organisation."""
    joined_on: dt.date | None = None
    left_on: dt.date | None = None

    @property
    def display_name(self) -> str:
        return self.short_name or self.name or self.id
