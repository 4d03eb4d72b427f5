"""The mid-term review (tussentijdse toetsing) and the archive of earlier versions of the charter."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from pydantic import Field

from .base import Id, IdentifiedRecord, Record, Text


class KpiStatus(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


class Lesson(StrEnum):
    """The ten lessons for learning networks, used as prompts in a review."""

    ACKNOWLEDGE_DIFFICULTY = "acknowledge_difficulty"
    EXPECT_BARRIERS = "expect_barriers"
    SHARED_LANGUAGE = "shared_language"
    EASY_LEARNING = "easy_learning"
    OTHER_FIELD = "other_field"
    ROOM_FOR_LEARNING = "room_for_learning"
    CONNECTING_TASK = "connecting_task"
    SELECT_AND_TRAIN = "select_and_train"
    STUDY_WHAT_WORKS = "study_what_works"
    INVEST_IN_OVERCOMING = "invest_in_overcoming"


class KpiMeasurement(Record):
    kpi_id: Id
    """The KPI measured; kept even if a later version drops the KPI, so the history stays readable."""
    period: Text = ""
    """The period measured, e.g. "2027-Q2" or "2027"."""
    value: float | None = None
    value_text: Text = ""
    """The measured value in words, for a qualitative KPI."""
    status: KpiStatus | None = None
    comment: Text = ""


class ReviewAction(IdentifiedRecord):
    what: Text = ""
    owner_id: Id | None = None
    due_on: dt.date | None = None
    done: bool = False


class LessonNote(Record):
    lesson: Lesson
    note: Text = ""


class MidTermReview(IdentifiedRecord):
    date: dt.date
    title: Text = ""
    coordinator: Text = ""
    charter_version: int = Field(default=1, ge=1)
    """The charter version that was reviewed."""
    measurements: list[KpiMeasurement] = Field(default_factory=list)
    health_check_id: Id | None = None
    """The health check (in ``Charter.health_checks``) scored for this review."""
    lesson_notes: list[LessonNote] = Field(default_factory=list)
    changes_noted: Text = ""
    """What changed since the charter was signed: partners, mandates, data flows."""
    conclusions: Text = ""
    actions: list[ReviewAction] = Field(default_factory=list)


class ArchivedVersion(Record):
    """An earlier version of the charter, kept whole inside the file so history is never lost.

    ``snapshot`` is that version's JSON exactly as it was saved (without its own archive), in the
    schema of its time; ``charter_builder.versions.archived_charter`` migrates and validates it.
    """

    version: int = Field(ge=1)
    status: Text = ""
    archived_at: dt.datetime
    reason: Text = ""
    fingerprint: Text = ""
    """SHA-256 of the archived version's canonical JSON, as its Word document carries it."""
    snapshot: dict[str, Any]
