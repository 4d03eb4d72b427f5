"""Rules on sharing personal data under the AVG (GDPR), the UAVG and the WPG, one flow at a time."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import (
    Art6Ground,
    Charter,
    ControllerRole,
    DataFlow,
    DpiaStatus,
    PartnerType,
    SharingTechnique,
    Step,
)
from . import Severity
from .rule import Context, Hit, blank, label, rule

E, W, A = Severity.ERROR, Severity.WARNING, Severity.ADVICE
S = Step.DATA_SHARING

#: Partner types that are public authorities: they cannot rely on legitimate interests for their
#: tasks (AVG art. 6(1), last sentence), rarely on consent, and must appoint an FG (art. 37(1)(a)).
PUBLIC_AUTHORITIES = frozenset(
    {
        PartnerType.MUNICIPALITY,
        PartnerType.POLICE,
        PartnerType.PUBLIC_PROSECUTION,
        PartnerType.TAX_AUTHORITY,
        PartnerType.INSPECTORATE,
        PartnerType.GOVERNMENT_AGENCY,
        PartnerType.SPECIAL_INVESTIGATION,
    }
)

#: Words in a data category that point to special categories (AVG art. 9) or criminal data (art. 10).
SPECIAL_WORDS = re.compile(
    r"gezondheid|medisch|zorg(?:gegevens|dossier)|psych|verslaving|religi|geloof|etnisch|ras\b|"
    r"seksue|politieke|vakbond|genetisch|biometrisch|health|medical|religio|ethnic|sexual|biometric|genetic",
    re.IGNORECASE,
)
CRIMINAL_WORDS = re.compile(
    r"strafbla|strafrecht|justiti|veroordel|antecedent|delict|verdacht|criminal|conviction|offen[cs]e",
    re.IGNORECASE,
)

_DPIA_FLAGS = (
    "special_categories",
    "criminal_data",
    "vulnerable_subjects",
    "systematic_monitoring",
    "large_scale",
    "combines_datasets",
)
_DPIA_FLAG_NL = {
    "special_categories": "bijzondere persoonsgegevens",
    "criminal_data": "strafrechtelijke gegevens",
    "vulnerable_subjects": "kwetsbare betrokkenen",
    "systematic_monitoring": "stelselmatige monitoring",
    "large_scale": "grote schaal",
    "combines_datasets": "koppeling van gegevensbestanden",
}
_DPIA_FLAG_EN = {
    "special_categories": "special categories",
    "criminal_data": "criminal data",
    "vulnerable_subjects": "vulnerable data subjects",
    "systematic_monitoring": "systematic monitoring",
    "large_scale": "large scale",
    "combines_datasets": "combining data sets",
}
#: Retention beyond this many months needs a written reason.
LONG_RETENTION_MONTHS = 60


def _flows(c: Charter) -> Iterator[tuple[str, DataFlow, dict[str, object]]]:
    for f, flow in enumerate(c.data_sharing.flows):
        yield f"data_sharing.flows[{f}]", flow, {"flow": label(flow.name, flow.id)}


def dpia_criteria(flow: DataFlow) -> list[str]:
    """Return the names of the DPIA criteria this flow meets (AVG art. 35, the AP's list)."""
    return [name for name in _DPIA_FLAGS if getattr(flow, name)]


def dpia_likely_required(flow: DataFlow) -> bool:
    """Return whether a DPIA is likely required: two or more criteria met."""
    return len(dpia_criteria(flow)) >= 2


@rule(
    "DS-PURPOSE",
    E,
    S,
    title=("Doel per gegevensstroom", "A purpose for each data flow"),
    problem=("Gegevensstroom '{flow}' heeft geen doel.", "Data flow '{flow}' has no purpose."),
    fix=(
        "Omschrijf precies waarvoor de ontvanger de gegevens gebruikt; gegevens mogen niet voor iets anders worden gebruikt.",
        "State exactly what the recipient uses the data for; the data may not be used for anything else.",
    ),
    ref="AVG art. 5 lid 1 onder b (doelbinding)",
)
def _purpose(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if blank(flow.purpose):
            yield f"{path}.purpose", v


@rule(
    "DS-ART6",
    E,
    S,
    title=("Grondslag per gegevensstroom", "A legal basis for each data flow"),
    problem=("Gegevensstroom '{flow}' heeft geen grondslag.", "Data flow '{flow}' has no legal basis."),
    fix=(
        "Kies de grondslag uit AVG art. 6 lid 1; voor overheidspartners is dat meestal een wettelijke taak (e) of verplichting (c).",
        "Choose the basis from GDPR art. 6(1); for public partners it is usually a public task (e) or a legal obligation (c).",
    ),
    ref="AVG art. 6 lid 1",
)
def _art6(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.art6_ground is None:
            yield f"{path}.art6_ground", v


@rule(
    "DS-ART6-LAW",
    W,
    S,
    title=("Wet achter de taak of verplichting", "The law behind the task or obligation"),
    problem=(
        "Gegevensstroom '{flow}' steunt op een wettelijke taak of verplichting, maar noemt de wet niet.",
        "Data flow '{flow}' rests on a public task or legal obligation, but does not name the law.",
    ),
    fix=(
        "Noem de wet en het artikel waaruit de taak volgt (bijvoorbeeld Gemeentewet art. 172, Wet Bibob).",
        "Name the law and article the task comes from (for example Municipalities Act art. 172, Bibob Act).",
    ),
    ref="AVG art. 6 lid 3",
)
def _art6_law(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.art6_ground in (Art6Ground.PUBLIC_TASK, Art6Ground.LEGAL_OBLIGATION) and blank(
            flow.legal_basis_explanation
        ):
            yield f"{path}.legal_basis_explanation", v


@rule(
    "DS-ART6-F",
    E,
    S,
    title=("Geen gerechtvaardigd belang voor overheden", "No legitimate interests for public authorities"),
    problem=(
        "Gegevensstroom '{flow}' steunt op gerechtvaardigd belang (f), maar '{partner}' is een overheidsorgaan dat hier een publieke taak uitvoert.",
        "Data flow '{flow}' rests on legitimate interests (f), but '{partner}' is a public authority performing its task here.",
    ),
    fix=(
        "Gebruik de grondslag wettelijke taak (e) of wettelijke verplichting (c), met de wet waaruit die volgt.",
        "Use the basis public task (e) or legal obligation (c), with the law it comes from.",
    ),
    ref="AVG art. 6 lid 1, slotzin",
)
def _art6_f(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        p = ctx.partners.get(flow.provider_id or "")
        if (
            flow.art6_ground == Art6Ground.LEGITIMATE_INTERESTS
            and p is not None
            and p.type in PUBLIC_AUTHORITIES
        ):
            yield f"{path}.art6_ground", {**v, "partner": p.display_name}


@rule(
    "DS-ART6-CONSENT",
    W,
    S,
    title=(
        "Toestemming is zelden vrij tegenover een overheid",
        "Consent is rarely free towards a public authority",
    ),
    problem=(
        "Gegevensstroom '{flow}' steunt op toestemming, terwijl '{partner}' een overheidsorgaan is.",
        "Data flow '{flow}' rests on consent, while '{partner}' is a public authority.",
    ),
    fix=(
        "Toestemming is tegenover een overheid zelden vrij gegeven; kies een wettelijke grondslag, of leg uit waarom de toestemming echt vrij is.",
        "Consent given to a public authority is rarely free; choose a statutory basis, or explain why the consent is truly free.",
    ),
    ref="AVG art. 6 lid 1 onder a, art. 7, overweging 43",
)
def _art6_consent(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        p = ctx.partners.get(flow.provider_id or "")
        if flow.art6_ground == Art6Ground.CONSENT and p is not None and p.type in PUBLIC_AUTHORITIES:
            yield f"{path}.art6_ground", {**v, "partner": p.display_name}


@rule(
    "DS-ART9",
    E,
    S,
    title=("Uitzondering voor bijzondere persoonsgegevens", "Exception for special categories"),
    problem=(
        "Gegevensstroom '{flow}' bevat bijzondere persoonsgegevens, maar er is geen uitzondering op het verwerkingsverbod gekozen.",
        "Data flow '{flow}' contains special-category data, but no exception to the ban on processing is chosen.",
    ),
    fix=(
        "Kies de uitzondering uit AVG art. 9 lid 2 en noem de UAVG-bepaling die haar uitwerkt, of deel deze gegevens niet.",
        "Choose the exception from GDPR art. 9(2) and name the UAVG provision that implements it, or do not share this data.",
    ),
    ref="AVG art. 9; UAVG art. 22-30",
)
def _art9(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.special_categories and flow.art9_exception is None:
            yield f"{path}.art9_exception", v


@rule(
    "DS-ART9-HINT",
    W,
    S,
    title=(
        "Gezondheid, religie en dergelijke zijn bijzondere gegevens",
        "Health, religion and the like are special categories",
    ),
    problem=(
        "Gegevensstroom '{flow}' noemt de categorie '{category}', maar is niet gemarkeerd als bijzondere persoonsgegevens.",
        "Data flow '{flow}' names the category '{category}', but is not marked as special-category data.",
    ),
    fix=(
        "Markeer de stroom als bijzondere persoonsgegevens en kies de uitzondering, of hernoem de categorie als die geen bijzondere gegevens bevat.",
        "Mark the flow as special-category data and choose the exception, or rename the category if it holds no such data.",
    ),
    ref="AVG art. 9 lid 1",
)
def _art9_hint(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.special_categories:
            continue
        for i, cat in enumerate(flow.data_categories):
            if SPECIAL_WORDS.search(cat):
                yield f"{path}.data_categories[{i}]", {**v, "category": cat}
                break


@rule(
    "DS-ART10",
    E,
    S,
    title=("Grondslag voor strafrechtelijke gegevens", "Basis for criminal data"),
    problem=(
        "Gegevensstroom '{flow}' bevat strafrechtelijke gegevens, maar de grondslag daarvoor ontbreekt.",
        "Data flow '{flow}' contains criminal data, but the basis for it is missing.",
    ),
    fix=(
        "Noem de wettelijke grondslag (bijvoorbeeld UAVG art. 32 of 33, of de Wet Bibob), of deel deze gegevens niet.",
        "Name the statutory basis (for example UAVG art. 32 or 33, or the Bibob Act), or do not share this data.",
    ),
    ref="AVG art. 10; UAVG art. 31-33",
)
def _art10(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.criminal_data and blank(flow.art10_basis):
            yield f"{path}.art10_basis", v


@rule(
    "DS-ART10-HINT",
    W,
    S,
    title=("Justitiële gegevens zijn strafrechtelijke gegevens", "Judicial data is criminal data"),
    problem=(
        "Gegevensstroom '{flow}' noemt de categorie '{category}', maar is niet gemarkeerd als strafrechtelijke gegevens.",
        "Data flow '{flow}' names the category '{category}', but is not marked as criminal data.",
    ),
    fix=(
        "Markeer de stroom als strafrechtelijke gegevens en noem de grondslag, of hernoem de categorie.",
        "Mark the flow as criminal data and name the basis, or rename the category.",
    ),
    ref="AVG art. 10",
)
def _art10_hint(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.criminal_data or flow.police_data:
            continue
        for i, cat in enumerate(flow.data_categories):
            if CRIMINAL_WORDS.search(cat):
                yield f"{path}.data_categories[{i}]", {**v, "category": cat}
                break


@rule(
    "DS-WPG",
    E,
    S,
    title=("WPG-grondslag voor politiegegevens", "A WPG basis for police data"),
    problem=(
        "Gegevensstroom '{flow}' verstrekt politiegegevens, maar noemt geen artikel uit de Wet politiegegevens.",
        "Data flow '{flow}' provides police data, but names no article of the Police Data Act (WPG).",
    ),
    fix=(
        "Noem het WPG-artikel dat de verstrekking toestaat, voor een samenwerkingsverband meestal art. 20 WPG (met het besluit van de korpschef).",
        "Name the WPG article that allows the provision, for a partnership usually art. 20 WPG (with the chief of police's decision).",
    ),
    ref="WPG art. 16-20",
)
def _wpg(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.police_data and blank(flow.wpg_article):
            yield f"{path}.wpg_article", v


@rule(
    "DS-WPG-FLAG",
    A,
    S,
    title=("Gegevens van de politie zijn politiegegevens", "Data from the police is police data"),
    problem=(
        "Gegevensstroom '{flow}' komt van de politie, maar is niet gemarkeerd als politiegegevens.",
        "Data flow '{flow}' comes from the police, but is not marked as police data.",
    ),
    fix=(
        "Gegevens die de politie voor de politietaak verwerkt vallen onder de WPG: markeer de stroom en noem het WPG-artikel.",
        "Data the police processes for its police task falls under the WPG: mark the flow and name the WPG article.",
    ),
    ref="WPG art. 1 en 2",
)
def _wpg_flag(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        p = ctx.partners.get(flow.provider_id or "")
        if p is not None and p.type == PartnerType.POLICE and not flow.police_data:
            yield f"{path}.police_data", v


@rule(
    "DS-RETENTION",
    E,
    S,
    title=("Bewaartermijn", "Retention period"),
    problem=(
        "Gegevensstroom '{flow}' heeft geen bewaartermijn.",
        "Data flow '{flow}' has no retention period.",
    ),
    fix=(
        "Leg vast hoe lang de ontvanger de gegevens bewaart en wat er daarna mee gebeurt (vernietigen, anonimiseren).",
        "State how long the recipient keeps the data and what happens afterwards (destroy, anonymise).",
    ),
    ref="AVG art. 5 lid 1 onder e (opslagbeperking)",
)
def _retention(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.retention_months is None:
            yield f"{path}.retention_months", v


@rule(
    "DS-RETENTION-LONG",
    W,
    S,
    title=("Lange bewaartermijn onderbouwd", "Long retention justified"),
    problem=(
        "Gegevensstroom '{flow}' wordt {months} maanden bewaard, zonder toelichting.",
        "Data flow '{flow}' is kept for {months} months, without explanation.",
    ),
    fix=(
        "Leg uit waarom zo lang nodig is, of kort de termijn in.",
        "Explain why so long is necessary, or shorten the period.",
    ),
    ref="AVG art. 5 lid 1 onder e",
)
def _retention_long(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        months = flow.retention_months
        if months is not None and months > LONG_RETENTION_MONTHS and blank(flow.retention_note):
            yield f"{path}.retention_note", {**v, "months": months}


@rule(
    "DS-DPIA",
    E,
    S,
    title=("DPIA waar die waarschijnlijk verplicht is", "A DPIA where one is likely required"),
    problem=(
        "Voor gegevensstroom '{flow}' is waarschijnlijk een DPIA verplicht ({criteria_nl}), maar die is niet gedaan of gepland.",
        "Data flow '{flow}' likely requires a DPIA ({criteria_en}), but none is done or planned.",
    ),
    fix=(
        "Voer een gegevensbeschermingseffectbeoordeling (DPIA) uit vóór de uitwisseling begint, met advies van de FG.",
        "Carry out a data protection impact assessment (DPIA) before the exchange starts, with the DPO's advice.",
    ),
    ref="AVG art. 35; lijst DPIA-plichtige verwerkingen van de Autoriteit Persoonsgegevens",
)
def _dpia(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        crit = dpia_criteria(flow)
        if len(crit) >= 2 and flow.dpia not in (DpiaStatus.DONE, DpiaStatus.PLANNED):
            yield (
                f"{path}.dpia",
                {
                    **v,
                    "criteria_nl": ", ".join(_DPIA_FLAG_NL[x] for x in crit),
                    "criteria_en": ", ".join(_DPIA_FLAG_EN[x] for x in crit),
                },
            )


@rule(
    "DS-DPIA-ASSESS",
    A,
    S,
    title=("DPIA-toets vastgelegd", "DPIA assessment recorded"),
    problem=(
        "Voor gegevensstroom '{flow}' staat niet of een DPIA nodig is.",
        "For data flow '{flow}' it is not recorded whether a DPIA is needed.",
    ),
    fix=(
        "Beoordeel met de FG of een DPIA nodig is en leg de uitkomst vast.",
        "Assess with the DPO whether a DPIA is needed and record the outcome.",
    ),
    ref="AVG art. 5 lid 2 en art. 35",
)
def _dpia_assess(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.dpia == DpiaStatus.NOT_ASSESSED and len(dpia_criteria(flow)) < 2:
            yield f"{path}.dpia", v


@rule(
    "DS-DPIA-REF",
    A,
    S,
    title=("Vindplaats van de DPIA", "Where the DPIA can be found"),
    problem=(
        "Voor gegevensstroom '{flow}' is een DPIA gedaan, maar er staat niet welke.",
        "For data flow '{flow}' a DPIA was done, but it does not say which one.",
    ),
    fix=("Noem kenmerk en datum van de DPIA.", "Give the DPIA's reference and date."),
    ref="AVG art. 35",
)
def _dpia_reference(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.dpia == DpiaStatus.DONE and blank(flow.dpia_reference):
            yield f"{path}.dpia_reference", v


@rule(
    "DS-ART26",
    E,
    S,
    title=(
        "Regeling tussen gezamenlijk verwerkingsverantwoordelijken",
        "Arrangement between joint controllers",
    ),
    problem=(
        "Bij gegevensstroom '{flow}' zijn de partners gezamenlijk verwerkingsverantwoordelijk, maar er is geen onderlinge regeling.",
        "In data flow '{flow}' the partners are joint controllers, but there is no arrangement between them.",
    ),
    fix=(
        "Leg in een regeling vast wie welke verplichting nakomt, vooral informatie aan en rechten van betrokkenen, en maak de kern ervan bekend.",
        "Set out in an arrangement who fulfils which obligation, especially informing data subjects and their rights, and publish its essence.",
    ),
    ref="AVG art. 26",
)
def _art26(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.controller_role == ControllerRole.JOINT_CONTROLLERS and not flow.art26_arrangement:
            yield f"{path}.art26_arrangement", v


@rule(
    "DS-ART28",
    E,
    S,
    title=("Verwerkersovereenkomst", "Processing agreement"),
    problem=(
        "Bij gegevensstroom '{flow}' verwerkt de ontvanger in opdracht, maar er is geen verwerkersovereenkomst.",
        "In data flow '{flow}' the recipient processes on behalf of the provider, but there is no processing agreement.",
    ),
    fix=("Sluit een verwerkersovereenkomst.", "Conclude a processing agreement."),
    ref="AVG art. 28 lid 3",
)
def _art28(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.controller_role == ControllerRole.PROCESSOR and not flow.art28_agreement:
            yield f"{path}.art28_agreement", v


@rule(
    "DS-PROVIDER",
    E,
    S,
    title=("Verstrekker per gegevensstroom", "A provider for each data flow"),
    problem=(
        "Bij gegevensstroom '{flow}' staat niet welke partner de gegevens verstrekt.",
        "Data flow '{flow}' does not say which partner provides the data.",
    ),
    fix=("Kies de verstrekkende partner.", "Choose the providing partner."),
    ref="AVG art. 24",
)
def _provider(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.provider_id is None:
            yield f"{path}.provider_id", v


@rule(
    "DS-RECIPIENTS",
    E,
    S,
    title=("Ontvangers per gegevensstroom", "Recipients for each data flow"),
    problem=("Gegevensstroom '{flow}' heeft geen ontvanger.", "Data flow '{flow}' has no recipient."),
    fix=("Kies de partners die de gegevens ontvangen.", "Choose the partners who receive the data."),
)
def _recipients(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if not flow.recipient_ids:
            yield f"{path}.recipient_ids", v


@rule(
    "DS-SELF",
    W,
    S,
    title=("Verstrekker is geen ontvanger", "The provider is no recipient"),
    problem=(
        "In gegevensstroom '{flow}' is '{partner}' zowel verstrekker als ontvanger.",
        "In data flow '{flow}' '{partner}' is both provider and recipient.",
    ),
    fix=("Haal de verstrekker uit de ontvangers.", "Remove the provider from the recipients."),
)
def _self(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.provider_id is not None and flow.provider_id in flow.recipient_ids:
            r = flow.recipient_ids.index(flow.provider_id)
            yield f"{path}.recipient_ids[{r}]", {**v, "partner": ctx.partner_name(flow.provider_id)}


@rule(
    "DS-PARTY-LEFT",
    E,
    S,
    title=("Alleen actieve partners delen gegevens", "Only active partners share data"),
    problem=(
        "Gegevensstroom '{flow}' loopt via '{partner}', maar die partner is uitgetreden.",
        "Data flow '{flow}' involves '{partner}', but that partner has left.",
    ),
    fix=(
        "Stop de stroom naar of van deze partner en leg vast wat er met de al gedeelde gegevens gebeurt.",
        "Stop the flow to or from this partner and state what happens to the data already shared.",
    ),
    ref="AVG art. 5 lid 1 onder b",
)
def _party_left(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if ctx.has_left(flow.provider_id):
            yield f"{path}.provider_id", {**v, "partner": ctx.partner_name(flow.provider_id)}
        for r, pid in enumerate(flow.recipient_ids):
            if ctx.has_left(pid):
                yield f"{path}.recipient_ids[{r}]", {**v, "partner": ctx.partner_name(pid)}


@rule(
    "DS-WIDE",
    W,
    S,
    title=("Niet breder delen dan het doel vraagt", "No wider sharing than the purpose needs"),
    problem=(
        "'{partner}' ontvangt gegevensstroom '{flow}', maar heeft geen rol in een activiteit en zit in geen orgaan.",
        "'{partner}' receives data flow '{flow}', but has no role in any activity and sits in no body.",
    ),
    fix=(
        "Geef deze partner een rol waarvoor de gegevens nodig zijn, of haal hem uit de ontvangers.",
        "Give this partner a role that needs the data, or remove it from the recipients.",
    ),
    ref="AVG art. 5 lid 1 onder b en c",
)
def _wide(c: Charter, ctx: Context) -> Iterator[Hit]:
    if not c.data_sharing.flows:
        return
    involved: set[str] = set()
    for act in c.roles.activities:
        involved.update(act.raci)
    for body in c.governance.bodies:
        involved.update(m.partner_id for m in body.members)
    for path, flow, v in _flows(c):
        for r, pid in enumerate(flow.recipient_ids):
            if pid not in involved and pid in ctx.active:
                yield f"{path}.recipient_ids[{r}]", {**v, "partner": ctx.partner_name(pid)}


@rule(
    "DS-SUBJECTS",
    W,
    S,
    title=("Betrokkenen", "Data subjects"),
    problem=(
        "Bij gegevensstroom '{flow}' staat niet over wie de gegevens gaan.",
        "Data flow '{flow}' does not say whom the data is about.",
    ),
    fix=(
        "Beschrijf de groep betrokkenen, bijvoorbeeld 'aanvragers van een exploitatievergunning'.",
        "Describe the data subjects, for example 'applicants for an operating licence'.",
    ),
    ref="AVG art. 30 lid 1 onder c",
)
def _subjects(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if blank(flow.data_subjects):
            yield f"{path}.data_subjects", v


@rule(
    "DS-CATEGORIES",
    W,
    S,
    title=("Categorieën persoonsgegevens", "Categories of personal data"),
    problem=(
        "Bij gegevensstroom '{flow}' staat niet welke gegevens worden gedeeld.",
        "Data flow '{flow}' does not say which data is shared.",
    ),
    fix=(
        "Som de categorieën op (bijvoorbeeld NAW-gegevens, vergunninghistorie) en niet meer dan nodig.",
        "List the categories (for example name and address, licence history) and no more than needed.",
    ),
    ref="AVG art. 30 lid 1 onder c",
)
def _categories(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if not any(not blank(x) for x in flow.data_categories):
            yield f"{path}.data_categories", v


@rule(
    "DS-NECESSITY",
    W,
    S,
    title=("Noodzaak en evenredigheid", "Necessity and proportionality"),
    problem=(
        "Bij gegevensstroom '{flow}' is niet onderbouwd waarom delen noodzakelijk en evenredig is.",
        "Data flow '{flow}' does not argue why sharing is necessary and proportionate.",
    ),
    fix=(
        "Leg uit waarom het doel zonder deze gegevens niet te bereiken is en waarom de inbreuk in verhouding staat tot het doel.",
        "Explain why the purpose cannot be reached without this data and why the intrusion is in proportion to the purpose.",
    ),
    ref="AVG art. 5 lid 1 onder c en art. 6 lid 1",
)
def _necessity(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if blank(flow.necessity):
            yield f"{path}.necessity", v
        elif blank(flow.proportionality):
            yield f"{path}.proportionality", v


@rule(
    "DS-SUBSIDIARITY",
    W,
    S,
    title=("Minder ingrijpend alternatief", "A less intrusive alternative"),
    problem=(
        "Bij gegevensstroom '{flow}' staat niet waarom een minder ingrijpende manier niet volstaat.",
        "Data flow '{flow}' does not say why a less intrusive way would not do.",
    ),
    fix=(
        "Overweeg niet delen, een hit/no-hit-bevraging of geaggregeerde gegevens, en leg uit waarom die het doel niet dienen.",
        "Consider not sharing, a hit/no-hit query or aggregated data, and explain why they do not serve the purpose.",
    ),
    ref="AVG art. 5 lid 1 onder c en art. 25",
)
def _subsidiarity(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if blank(flow.subsidiarity):
            yield f"{path}.subsidiarity", v


@rule(
    "DS-MINIMISATION",
    A,
    S,
    title=("Dataminimalisatie", "Data minimisation"),
    problem=(
        "Bij gegevensstroom '{flow}' staat niet hoe het aantal gedeelde gegevens zo klein mogelijk blijft.",
        "Data flow '{flow}' does not say how the data shared is kept to a minimum.",
    ),
    fix=(
        "Beschrijf welke velden wel en niet worden gedeeld, en of pseudonimisering mogelijk is.",
        "Describe which fields are and are not shared, and whether pseudonymisation is possible.",
    ),
    ref="AVG art. 5 lid 1 onder c",
)
def _minimisation(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if blank(flow.minimisation):
            yield f"{path}.minimisation", v


@rule(
    "DS-SECURITY",
    W,
    S,
    title=("Beveiligingsmaatregelen", "Security measures"),
    problem=(
        "Bij gegevensstroom '{flow}' staan geen beveiligingsmaatregelen.",
        "Data flow '{flow}' has no security measures.",
    ),
    fix=(
        "Noem de maatregelen: versleuteld transport, logging, toegang op naam, en de norm die de partners volgen (zoals de BIO).",
        "Name the measures: encrypted transport, logging, named access, and the standard the partners follow (such as the BIO).",
    ),
    ref="AVG art. 32",
)
def _security(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if blank(flow.security_measures):
            yield f"{path}.security_measures", v


@rule(
    "DS-AUTH",
    W,
    S,
    title=("Wie mag wat zien", "Who may see what"),
    problem=(
        "Bij gegevensstroom '{flow}' staat niet wie de gegevens mag inzien.",
        "Data flow '{flow}' does not say who may see the data.",
    ),
    fix=(
        "Beschrijf de autorisatie: welke functies bij de ontvanger welke gegevens mogen zien.",
        "Describe the authorisation: which functions at the recipient may see which data.",
    ),
    ref="AVG art. 32 lid 4",
)
def _authorisation(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if blank(flow.authorisation):
            yield f"{path}.authorisation", v


@rule(
    "DS-TECHNIQUE",
    A,
    S,
    title=("Manier van delen", "Way of sharing"),
    problem=(
        "Bij gegevensstroom '{flow}' staat niet hoe de gegevens worden gedeeld.",
        "Data flow '{flow}' does not say how the data is shared.",
    ),
    fix=(
        "Kies de techniek: per casus, periodiek, hit/no-hit, directe toegang of centrale opslag.",
        "Choose the technique: case by case, periodic, hit/no-hit, direct access or central storage.",
    ),
    ref="AVG art. 25",
)
def _technique(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, flow, v in _flows(c):
        if flow.technique is None:
            yield f"{path}.technique", v


@rule(
    "DS-CENTRAL",
    A,
    S,
    title=("Liever niet centraal opslaan", "Prefer not to store centrally"),
    problem=(
        "Gegevensstroom '{flow}' gebruikt centrale opslag of directe toegang, en er staat niet hoe privacy by design is toegepast.",
        "Data flow '{flow}' uses central storage or direct access, and the charter does not say how privacy by design is applied.",
    ),
    fix=(
        "Leg uit waarom een privacyvriendelijker techniek (zoals hit/no-hit) niet volstaat.",
        "Explain why a more privacy-friendly technique (such as hit/no-hit) does not suffice.",
    ),
    ref="AVG art. 25",
)
def _central(c: Charter, ctx: Context) -> Iterator[Hit]:
    if not blank(c.data_sharing.privacy_by_design):
        return
    for path, flow, v in _flows(c):
        if flow.technique in (SharingTechnique.CENTRAL_STORAGE, SharingTechnique.DIRECT_ACCESS):
            yield f"{path}.technique", v


@rule(
    "DS-DPO",
    W,
    S,
    title=(
        "Functionaris gegevensbescherming per overheidspartner",
        "A data-protection officer for each public partner",
    ),
    problem=(
        "'{partner}' deelt persoonsgegevens, maar zijn functionaris gegevensbescherming (FG) staat er niet bij.",
        "'{partner}' shares personal data, but its data-protection officer (DPO) is not listed.",
    ),
    fix=(
        "Voeg de FG van deze partner toe met naam en e-mailadres.",
        "Add this partner's DPO with name and email address.",
    ),
    ref="AVG art. 37-39",
)
def _dpo(c: Charter, ctx: Context) -> Iterator[Hit]:
    flows = c.data_sharing.flows
    if not flows:
        return
    involved: set[str] = set()
    for flow in flows:
        if flow.provider_id is not None:
            involved.add(flow.provider_id)
        involved.update(flow.recipient_ids)
    with_dpo = {d.partner_id for d in c.data_sharing.dpo_contacts}
    for p in c.partners:
        if p.id in involved and p.id in ctx.active and p.type in PUBLIC_AUTHORITIES and p.id not in with_dpo:
            yield "data_sharing.dpo_contacts", {"partner": p.display_name}
