"""Rules on bodies and decision-making, the KPIs, and the charter's term and lifecycle."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Charter, DecisionRule, KpiFocus, KpiKind, MandateLevel, MemberRole, Step
from . import Severity
from .rule import Context, Hit, blank, label, rule

E, W, A = Severity.ERROR, Severity.WARNING, Severity.ADVICE
CONVENANTEN = "Aanwijzingen voor convenanten"
_VOTING = (DecisionRule.MAJORITY, DecisionRule.QUALIFIED_MAJORITY)
_NARROW = (MandateLevel.CONSULT_FIRST, MandateLevel.NONE)


@rule(
    "GV-BODY",
    E,
    Step.GOVERNANCE,
    title=("Een orgaan dat besluit", "A body that decides"),
    problem=(
        "Geen enkel orgaan neemt besluiten: er is geen orgaan, of alle organen adviseren alleen.",
        "No body takes decisions: there is no body, or every body only advises.",
    ),
    fix=(
        "Richt een besluitend orgaan in (meestal een stuurgroep) en leg vast hoe het besluit.",
        "Set up a deciding body (usually a steering group) and state how it decides.",
    ),
)
def _deciding_body(c: Charter, ctx: Context) -> Iterator[Hit]:
    if not any(b.decision_rule != DecisionRule.ADVISORY for b in c.governance.bodies):
        yield "governance.bodies", {}


@rule(
    "GV-BODY-MEMBERS",
    E,
    Step.GOVERNANCE,
    title=("Leden per orgaan", "Members of each body"),
    problem=("Orgaan '{body}' heeft geen leden.", "Body '{body}' has no members."),
    fix=(
        "Wijs per orgaan aan welke partners er zitting in hebben en wie hen vertegenwoordigt.",
        "Name for each body which partners sit in it and who represents them.",
    ),
)
def _body_members(c: Charter, ctx: Context) -> Iterator[Hit]:
    for b, body in enumerate(c.governance.bodies):
        if not body.members:
            yield f"governance.bodies[{b}].members", {"body": label(body.name, body.id)}


@rule(
    "GV-MEMBER-LEFT",
    W,
    Step.GOVERNANCE,
    title=("Geen uitgetreden partners in organen", "No departed partners in bodies"),
    problem=(
        "'{partner}' zit nog in orgaan '{body}', maar is uitgetreden.",
        "'{partner}' still sits in body '{body}', but has left the partnership.",
    ),
    fix=("Haal de partner uit het orgaan.", "Remove the partner from the body."),
)
def _member_left(c: Charter, ctx: Context) -> Iterator[Hit]:
    for b, body in enumerate(c.governance.bodies):
        for m, mem in enumerate(body.members):
            if ctx.has_left(mem.partner_id):
                yield (
                    f"governance.bodies[{b}].members[{m}].partner_id",
                    {"partner": ctx.partner_name(mem.partner_id), "body": label(body.name, body.id)},
                )


@rule(
    "GV-CHAIR",
    A,
    Step.GOVERNANCE,
    title=("Voorzitter per orgaan", "A chair for each body"),
    problem=("Orgaan '{body}' heeft geen voorzitter.", "Body '{body}' has no chair."),
    fix=(
        "Wijs een voorzitter aan; gelijkwaardigheid betekent niet dat niemand de vergadering leidt.",
        "Appoint a chair; equal standing does not mean nobody leads the meeting.",
    ),
)
def _chair(c: Charter, ctx: Context) -> Iterator[Hit]:
    for b, body in enumerate(c.governance.bodies):
        if body.members and not any(m.role == MemberRole.CHAIR for m in body.members):
            yield f"governance.bodies[{b}].members", {"body": label(body.name, body.id)}


@rule(
    "GV-VETO",
    W,
    Step.GOVERNANCE,
    title=("Veto alleen voor leden", "Veto only for members"),
    problem=(
        "'{partner}' heeft een veto in orgaan '{body}', maar zit er niet in.",
        "'{partner}' has a veto in body '{body}', but is not a member of it.",
    ),
    fix=(
        "Maak de partner lid van het orgaan of schrap het veto.",
        "Make the partner a member of the body or drop the veto.",
    ),
)
def _veto(c: Charter, ctx: Context) -> Iterator[Hit]:
    for b, body in enumerate(c.governance.bodies):
        members = {m.partner_id for m in body.members}
        for v, pid in enumerate(body.veto_partner_ids):
            if pid not in members:
                yield (
                    f"governance.bodies[{b}].veto_partner_ids[{v}]",
                    {"partner": ctx.partner_name(pid), "body": label(body.name, body.id)},
                )


@rule(
    "GV-QUORUM",
    W,
    Step.GOVERNANCE,
    title=("Haalbaar quorum", "An attainable quorum"),
    problem=(
        "Orgaan '{body}' heeft een quorum van {quorum}, maar slechts {members} leden.",
        "Body '{body}' has a quorum of {quorum}, but only {members} members.",
    ),
    fix=(
        "Verlaag het quorum of voeg leden toe; anders kan het orgaan nooit besluiten.",
        "Lower the quorum or add members; otherwise the body can never decide.",
    ),
)
def _quorum(c: Charter, ctx: Context) -> Iterator[Hit]:
    for b, body in enumerate(c.governance.bodies):
        if body.quorum is not None and body.quorum > len(body.members):
            yield (
                f"governance.bodies[{b}].quorum",
                {"body": label(body.name, body.id), "quorum": body.quorum, "members": len(body.members)},
            )


@rule(
    "GV-MANDATE",
    W,
    Step.GOVERNANCE,
    title=("Mandaat past bij meerderheidsbesluiten", "Mandate fits majority decisions"),
    problem=(
        "Orgaan '{body}' besluit bij meerderheid, maar {rep} ({partner}) moet eerst ruggenspraak houden of heeft geen mandaat.",
        "Body '{body}' decides by majority, but {rep} ({partner}) must consult first or has no mandate.",
    ),
    fix=(
        "Verruim het mandaat van deze vertegenwoordiger, laat het orgaan bij consensus besluiten, of maak deze partner adviseur.",
        "Widen this representative's mandate, let the body decide by consensus, or make this partner an advisor.",
    ),
)
def _mandate_vs_majority(c: Charter, ctx: Context) -> Iterator[Hit]:
    for b, body in enumerate(c.governance.bodies):
        if body.decision_rule not in _VOTING:
            continue
        for m, mem in enumerate(body.members):
            if mem.role in (MemberRole.ADVISOR, MemberRole.SECRETARY):
                continue
            partner = ctx.partners.get(mem.partner_id)
            if partner is None or not partner.representatives:
                continue
            reps = [r for r in partner.representatives if r.id == mem.representative_id] or (
                partner.representatives if mem.representative_id is None else []
            )
            if reps and all(r.mandate_level in _NARROW for r in reps):
                yield (
                    f"governance.bodies[{b}].members[{m}]",
                    {
                        "body": label(body.name, body.id),
                        "rep": label(reps[0].name, reps[0].id),
                        "partner": partner.display_name,
                    },
                )


@rule(
    "GV-CADENCE",
    A,
    Step.GOVERNANCE,
    title=("Vergaderritme", "Meeting cadence"),
    problem=(
        "Er staat niet hoe vaak orgaan '{body}' vergadert.",
        "It does not say how often body '{body}' meets.",
    ),
    fix=("Kies een vergaderritme.", "Choose a meeting cadence."),
)
def _cadence(c: Charter, ctx: Context) -> Iterator[Hit]:
    for b, body in enumerate(c.governance.bodies):
        if body.meeting_cadence is None:
            yield f"governance.bodies[{b}].meeting_cadence", {"body": label(body.name, body.id)}


@rule(
    "GV-KPI-NONE",
    W,
    Step.GOVERNANCE,
    title=("Sturen op indicatoren", "Steering by indicators"),
    problem=("Het convenant heeft geen KPI's.", "The charter has no KPIs."),
    fix=(
        "Leg enkele indicatoren vast voor de resultaten van de aanpak en voor de samenwerking zelf.",
        "Record a few indicators for the approach's results and for the collaboration itself.",
    ),
)
def _kpi_none(c: Charter, ctx: Context) -> Iterator[Hit]:
    if not c.governance.kpis:
        yield "governance.kpis", {}


@rule(
    "GV-KPI-TARGET",
    E,
    Step.GOVERNANCE,
    title=("Streefwaarde per KPI", "A target for each KPI"),
    problem=("KPI '{kpi}' heeft geen streefwaarde.", "KPI '{kpi}' has no target."),
    fix=(
        "Geef een getal (kwantitatief) of beschrijf in woorden wanneer het doel bereikt is (kwalitatief).",
        "Give a number (quantitative) or describe in words when the goal is reached (qualitative).",
    ),
)
def _kpi_target(c: Charter, ctx: Context) -> Iterator[Hit]:
    for k, kpi in enumerate(c.governance.kpis):
        if kpi.kind == KpiKind.QUANTITATIVE and kpi.target is None:
            yield f"governance.kpis[{k}].target", {"kpi": label(kpi.name, kpi.id)}
        elif kpi.kind == KpiKind.QUALITATIVE and blank(kpi.target_description):
            yield f"governance.kpis[{k}].target_description", {"kpi": label(kpi.name, kpi.id)}


@rule(
    "GV-KPI-OWNER",
    E,
    Step.GOVERNANCE,
    title=("Eigenaar per KPI", "An owner for each KPI"),
    problem=("KPI '{kpi}' heeft geen eigenaar.", "KPI '{kpi}' has no owner."),
    fix=(
        "Kies de partner die de KPI meet en rapporteert.",
        "Choose the partner who measures and reports the KPI.",
    ),
)
def _kpi_owner(c: Charter, ctx: Context) -> Iterator[Hit]:
    for k, kpi in enumerate(c.governance.kpis):
        if kpi.owner_id is None:
            yield f"governance.kpis[{k}].owner_id", {"kpi": label(kpi.name, kpi.id)}


@rule(
    "GV-KPI-OWNER-LEFT",
    E,
    Step.GOVERNANCE,
    title=("KPI-eigenaar is een actieve partner", "KPI owner is an active partner"),
    problem=(
        "KPI '{kpi}' is van '{partner}', maar die partner is uitgetreden.",
        "KPI '{kpi}' belongs to '{partner}', but that partner has left.",
    ),
    fix=(
        "Kies een andere partner die de KPI meet en rapporteert, of schrap de KPI.",
        "Choose another partner who measures and reports the KPI, or drop the KPI.",
    ),
)
def _kpi_owner_left(c: Charter, ctx: Context) -> Iterator[Hit]:
    for k, kpi in enumerate(c.governance.kpis):
        if ctx.has_left(kpi.owner_id):
            yield (
                f"governance.kpis[{k}].owner_id",
                {"kpi": label(kpi.name, kpi.id), "partner": ctx.partner_name(kpi.owner_id)},
            )


@rule(
    "GV-KPI-FREQ",
    W,
    Step.GOVERNANCE,
    title=("Meetfrequentie per KPI", "A measuring frequency for each KPI"),
    problem=(
        "Er staat niet hoe vaak KPI '{kpi}' wordt gemeten.",
        "It does not say how often KPI '{kpi}' is measured.",
    ),
    fix=("Kies een meetfrequentie, bijvoorbeeld per kwartaal.", "Choose a frequency, for example quarterly."),
)
def _kpi_frequency(c: Charter, ctx: Context) -> Iterator[Hit]:
    for k, kpi in enumerate(c.governance.kpis):
        if kpi.frequency is None:
            yield f"governance.kpis[{k}].frequency", {"kpi": label(kpi.name, kpi.id)}


@rule(
    "GV-KPI-BASELINE",
    A,
    Step.GOVERNANCE,
    title=("Nulmeting per kwantitatieve KPI", "A baseline for each quantitative KPI"),
    problem=("KPI '{kpi}' heeft geen nulmeting.", "KPI '{kpi}' has no baseline."),
    fix=(
        "Vul de waarde bij de start in; zonder nulmeting is vooruitgang niet aan te tonen.",
        "Fill in the value at the start; without a baseline progress cannot be shown.",
    ),
)
def _kpi_baseline(c: Charter, ctx: Context) -> Iterator[Hit]:
    for k, kpi in enumerate(c.governance.kpis):
        if kpi.kind == KpiKind.QUANTITATIVE and kpi.baseline is None:
            yield f"governance.kpis[{k}].baseline", {"kpi": label(kpi.name, kpi.id)}


@rule(
    "GV-KPI-SOURCE",
    A,
    Step.GOVERNANCE,
    title=("Bron per KPI", "A source for each KPI"),
    problem=(
        "Er staat niet waar de cijfers voor KPI '{kpi}' vandaan komen.",
        "It does not say where the figures for KPI '{kpi}' come from.",
    ),
    fix=("Noem de bron (registratie, monitor, enquête).", "Name the source (register, monitor, survey)."),
)
def _kpi_source(c: Charter, ctx: Context) -> Iterator[Hit]:
    for k, kpi in enumerate(c.governance.kpis):
        if blank(kpi.source):
            yield f"governance.kpis[{k}].source", {"kpi": label(kpi.name, kpi.id)}


@rule(
    "GV-KPI-COLLAB",
    A,
    Step.GOVERNANCE,
    title=("Een KPI over de samenwerking zelf", "A KPI about the collaboration itself"),
    problem=(
        "Alle KPI's gaan over de resultaten van de aanpak; geen enkele meet hoe de samenwerking zelf werkt.",
        "All KPIs are about the approach's results; none measures how the collaboration itself works.",
    ),
    fix=(
        "Voeg een indicator toe over de samenwerking, bijvoorbeeld de score op de gezondheidscheck.",
        "Add an indicator about the collaboration, for example the health-check score.",
    ),
)
def _kpi_collaboration(c: Charter, ctx: Context) -> Iterator[Hit]:
    kpis = c.governance.kpis
    if kpis and not any(k.focus == KpiFocus.COLLABORATION for k in kpis):
        yield "governance.kpis", {}


@rule(
    "GV-REPORTING",
    A,
    Step.GOVERNANCE,
    title=("Rapportageritme", "Reporting cadence"),
    problem=(
        "Er staat niet hoe vaak de partners over de voortgang rapporteren.",
        "It does not say how often the partners report on progress.",
    ),
    fix=(
        "Kies een rapportageritme, bijvoorbeeld een halfjaarlijkse monitor.",
        "Choose a reporting cadence, for example a half-yearly monitor.",
    ),
)
def _reporting_cadence(c: Charter, ctx: Context) -> Iterator[Hit]:
    if c.governance.reporting_cadence is None:
        yield "governance.reporting_cadence", {}


@rule(
    "GV-DURATION",
    E,
    Step.GOVERNANCE,
    title=("Looptijd", "Term of the charter"),
    problem=("Het convenant heeft geen einddatum.", "The charter has no end date."),
    fix=(
        "Geef het convenant een looptijd met een einddatum; verlenging kan daarna uitdrukkelijk worden afgesproken.",
        "Give the charter a term with an end date; an extension can then be agreed explicitly.",
    ),
    ref=CONVENANTEN,
)
def _duration(c: Charter, ctx: Context) -> Iterator[Hit]:
    if c.governance.end_date is None:
        yield "governance.end_date", {}


@rule(
    "GV-START",
    W,
    Step.GOVERNANCE,
    title=("Ingangsdatum", "Start date"),
    problem=("Het convenant heeft geen ingangsdatum.", "The charter has no start date."),
    fix=(
        "Vul de datum in waarop het convenant in werking treedt (vaak de dag na ondertekening).",
        "Fill in the date the charter takes effect (often the day after signing).",
    ),
    ref=CONVENANTEN,
)
def _start(c: Charter, ctx: Context) -> Iterator[Hit]:
    if c.governance.start_date is None:
        yield "governance.start_date", {}


@rule(
    "GV-EVAL",
    E,
    Step.GOVERNANCE,
    title=("Evaluatiemoment", "Evaluation moment"),
    problem=("Er is geen moment voor de tussentijdse toetsing.", "There is no date for the mid-term review."),
    fix=(
        "Kies een datum waarop de partners samen toetsen of de samenwerking werkt en het convenant nog klopt.",
        "Choose a date on which the partners jointly review whether the collaboration works and the charter still holds.",
    ),
    ref=CONVENANTEN,
)
def _evaluation(c: Charter, ctx: Context) -> Iterator[Hit]:
    if c.governance.mid_term_review_date is None:
        yield "governance.mid_term_review_date", {}


@rule(
    "GV-EVAL-LATE",
    W,
    Step.GOVERNANCE,
    title=("Evaluatie vóór het einde", "Review before the end"),
    problem=(
        "De tussentijdse toetsing ({review}) valt niet vóór de einddatum ({end}).",
        "The mid-term review ({review}) does not fall before the end date ({end}).",
    ),
    fix=(
        "Plan de toetsing ruim vóór het einde, zodat er tijd is om bij te sturen of te verlengen.",
        "Plan the review well before the end, so there is time to adjust or extend.",
    ),
)
def _evaluation_late(c: Charter, ctx: Context) -> Iterator[Hit]:
    g = c.governance
    if g.mid_term_review_date and g.end_date and g.mid_term_review_date >= g.end_date:
        yield (
            "governance.mid_term_review_date",
            {"review": g.mid_term_review_date.isoformat(), "end": g.end_date.isoformat()},
        )


@rule(
    "GV-EXPIRED",
    W,
    Step.GOVERNANCE,
    title=("Looptijd verstreken", "Term expired"),
    problem=("De einddatum ({end}) is verstreken.", "The end date ({end}) has passed."),
    fix=(
        "Verleng het convenant met een nieuwe versie, of stel vast dat de samenwerking is beëindigd.",
        "Extend the charter with a new version, or record that the partnership has ended.",
    ),
)
def _expired(c: Charter, ctx: Context) -> Iterator[Hit]:
    end = c.governance.end_date
    if end is not None and end < ctx.today:
        yield "governance.end_date", {"end": end.isoformat()}
