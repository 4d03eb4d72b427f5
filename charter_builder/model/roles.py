"""Roles and responsibilities at organisation, process and professional level, with a RACI per activity."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .base import Id, IdentifiedRecord, Record, Text


class RoleLevel(StrEnum):
    ORGANISATION = "organisation"
    PROCESS = "process"
    PROFESSIONAL = "professional"


class Raci(StrEnum):
    RESPONSIBLE = "R"
    ACCOUNTABLE = "A"
    ACCOUNTABLE_RESPONSIBLE = "A/R"
    CONSULTED = "C"
    INFORMED = "I"

    @property
    def is_accountable(self) -> bool:
        return self in (Raci.ACCOUNTABLE, Raci.ACCOUNTABLE_RESPONSIBLE)


class Activity(IdentifiedRecord):
    name: Text = ""
    description: Text = ""
    level: RoleLevel = RoleLevel.PROCESS
    raci: dict[Id, Raci] = Field(default_factory=dict)
    """RACI letter per partner id; a partner without a letter has no part in the activity."""


class BoundarySpanner(IdentifiedRecord):
    """Someone who connects the organisations; selected and trained for it on purpose."""

    partner_id: Id
    name: Text = ""
    function: Text = ""
    selection_and_training: Text = ""


class Roles(Record):
    organisation_level: Text = ""
    process_level: Text = ""
    professional_level: Text = ""
    professional_discretion: Text = ""
    """The room professionals keep to deviate from standard processes where a case needs it."""
    activities: list[Activity] = Field(default_factory=list)
    boundary_spanners: list[BoundarySpanner] = Field(default_factory=list)
