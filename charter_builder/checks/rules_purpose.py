"""Rules on the purpose, the vision, the strategy and the agreements on trust and vocabulary."""

from __future__ import annotations

from collections.abc import Iterator

from .. import vocabulary
from ..collaboration_form import FORM_POSITIONS, recommend_for
from ..model import Charter, CollaborationForm, PartnerType, Step
from . import Severity
from .glossary import KNOWN_EXPANSIONS, undefined_terms
from .rule import Context, Hit, blank, label, rule

E, W, A = Severity.ERROR, Severity.WARNING, Severity.ADVICE


@rule(
    "PU-INTEREST",
    W,
    Step.PURPOSE,
    title=("Eigen belang van elke partner", "Each partner's own interest"),
    problem=(
        "Het eigen belang van '{partner}' bij de samenwerking is niet benoemd.",
        "The own interest of '{partner}' in the partnership is not named.",
    ),
    fix=(
        "Schrijf open op wat deze partner zelf wil bereiken; erkende belangen zijn een voorwaarde voor succes.",
        "Write down openly what this partner wants to achieve itself; recognised interests are a condition for success.",
    ),
)
def _interests(c: Charter, ctx: Context) -> Iterator[Hit]:
    named = {it.partner_id for it in c.purpose.interests if not blank(it.interest)}
    for p in c.partners:
        if p.id in ctx.active and p.id not in named:
            yield "purpose.interests", {"partner": p.display_name}


@rule(
    "VI-HORIZON",
    A,
    Step.VISION,
    title=("Tijdshorizon van de visie", "Horizon of the vision"),
    problem=("De visie heeft geen jaartal.", "The vision has no horizon year."),
    fix=(
        "Noem het jaar waarin de partners de visie bereikt willen hebben; dat maakt haar toetsbaar.",
        "Name the year by which the partners want to have reached the vision; that makes it testable.",
    ),
)
def _horizon(c: Charter, ctx: Context) -> Iterator[Hit]:
    if c.vision.horizon_year is None:
        yield "vision.horizon_year", {}


@rule(
    "ST-RESULTS",
    E,
    Step.STRATEGY,
    title=("Te leveren resultaten", "Results to deliver"),
    problem=("De strategie noemt geen resultaten.", "The strategy names no results."),
    fix=(
        "Noem de concrete resultaten die de partners samen leveren, elk met een datum.",
        "Name the concrete results the partners deliver together, each with a date.",
    ),
)
def _results(c: Charter, ctx: Context) -> Iterator[Hit]:
    if not any(not blank(r.description) for r in c.strategy.results):
        yield "strategy.results", {}


@rule(
    "ST-RESULT-DUE",
    A,
    Step.STRATEGY,
    title=("Datum per resultaat", "A date for each result"),
    problem=("Resultaat '{result}' heeft geen datum.", "Result '{result}' has no date."),
    fix=(
        "Geef aan wanneer het resultaat er moet zijn; de tussentijdse toetsing kijkt daarnaar.",
        "Say when the result is due; the mid-term review looks at it.",
    ),
)
def _result_due(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, r in enumerate(c.strategy.results):
        if r.due_on is None and not blank(r.description):
            yield f"strategy.results[{i}].due_on", {"result": _short(r.description)}


@rule(
    "ST-CONTRIB",
    W,
    Step.STRATEGY,
    title=("Inbreng van elke partner", "Each partner's contribution"),
    problem=(
        "Er staat niet wat '{partner}' inbrengt (mensen, uren, budget, gegevens of voorzieningen).",
        "It does not say what '{partner}' contributes (people, hours, budget, data or facilities).",
    ),
    fix=(
        "Leg per partner de inbreng vast, met een hoeveelheid waar dat kan.",
        "Record each partner's contribution, with an amount where possible.",
    ),
)
def _contributions(c: Charter, ctx: Context) -> Iterator[Hit]:
    contributing = {co.partner_id for co in c.strategy.contributions}
    for p in c.partners:
        if p.id in ctx.active and p.id not in contributing:
            yield "strategy.contributions", {"partner": p.display_name}


@rule(
    "ST-FORM",
    W,
    Step.STRATEGY,
    title=("Vorm van samenwerking", "Form of collaboration"),
    problem=("Er is geen samenwerkingsvorm gekozen.", "No form of collaboration is chosen."),
    fix=(
        "Kies een vorm (bijvoorbeeld convenant of gemeenschappelijke regeling) en licht de keuze toe.",
        "Choose a form (for example covenant or joint arrangement) and explain the choice.",
    ),
)
def _form(c: Charter, ctx: Context) -> Iterator[Hit]:
    if c.strategy.collaboration_form is None:
        yield "strategy.collaboration_form", {}


_FORMS = list(CollaborationForm)


@rule(
    "ST-FORM-FIT",
    A,
    Step.STRATEGY,
    title=("Vorm past bij de samenwerking", "Form fits the partnership"),
    problem=(
        "De gekozen vorm '{chosen}' ligt ver van het advies '{advice}' voor dit aantal partners, deze duur en deze complexiteit.",
        "The chosen form '{chosen}' is far from the advice '{advice}' for this number of partners, this duration and this complexity.",
    ),
    fix=(
        "Licht toe waarom de partners voor deze vorm kiezen, of kies een vorm die beter past.",
        "Explain why the partners choose this form, or choose a form that fits better.",
    ),
)
def _form_fit(c: Charter, ctx: Context) -> Iterator[Hit]:
    chosen = c.strategy.collaboration_form
    if chosen is None or not blank(c.strategy.form_rationale):
        return
    advice = recommend_for(c).form
    if abs(_FORMS.index(chosen) - _FORMS.index(advice)) >= 3 and chosen in FORM_POSITIONS:
        yield (
            "strategy.form_rationale",
            {"chosen": vocabulary.label(chosen, "nl"), "advice": vocabulary.label(advice, "nl")},
        )


#: Partner types that cannot take part in a joint arrangement under the Wgr: it binds public bodies.
_NOT_PUBLIC_BODIES = frozenset(
    {PartnerType.PRIVATE, PartnerType.CARE, PartnerType.HOUSING, PartnerType.EDUCATION, PartnerType.OTHER}
)


@rule(
    "ST-WGR",
    W,
    Step.STRATEGY,
    title=(
        "Gemeenschappelijke regeling alleen tussen openbare lichamen",
        "Joint arrangement only between public bodies",
    ),
    problem=(
        "Een gemeenschappelijke regeling (Wgr) is gekozen, maar '{partner}' is geen bestuursorgaan of openbaar lichaam.",
        "A joint arrangement (Wgr) is chosen, but '{partner}' is no administrative body or public body.",
    ),
    fix=(
        "Kies voor deze partner een convenant of overeenkomst naast de regeling, of kies een andere vorm.",
        "Choose a covenant or agreement beside the arrangement for this partner, or choose another form.",
    ),
    ref="Wet gemeenschappelijke regelingen (Wgr)",
)
def _wgr(c: Charter, ctx: Context) -> Iterator[Hit]:
    if c.strategy.collaboration_form != CollaborationForm.JOINT_ARRANGEMENT:
        return
    for i, p in enumerate(c.partners):
        if p.id in ctx.active and p.type in _NOT_PUBLIC_BODIES:
            yield f"partners[{i}].type", {"partner": p.display_name}


@rule(
    "TR-GLOSSARY",
    W,
    Step.TRUST,
    title=("Gebruikte termen staan in de begrippenlijst", "Terms used are in the glossary"),
    problem=(
        "De term '{term}'{meaning} wordt gebruikt (eerst in {where}) maar staat niet in de begrippenlijst.",
        "The term '{term}'{meaning} is used (first in {where}) but is not in the glossary.",
    ),
    fix=(
        "Neem de term op in de begrippenlijst, met een omschrijving die alle partners onderschrijven.",
        "Add the term to the glossary, with a definition all partners agree on.",
    ),
)
def _glossary(c: Charter, ctx: Context) -> Iterator[Hit]:
    for term, where in undefined_terms(c):
        meaning = KNOWN_EXPANSIONS.get(term)
        yield "trust.glossary", {"term": term, "where": where, "meaning": f" ({meaning})" if meaning else ""}


@rule(
    "TR-GLOSSARY-DEF",
    W,
    Step.TRUST,
    title=("Omschrijving per term", "A definition for each term"),
    problem=(
        "Term '{term}' in de begrippenlijst heeft geen omschrijving.",
        "Term '{term}' in the glossary has no definition.",
    ),
    fix=(
        "Schrijf op wat de partners met deze term bedoelen.",
        "Write down what the partners mean by this term.",
    ),
)
def _glossary_definitions(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, g in enumerate(c.trust.glossary):
        if blank(g.definition):
            yield f"trust.glossary[{i}].definition", {"term": label(g.term, g.id)}


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
