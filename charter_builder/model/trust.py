"""Trust at three levels, agreements on behaviour, learning, and the shared vocabulary."""

from __future__ import annotations

from pydantic import Field

from .base import IdentifiedRecord, Record, Text


class GlossaryTerm(IdentifiedRecord):
    term: Text = ""
    definition: Text = ""


class TrustAgreements(Record):
    between_members: Text = ""
    in_parent_organisations: Text = ""
    """How partners secure, interpret and pass on each other's information."""
    in_partnership: Text = ""
    results_focus: Text = ""
    taking_responsibility: Text = ""
    facing_conflicts: Text = ""
    transparent_communication: Text = ""
    learning: Text = ""
    """How the partners learn from each other."""
    glossary: list[GlossaryTerm] = Field(default_factory=list)
