"""The smallest charter that is complete in every respect: the checks find nothing at all in it.

Every flawed charter in this folder is derived from it, so a flaw's findings are exactly the
findings of that flaw. ``TODAY`` is the date the checks run on, fixed so that dates in the charter
(a partner that left, the end of the term) are judged the same on every day the tests run.
"""

from __future__ import annotations

import datetime as dt

from charter_builder.model import (
    Activity,
    Art6Ground,
    Body,
    BodyKind,
    BodyMember,
    BoundarySpanner,
    Cadence,
    Charter,
    CollaborationForm,
    Contribution,
    ContributionKind,
    ControllerRole,
    DataFlow,
    DecisionRule,
    DpiaStatus,
    DpoContact,
    GlossaryTerm,
    Kpi,
    KpiFocus,
    KpiKind,
    Level,
    MandateLevel,
    MemberRole,
    Metadata,
    Partner,
    PartnerInterest,
    PartnerType,
    Raci,
    Representative,
    Result,
    SharingTechnique,
)

TODAY = dt.date(2027, 1, 15)


def _partner(pid: str, name: str, short: str, ptype: PartnerType, rep: str, function: str) -> Partner:
    return Partner(
        id=pid,
        name=name,
        short_name=short,
        type=ptype,
        legal_powers=f"De taken en bevoegdheden die {name} bij wet zijn gegeven en hier van belang zijn.",
        representatives=[
            Representative(
                id=f"{pid}-r1",
                name=rep,
                function=function,
                email=f"{pid}@example.org",
                mandate_level=MandateLevel.WITHIN_LIMITS,
                mandate="Besluit binnen het jaarplan en het afgesproken budget; daarbuiten eerst overleg.",
                is_signatory=True,
            )
        ],
        support_in_parent="De directie steunt de samenwerking en bespreekt haar elk kwartaal.",
        reporting_cadence=Cadence.QUARTERLY,
        reporting_channel="Een korte notitie aan de directie na elk overleg van de stuurgroep.",
        joined_on=dt.date(2026, 3, 1),
    )


def minimal_complete_charter() -> Charter:
    """Return a fresh copy of the clean charter (three partners, one flow of police data)."""
    c = Charter(
        metadata=Metadata(
            charter_id="charter-minimaal",
            title="Samenwerkingsconvenant Aanpak Ondermijning Zandhaven 2026-2030",
            partnership_name="Aanpak Ondermijning Zandhaven",
            created_on=dt.date(2026, 1, 10),
        )
    )
    c.partners = [
        _partner(
            "gem", "Gemeente Zandhaven", "Zandhaven", PartnerType.MUNICIPALITY, "M. Jansen", "Burgemeester"
        ),
        _partner(
            "pol", "Politie eenheid Kustland", "Politie", PartnerType.POLICE, "R. de Boer", "Districtschef"
        ),
        _partner(
            "zorg", "Stichting Wijkzorg Zandhaven", "Wijkzorg", PartnerType.CARE, "S. Bakker", "Bestuurder"
        ),
    ]
    c.purpose.problem = (
        "Criminele ondernemers gebruiken panden en bedrijven in de haven om geld wit te wassen."
    )
    c.purpose.shared_value = (
        "Samen zien de partners signalen eerder en grijpen zij in met het passende middel."
    )
    c.purpose.why_together = (
        "Geen partner heeft alleen het volledige beeld of alle middelen om in te grijpen."
    )
    c.purpose.interests = [
        PartnerInterest(id="int-gem", partner_id="gem", interest="Een eerlijke lokale economie."),
        PartnerInterest(id="int-pol", partner_id="pol", interest="Minder ruimte voor criminele netwerken."),
        PartnerInterest(id="int-zorg", partner_id="zorg", interest="Bewoners die niet worden uitgebuit."),
    ]
    c.vision.statement = "Wij willen een haven waar criminelen geen voet aan de grond krijgen."
    c.vision.horizon_year = 2030
    c.strategy.scope = "Panden en bedrijven in het havengebied van Zandhaven, van 2026 tot 2030."
    c.strategy.results = [
        Result(id="res-1", description="Twintig integrale controles per jaar.", due_on=dt.date(2027, 3, 1))
    ]
    c.strategy.contributions = [
        Contribution(id=f"con-{p}", partner_id=p, kind=ContributionKind.HOURS, amount=8, unit="uur per week")
        for p in ("gem", "pol", "zorg")
    ]
    c.strategy.way_of_working = "Signalen komen samen in het kernteam, dat per casus de aanpak kiest."
    c.strategy.complexity = Level.MEDIUM
    c.strategy.expected_duration_years = 4
    c.strategy.collaboration_form = CollaborationForm.COVENANT
    c.strategy.form_rationale = "Drie partners voor vier jaar: een convenant geeft genoeg houvast."
    t = c.trust
    t.between_members = (
        "De leden spreken elkaar aan op afspraken en houden vertrouwelijke zaken binnen het overleg."
    )
    t.in_parent_organisations = (
        "Elke partner deelt informatie alleen met de medewerkers die haar voor de casus nodig hebben."
    )
    t.in_partnership = "Het kernteam laat twee keer per jaar zien wat het heeft gedaan en bereikt."
    t.results_focus = "Elke casus eindigt met een afgesproken resultaat."
    t.taking_responsibility = "Wie een actie aanneemt, voert haar uit of meldt tijdig dat dat niet lukt."
    t.facing_conflicts = "Meningsverschillen komen in het eerstvolgende overleg op tafel."
    t.transparent_communication = "De partners melden ook wat niet is gelukt."
    t.learning = "Eén keer per jaar bespreken de leden wat zij van elkaar hebben geleerd."
    t.glossary = [
        GlossaryTerm(
            id="term-1",
            term="Integrale controle",
            definition="Een controle waaraan meer partners tegelijk deelnemen.",
        ),
        GlossaryTerm(
            id="term-2",
            term="Signaal",
            definition="Een aanwijzing dat een pand of bedrijf voor criminele doeleinden wordt gebruikt.",
        ),
    ]
    g = c.governance
    g.bodies = [
        Body(
            id="body-sg",
            name="Stuurgroep",
            kind=BodyKind.STEERING_GROUP,
            tasks="Stelt het jaarplan vast en besluit over de inzet van de partners.",
            members=[
                BodyMember(partner_id="gem", representative_id="gem-r1", role=MemberRole.CHAIR),
                BodyMember(partner_id="pol", representative_id="pol-r1"),
                BodyMember(partner_id="zorg", representative_id="zorg-r1"),
            ],
            decision_rule=DecisionRule.CONSENSUS,
            quorum=2,
            meeting_cadence=Cadence.QUARTERLY,
        )
    ]
    g.escalation = "Komt het kernteam er niet uit, dan beslist de stuurgroep binnen vier weken."
    g.dispute_resolution = "Een geschil gaat eerst naar bestuurlijk overleg en daarna naar mediation."
    g.kpis = [
        Kpi(
            id="kpi-1",
            name="Aantal integrale controles",
            unit="controles per jaar",
            baseline=8,
            target=20,
            source="Registratie van het kernteam",
            owner_id="gem",
            frequency=Cadence.QUARTERLY,
        ),
        Kpi(
            id="kpi-2",
            name="Tevredenheid over de samenwerking",
            kind=KpiKind.QUALITATIVE,
            focus=KpiFocus.COLLABORATION,
            target_description="Alle partners geven de samenwerking minstens een voldoende.",
            source="Jaarlijkse gezondheidscheck",
            owner_id="zorg",
            frequency=Cadence.YEARLY,
        ),
    ]
    g.monitoring = (
        "De gemeente verzamelt de cijfers en legt elk half jaar een monitor voor aan de stuurgroep."
    )
    g.reporting_cadence = Cadence.HALF_YEARLY
    g.start_date = dt.date(2026, 3, 1)
    g.end_date = dt.date(2030, 3, 1)
    g.mid_term_review_date = dt.date(2028, 3, 1)
    g.joining_and_leaving = (
        "Een nieuwe partner treedt toe met instemming van alle partners; opzeggen kan met drie maanden."
    )
    g.amendment = "Wijzigingen worden schriftelijk vastgelegd en door alle partners ondertekend."
    g.termination = "Het convenant eindigt op de einddatum; gedeelde gegevens worden dan vernietigd."
    g.costs = "Iedere partner draagt de eigen kosten."
    g.publication = "Het convenant wordt gepubliceerd op de website van de gemeente."
    r = c.roles
    r.organisation_level = "De stuurgroep bepaalt de koers."
    r.process_level = "De procesregisseur van de gemeente bewaakt de voortgang van elke casus."
    r.professional_level = "De professionals aan tafel brengen kennis uit hun eigen organisatie in."
    r.professional_discretion = (
        "Een professional mag afwijken als de casus dat vraagt en meldt dat aan de procesregisseur."
    )
    r.activities = [
        Activity(
            id="act-1",
            name="Casusoverleg",
            raci={"gem": Raci.ACCOUNTABLE, "pol": Raci.RESPONSIBLE, "zorg": Raci.CONSULTED},
        )
    ]
    r.boundary_spanners = [
        BoundarySpanner(
            id="bs-1",
            partner_id="gem",
            name="L. Visser",
            function="Procesregisseur",
            selection_and_training="Gekozen om inlevingsvermogen; volgt elk jaar een training.",
        )
    ]
    d = c.data_sharing
    d.flows = [
        DataFlow(
            id="flow-1",
            name="Politie-informatie voor het casusoverleg",
            provider_id="pol",
            recipient_ids=["gem"],
            purpose="Beoordelen of een signaal over een pand aanleiding geeft tot een integrale controle.",
            art6_ground=Art6Ground.PUBLIC_TASK,
            wpg_article="art. 20 WPG",
            legal_basis_explanation="Gemeentewet art. 172 en art. 20 WPG.",
            data_subjects="Eigenaren en gebruikers van panden waarover een signaal is binnengekomen.",
            data_categories=["Naam en adres", "Betrokkenheid bij eerdere signalen"],
            police_data=True,
            necessity="Zonder deze gegevens kan het kernteam niet beoordelen of ingrijpen nodig is.",
            proportionality="Alleen gegevens over de betrokken panden, alleen bij een concreet signaal.",
            subsidiarity="Een bevraging zonder persoonsgegevens geeft onvoldoende beeld van de situatie.",
            minimisation="Alleen de velden die voor de beoordeling nodig zijn.",
            technique=SharingTechnique.CASE_BY_CASE,
            frequency=Cadence.PER_CASE,
            retention_months=24,
            security_measures="Versleuteld verzonden en alleen op naam toegankelijk.",
            authorisation="Alleen de leden van het casusoverleg zien de gegevens.",
            dpia=DpiaStatus.DONE,
            dpia_reference="Beoordeling 2026-01 van 1 februari 2026",
            controller_role=ControllerRole.INDEPENDENT_CONTROLLERS,
        )
    ]
    d.breach_procedure = (
        "Een lek wordt binnen 24 uur gemeld aan de verstrekker, die het zo nodig meldt bij de toezichthouder."
    )
    d.data_subject_rights = (
        "Verzoeken gaan naar het loket van de gemeente, dat ze doorzet naar de betrokken partner."
    )
    d.dpo_contacts = [
        DpoContact(id="dpo-gem", partner_id="gem", name="K. Smit", email="privacy@zandhaven.example"),
        DpoContact(id="dpo-pol", partner_id="pol", name="J. Mulder", email="privacy@politie.example"),
    ]
    d.privacy_by_design = "Gegevens worden per casus gedeeld en niet centraal opgeslagen."
    return c
