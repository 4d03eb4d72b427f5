"""Which jargon the charter's texts use without the glossary defining it.

A shared vocabulary only works when the terms that differ between organisations are written down.
Finding every such term needs understanding; this module uses a heuristic that is cheap, explainable
and rarely wrong: abbreviations in capitals (``RIEC``, ``FG``, ``DPIA``, ``NAW``) and a short list of
known domain words that are not written in capitals (``Bibob``, ``iCOV``). An abbreviation counts as
defined when the glossary names it, when it is a partner's short name, or when it appears in a
partner's full name (the partner list then explains it). Well-known legal abbreviations (AVG, WPG)
are references, not jargon, and are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Charter, Record

#: Abbreviations every reader of a Dutch public-sector charter knows, or that refer to a law.
IGNORED = frozenset(
    {
        "AVG",
        "UAVG",
        "GDPR",
        "WPG",
        "WJSG",
        "EU",
        "NL",
        "BV",
        "NV",
        "ICT",
        "PDF",
        "II",
        "III",
        "IV",
        "VI",
        "VII",
        "VIII",
        "IX",
        "XI",
        "XII",
    }
)

#: Domain terms with their usual meaning, offered as a starting point for the definition.
KNOWN_EXPANSIONS: dict[str, str] = {
    "RIEC": "Regionaal Informatie- en Expertisecentrum",
    "LIEC": "Landelijk Informatie- en Expertisecentrum",
    "FG": "functionaris gegevensbescherming",
    "DPIA": "gegevensbeschermingseffectbeoordeling",
    "CJIB": "Centraal Justitieel Incassobureau",
    "OM": "Openbaar Ministerie",
    "ZSM": "snelle, afgestemde afdoening van veelvoorkomende criminaliteit",
    "FIOD": "Fiscale Inlichtingen- en Opsporingsdienst",
    "BRP": "Basisregistratie Personen",
    "NAW": "naam, adres, woonplaats",
    "KPI": "ketenprestatie-indicator",
    "RACI": "Responsible, Accountable, Consulted, Informed",
    "Bibob": "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur",
    "iCOV": "infobox Crimineel en Onverklaarbaar Vermogen",
    "ZVH": "Zorg- en Veiligheidshuis",
}

_CAPS = re.compile(r"(?<![\w-])[A-Z]{2}[A-Z0-9]{0,4}(?!\w)")
_MIXED = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(t) for t in KNOWN_EXPANSIONS if not t.isupper()) + r")(?!\w)"
)
_WORD = re.compile(r"[\w-]+")

#: Fields that hold names, contact details or references rather than prose.
_SKIP_FIELDS = frozenset(
    {
        "id",
        "short_name",
        "email",
        "phone",
        "function",
        "unit",
        "wpg_article",
        "art10_basis",
        "dpia_reference",
        "format",
    }
)
#: Record types whose ``name`` is a person's or an organisation's name.
_NAMED_PARTIES = frozenset({"Partner", "Representative", "DpoContact", "BoundarySpanner"})
#: Top-level parts that are not the charter's text: history, review and signatures.
_SKIP_TOP = frozenset({"metadata", "revisions", "comments", "signatures", "health_checks"})


def texts(charter: Charter) -> Iterator[tuple[str, str]]:
    """Yield ``(path, text)`` for every prose text of the charter, in document order."""
    for name in type(charter).model_fields:
        if name in _SKIP_TOP:
            continue
        yield from _walk(getattr(charter, name), name)


def _walk(node: object, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, Record):
        cls = type(node)
        skip_name = cls.__name__ in _NAMED_PARTIES
        for name in cls.model_fields:
            if name in _SKIP_FIELDS or name.endswith(("_id", "_ids")) or (skip_name and name == "name"):
                continue
            if name == "term" and cls.__name__ == "GlossaryTerm":
                continue
            value = getattr(node, name)
            if type(value) is str:  # not the enums, which are str too
                if value:
                    yield f"{path}.{name}", value
            elif isinstance(value, Record | list):
                yield from _walk(value, f"{path}.{name}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if type(item) is str:
                if item:
                    yield f"{path}[{i}]", item
            else:
                yield from _walk(item, f"{path}[{i}]")


def defined_words(charter: Charter) -> set[str]:
    """Return the lower-cased words the glossary and the partner list explain.

    A glossary term without a definition still counts: the rule on empty definitions reports it,
    so one omission never yields two findings.
    """
    words: set[str] = set()
    for g in charter.trust.glossary:
        words.update(w.lower() for w in _WORD.findall(g.term))
    for p in charter.partners:
        words.update(w.lower() for w in _WORD.findall(p.short_name))
        words.update(w.lower() for w in _WORD.findall(p.name))
    return words


def undefined_terms(charter: Charter) -> list[tuple[str, str]]:
    """Return ``(term, path of first use)`` for each undefined term, in order of first use."""
    defined = defined_words(charter)
    found: dict[str, str] = {}
    for path, text in texts(charter):
        for m in _CAPS.finditer(text):
            term = m.group(0)
            if term not in found and term not in IGNORED and term.lower() not in defined:
                found[term] = path
        for m in _MIXED.finditer(text):
            term = m.group(0)
            if term not in found and term.lower() not in defined:
                found[term] = path
    return list(found.items())
