"""Every rule fires on a charter with its flaw and stays silent on a near miss.

Each case starts from the clean minimal charter (which yields no findings at all), applies one
mutation, and looks for the rule. A near miss is a change that resembles the flaw but is fine
(a qualitative KPI without a number, a partner who leaves only next year); where there is no
sensible near miss, the clean charter itself is the case that must not trigger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from charter_builder.checks import Severity, rule_catalogue, run_checks
from charter_builder.model import (
    Art6Ground,
    Art9Exception,
    Body,
    BodyMember,
    Charter,
    CollaborationForm,
    ControllerRole,
    DecisionRule,
    DpiaStatus,
    GlossaryTerm,
    KpiFocus,
    MandateLevel,
    MemberRole,
    PartnerType,
    Raci,
    Representative,
    SharingTechnique,
)

from ..flawed.minimal import TODAY, minimal_complete_charter

Mutation = Callable[[Charter], None]
LEFT = dt.date(2026, 6, 1)
"""A date before ``TODAY``: a partner with this ``left_on`` has left."""


def blank(dotted: str) -> Mutation:
    def mutate(c: Charter) -> None:
        *parents, name = dotted.split(".")
        node: object = c
        for part in parents:
            node = getattr(node, part)
        setattr(node, name, "")

    return mutate


def setting(dotted: str, value: object) -> Mutation:
    """Set a field given by a path such as ``governance.kpis[0].owner_id``."""

    def mutate(c: Charter) -> None:
        *parents, name = dotted.split(".")
        node: object = c
        for part in parents:
            if "[" in part:
                attr, index = part[:-1].split("[")
                node = getattr(node, attr)[int(index)]
            else:
                node = getattr(node, part)
        setattr(node, name, value)

    return mutate


def steps(*mutations: Mutation) -> Mutation:
    def mutate(c: Charter) -> None:
        for m in mutations:
            m(c)

    return mutate


def _flow(**fields: object) -> Mutation:
    return steps(*(setting(f"data_sharing.flows[0].{k}", v) for k, v in fields.items()))


def _raci(**letters: Raci) -> Mutation:
    def mutate(c: Charter) -> None:
        c.roles.activities[0].raci = {**c.roles.activities[0].raci, **letters}

    return mutate


def _zorg_out_of_body_and_activities(c: Charter) -> None:
    body = c.governance.bodies[0]
    body.members = [m for m in body.members if m.partner_id != "zorg"]
    c.roles.activities[0].raci = {k: v for k, v in c.roles.activities[0].raci.items() if k != "zorg"}


def _no_rep_for_zorg(c: Charter) -> None:
    c.governance.bodies[0].members[2].representative_id = None
    c.partners[2].representatives = []


def _second_signatory(c: Charter) -> None:
    p = c.partners[1]
    p.representatives[0].is_signatory = False
    p.representatives = [
        *p.representatives,
        Representative(
            id="pol-r2",
            name="T. Hendriks",
            function="Plaatsvervangend districtschef",
            mandate_level=MandateLevel.FULL,
            is_signatory=True,
        ),
    ]


def _add_glossary(term: str) -> Mutation:
    def mutate(c: Charter) -> None:
        c.trust.glossary = [*c.trust.glossary, GlossaryTerm(id="term-x", term=term, definition="Uitleg.")]

    return mutate


def _append_problem(text: str) -> Mutation:
    def mutate(c: Charter) -> None:
        c.purpose.problem += text

    return mutate


def _add_category(name: str) -> Mutation:
    def mutate(c: Charter) -> None:
        c.data_sharing.flows[0].data_categories = [*c.data_sharing.flows[0].data_categories, name]

    return mutate


def _add_advisory_body(c: Charter) -> None:
    c.governance.bodies = [
        Body(
            id="body-adv",
            name="Klankbordgroep",
            members=[BodyMember(partner_id="gem", role=MemberRole.CHAIR)],
            decision_rule=DecisionRule.ADVISORY,
            meeting_cadence=c.governance.bodies[0].meeting_cadence,
        ),
        *c.governance.bodies,
    ]


def _remove_dpo(partner_id: str) -> Mutation:
    def mutate(c: Charter) -> None:
        c.data_sharing.dpo_contacts = [d for d in c.data_sharing.dpo_contacts if d.partner_id != partner_id]

    return mutate


zorg_left = setting("partners[2].left_on", LEFT)
no_flows = setting("data_sharing.flows", [])

#: rule id -> (mutation that triggers it, expected path or None, near-miss mutation or None)
CASES: dict[str, tuple[Mutation, str | None, Mutation | None]] = {
    # partners
    "PT-MIN2": (
        steps(setting("partners[1].left_on", LEFT), zorg_left),
        "partners",
        zorg_left,
    ),
    "PT-NAME": (setting("partners[1].name", ""), "partners[1].name", None),
    "PT-REP": (_no_rep_for_zorg, "partners[2].representatives", steps(_no_rep_for_zorg, zorg_left)),
    "PT-REP-NAME": (
        setting("partners[0].representatives[0].name", " "),
        "partners[0].representatives[0].name",
        None,
    ),
    "PT-MANDATE": (
        setting("partners[0].representatives[0].mandate_level", None),
        "partners[0].representatives[0].mandate_level",
        setting("partners[0].representatives[0].mandate_level", MandateLevel.NONE),
    ),
    "PT-MANDATE-TEXT": (
        setting("partners[1].representatives[0].mandate", ""),
        "partners[1].representatives[0].mandate",
        steps(
            setting("partners[1].representatives[0].mandate", ""),
            setting("partners[1].representatives[0].mandate_level", MandateLevel.FULL),
        ),
    ),
    "PT-SIGNATORY": (
        setting("partners[1].representatives[0].is_signatory", False),
        "partners[1].representatives",
        _second_signatory,
    ),
    "PT-REPORTING": (
        setting("partners[2].reporting_cadence", None),
        "partners[2].reporting_cadence",
        steps(setting("partners[2].reporting_cadence", None), zorg_left),
    ),
    "PT-POWERS": (setting("partners[0].legal_powers", ""), "partners[0].legal_powers", None),
    "PT-SUPPORT": (setting("partners[0].support_in_parent", ""), "partners[0].support_in_parent", None),
    # purpose, vision, strategy
    "PU-PROBLEM": (blank("purpose.problem"), "purpose.problem", None),
    "PU-VALUE": (blank("purpose.shared_value"), "purpose.shared_value", None),
    "PU-WHY": (blank("purpose.why_together"), "purpose.why_together", None),
    "PU-INTEREST": (
        setting("purpose.interests[2].interest", ""),
        "purpose.interests",
        steps(setting("purpose.interests[2].interest", ""), zorg_left),
    ),
    "VI-STATEMENT": (blank("vision.statement"), "vision.statement", None),
    "RV-PLACEHOLDER": (
        setting("purpose.problem", "Ondermijning in [Controleer: naam van de wijk] neemt toe."),
        "purpose.problem",
        setting("purpose.problem", "Ondermijning neemt toe [1], zie de regionale monitor [2]."),
    ),
    "VI-HORIZON": (setting("vision.horizon_year", None), "vision.horizon_year", None),
    "ST-RESULTS": (setting("strategy.results", []), "strategy.results", None),
    "ST-RESULT-DUE": (setting("strategy.results[0].due_on", None), "strategy.results[0].due_on", None),
    "ST-CONTRIB": (
        lambda c: setattr(c.strategy, "contributions", c.strategy.contributions[:2]),
        "strategy.contributions",
        steps(lambda c: setattr(c.strategy, "contributions", c.strategy.contributions[:2]), zorg_left),
    ),
    "ST-FORM": (setting("strategy.collaboration_form", None), "strategy.collaboration_form", None),
    "ST-FORM-FIT": (
        steps(
            setting("strategy.collaboration_form", CollaborationForm.LEGAL_ENTITY),
            blank("strategy.form_rationale"),
        ),
        "strategy.form_rationale",
        setting("strategy.collaboration_form", CollaborationForm.LEGAL_ENTITY),
    ),
    "ST-WGR": (
        setting("strategy.collaboration_form", CollaborationForm.JOINT_ARRANGEMENT),
        "partners[2].type",
        steps(
            setting("strategy.collaboration_form", CollaborationForm.JOINT_ARRANGEMENT),
            setting("partners[2].type", PartnerType.GOVERNMENT_AGENCY),
        ),
    ),
    "ST-SCOPE": (blank("strategy.scope"), "strategy.scope", None),
    "ST-WAY": (blank("strategy.way_of_working"), "strategy.way_of_working", None),
    # trust
    "TR-MEMBERS": (blank("trust.between_members"), "trust.between_members", None),
    "TR-PARENTS": (blank("trust.in_parent_organisations"), "trust.in_parent_organisations", None),
    "TR-PARTNERSHIP": (blank("trust.in_partnership"), "trust.in_partnership", None),
    "TR-CONFLICT": (blank("trust.facing_conflicts"), "trust.facing_conflicts", None),
    "TR-COMMS": (blank("trust.transparent_communication"), "trust.transparent_communication", None),
    "TR-LEARNING": (blank("trust.learning"), "trust.learning", None),
    "TR-GLOSSARY": (
        _append_problem(" Het RIEC ondersteunt de partners."),
        "trust.glossary",
        steps(_append_problem(" Het RIEC ondersteunt de partners, binnen de AVG."), _add_glossary("RIEC")),
    ),
    "TR-GLOSSARY-DEF": (setting("trust.glossary[0].definition", ""), "trust.glossary[0].definition", None),
    # governance
    "GV-BODY": (
        setting("governance.bodies[0].decision_rule", DecisionRule.ADVISORY),
        "governance.bodies",
        _add_advisory_body,
    ),
    "GV-BODY-MEMBERS": (setting("governance.bodies[0].members", []), "governance.bodies[0].members", None),
    "GV-MEMBER-LEFT": (
        zorg_left,
        "governance.bodies[0].members[2].partner_id",
        setting("partners[2].left_on", dt.date(2028, 1, 1)),
    ),
    "GV-CHAIR": (
        setting("governance.bodies[0].members[0].role", MemberRole.MEMBER),
        "governance.bodies[0].members",
        None,
    ),
    "GV-VETO": (
        steps(_zorg_out_of_body_and_activities, setting("governance.bodies[0].veto_partner_ids", ["zorg"])),
        "governance.bodies[0].veto_partner_ids[0]",
        setting("governance.bodies[0].veto_partner_ids", ["pol"]),
    ),
    "GV-QUORUM": (setting("governance.bodies[0].quorum", 4), "governance.bodies[0].quorum", None),
    "GV-MANDATE": (
        steps(
            setting("governance.bodies[0].decision_rule", DecisionRule.MAJORITY),
            setting("partners[1].representatives[0].mandate_level", MandateLevel.CONSULT_FIRST),
        ),
        "governance.bodies[0].members[1]",
        steps(
            setting("governance.bodies[0].decision_rule", DecisionRule.CONSENSUS),
            setting("partners[1].representatives[0].mandate_level", MandateLevel.CONSULT_FIRST),
        ),
    ),
    "GV-CADENCE": (
        setting("governance.bodies[0].meeting_cadence", None),
        "governance.bodies[0].meeting_cadence",
        None,
    ),
    "GV-KPI-NONE": (setting("governance.kpis", []), "governance.kpis", None),
    "GV-KPI-TARGET": (
        setting("governance.kpis[0].target", None),
        "governance.kpis[0].target",
        setting("governance.kpis[1].target", None),
    ),
    "GV-KPI-OWNER": (setting("governance.kpis[0].owner_id", None), "governance.kpis[0].owner_id", None),
    "GV-KPI-OWNER-LEFT": (
        zorg_left,
        "governance.kpis[1].owner_id",
        setting("partners[2].left_on", dt.date(2028, 1, 1)),
    ),
    "GV-KPI-FREQ": (setting("governance.kpis[0].frequency", None), "governance.kpis[0].frequency", None),
    "GV-KPI-BASELINE": (
        setting("governance.kpis[0].baseline", None),
        "governance.kpis[0].baseline",
        setting("governance.kpis[1].baseline", None),
    ),
    "GV-KPI-SOURCE": (setting("governance.kpis[1].source", ""), "governance.kpis[1].source", None),
    "GV-KPI-COLLAB": (
        setting("governance.kpis[1].focus", KpiFocus.APPROACH),
        "governance.kpis",
        setting("governance.kpis[0].focus", KpiFocus.COLLABORATION),
    ),
    "GV-REPORTING": (setting("governance.reporting_cadence", None), "governance.reporting_cadence", None),
    "GV-DURATION": (setting("governance.end_date", None), "governance.end_date", None),
    "GV-START": (setting("governance.start_date", None), "governance.start_date", None),
    "GV-EVAL": (setting("governance.mid_term_review_date", None), "governance.mid_term_review_date", None),
    "GV-EVAL-LATE": (
        setting("governance.mid_term_review_date", dt.date(2030, 3, 1)),
        "governance.mid_term_review_date",
        setting("governance.mid_term_review_date", dt.date(2030, 2, 28)),
    ),
    "GV-EXPIRED": (
        steps(
            setting("governance.mid_term_review_date", dt.date(2026, 9, 1)),
            setting("governance.end_date", dt.date(2027, 1, 14)),
        ),
        "governance.end_date",
        steps(
            setting("governance.mid_term_review_date", dt.date(2026, 9, 1)),
            setting("governance.end_date", TODAY),
        ),
    ),
    "GV-ESCALATION": (blank("governance.escalation"), "governance.escalation", None),
    "GV-DISPUTES": (blank("governance.dispute_resolution"), "governance.dispute_resolution", None),
    "GV-MONITORING": (blank("governance.monitoring"), "governance.monitoring", None),
    "GV-EXIT": (blank("governance.joining_and_leaving"), "governance.joining_and_leaving", None),
    "GV-TERMINATION": (blank("governance.termination"), "governance.termination", None),
    "GV-AMENDMENT": (blank("governance.amendment"), "governance.amendment", None),
    "GV-COSTS": (blank("governance.costs"), "governance.costs", None),
    "GV-PUBLICATION": (blank("governance.publication"), "governance.publication", None),
    # roles
    "RL-NONE": (setting("roles.activities", []), "roles.activities", None),
    "RL-ACCOUNTABLE": (
        _raci(gem=Raci.RESPONSIBLE),
        "roles.activities[0].raci",
        _raci(gem=Raci.ACCOUNTABLE_RESPONSIBLE),
    ),
    "RL-ACCOUNTABLE-MULTI": (
        _raci(pol=Raci.ACCOUNTABLE_RESPONSIBLE),
        "roles.activities[0].raci",
        _raci(pol=Raci.RESPONSIBLE, zorg=Raci.RESPONSIBLE),
    ),
    "RL-RESPONSIBLE": (
        _raci(pol=Raci.CONSULTED),
        "roles.activities[0].raci",
        _raci(gem=Raci.ACCOUNTABLE_RESPONSIBLE, pol=Raci.CONSULTED),
    ),
    "RL-RACI-LEFT": (
        zorg_left,
        "roles.activities[0].raci.zorg",
        setting("partners[2].left_on", dt.date(2028, 1, 1)),
    ),
    "RL-LEVELS": (
        steps(
            blank("roles.organisation_level"), blank("roles.process_level"), blank("roles.professional_level")
        ),
        "roles.organisation_level",
        steps(blank("roles.organisation_level"), blank("roles.process_level")),
    ),
    "RL-DISCRETION": (blank("roles.professional_discretion"), "roles.professional_discretion", None),
    "RL-SPANNER": (setting("roles.boundary_spanners", []), "roles.boundary_spanners", None),
    "RL-SPANNER-TRAINING": (
        setting("roles.boundary_spanners[0].selection_and_training", ""),
        "roles.boundary_spanners[0].selection_and_training",
        None,
    ),
    # data sharing
    "DS-PURPOSE": (_flow(purpose=""), "data_sharing.flows[0].purpose", None),
    "DS-ART6": (_flow(art6_ground=None), "data_sharing.flows[0].art6_ground", None),
    "DS-ART6-LAW": (
        _flow(legal_basis_explanation=""),
        "data_sharing.flows[0].legal_basis_explanation",
        _flow(legal_basis_explanation="", art6_ground=Art6Ground.VITAL_INTERESTS),
    ),
    "DS-ART6-F": (
        _flow(art6_ground=Art6Ground.LEGITIMATE_INTERESTS),
        "data_sharing.flows[0].art6_ground",
        _flow(art6_ground=Art6Ground.LEGITIMATE_INTERESTS, provider_id="zorg"),
    ),
    "DS-ART6-CONSENT": (
        _flow(art6_ground=Art6Ground.CONSENT),
        "data_sharing.flows[0].art6_ground",
        _flow(art6_ground=Art6Ground.CONSENT, provider_id="zorg"),
    ),
    "DS-ART9": (
        _flow(special_categories=True),
        "data_sharing.flows[0].art9_exception",
        _flow(special_categories=True, art9_exception=Art9Exception.SUBSTANTIAL_PUBLIC_INTEREST),
    ),
    "DS-ART9-HINT": (
        _add_category("Medische gegevens"),
        "data_sharing.flows[0].data_categories[2]",
        steps(
            _add_category("Medische gegevens"),
            _flow(special_categories=True, art9_exception=Art9Exception.SUBSTANTIAL_PUBLIC_INTEREST),
        ),
    ),
    "DS-ART10": (
        _flow(criminal_data=True),
        "data_sharing.flows[0].art10_basis",
        _flow(criminal_data=True, art10_basis="UAVG art. 33 lid 2 onder a"),
    ),
    "DS-ART10-HINT": (
        steps(_add_category("Justitiële antecedenten"), _flow(police_data=False)),
        "data_sharing.flows[0].data_categories[2]",
        steps(
            _add_category("Justitiële antecedenten"), _flow(criminal_data=True, art10_basis="UAVG art. 33")
        ),
    ),
    "DS-WPG": (
        _flow(wpg_article=""),
        "data_sharing.flows[0].wpg_article",
        _flow(wpg_article="", police_data=False),
    ),
    "DS-WPG-FLAG": (
        _flow(police_data=False),
        "data_sharing.flows[0].police_data",
        _flow(police_data=False, provider_id="zorg"),
    ),
    "DS-RETENTION": (
        _flow(retention_months=None),
        "data_sharing.flows[0].retention_months",
        _flow(retention_months=0),
    ),
    "DS-RETENTION-LONG": (
        _flow(retention_months=120),
        "data_sharing.flows[0].retention_note",
        _flow(retention_months=120, retention_note="Nodig voor de Bibob-termijn."),
    ),
    "DS-DPIA": (
        _flow(
            special_categories=True,
            art9_exception=Art9Exception.SUBSTANTIAL_PUBLIC_INTEREST,
            large_scale=True,
            dpia=DpiaStatus.NOT_REQUIRED,
        ),
        "data_sharing.flows[0].dpia",
        _flow(
            special_categories=True,
            art9_exception=Art9Exception.SUBSTANTIAL_PUBLIC_INTEREST,
            large_scale=True,
            dpia=DpiaStatus.PLANNED,
        ),
    ),
    "DS-DPIA-ASSESS": (
        _flow(dpia=DpiaStatus.NOT_ASSESSED),
        "data_sharing.flows[0].dpia",
        _flow(dpia=DpiaStatus.NOT_REQUIRED),
    ),
    "DS-DPIA-REF": (
        _flow(dpia_reference=""),
        "data_sharing.flows[0].dpia_reference",
        _flow(dpia_reference="", dpia=DpiaStatus.PLANNED),
    ),
    "DS-ART26": (
        _flow(controller_role=ControllerRole.JOINT_CONTROLLERS),
        "data_sharing.flows[0].art26_arrangement",
        _flow(controller_role=ControllerRole.JOINT_CONTROLLERS, art26_arrangement=True),
    ),
    "DS-ART28": (
        _flow(controller_role=ControllerRole.PROCESSOR),
        "data_sharing.flows[0].art28_agreement",
        _flow(controller_role=ControllerRole.PROCESSOR, art28_agreement=True),
    ),
    "DS-PROVIDER": (_flow(provider_id=None), "data_sharing.flows[0].provider_id", None),
    "DS-RECIPIENTS": (_flow(recipient_ids=[]), "data_sharing.flows[0].recipient_ids", None),
    "DS-SELF": (_flow(recipient_ids=["gem", "pol"]), "data_sharing.flows[0].recipient_ids[1]", None),
    "DS-PARTY-LEFT": (
        setting("partners[1].left_on", LEFT),
        "data_sharing.flows[0].provider_id",
        setting("partners[1].left_on", dt.date(2030, 1, 1)),
    ),
    "DS-WIDE": (
        steps(_zorg_out_of_body_and_activities, _flow(recipient_ids=["gem", "zorg"])),
        "data_sharing.flows[0].recipient_ids[1]",
        _flow(recipient_ids=["gem", "zorg"]),
    ),
    "DS-SUBJECTS": (_flow(data_subjects=""), "data_sharing.flows[0].data_subjects", None),
    "DS-CATEGORIES": (_flow(data_categories=[]), "data_sharing.flows[0].data_categories", None),
    "DS-NECESSITY": (
        _flow(proportionality=""),
        "data_sharing.flows[0].proportionality",
        None,
    ),
    "DS-SUBSIDIARITY": (_flow(subsidiarity=""), "data_sharing.flows[0].subsidiarity", None),
    "DS-MINIMISATION": (_flow(minimisation=""), "data_sharing.flows[0].minimisation", None),
    "DS-SECURITY": (_flow(security_measures=""), "data_sharing.flows[0].security_measures", None),
    "DS-AUTH": (_flow(authorisation=""), "data_sharing.flows[0].authorisation", None),
    "DS-TECHNIQUE": (_flow(technique=None), "data_sharing.flows[0].technique", None),
    "DS-CENTRAL": (
        steps(_flow(technique=SharingTechnique.CENTRAL_STORAGE), blank("data_sharing.privacy_by_design")),
        "data_sharing.flows[0].technique",
        _flow(technique=SharingTechnique.CENTRAL_STORAGE),
    ),
    "DS-DPO": (
        _remove_dpo("pol"),
        "data_sharing.dpo_contacts",
        steps(_flow(recipient_ids=["gem", "zorg"])),
    ),
    "DS-BREACH": (
        blank("data_sharing.breach_procedure"),
        "data_sharing.breach_procedure",
        steps(no_flows, blank("data_sharing.breach_procedure")),
    ),
    "DS-RIGHTS": (
        blank("data_sharing.data_subject_rights"),
        "data_sharing.data_subject_rights",
        steps(no_flows, blank("data_sharing.data_subject_rights")),
    ),
    "DS-NO-FLOWS": (
        steps(no_flows, blank("data_sharing.privacy_by_design")),
        "data_sharing.privacy_by_design",
        no_flows,
    ),
    # review
    "MD-TITLE": (blank("metadata.title"), "metadata.title", None),
    "MD-NAME": (blank("metadata.partnership_name"), "metadata.partnership_name", None),
}


def _findings(mutation: Mutation | None) -> list:
    c = minimal_complete_charter()
    if mutation is not None:
        mutation(c)
    return run_checks(c, TODAY)


def test_the_minimal_complete_charter_yields_no_findings() -> None:
    assert _findings(None) == []


def test_every_rule_has_a_case_and_the_catalogue_is_big_enough() -> None:
    ids = [r.id for r in rule_catalogue()]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 40
    assert set(CASES) == set(ids)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_triggers(rule_id: str) -> None:
    mutation, path, _ = CASES[rule_id]
    hits = [f for f in _findings(mutation) if f.rule_id == rule_id]
    assert hits, f"{rule_id} did not fire"
    if path is not None:
        assert path in [f.path for f in hits]


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_silent_on_a_near_miss(rule_id: str) -> None:
    _, _, near_miss = CASES[rule_id]
    assert rule_id not in {f.rule_id for f in _findings(near_miss)}


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_messages_say_what_and_how_in_both_languages(rule_id: str) -> None:
    mutation, _, _ = CASES[rule_id]
    for f in _findings(mutation):
        if f.rule_id != rule_id:
            continue
        assert f.message_nl != f.message_en
        assert "{" not in f.message_nl
        assert "{" not in f.message_en
        # problem and fix: at least two sentences
        assert f.message_nl.count(". ") >= 1 or f.message_nl.count("? ") >= 1
        assert f.message_en.rstrip().endswith((".", ")"))


def test_kpi_message_names_the_kpi_and_the_remedy() -> None:
    hits = [f for f in _findings(setting("governance.kpis[0].owner_id", None)) if f.rule_id == "GV-KPI-OWNER"]
    assert hits[0].message_nl == (
        "KPI 'Aantal integrale controles' heeft geen eigenaar. Kies de partner die de KPI meet en rapporteert."
    )
    assert hits[0].severity == Severity.ERROR


def test_qualitative_kpi_needs_a_target_in_words() -> None:
    hits = _findings(setting("governance.kpis[1].target_description", ""))
    assert [(f.rule_id, f.path) for f in hits] == [("GV-KPI-TARGET", "governance.kpis[1].target_description")]


def test_dpia_message_names_the_criteria_met() -> None:
    mutation = _flow(
        criminal_data=True, art10_basis="UAVG art. 33", combines_datasets=True, dpia=DpiaStatus.NOT_ASSESSED
    )
    [hit] = [f for f in _findings(mutation) if f.rule_id == "DS-DPIA"]
    assert "strafrechtelijke gegevens, koppeling van gegevensbestanden" in hit.message_nl
    assert "criminal data, combining data sets" in hit.message_en


def test_one_dpia_criterion_alone_does_not_require_a_dpia() -> None:
    mutation = _flow(vulnerable_subjects=True, dpia=DpiaStatus.NOT_REQUIRED)
    assert "DS-DPIA" not in {f.rule_id for f in _findings(mutation)}


def test_mandate_of_an_advisor_in_a_majority_body_is_not_a_problem() -> None:
    mutation = steps(
        setting("governance.bodies[0].decision_rule", DecisionRule.QUALIFIED_MAJORITY),
        setting("partners[1].representatives[0].mandate_level", MandateLevel.NONE),
        setting("governance.bodies[0].members[1].role", MemberRole.ADVISOR),
    )
    assert "GV-MANDATE" not in {f.rule_id for f in _findings(mutation)}


def test_glossary_accepts_partner_short_names_and_ignores_law_abbreviations() -> None:
    mutation = _append_problem(" Wijkzorg en de Politie werken volgens de AVG en de WPG.")
    assert _findings(mutation) == []
    hits = _findings(_append_problem(" De FG en het CJIB adviseren; Bibob-toetsen horen erbij."))
    terms = [f.message_en.split("'")[1] for f in hits if f.rule_id == "TR-GLOSSARY"]
    assert sorted(terms) == ["Bibob", "CJIB", "FG"]


def test_a_partner_who_leaves_later_is_still_active() -> None:
    assert _findings(setting("partners[2].left_on", dt.date(2027, 1, 16))) == []
