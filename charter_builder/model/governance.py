"""Bodies and decision-making, KPIs, monitoring, and the charter's lifecycle clauses."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field, model_validator

from .base import Cadence, Id, IdentifiedRecord, Record, Text


class BodyKind(StrEnum):
    STEERING_GROUP = "steering_group"
    CORE_TEAM = "core_team"
    CASE_MEETING = "case_meeting"
    WORKING_GROUP = "working_group"
    OTHER = "other"


class DecisionRule(StrEnum):
    CONSENSUS = "consensus"
    UNANIMITY = "unanimity"
    MAJORITY = "majority"
    QUALIFIED_MAJORITY = "qualified_majority"
    ADVISORY = "advisory"
    """The body advises and does not decide."""


class MemberRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    ADVISOR = "advisor"


class BodyMember(Record):
    partner_id: Id
    representative_id: Id | None = None
    role: MemberRole = MemberRole.MEMBER


class Body(IdentifiedRecord):
    name: Text = ""
    kind: BodyKind = BodyKind.OTHER
    tasks: Text = ""
    members: list[BodyMember] = Field(default_factory=list)
    decision_rule: DecisionRule = DecisionRule.CONSENSUS
    veto_partner_ids: list[Id] = Field(default_factory=list)
    quorum: int | None = Field(default=None, ge=1)
    meeting_cadence: Cadence | None = None


class KpiKind(StrEnum):
    QUANTITATIVE = "quantitative"
    QUALITATIVE = "qualitative"


class KpiFocus(StrEnum):
    APPROACH = "approach"
    """About the results of the approach (the societal effect)."""
    COLLABORATION = "collaboration"
    """About how well the collaboration itself works."""


class Kpi(IdentifiedRecord):
    name: Text = ""
    description: Text = ""
    kind: KpiKind = KpiKind.QUANTITATIVE
    focus: KpiFocus = KpiFocus.APPROACH
    unit: Text = ""
    baseline: float | None = None
    target: float | None = None
    target_description: Text = ""
    """The target in words; the only target a qualitative KPI has."""
    source: Text = ""
    owner_id: Id | None = None
    frequency: Cadence | None = None


class Governance(Record):
    bodies: list[Body] = Field(default_factory=list)
    escalation: Text = ""
    dispute_resolution: Text = ""
    kpis: list[Kpi] = Field(default_factory=list)
    monitoring: Text = ""
    reporting_cadence: Cadence | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    mid_term_review_date: dt.date | None = None
    joining_and_leaving: Text = ""
    amendment: Text = ""
    termination: Text = ""
    costs: Text = ""
    publication: Text = ""

    @model_validator(mode="after")
    def _dates_in_order(self) -> Governance:
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError(
                f"end_date {self.end_date.isoformat()} lies before start_date {self.start_date.isoformat()}"
            )
        if self.mid_term_review_date and self.start_date and self.mid_term_review_date < self.start_date:
            raise ValueError(
                f"mid_term_review_date {self.mid_term_review_date.isoformat()} lies before "
                f"start_date {self.start_date.isoformat()}"
            )
        return self
