"""Metadata, revision history, review comments, signatures and health checks: the charter over time."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import Field

from .base import Id, IdentifiedRecord, Record, Text


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    SIGNED = "signed"


class Metadata(Record):
    charter_id: Id
    """Stable id of the charter across versions; partner packages and reviews refer to it."""
    title: Text = ""
    partnership_name: Text = ""
    language: Literal["nl", "en"] = "nl"
    version: int = Field(default=1, ge=1)
    status: Status = Status.DRAFT
    created_on: dt.date | None = None
    updated_at: dt.datetime | None = None
    authors: list[str] = Field(default_factory=list)


class Revision(IdentifiedRecord):
    version: int = Field(ge=1)
    date: dt.date
    author: Text = ""
    summary: Text = ""
    reason: Text = ""
    agreed_by: list[Id] = Field(default_factory=list)
    """Partner ids that agreed to this revision."""
    details: list[str] = Field(default_factory=list)
    """One line per field or record the revision changed (e.g. a merged partner package's changes)."""


class ReviewComment(IdentifiedRecord):
    target: Text = ""
    """What the comment is about: a field path ("purpose.problem") or a record id."""
    author: Text = ""
    created_at: dt.datetime
    text: Text = ""
    quoted_text: Text = ""
    parent_id: Id | None = None
    """The comment this one answers, to keep threads."""
    resolved: bool = False
    resolved_by: Text = ""
    resolved_at: dt.datetime | None = None


class Signature(IdentifiedRecord):
    partner_id: Id
    representative_id: Id | None = None
    name: Text = ""
    function: Text = ""
    signed_on: dt.date
    place: Text = ""


class HealthDimension(StrEnum):
    SHARED_AMBITION = "shared_ambition"
    RECOGNITION_OF_INTERESTS = "recognition_of_interests"
    MEANINGFUL_PROCESS = "meaningful_process"
    BUILDING_RELATIONSHIPS = "building_relationships"
    PROFESSIONAL_ORGANISATION = "professional_organisation"
    TRUST_BETWEEN_MEMBERS = "trust_between_members"
    TRUST_IN_PARENT_ORGANISATIONS = "trust_in_parent_organisations"
    TRUST_IN_PARTNERSHIP = "trust_in_partnership"
    PARENT_INVOLVEMENT = "parent_involvement"


class HealthOccasion(StrEnum):
    FOUNDING = "founding"
    MID_TERM_REVIEW = "mid_term_review"
    OTHER = "other"


class HealthScore(Record):
    partner_id: Id
    dimension: HealthDimension
    score: int = Field(ge=1, le=5)
    comment: Text = ""


class HealthCheck(IdentifiedRecord):
    date: dt.date
    occasion: HealthOccasion = HealthOccasion.FOUNDING
    scores: list[HealthScore] = Field(default_factory=list)
