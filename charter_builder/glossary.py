"""Glossary tools for the Trust step: terms to define, and common terms of the domain to adopt.

A shared vocabulary is one of the lessons from learning networks: the same word means different things
at different partners. Three functions serve the glossary step:

- ``suggest_undefined_terms(charter)``: jargon the charter's texts use that ``trust.glossary`` does not
  define yet, with how often and where it occurs;
- ``common_terms(lang)``: common terms of the domain with neutral definitions, from
  ``resources/glossary/common_terms.json`` (editable without code);
- ``adopt_term(charter, term)``: a new ``GlossaryTerm`` for a common term, with a fresh id.

None of them changes the charter: the wizard adds an adopted term through its session (undo stack).
The heuristics match those of the glossary check (``checks.glossary``), so every term the check
reports is also suggested here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from .checks.glossary import IGNORED, defined_words, texts
from .model import Charter, GlossaryTerm, new_id
from .resources import resource_path

#: All-caps abbreviations of 2-6 letters (digits allowed after the first two), e.g. RIEC, DPIA, FG.
_CAPS = re.compile(r"(?<![\w-])[A-Z]{2}[A-Z0-9]{0,4}(?!\w)")
_PARENS = re.compile(r"\s*\(([^)]*)\)\s*")


@dataclass(frozen=True)
class CommonTerm:
    """A common term of the domain with a neutral definition, in one language."""

    key: str
    """Stable key of the term across languages, e.g. ``riec``."""
    lang: str
    term: str
    definition: str
    names: tuple[str, ...]
    """Every spelling that counts as this term: both languages, full names, plurals."""


@dataclass(frozen=True)
class TermSuggestion:
    """A term the charter uses without defining it."""

    term: str
    """The term as it would enter the glossary: the common term's name, or the abbreviation found."""
    count: int
    """How often it occurs in the charter's texts."""
    paths: tuple[str, ...]
    """The field paths it occurs in (with indices, e.g. ``governance.kpis[2].description``), in document order."""
    common: CommonTerm | None = None
    """The common term to adopt with one click, when the term is one."""


def common_terms(lang: str) -> list[CommonTerm]:
    """Return the common terms of the domain in ``lang`` ("nl" or "en"), sorted by term.

    Raises ``ValueError`` for another language.
    """
    if lang not in ("nl", "en"):
        raise ValueError(f"no common terms in language {lang!r}; available: nl, en")
    return list(_load(lang))


def adopt_term(charter: Charter, common_term: CommonTerm) -> GlossaryTerm:
    """Return a glossary entry for ``common_term`` with an id no record of ``charter`` uses yet.

    The charter is not changed; append the result to ``trust.glossary`` (through the session).
    """
    taken = {record.id for _, record in charter.records()}
    while True:
        fresh = new_id("term")
        if fresh not in taken:
            return GlossaryTerm(id=fresh, term=common_term.term, definition=common_term.definition)


def suggest_undefined_terms(charter: Charter, lang: str | None = None) -> list[TermSuggestion]:
    """Return the terms the charter's texts use but its glossary does not define, most frequent first.

    Finds the common terms of the domain (any spelling, either language) and all-caps abbreviations
    of 2-6 letters, skipping well-known legal references (AVG, WPG) that the check ignores too.
    A term counts as defined when a glossary term names it (case-insensitively, also the part
    inside or outside brackets, e.g. "Regionaal Informatie- en Expertisecentrum (RIEC)"), or when
    the partner list explains it (a partner's short name or a word of its name).
    ``lang`` picks the language of the offered common terms; default: the charter's language.
    """
    lang = lang or charter.metadata.language
    terms = list(_load(lang))
    defined = _defined_names(charter)
    partner_words = defined_words(charter)
    partner_names = [n.casefold() for p in charter.partners for n in (p.name, p.short_name) if n]
    # Known references (AVG, WPG) and explained terms are still matched, so that "Wet politiegegevens"
    # is not also counted as "politiegegevens", but never suggested.
    explained = {
        t.key for t in terms if any(n in IGNORED for n in t.names) or _explained(t, defined, partner_names)
    }
    common_names = {name.casefold() for t in terms for name in t.names}

    found: dict[str, tuple[str, CommonTerm | None, list[str]]] = {}
    for path, text in texts(charter):
        for _, _, t in _common_matches(text, terms):
            if t.key not in explained:
                found.setdefault(t.key, (t.term, t, []))[2].append(path)
        for m in _CAPS.finditer(text):
            word = m.group(0)
            if word.casefold() in common_names or word in IGNORED:
                continue  # common terms are counted above, once, under their own name
            if word.casefold() in defined or word.lower() in partner_words:
                continue
            found.setdefault(word, (word, None, []))[2].append(path)

    suggestions = [
        TermSuggestion(term, len(paths), tuple(dict.fromkeys(paths)), common)
        for term, common, paths in found.values()
    ]
    # Stable sort: equally frequent terms stay in order of first use.
    return sorted(suggestions, key=lambda s: -s.count)


def _common_matches(text: str, terms: list[CommonTerm]) -> list[tuple[int, int, CommonTerm]]:
    """Return the non-overlapping mentions of common terms in ``text``, longest mention first wins.

    "Wet politiegegevens" is the WPG, not also a mention of "politiegegevens"; "gezamenlijke
    verwerkingsverantwoordelijken" is one term, not also "verwerkingsverantwoordelijken".
    """
    spans = [(m.start(), m.end(), t) for t in terms for m in _pattern(t).finditer(text)]
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    taken: list[tuple[int, int, CommonTerm]] = []
    for span in spans:
        if all(span[1] <= a or span[0] >= b for a, b, _ in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s[0])


def _explained(term: CommonTerm, defined: set[str], partner_names: list[str]) -> bool:
    for name in term.names:
        folded = name.casefold()
        if folded in defined:
            return True
        if any(folded == p or re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", p) for p in partner_names):
            return True
    return False


def _defined_names(charter: Charter) -> set[str]:
    """Return every casefolded name the glossary defines, including the parts in and around brackets."""
    names: set[str] = set()
    for g in charter.trust.glossary:
        names.update(n.casefold() for n in _variants(g.term))
    return names


def _variants(term: str) -> list[str]:
    """Return ``term`` and, for "A (B)", also "A" and "B"; empty parts dropped."""
    term = term.strip()
    found = [term]
    inner = _PARENS.findall(term)
    outer = _PARENS.sub(" ", term).strip()
    found.extend([outer, *inner])
    for part in [*inner]:
        found.extend(p.strip() for p in part.split(","))
    return [f for f in dict.fromkeys(found) if f]


@cache
def _pattern(term: CommonTerm) -> re.Pattern[str]:
    """Return one regex for every spelling of ``term``; abbreviations (RIEC, iCOV) match case-sensitively."""
    parts = []
    for name in sorted(term.names, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in name.split())
        if _is_abbreviation(name):
            parts.append(rf"(?-i:{body})")
        else:
            parts.append(body)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


def _is_abbreviation(name: str) -> bool:
    """Return whether ``name`` must match exactly: one word with capitals after its first letter (OM, iCOV).

    Otherwise "OM" would match the Dutch word "om".
    """
    return " " not in name and any(c.isupper() for c in name[1:])


@cache
def _load(lang: str) -> tuple[CommonTerm, ...]:
    data = json.loads(resource_path("glossary", "common_terms.json").read_text(encoding="utf-8"))
    result = []
    for entry in data["terms"]:
        names: list[str] = []
        for code in ("nl", "en"):
            names.extend(_variants(entry[code]["term"]))
        names.extend(entry.get("match", []))
        own = entry[lang]
        result.append(
            CommonTerm(
                key=entry["id"],
                lang=lang,
                term=own["term"],
                definition=own["definition"],
                names=tuple(dict.fromkeys(n for n in names if n)),
            )
        )
    return tuple(sorted(result, key=lambda t: t.term.casefold()))
