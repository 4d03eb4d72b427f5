"""The rule catalogue: every rule in one list, importable without running anything.

Importing this module registers the rules; the order of the imports is the order of the
catalogue (by wizard step), which is also the order ``charter-builder check --list-rules`` prints.
"""

from __future__ import annotations

from ..model import Step
from . import Severity, required_texts
from . import rules_data_sharing as _rules_data_sharing  # noqa: F401 - registers rules
from . import rules_governance as _rules_governance  # noqa: F401 - registers rules
from . import rules_partners as _rules_partners  # noqa: F401 - registers rules
from . import rules_purpose as _rules_purpose  # noqa: F401 - registers rules
from . import rules_review as _rules_review  # noqa: F401 - registers rules
from . import rules_roles as _rules_roles  # noqa: F401 - registers rules
from .rule import RULES, Rule

required_texts.register_all()

STEP_ORDER: dict[Step, int] = {s: i for i, s in enumerate(Step)}
SEVERITY_ORDER: dict[Severity, int] = {s: i for i, s in enumerate(Severity)}

#: The catalogue, sorted by step, then severity, then id.
CATALOGUE: tuple[Rule, ...] = tuple(
    sorted(RULES, key=lambda r: (STEP_ORDER[r.step], SEVERITY_ORDER[r.severity], r.id))
)
BY_ID: dict[str, Rule] = {r.id: r for r in CATALOGUE}

SEVERITY_LABELS: dict[Severity, tuple[str, str]] = {
    Severity.ERROR: ("Fout", "Error"),
    Severity.WARNING: ("Waarschuwing", "Warning"),
    Severity.ADVICE: ("Advies", "Advice"),
}


def severity_label(severity: Severity, lang: str) -> str:
    nl, en = SEVERITY_LABELS[severity]
    return nl if lang == "nl" else en
