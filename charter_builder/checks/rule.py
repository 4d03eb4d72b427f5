"""A check rule: an id, a severity, the step it belongs to, readable texts and the test itself.

Rules are declared once, next to their test, with ``@rule(...)``; the registry keeps them in
declaration order so ``charter-builder check --list-rules`` prints a stable catalogue that legal
staff can read without reading Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..model import Charter, Partner, Step
from . import Finding, Severity

#: What a rule's test yields: the field path and the values for the message templates.
Hit = tuple[str, dict[str, Any]]


@dataclass
class Context:
    """Facts several rules need, computed once per run so the whole check stays fast."""

    charter: Charter
    today: dt.date
    partners: dict[str, Partner] = field(default_factory=dict)
    active: set[str] = field(default_factory=set)
    """Ids of partners that have not left (``left_on`` is empty or later than today)."""

    @classmethod
    def build(cls, charter: Charter, today: dt.date) -> Context:
        ctx = cls(charter, today)
        for p in charter.partners:
            ctx.partners[p.id] = p
            if p.left_on is None or p.left_on > today:
                ctx.active.add(p.id)
        return ctx

    def partner_name(self, partner_id: str | None) -> str:
        p = self.partners.get(partner_id or "")
        return p.display_name if p is not None else str(partner_id)

    def has_left(self, partner_id: str | None) -> bool:
        """Return whether this id names a partner that has left the partnership."""
        return partner_id is not None and partner_id in self.partners and partner_id not in self.active


Check = Callable[[Charter, Context], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One rule of the catalogue.

    ``problem_*`` says what is wrong (templates filled from the hit's values, e.g. ``{kpi}``);
    ``fix_*`` says how to put it right. The finding's message is both, in that order.
    """

    id: str
    severity: Severity
    step: Step
    title_nl: str
    title_en: str
    problem_nl: str
    problem_en: str
    fix_nl: str
    fix_en: str
    legal_ref: str
    check: Check

    def findings(self, charter: Charter, ctx: Context) -> Iterator[Finding]:
        for path, values in self.check(charter, ctx):
            yield Finding(
                rule_id=self.id,
                severity=self.severity,
                path=path,
                message_nl=f"{self.problem_nl.format(**values)} {self.fix_nl}",
                message_en=f"{self.problem_en.format(**values)} {self.fix_en}",
                step=self.step,
                legal_ref=self.legal_ref,
            )

    def title(self, lang: str) -> str:
        return self.title_nl if lang == "nl" else self.title_en

    def fix(self, lang: str) -> str:
        return self.fix_nl if lang == "nl" else self.fix_en


#: Every rule, in declaration order. Filled by the rule modules when ``checks.catalogue`` imports them.
RULES: list[Rule] = []


def rule(
    id: str,
    severity: Severity,
    step: Step,
    *,
    title: tuple[str, str],
    problem: tuple[str, str],
    fix: tuple[str, str],
    ref: str = "",
) -> Callable[[Check], Check]:
    """Register the decorated test as a rule; texts are ``(nl, en)`` pairs."""

    def register(check: Check) -> Check:
        add_rule(
            Rule(id, severity, step, title[0], title[1], problem[0], problem[1], fix[0], fix[1], ref, check)
        )
        return check

    return register


def add_rule(r: Rule) -> None:
    if any(existing.id == r.id for existing in RULES):
        raise ValueError(f"rule id {r.id} is declared twice")
    RULES.append(r)


def blank(text: str) -> bool:
    """Return whether a typed text says nothing (empty or only whitespace)."""
    return not text.strip()


def label(name: str, fallback: str) -> str:
    """Return the name people gave a record, or its id when they gave none."""
    return name.strip() or fallback
