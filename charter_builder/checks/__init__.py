"""Checks of a charter: what is missing, inconsistent or legally weak, as findings per rule.

The rules engine itself is built in issue 5; this module fixes the interface the wizard and the
Word writer use: ``run_checks(charter) -> list[Finding]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..model import Charter


class Severity(StrEnum):
    ERROR = "error"
    """The charter cannot be signed."""
    WARNING = "warning"
    """A reviewer will ask about it."""
    ADVICE = "advice"


class Step(StrEnum):
    """The wizard steps; every finding belongs to one."""

    PARTNERS = "partners"
    PURPOSE = "purpose"
    VISION = "vision"
    STRATEGY = "strategy"
    TRUST = "trust"
    GOVERNANCE = "governance"
    ROLES = "roles"
    DATA_SHARING = "data_sharing"
    REVIEW = "review"


@dataclass(frozen=True)
class Finding:
    rule_id: str
    severity: Severity
    path: str
    """Field path into the charter, e.g. ``governance.kpis[3].owner_id``."""
    message_nl: str
    message_en: str
    step: Step
    legal_ref: str = ""

    def message(self, lang: str) -> str:
        return self.message_nl if lang == "nl" else self.message_en


def run_checks(charter: Charter) -> list[Finding]:
    """Return every finding for the charter, ordered by step, then severity, then path."""
    from .engine import run_all

    return run_all(charter)
