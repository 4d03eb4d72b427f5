"""Placeholder engine until the rules land (issue 5): reports only structural integrity problems."""

from __future__ import annotations

from ..model import Charter
from . import Finding, Severity, Step


def step_for_path(path: str) -> Step:
    head = path.split(".", 1)[0].split("[", 1)[0]
    return {
        "partners": Step.PARTNERS,
        "purpose": Step.PURPOSE,
        "vision": Step.VISION,
        "strategy": Step.STRATEGY,
        "trust": Step.TRUST,
        "governance": Step.GOVERNANCE,
        "roles": Step.ROLES,
        "data_sharing": Step.DATA_SHARING,
    }.get(head, Step.REVIEW)


def run_all(charter: Charter) -> list[Finding]:
    return [
        Finding("integrity", Severity.ERROR, p.path, p.nl, p.en, step_for_path(p.path))
        for p in charter.integrity_problems()
    ]
