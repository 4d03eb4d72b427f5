"""Rules on the partners, their representatives and the mandate they act under."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Charter, MandateLevel, Step
from . import Severity
from .rule import Context, Hit, blank, label, rule

E, W, A = Severity.ERROR, Severity.WARNING, Severity.ADVICE
CONVENANTEN = "Aanwijzingen voor convenanten"


@rule(
    "PT-MIN2",
    E,
    Step.PARTNERS,
    title=("Minstens twee partners", "At least two partners"),
    problem=(
        "Het convenant heeft {count} actieve partner(s); een samenwerking vraagt er minstens twee.",
        "The charter has {count} active partner(s); a partnership needs at least two.",
    ),
    fix=(
        "Voeg de deelnemende organisaties toe als partner.",
        "Add the participating organisations as partners.",
    ),
    ref=CONVENANTEN,
)
def _min_two(c: Charter, ctx: Context) -> Iterator[Hit]:
    if len(ctx.active) < 2:
        yield "partners", {"count": len(ctx.active)}


@rule(
    "PT-NAME",
    E,
    Step.PARTNERS,
    title=("Naam van de partner", "Name of the partner"),
    problem=("Partner '{partner}' heeft geen naam.", "Partner '{partner}' has no name."),
    fix=(
        "Vul de officiële naam van de organisatie in, zoals die in het convenant moet staan.",
        "Fill in the organisation's official name, as it must appear in the charter.",
    ),
)
def _partner_name(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, p in enumerate(c.partners):
        if blank(p.name):
            yield f"partners[{i}].name", {"partner": label(p.short_name, p.id)}


@rule(
    "PT-REP",
    E,
    Step.PARTNERS,
    title=("Vertegenwoordiger per partner", "A representative for each partner"),
    problem=(
        "Partner '{partner}' heeft geen vertegenwoordiger.",
        "Partner '{partner}' has no representative.",
    ),
    fix=(
        "Voeg de persoon toe die de organisatie in het samenwerkingsverband vertegenwoordigt, met functie en mandaat.",
        "Add the person who represents the organisation in the partnership, with function and mandate.",
    ),
)
def _has_representative(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, p in enumerate(c.partners):
        if p.id in ctx.active and not p.representatives:
            yield f"partners[{i}].representatives", {"partner": p.display_name}


@rule(
    "PT-REP-NAME",
    E,
    Step.PARTNERS,
    title=("Naam van de vertegenwoordiger", "Name of the representative"),
    problem=(
        "Een vertegenwoordiger van partner '{partner}' heeft geen naam.",
        "A representative of partner '{partner}' has no name.",
    ),
    fix=(
        "Vul de naam in; die komt ook in het ondertekeningsblok.",
        "Fill in the name; it also goes into the signature block.",
    ),
)
def _rep_name(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, p in enumerate(c.partners):
        for j, r in enumerate(p.representatives):
            if blank(r.name):
                yield f"partners[{i}].representatives[{j}].name", {"partner": p.display_name}


@rule(
    "PT-MANDATE",
    E,
    Step.PARTNERS,
    title=("Mandaat van de vertegenwoordiger", "Mandate of the representative"),
    problem=(
        "Bij {rep} ({partner}) staat niet welk mandaat die heeft.",
        "For {rep} ({partner}) the mandate is not stated.",
    ),
    fix=(
        "Kies wat deze persoon mag besluiten zonder ruggenspraak: volledig, binnen grenzen, eerst overleggen, of geen.",
        "Choose what this person may decide without going back to the organisation: full, within limits, consult first, or none.",
    ),
)
def _mandate_level(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, p in enumerate(c.partners):
        if p.id not in ctx.active:
            continue
        for j, r in enumerate(p.representatives):
            if r.mandate_level is None:
                yield (
                    f"partners[{i}].representatives[{j}].mandate_level",
                    {"rep": label(r.name, r.id), "partner": p.display_name},
                )


@rule(
    "PT-MANDATE-TEXT",
    W,
    Step.PARTNERS,
    title=("Grenzen van het mandaat", "Limits of the mandate"),
    problem=(
        "{rep} ({partner}) besluit 'binnen grenzen', maar de grenzen staan er niet bij.",
        "{rep} ({partner}) decides 'within limits', but the limits are not written down.",
    ),
    fix=(
        "Beschrijf de grenzen, bijvoorbeeld: binnen het jaarplan, tot een bedrag, of alleen over inzet van eigen medewerkers.",
        "Describe the limits, for example: within the annual plan, up to an amount, or only about deploying own staff.",
    ),
)
def _mandate_text(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, p in enumerate(c.partners):
        for j, r in enumerate(p.representatives):
            if r.mandate_level == MandateLevel.WITHIN_LIMITS and blank(r.mandate):
                yield (
                    f"partners[{i}].representatives[{j}].mandate",
                    {"rep": label(r.name, r.id), "partner": p.display_name},
                )


@rule(
    "PT-SIGNATORY",
    E,
    Step.PARTNERS,
    title=("Ondertekenaar per partner", "A signatory for each partner"),
    problem=(
        "Niemand tekent het convenant namens partner '{partner}'.",
        "Nobody signs the charter on behalf of partner '{partner}'.",
    ),
    fix=(
        "Markeer de vertegenwoordiger die bevoegd is de organisatie te binden als ondertekenaar.",
        "Mark the representative who is authorised to bind the organisation as signatory.",
    ),
    ref=CONVENANTEN,
)
def _signatory(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, p in enumerate(c.partners):
        if p.id in ctx.active and p.representatives and not any(r.is_signatory for r in p.representatives):
            yield f"partners[{i}].representatives", {"partner": p.display_name}


@rule(
    "PT-REPORTING",
    W,
    Step.PARTNERS,
    title=("Terugkoppeling naar de moederorganisatie", "Reporting back to the parent organisation"),
    problem=(
        "Er staat niet hoe en hoe vaak de vertegenwoordiger van '{partner}' terugkoppelt aan de eigen organisatie.",
        "It does not say how and how often the representative of '{partner}' reports back to their organisation.",
    ),
    fix=(
        "Kies een ritme en een kanaal, bijvoorbeeld een kwartaalnotitie aan de directie.",
        "Choose a cadence and a channel, for example a quarterly note to the board.",
    ),
)
def _reporting(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, p in enumerate(c.partners):
        if p.id not in ctx.active:
            continue
        if p.reporting_cadence is None:
            yield f"partners[{i}].reporting_cadence", {"partner": p.display_name}
        elif blank(p.reporting_channel):
            yield f"partners[{i}].reporting_channel", {"partner": p.display_name}


@rule(
    "PT-SUPPORT",
    A,
    Step.PARTNERS,
    title=("Steun in de moederorganisatie", "Support in the parent organisation"),
    problem=(
        "Er staat niet wie binnen '{partner}' de samenwerking steunt.",
        "It does not say who inside '{partner}' supports the partnership.",
    ),
    fix=(
        "Noem de opdrachtgever of het directielid dat de vertegenwoordiger rugdekking geeft.",
        "Name the sponsor or board member who backs the representative.",
    ),
)
def _support(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, p in enumerate(c.partners):
        if p.id in ctx.active and blank(p.support_in_parent):
            yield f"partners[{i}].support_in_parent", {"partner": p.display_name}


@rule(
    "PT-POWERS",
    A,
    Step.PARTNERS,
    title=("Bevoegdheden van de partner", "Powers of the partner"),
    problem=(
        "De wettelijke taken en bevoegdheden van '{partner}' staan er niet bij.",
        "The legal tasks and powers of '{partner}' are not described.",
    ),
    fix=(
        "Noem de wetten waaruit de taak van deze partner volgt; daarop rust ook de grondslag voor gegevensdeling.",
        "Name the laws this partner's task comes from; the legal basis for sharing data rests on them too.",
    ),
    ref="AVG art. 6 lid 3",
)
def _powers(c: Charter, ctx: Context) -> Iterator[Hit]:
    for i, p in enumerate(c.partners):
        if p.id in ctx.active and blank(p.legal_powers):
            yield f"partners[{i}].legal_powers", {"partner": p.display_name}
