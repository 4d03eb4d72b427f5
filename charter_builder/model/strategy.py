"""The shorter-term choices that translate the vision: scope, results, contributions, form."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from .base import Id, IdentifiedRecord, Level, Record, Text


class CollaborationForm(StrEnum):
    """Forms of collaboration, ordered roughly from informal/simple to formal/complex."""

    CONSULTATION = "consultation"
    NETWORK = "network"
    PROJECT = "project"
    COVENANT = "covenant"
    COLLABORATION_AGREEMENT = "collaboration_agreement"
    JOINT_ARRANGEMENT = "joint_arrangement"
    """Gemeenschappelijke regeling under the Wgr."""
    FOUNDATION = "foundation"
    LEGAL_ENTITY = "legal_entity"


class ContributionKind(StrEnum):
    PEOPLE = "people"
    HOURS = "hours"
    BUDGET = "budget"
    DATA = "data"
    EXPERTISE = "expertise"
    FACILITIES = "facilities"
    OTHER = "other"


class Result(IdentifiedRecord):
    description: Text = ""
    due_on: dt.date | None = None


class Contribution(IdentifiedRecord):
    partner_id: Id
    kind: ContributionKind = ContributionKind.PEOPLE
    description: Text = ""
    amount: float | None = Field(default=None, ge=0)
    unit: Text = ""
    """E.g. "fte", "uur per week", "euro per jaar"."""


class Strategy(Record):
    scope: Text = ""
    results: list[Result] = Field(default_factory=list)
    contributions: list[Contribution] = Field(default_factory=list)
    way_of_working: Text = ""
    complexity: Level | None = None
    """Complexity of the shared value; one input to the recommended collaboration form."""
    expected_duration_years: float | None = Field(default=None, gt=0, le=50)
    collaboration_form: CollaborationForm | None = None
    form_rationale: Text = ""
