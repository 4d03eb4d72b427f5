"""Rules on roles and responsibilities: the RACI per activity and the boundary spanners."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Charter, Raci, Step
from . import Severity
from .rule import Context, Hit, blank, label, rule

E, W, A = Severity.ERROR, Severity.WARNING, Severity.ADVICE
_DOES_THE_WORK = (Raci.RESPONSIBLE, Raci.ACCOUNTABLE_RESPONSIBLE)


@rule(
    "RL-NONE",
    W,
    Step.ROLES,
    title=("Taakverdeling per activiteit", "Division of tasks per activity"),
    problem=(
        "Er zijn geen activiteiten met een taakverdeling.",
        "There are no activities with a division of tasks.",
    ),
    fix=(
        "Noem de kernactiviteiten (bijvoorbeeld casusoverleg, signaalbeoordeling) en geef per partner de rol (RACI).",
        "Name the core activities (for example case meeting, assessing signals) and give each partner's role (RACI).",
    ),
)
def _activities(c: Charter, ctx: Context) -> Iterator[Hit]:
    if not c.roles.activities:
        yield "roles.activities", {}


@rule(
    "RL-ACCOUNTABLE",
    E,
    Step.ROLES,
    title=("Eén eindverantwoordelijke per activiteit", "One accountable partner per activity"),
    problem=(
        "Bij activiteit '{activity}' is niemand eindverantwoordelijk (A).",
        "In activity '{activity}' nobody is accountable (A).",
    ),
    fix=(
        "Wijs precies één partner aan die eindverantwoordelijk is.",
        "Appoint exactly one partner who is accountable.",
    ),
)
def _accountable(c: Charter, ctx: Context) -> Iterator[Hit]:
    for a, act in enumerate(c.roles.activities):
        if not any(r.is_accountable for r in act.raci.values()):
            yield f"roles.activities[{a}].raci", {"activity": label(act.name, act.id)}


@rule(
    "RL-ACCOUNTABLE-MULTI",
    E,
    Step.ROLES,
    title=("Niet meer dan één eindverantwoordelijke", "No more than one accountable partner"),
    problem=(
        "Bij activiteit '{activity}' zijn {count} partners eindverantwoordelijk ({partners}).",
        "In activity '{activity}' {count} partners are accountable ({partners}).",
    ),
    fix=(
        "Houd één partner eindverantwoordelijk (A) en maak de andere uitvoerend (R) of raadpleeg ze (C).",
        "Keep one partner accountable (A) and make the others responsible (R) or consulted (C).",
    ),
)
def _accountable_multi(c: Charter, ctx: Context) -> Iterator[Hit]:
    for a, act in enumerate(c.roles.activities):
        acc = [pid for pid, r in act.raci.items() if r.is_accountable]
        if len(acc) > 1:
            yield (
                f"roles.activities[{a}].raci",
                {
                    "activity": label(act.name, act.id),
                    "count": len(acc),
                    "partners": ", ".join(ctx.partner_name(p) for p in acc),
                },
            )


@rule(
    "RL-RESPONSIBLE",
    W,
    Step.ROLES,
    title=("Iemand voert uit", "Somebody does the work"),
    problem=(
        "Bij activiteit '{activity}' voert niemand het werk uit (R).",
        "In activity '{activity}' nobody does the work (R).",
    ),
    fix=(
        "Geef minstens één partner de rol R, of A/R als de eindverantwoordelijke het werk zelf doet.",
        "Give at least one partner the role R, or A/R when the accountable partner does the work itself.",
    ),
)
def _responsible(c: Charter, ctx: Context) -> Iterator[Hit]:
    for a, act in enumerate(c.roles.activities):
        if act.raci and not any(r in _DOES_THE_WORK for r in act.raci.values()):
            yield f"roles.activities[{a}].raci", {"activity": label(act.name, act.id)}


@rule(
    "RL-RACI-LEFT",
    E,
    Step.ROLES,
    title=("Rollen alleen voor actieve partners", "Roles only for active partners"),
    problem=(
        "Activiteit '{activity}' geeft een rol aan '{partner}', maar die partner is uitgetreden.",
        "Activity '{activity}' gives a role to '{partner}', but that partner has left.",
    ),
    fix=(
        "Verdeel de rol over de partners die nog deelnemen.",
        "Divide the role among the partners who still take part.",
    ),
)
def _raci_left(c: Charter, ctx: Context) -> Iterator[Hit]:
    for a, act in enumerate(c.roles.activities):
        for pid in act.raci:
            if ctx.has_left(pid):
                yield (
                    f"roles.activities[{a}].raci.{pid}",
                    {"activity": label(act.name, act.id), "partner": ctx.partner_name(pid)},
                )


@rule(
    "RL-LEVELS",
    A,
    Step.ROLES,
    title=("Rollen op drie niveaus", "Roles at three levels"),
    problem=(
        "Er staat niets over de rollen op organisatie-, proces- en professioneel niveau.",
        "Nothing is said about roles at organisation, process and professional level.",
    ),
    fix=(
        "Beschrijf kort wie op elk niveau wat doet: bestuur, procesregie, en de professional aan tafel.",
        "Describe briefly who does what at each level: administration, process coordination, and the professional at the table.",
    ),
)
def _levels(c: Charter, ctx: Context) -> Iterator[Hit]:
    r = c.roles
    if blank(r.organisation_level) and blank(r.process_level) and blank(r.professional_level):
        yield "roles.organisation_level", {}


@rule(
    "RL-SPANNER",
    A,
    Step.ROLES,
    title=("Verbinders tussen de organisaties", "Boundary spanners"),
    problem=(
        "Niemand heeft de expliciete taak de organisaties met elkaar te verbinden.",
        "Nobody has the explicit task of connecting the organisations.",
    ),
    fix=(
        "Wijs verbinders aan en leg vast hoe zij worden geselecteerd en getraind.",
        "Appoint boundary spanners and state how they are selected and trained.",
    ),
)
def _spanners(c: Charter, ctx: Context) -> Iterator[Hit]:
    if not c.roles.boundary_spanners:
        yield "roles.boundary_spanners", {}


@rule(
    "RL-SPANNER-TRAINING",
    A,
    Step.ROLES,
    title=("Selectie en training van verbinders", "Selection and training of boundary spanners"),
    problem=(
        "Bij verbinder '{name}' staat niet hoe die is geselecteerd en wordt getraind.",
        "For boundary spanner '{name}' it does not say how they are selected and trained.",
    ),
    fix=(
        "Beschrijf de selectie (empathie, leervermogen) en de training.",
        "Describe the selection (empathy, ability to learn) and the training.",
    ),
)
def _spanner_training(c: Charter, ctx: Context) -> Iterator[Hit]:
    for s, sp in enumerate(c.roles.boundary_spanners):
        if blank(sp.selection_and_training):
            yield f"roles.boundary_spanners[{s}].selection_and_training", {"name": label(sp.name, sp.id)}
