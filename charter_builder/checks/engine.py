"""Run every rule of the catalogue over a charter and order the findings for people to read."""

from __future__ import annotations

import datetime as dt
import re

from ..model import Charter, FieldPath
from . import Finding, Severity
from .catalogue import CATALOGUE, SEVERITY_ORDER, STEP_ORDER
from .rule import Context

_NUMBER = re.compile(r"(\d+)")
#: Rule id of structural problems (duplicate ids, dangling references) found by the model itself.
INTEGRITY_RULE_ID = "integrity"


def path_key(path: str) -> tuple[object, ...]:
    """Sort key that puts ``kpis[9]`` before ``kpis[10]``."""
    return tuple(int(p) if p.isdigit() else p for p in _NUMBER.split(path))


def sort_key(f: Finding) -> tuple[object, ...]:
    return (STEP_ORDER[f.step], SEVERITY_ORDER[f.severity], path_key(f.path), f.rule_id, f.message_en)


def run_all(charter: Charter, today: dt.date | None = None) -> list[Finding]:
    """Return the findings of every rule, ordered by step, then severity, then path."""
    ctx = Context.build(charter, today or dt.date.today())
    findings: list[Finding] = []
    for r in CATALOGUE:
        findings.extend(r.findings(charter, ctx))
    # The model refuses dangling references on load, but a list edited in place is not
    # re-validated; report what slipped through so nothing is signed with a broken reference.
    for p in charter.integrity_problems():
        findings.append(
            Finding(INTEGRITY_RULE_ID, Severity.ERROR, p.path, p.nl, p.en, FieldPath.parse(p.path).step)
        )
    findings.sort(key=sort_key)
    return findings


def count_by_severity(findings: list[Finding]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for f in findings:
        counts[f.severity] += 1
    return counts
