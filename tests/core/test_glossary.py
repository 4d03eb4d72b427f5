"""Glossary tools: suggestions of undefined terms, the common terms of the domain, adopting a term."""

from __future__ import annotations

import json

import pytest

from charter_builder.checks.glossary import undefined_terms
from charter_builder.examples import example_charter
from charter_builder.glossary import (
    CommonTerm,
    TermSuggestion,
    adopt_term,
    common_terms,
    suggest_undefined_terms,
)
from charter_builder.model import Charter, GlossaryTerm, Partner
from charter_builder.resources import resource_path

#: Terms the issue names; each must be on the list (by key).
REQUIRED_KEYS = (
    "ondermijning",
    "riec",
    "liec",
    "bibob",
    "casusoverleg",
    "integrale-aanpak",
    "signaal",
    "convenant",
    "moederorganisatie",
    "mandaat",
    "ruggenspraak",
    "fg",
    "dpia",
    "verwerkingsverantwoordelijke",
    "gezamenlijke-verwerkingsverantwoordelijken",
    "verwerker",
    "betrokkene",
    "bijzondere-persoonsgegevens",
    "strafrechtelijke-persoonsgegevens",
    "politiegegevens",
    "hit-no-hit",
    "zsm",
    "zorg-en-veiligheidshuis",
    "verbinder",
    "kpi",
)


def _charter(problem: str = "", **texts: str) -> Charter:
    c = Charter.new(title="Test", partnership_name="Test")
    c.partners = [
        Partner(id="p-gem", name="Gemeente Westerdelta", short_name="GW"),
        Partner(id="p-abc", name="Stichting ABC", short_name="ABC"),
    ]
    c.purpose.problem = problem
    for name, value in texts.items():
        setattr(c.purpose, name, value)
    return c


def _by_term(suggestions: list[TermSuggestion]) -> dict[str, TermSuggestion]:
    return {s.term: s for s in suggestions}


# --- common terms ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_common_terms_cover_the_domain_with_definitions(lang: str) -> None:
    terms = common_terms(lang)
    assert len(terms) >= 25
    keys = [t.key for t in terms]
    assert len(keys) == len(set(keys))
    assert set(REQUIRED_KEYS) <= set(keys), set(REQUIRED_KEYS) - set(keys)
    for t in terms:
        assert t.lang == lang
        assert t.term
        assert t.term == t.term.strip()
        assert len(t.definition) > 30, t.key
        assert t.definition.endswith("."), t.key
        assert t.term in t.names
    assert [t.term.casefold() for t in terms] == sorted(t.term.casefold() for t in terms)


def test_common_terms_have_their_own_text_in_each_language() -> None:
    nl = {t.key: t for t in common_terms("nl")}
    en = {t.key: t for t in common_terms("en")}
    assert nl.keys() == en.keys()
    for key in nl:
        assert nl[key].definition != en[key].definition, key
        # Either language's name finds the term in a text, whatever the charter's language.
        assert nl[key].names == en[key].names


def test_common_terms_file_is_plain_editable_json() -> None:
    data = json.loads(resource_path("glossary", "common_terms.json").read_text(encoding="utf-8"))
    for entry in data["terms"]:
        assert set(entry) <= {"id", "nl", "en", "match"}, entry["id"]
        for lang in ("nl", "en"):
            assert set(entry[lang]) == {"term", "definition"}, entry["id"]


def test_common_terms_reject_unknown_language() -> None:
    with pytest.raises(ValueError, match="de"):
        common_terms("de")


# --- suggestions -----------------------------------------------------------------------------------


def test_suggests_common_terms_and_abbreviations_with_count_and_paths() -> None:
    c = _charter(
        "Het RIEC ziet signalen. Het RIEC en de XYZ willen een DPIA.",
        shared_value="De XYZ helpt het RIEC.",
    )
    found = _by_term(suggest_undefined_terms(c))
    riec = found["RIEC"]
    assert riec.count == 3
    assert riec.paths == ("purpose.problem", "purpose.shared_value")
    assert isinstance(riec.common, CommonTerm)
    assert riec.common.key == "riec"
    assert found["XYZ"].common is None
    assert found["XYZ"].count == 2
    assert found["Signaal"].common is not None  # the plural "signalen" counts
    assert found["DPIA"].count == 1
    # Most frequent first.
    counts = [s.count for s in suggest_undefined_terms(c)]
    assert counts == sorted(counts, reverse=True)


def test_abbreviation_length_and_case_rules() -> None:
    c = _charter("Wij doen dit om te leren: A, AB, ABCDEF, ABCDEFG, Xy, NAW2, ICT, AVG en UAVG.")
    terms = {s.term for s in suggest_undefined_terms(c)}
    assert "ABCDEF" in terms  # six letters
    assert "ABCDEFG" not in terms  # seven is a word in capitals, not an abbreviation
    assert "A" not in terms
    assert "Xy" not in terms
    assert "OM" not in terms  # the Dutch word "om" is not the Openbaar Ministerie
    assert "AB" in terms
    assert {"ICT", "AVG", "UAVG"}.isdisjoint(terms)  # references everyone knows, as in the check
    assert "NAW2" in terms
    assert "NAW-gegevens" not in terms  # NAW2 is not NAW


def test_partner_names_explain_abbreviations() -> None:
    c = _charter("GW en ABC en Westerdelta werken samen met de QQ.")
    terms = {s.term for s in suggest_undefined_terms(c)}
    assert terms == {"QQ"}


def test_defined_terms_are_skipped_case_insensitively_and_by_bracket_parts() -> None:
    c = _charter("Het RIEC, de FG, het convenant, de KPI's en de ketenprestatie-indicator.")
    c.trust.glossary = [
        GlossaryTerm(id="t1", term="Regionaal Informatie- en Expertisecentrum (riec)", definition="x"),
        GlossaryTerm(id="t2", term="fg", definition="x"),
        GlossaryTerm(id="t3", term="Convenant", definition="x"),
        GlossaryTerm(id="t4", term="KPI", definition="x"),
    ]
    assert suggest_undefined_terms(c) == []


def test_longest_mention_wins() -> None:
    c = _charter(
        "De Wet politiegegevens regelt het. De gezamenlijke verwerkingsverantwoordelijken spreken af."
    )
    found = _by_term(suggest_undefined_terms(c))
    assert "Politiegegevens" not in found  # "Wet politiegegevens" is the WPG, an ignored reference
    assert found["Gezamenlijke verwerkingsverantwoordelijken"].count == 1
    assert "Verwerkingsverantwoordelijke" not in found


def test_suggestion_language_follows_the_charter_or_the_argument() -> None:
    c = _charter("Het casusoverleg komt bijeen.")
    assert _by_term(suggest_undefined_terms(c))["Casusoverleg"].common.lang == "nl"
    en = suggest_undefined_terms(c, lang="en")
    assert [s.term for s in en] == ["Case meeting"]


def test_empty_charter_has_no_suggestions() -> None:
    assert suggest_undefined_terms(Charter.new()) == []


@pytest.mark.parametrize(
    "text",
    [
        "Het RIEC, het OM, de CJIB, het iCOV en de Bibob-toets met een ZVH en een QRS.",
        "The FIOD and the BRP; NAW data; iCOV.",
    ],
)
def test_every_term_the_check_reports_is_suggested(text: str) -> None:
    c = _charter(text)
    suggestions = suggest_undefined_terms(c)
    names = set()
    for s in suggestions:
        names.add(s.term.casefold())
        if s.common:
            names.update(n.casefold() for n in s.common.names)
    reported = [term for term, _ in undefined_terms(c)]
    assert reported
    for term in reported:
        assert term.casefold() in names, term


def test_example_charter_suggestions_agree_with_its_check() -> None:
    c = example_charter()
    suggested = {s.term.casefold() for s in suggest_undefined_terms(c)}
    for term, _ in undefined_terms(c):
        assert term.casefold() in suggested
    for s in suggest_undefined_terms(c):
        assert s.count >= len(s.paths) >= 1
        assert all(p.split(".")[0] != "metadata" for p in s.paths)


# --- adopting --------------------------------------------------------------------------------------


def test_adopt_term_gives_a_fresh_valid_entry_and_leaves_the_charter_alone() -> None:
    c = _charter("Het RIEC en het casusoverleg.")
    before = c.model_dump_json()
    riec = next(t for t in common_terms("nl") if t.key == "riec")
    first = adopt_term(c, riec)
    second = adopt_term(c, riec)
    assert c.model_dump_json() == before
    assert first.id != second.id
    assert first.term == riec.term
    assert first.definition == riec.definition
    ids = {record.id for _, record in c.records()}
    assert first.id not in ids
    c.trust.glossary = [first]
    Charter.model_validate(c.model_dump())  # the integrity check accepts the new id
    assert "RIEC" not in _by_term(suggest_undefined_terms(c))
    assert "Casusoverleg" in _by_term(suggest_undefined_terms(c))
