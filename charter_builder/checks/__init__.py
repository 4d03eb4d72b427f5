"""Checks of a charter: what is missing, inconsistent or legally weak, as findings per rule.

The interface the wizard, the Word writer and the command line use is this module:
``run_checks(charter) -> list[Finding]`` and ``rule_catalogue()``. The rules themselves live in
``rules_*.py`` (one module per group of wizard steps) and in the table ``required_texts.py``;
``catalogue.py`` collects them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from ..model import Charter

if TYPE_CHECKING:
    from ..model import Step
    from .rule import Rule


class Severity(StrEnum):
    ERROR = "error"
    """The charter cannot be signed."""
    WARNING = "warning"
    """A reviewer will ask about it."""
    ADVICE = "advice"


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


def run_checks(charter: Charter, today: dt.date | None = None) -> list[Finding]:
    """Return every finding for the charter, ordered by step, then severity, then path.

    ``today`` decides which partners have left (``left_on`` before it) and whether the term has
    expired; it defaults to the current date and exists so tests and reviews can fix it.
    """
    from .engine import run_all

    return run_all(charter, today)


def rule_catalogue() -> tuple[Rule, ...]:
    """Return every rule, ordered by step, then severity, then id: the list legal staff read."""
    from .catalogue import CATALOGUE

    return CATALOGUE
