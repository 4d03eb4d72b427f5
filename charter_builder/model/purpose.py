"""Why the partnership exists (bedoeling) and where it wants to go (vision)."""

from __future__ import annotations

from pydantic import Field

from .base import Id, IdentifiedRecord, Record, Text


class PartnerInterest(IdentifiedRecord):
    """One partner's own interest in the partnership, named openly."""

    partner_id: Id
    interest: Text = ""


class Purpose(Record):
    problem: Text = ""
    """The societal problem the partnership addresses."""
    shared_value: Text = ""
    """The added value the partners create together."""
    why_together: Text = ""
    """Why no single organisation can do this alone."""
    interests: list[PartnerInterest] = Field(default_factory=list)


class Vision(Record):
    statement: Text = ""
    """A feasible long-term goal with an outward view ("We want ...")."""
    horizon_year: int | None = Field(default=None, ge=2000, le=2100)
