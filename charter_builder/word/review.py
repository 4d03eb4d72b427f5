"""The review copy: open comments and check findings, placed at the article they are about."""

from __future__ import annotations

from collections import defaultdict

from ..model import Charter
from .catalogue import Catalogue

#: Where a field path belongs in the document; the longest matching prefix wins.
SECTION_OF_PATH: dict[str, str] = {
    "partners": "parties",
    "purpose": "purpose",
    "purpose.problem": "considerations",
    "purpose.why_together": "considerations",
    "vision": "considerations",
    "strategy": "strategy",
    "strategy.contributions": "contributions",
    "trust": "trust",
    "trust.glossary": "definitions",
    "governance": "governance",
    "governance.kpis": "monitoring",
    "governance.monitoring": "monitoring",
    "governance.reporting_cadence": "monitoring",
    "governance.costs": "costs",
    "governance.start_date": "duration",
    "governance.end_date": "duration",
    "governance.mid_term_review_date": "duration",
    "governance.joining_and_leaving": "joining",
    "governance.amendment": "amendment",
    "governance.termination": "termination",
    "governance.dispute_resolution": "disputes",
    "governance.publication": "publication",
    "roles": "roles",
    "data_sharing": "data",
    "health_checks": "duration",
    "signatures": "signatures",
}

GENERAL = "general"


def section_for(path: str) -> str:
    """Return the document section a field path belongs to (``GENERAL`` when none fits)."""
    best, best_len = GENERAL, -1
    for prefix, section in SECTION_OF_PATH.items():
        if (path == prefix or path.startswith((prefix + ".", prefix + "["))) and len(prefix) > best_len:
            best, best_len = section, len(prefix)
    return best


def review_notes(charter: Charter, cat: Catalogue) -> dict[str, list[str]]:
    """Return, per section, the lines to show: open comments first, then the checks' findings.

    A comment's ``target`` is a field path or a record id; ids are looked up in the charter. The
    checks engine is run here; if it fails, the failure itself becomes a general note rather than
    stopping the review copy.
    """
    notes: dict[str, list[str]] = defaultdict(list)
    paths_by_id = {record.id: path for path, record in charter.records()}
    for comment in charter.comments:
        if comment.resolved:
            continue
        target = comment.target.strip()
        path = paths_by_id.get(target, target)
        when = cat.date(comment.created_at.date())
        line = cat.t("review_comment", author=comment.author or "?", date=when) + comment.text
        if comment.quoted_text.strip():
            line += f" — “{comment.quoted_text}”"
        notes[section_for(path)].append(line)
    try:
        from ..checks import run_checks

        findings = run_checks(charter)
    except Exception as exc:  # the engine is separate work; a bug there must not block the review copy
        notes[GENERAL].append(f"checks: {type(exc).__name__}: {exc}")
        findings = []
    for f in findings:
        severity = cat.t(f"severity_{f.severity.value}")
        line = cat.t("review_finding", severity=severity) + f.message(cat.lang)
        if f.legal_ref:
            line += f" ({f.legal_ref})"
        if f.path:
            line += f" [{f.path}]"
        notes[section_for(f.path)].append(line)
    return dict(notes)
