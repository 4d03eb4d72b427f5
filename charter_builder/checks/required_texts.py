"""The charter's required texts as one table: which field, how serious an empty one is, and why.

Each row becomes a rule. Legal staff can read and amend this table without touching rule logic:
the field path, the severity, the short title, what is wrong, how to fix it, and the reference.
A row may carry a condition (e.g. data-sharing texts only matter when personal data is shared).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from ..model import Charter, FieldPath, Step
from . import Severity
from .rule import Context, Hit, Rule, add_rule, blank

E, W, A = Severity.ERROR, Severity.WARNING, Severity.ADVICE


@dataclass(frozen=True)
class RequiredText:
    rule_id: str
    path: str
    """Dotted path from the charter to a text field, e.g. ``purpose.problem``."""
    severity: Severity
    step: Step
    title: tuple[str, str]
    problem: tuple[str, str]
    fix: tuple[str, str]
    ref: str = ""
    applies: Callable[[Charter], bool] | None = None


def _has_flows(c: Charter) -> bool:
    return bool(c.data_sharing.flows)


def _no_flows(c: Charter) -> bool:
    return not c.data_sharing.flows


TABLE: list[RequiredText] = [
    RequiredText(
        "MD-TITLE",
        "metadata.title",
        E,
        Step.REVIEW,
        ("Titel van het convenant", "Title of the charter"),
        ("Het convenant heeft geen titel.", "The charter has no title."),
        (
            "Geef het convenant een titel, bijvoorbeeld 'Samenwerkingsconvenant RIEC Westerdelta 2026-2030'.",
            "Give the charter a title, for example 'Partnership charter RIEC Westerdelta 2026-2030'.",
        ),
    ),
    RequiredText(
        "MD-NAME",
        "metadata.partnership_name",
        W,
        Step.REVIEW,
        ("Naam van het samenwerkingsverband", "Name of the partnership"),
        ("Het samenwerkingsverband heeft geen naam.", "The partnership has no name."),
        (
            "Vul de naam in waaronder de partners het samenwerkingsverband kennen.",
            "Fill in the name by which the partners know the partnership.",
        ),
    ),
    RequiredText(
        "PU-PROBLEM",
        "purpose.problem",
        E,
        Step.PURPOSE,
        ("Maatschappelijk probleem", "Societal problem"),
        (
            "Het convenant beschrijft niet welk maatschappelijk probleem de partners aanpakken.",
            "The charter does not describe the societal problem the partners address.",
        ),
        (
            "Beschrijf het probleem concreet: wat gebeurt er, waar, en wie heeft er last van.",
            "Describe the problem concretely: what happens, where, and who suffers from it.",
        ),
        "Aanwijzingen voor convenanten (doel en onderwerp)",
    ),
    RequiredText(
        "PU-VALUE",
        "purpose.shared_value",
        E,
        Step.PURPOSE,
        ("Gezamenlijke meerwaarde", "Shared added value"),
        (
            "Het convenant zegt niet welke meerwaarde de partners samen moeten leveren.",
            "The charter does not say what added value the partners must deliver together.",
        ),
        (
            "Schrijf op wat er door de samenwerking bereikt wordt dat zonder haar niet bereikt wordt.",
            "Write down what the collaboration achieves that would not be achieved without it.",
        ),
    ),
    RequiredText(
        "PU-WHY",
        "purpose.why_together",
        W,
        Step.PURPOSE,
        ("Waarom samen", "Why together"),
        (
            "Het convenant legt niet uit waarom geen van de partners dit alleen kan.",
            "The charter does not explain why none of the partners can do this alone.",
        ),
        (
            "Noem per partner welke bevoegdheid, informatie of expertise alleen die partner inbrengt.",
            "Name for each partner which power, information or expertise only that partner brings.",
        ),
    ),
    RequiredText(
        "VI-STATEMENT",
        "vision.statement",
        E,
        Step.VISION,
        ("Visie", "Vision"),
        ("Het convenant heeft geen visie.", "The charter has no vision."),
        (
            "Formuleer een haalbaar doel voor de lange termijn, naar buiten gericht: 'Wij willen ...'.",
            "State a feasible long-term goal with an outward view: 'We want ...'.",
        ),
    ),
    RequiredText(
        "ST-SCOPE",
        "strategy.scope",
        W,
        Step.STRATEGY,
        ("Afbakening", "Scope"),
        ("Het convenant bakent de samenwerking niet af.", "The charter does not set the scope of the work."),
        (
            "Leg vast welke onderwerpen, welk gebied en welke periode wel en niet onder de samenwerking vallen.",
            "State which subjects, which area and which period fall inside and outside the collaboration.",
        ),
    ),
    RequiredText(
        "ST-WAY",
        "strategy.way_of_working",
        A,
        Step.STRATEGY,
        ("Werkwijze", "Way of working"),
        ("De werkwijze is niet beschreven.", "The way of working is not described."),
        (
            "Beschrijf in een paar zinnen hoe de partners samen tot resultaten komen (werkproces, casusaanpak).",
            "Describe in a few sentences how the partners reach results together (work process, case approach).",
        ),
    ),
    RequiredText(
        "TR-MEMBERS",
        "trust.between_members",
        W,
        Step.TRUST,
        ("Vertrouwen tussen de leden", "Trust between the members"),
        (
            "Er staan geen afspraken over vertrouwen tussen de leden.",
            "There are no agreements on trust between the members.",
        ),
        (
            "Leg vast hoe de leden elkaar leren kennen en hoe zij omgaan met afspraken en vertrouwelijkheid.",
            "State how the members get to know each other and how they treat agreements and confidentiality.",
        ),
    ),
    RequiredText(
        "TR-PARENTS",
        "trust.in_parent_organisations",
        W,
        Step.TRUST,
        ("Vertrouwen in elkaars moederorganisaties", "Trust in each other's parent organisations"),
        (
            "Er staat niet hoe de partners elkaars informatie beveiligen, duiden en doorgeven.",
            "The charter does not say how the partners secure, interpret and pass on each other's information.",
        ),
        (
            "Spreek af wat elke moederorganisatie met gedeelde informatie doet en wie haar daar mag zien.",
            "Agree what each parent organisation does with shared information and who may see it there.",
        ),
    ),
    RequiredText(
        "TR-PARTNERSHIP",
        "trust.in_partnership",
        A,
        Step.TRUST,
        ("Vertrouwen in het samenwerkingsverband", "Trust in the partnership"),
        (
            "Er staat niet hoe de partners vertrouwen houden in het samenwerkingsverband zelf.",
            "The charter does not say how the partners keep trust in the partnership itself.",
        ),
        (
            "Beschrijf hoe het samenwerkingsverband laat zien wat het doet en bereikt (motivatie, organisatie, resultaten).",
            "Describe how the partnership shows what it does and achieves (motivation, organisation, results).",
        ),
    ),
    RequiredText(
        "TR-CONFLICT",
        "trust.facing_conflicts",
        W,
        Step.TRUST,
        ("Omgaan met conflicten", "Facing conflicts"),
        (
            "Er is niet afgesproken hoe de partners met conflicten omgaan.",
            "There is no agreement on how the partners face conflicts.",
        ),
        (
            "Spreek af dat en hoe meningsverschillen vroeg op tafel komen, voordat ze escaleren.",
            "Agree that and how disagreements are raised early, before they escalate.",
        ),
    ),
    RequiredText(
        "TR-COMMS",
        "trust.transparent_communication",
        A,
        Step.TRUST,
        ("Open communicatie over resultaten", "Transparent communication about results"),
        (
            "Er is niet afgesproken hoe de partners communiceren over behaalde en niet behaalde resultaten.",
            "There is no agreement on how the partners communicate about results achieved and not achieved.",
        ),
        (
            "Leg vast wie wanneer aan wie rapporteert, ook als resultaten tegenvallen.",
            "State who reports to whom and when, also when results fall short.",
        ),
    ),
    RequiredText(
        "TR-LEARNING",
        "trust.learning",
        A,
        Step.TRUST,
        ("Leren van elkaar", "Learning from each other"),
        (
            "Er staat niet hoe de partners van elkaar leren.",
            "The charter does not say how the partners learn from each other.",
        ),
        (
            "Noem bijvoorbeeld intervisie, meelopen bij een andere partner of een jaarlijkse terugblik.",
            "Name for example peer review, shadowing another partner or a yearly look back.",
        ),
    ),
    RequiredText(
        "GV-ESCALATION",
        "governance.escalation",
        W,
        Step.GOVERNANCE,
        ("Escalatie", "Escalation"),
        ("Er is geen escalatieroute.", "There is no escalation route."),
        (
            "Beschrijf naar welk orgaan een kwestie gaat als het kernteam er niet uitkomt, en binnen welke termijn.",
            "Describe which body a matter goes to when the core team cannot settle it, and within what time.",
        ),
    ),
    RequiredText(
        "GV-DISPUTES",
        "governance.dispute_resolution",
        W,
        Step.GOVERNANCE,
        ("Geschillenregeling", "Dispute resolution"),
        ("Er is geen geschillenregeling.", "There is no dispute resolution clause."),
        (
            "Spreek af hoe een geschil tussen partners wordt beslecht (bestuurlijk overleg, mediation).",
            "Agree how a dispute between partners is settled (administrative consultation, mediation).",
        ),
        "Aanwijzingen voor convenanten",
    ),
    RequiredText(
        "GV-MONITORING",
        "governance.monitoring",
        W,
        Step.GOVERNANCE,
        ("Monitoring", "Monitoring"),
        (
            "Er staat niet hoe de voortgang wordt gemeten en gerapporteerd.",
            "The charter does not say how progress is measured and reported.",
        ),
        (
            "Beschrijf de monitor: wie verzamelt de KPI-cijfers, hoe vaak, en wie krijgt de rapportage.",
            "Describe the monitor: who collects the KPI figures, how often, and who receives the report.",
        ),
    ),
    RequiredText(
        "GV-EXIT",
        "governance.joining_and_leaving",
        E,
        Step.GOVERNANCE,
        ("Toetreden en uittreden", "Joining and leaving"),
        (
            "Het convenant regelt niet hoe een partner toetreedt of uittreedt.",
            "The charter does not settle how a partner joins or leaves.",
        ),
        (
            "Leg vast hoe een nieuwe partner toetreedt en hoe een partner uittreedt (opzegtermijn, gevolgen voor gedeelde gegevens).",
            "State how a new partner joins and how a partner leaves (notice period, consequences for shared data).",
        ),
        "Aanwijzingen voor convenanten",
    ),
    RequiredText(
        "GV-TERMINATION",
        "governance.termination",
        E,
        Step.GOVERNANCE,
        ("Beëindiging", "Termination"),
        ("Het convenant heeft geen beëindigingsbepaling.", "The charter has no termination clause."),
        (
            "Leg vast wanneer en hoe het convenant eindigt en wat er dan met de gedeelde gegevens gebeurt.",
            "State when and how the charter ends and what then happens to the shared data.",
        ),
        "Aanwijzingen voor convenanten",
    ),
    RequiredText(
        "GV-AMENDMENT",
        "governance.amendment",
        W,
        Step.GOVERNANCE,
        ("Wijziging", "Amendment"),
        ("Er staat niet hoe het convenant wordt gewijzigd.", "The charter does not say how it is amended."),
        (
            "Spreek af dat wijzigingen schriftelijk gebeuren en door alle partners worden ondertekend.",
            "Agree that amendments are made in writing and signed by all partners.",
        ),
        "Aanwijzingen voor convenanten",
    ),
    RequiredText(
        "GV-COSTS",
        "governance.costs",
        W,
        Step.GOVERNANCE,
        ("Kosten", "Costs"),
        ("Er staat niet wie welke kosten draagt.", "The charter does not say who bears which costs."),
        (
            "Leg vast dat iedere partner de eigen kosten draagt, of hoe gezamenlijke kosten worden verdeeld.",
            "State that each partner bears its own costs, or how shared costs are divided.",
        ),
        "Aanwijzingen voor convenanten",
    ),
    RequiredText(
        "GV-PUBLICATION",
        "governance.publication",
        A,
        Step.GOVERNANCE,
        ("Openbaarmaking", "Publication"),
        (
            "Er staat niet of en waar het convenant wordt gepubliceerd.",
            "The charter does not say whether and where it is published.",
        ),
        (
            "Spreek af waar het convenant openbaar wordt gemaakt (Staatscourant, gemeenteblad of website).",
            "Agree where the charter is made public (Staatscourant, municipal gazette or website).",
        ),
        "Aanwijzingen voor convenanten (bekendmaking)",
    ),
    RequiredText(
        "RL-DISCRETION",
        "roles.professional_discretion",
        A,
        Step.ROLES,
        ("Ruimte voor professionals", "Room for professionals"),
        (
            "Er staat niet welke ruimte professionals houden om af te wijken van het standaardproces.",
            "The charter does not say what room professionals keep to deviate from the standard process.",
        ),
        (
            "Beschrijf wanneer een professional mag afwijken en bij wie die dat meldt.",
            "Describe when a professional may deviate and whom they tell.",
        ),
    ),
    RequiredText(
        "DS-BREACH",
        "data_sharing.breach_procedure",
        E,
        Step.DATA_SHARING,
        ("Procedure datalekken", "Data-breach procedure"),
        ("Er is geen procedure voor datalekken.", "There is no data-breach procedure."),
        (
            "Spreek af wie een datalek meldt bij wie, binnen welke termijn (72 uur voor de Autoriteit Persoonsgegevens), en wie betrokkenen informeert.",
            "Agree who reports a breach to whom, within what time (72 hours to the Dutch DPA), and who informs the data subjects.",
        ),
        "AVG art. 33 en 34",
        _has_flows,
    ),
    RequiredText(
        "DS-RIGHTS",
        "data_sharing.data_subject_rights",
        E,
        Step.DATA_SHARING,
        ("Rechten van betrokkenen", "Data-subject rights"),
        (
            "Er is geen aanspreekpunt voor betrokkenen die hun rechten willen uitoefenen.",
            "There is no contact point for data subjects who want to exercise their rights.",
        ),
        (
            "Wijs één loket aan voor inzage, correctie en bezwaar, en spreek af hoe de partners verzoeken aan elkaar doorgeven.",
            "Name one desk for access, correction and objection, and agree how the partners pass requests on to each other.",
        ),
        "AVG art. 12 t/m 22 en art. 26 lid 1",
        _has_flows,
    ),
    RequiredText(
        "DS-NO-FLOWS",
        "data_sharing.privacy_by_design",
        A,
        Step.DATA_SHARING,
        ("Geen gegevensstromen", "No data flows"),
        (
            "Er zijn geen gegevensstromen vastgelegd en er staat niet waarom de samenwerking zonder persoonsgegevens kan.",
            "No data flows are recorded and the charter does not say why the collaboration needs no personal data.",
        ),
        (
            "Leg elke stroom van persoonsgegevens vast, of schrijf bij 'privacy by design' op hoe de partners zonder uitwisseling werken.",
            "Record every flow of personal data, or write under 'privacy by design' how the partners work without exchanging it.",
        ),
        "AVG art. 25",
        _no_flows,
    ),
]


def _resolve(charter: Charter, dotted: str) -> str:
    node: object = charter
    for part in FieldPath.parse(dotted).names:
        node = getattr(node, part)
    assert isinstance(node, str)
    return node


def _check(row: RequiredText, charter: Charter, ctx: Context) -> Iterator[Hit]:
    if row.applies is not None and not row.applies(charter):
        return
    if blank(_resolve(charter, row.path)):
        yield row.path, {}


def register_all() -> None:
    for row in TABLE:
        add_rule(
            Rule(
                row.rule_id,
                row.severity,
                row.step,
                row.title[0],
                row.title[1],
                row.problem[0],
                row.problem[1],
                row.fix[0],
                row.fix[1],
                row.ref,
                partial(_check, row),
            )
        )
