"""Words for every enum value of the model, and for the wizard's steps.

Kept as (member, words) pairs rather than a dict keyed by members: members of different enums that
share a value compare equal (``Art6Ground.PUBLIC_TASK`` and ``Art9Exception.MADE_PUBLIC`` are both
"e"), so a dict literal would silently merge them. ``vocabulary`` indexes them by (enum type, value)
and refuses a member listed twice.

The plain words are the Word charter's (its legal register, lower case where they run in a
sentence); ``short``, ``long`` and ``process`` forms are what particular sentences need.
"""

from __future__ import annotations

from enum import StrEnum

from ..model import (
    Art6Ground,
    Art9Exception,
    BodyKind,
    Cadence,
    CollaborationForm,
    ContributionKind,
    ControllerRole,
    DecisionRule,
    DpiaStatus,
    HealthDimension,
    HealthOccasion,
    KpiFocus,
    KpiKind,
    KpiStatus,
    Lesson,
    Level,
    MandateLevel,
    MemberRole,
    PartnerType,
    Raci,
    RoleLevel,
    SharingTechnique,
    Status,
    Step,
)
from .words import W, Words

ENUM_WORDS: tuple[tuple[StrEnum, Words], ...] = (
    # PartnerType
    (PartnerType.MUNICIPALITY, W("gemeente", "municipality")),
    (PartnerType.POLICE, W("politie", "police")),
    (PartnerType.PUBLIC_PROSECUTION, W("Openbaar Ministerie", "Public Prosecution Service")),
    (PartnerType.TAX_AUTHORITY, W("Belastingdienst", "Tax and Customs Administration")),
    (PartnerType.INSPECTORATE, W("inspectie", "inspectorate")),
    (PartnerType.GOVERNMENT_AGENCY, W("overheidsorganisatie", "government agency")),
    (PartnerType.SPECIAL_INVESTIGATION, W("bijzondere opsporingsdienst", "special investigation service")),
    (PartnerType.PROBATION, W("reclassering", "probation service")),
    (PartnerType.CARE, W("zorgorganisatie", "care provider")),
    (PartnerType.YOUTH_CARE, W("jeugdzorgorganisatie", "youth care provider")),
    (PartnerType.EDUCATION, W("onderwijsinstelling", "educational institution")),
    (PartnerType.HOUSING, W("woningcorporatie", "housing corporation")),
    (PartnerType.PRIVATE, W("private partij", "private party")),
    (PartnerType.OTHER, W("overige organisatie", "other organisation")),
    # MandateLevel
    (MandateLevel.FULL, W("volledig mandaat", "full mandate", short=("volledig", "full"))),
    (
        MandateLevel.WITHIN_LIMITS,
        W(
            "mandaat binnen vastgelegde grenzen",
            "mandate within recorded limits",
            short=("binnen vastgelegde grenzen", "within recorded limits"),
        ),
    ),
    (
        MandateLevel.CONSULT_FIRST,
        W(
            "besluit na ruggenspraak",
            "decides after consulting the organisation",
            short=("eerst ruggenspraak", "consult the organisation first"),
        ),
    ),
    (
        MandateLevel.NONE,
        W(
            "geen mandaat (adviserend)",
            "no mandate (advisory)",
            short=("geen (adviserend)", "none (advisory)"),
        ),
    ),
    # Cadence
    (Cadence.WEEKLY, W("wekelijks", "weekly")),
    (Cadence.BIWEEKLY, W("tweewekelijks", "every two weeks")),
    (Cadence.MONTHLY, W("maandelijks", "monthly")),
    (Cadence.QUARTERLY, W("per kwartaal", "quarterly")),
    (Cadence.HALF_YEARLY, W("halfjaarlijks", "every six months")),
    (Cadence.YEARLY, W("jaarlijks", "yearly")),
    (Cadence.PER_CASE, W("per casus", "per case")),
    (Cadence.AD_HOC, W("naar behoefte", "as needed")),
    # Status
    (Status.DRAFT, W("concept", "draft", process=("concept", "draft"))),
    (Status.IN_REVIEW, W("in review", "in review", process=("in beoordeling", "in review"))),
    (Status.APPROVED, W("vastgesteld", "approved", process=("goedgekeurd", "approved"))),
    (Status.SIGNED, W("ondertekend", "signed", process=("ondertekend", "signed"))),
    # ContributionKind
    (ContributionKind.PEOPLE, W("mensen", "people")),
    (ContributionKind.HOURS, W("uren", "hours")),
    (ContributionKind.BUDGET, W("budget", "budget")),
    (ContributionKind.DATA, W("gegevens", "data")),
    (ContributionKind.EXPERTISE, W("expertise", "expertise")),
    (ContributionKind.FACILITIES, W("faciliteiten", "facilities")),
    (ContributionKind.OTHER, W("overig", "other")),
    # BodyKind
    (BodyKind.STEERING_GROUP, W("stuurgroep", "steering group")),
    (BodyKind.CORE_TEAM, W("kernteam", "core team")),
    (BodyKind.CASE_MEETING, W("casusoverleg", "case meeting")),
    (BodyKind.WORKING_GROUP, W("werkgroep", "working group")),
    (BodyKind.OTHER, W("overig orgaan", "other body")),
    # DecisionRule
    (DecisionRule.CONSENSUS, W("consensus", "consensus")),
    (DecisionRule.UNANIMITY, W("unanimiteit", "unanimity")),
    (DecisionRule.MAJORITY, W("gewone meerderheid", "simple majority")),
    (DecisionRule.QUALIFIED_MAJORITY, W("gekwalificeerde meerderheid", "qualified majority")),
    (DecisionRule.ADVISORY, W("adviserend, neemt geen besluiten", "advisory, takes no decisions")),
    # MemberRole
    (MemberRole.CHAIR, W("voorzitter", "chair")),
    (MemberRole.MEMBER, W("lid", "member")),
    (MemberRole.SECRETARY, W("secretaris", "secretary")),
    (MemberRole.ADVISOR, W("adviseur", "advisor")),
    # KpiKind
    (KpiKind.QUANTITATIVE, W("kwantitatief", "quantitative")),
    (KpiKind.QUALITATIVE, W("kwalitatief", "qualitative")),
    # KpiFocus
    (KpiFocus.APPROACH, W("aanpak", "approach")),
    (KpiFocus.COLLABORATION, W("samenwerking", "collaboration")),
    # RoleLevel
    (RoleLevel.ORGANISATION, W("organisatie", "organisation")),
    (RoleLevel.PROCESS, W("proces", "process")),
    (RoleLevel.PROFESSIONAL, W("professional", "professional")),
    # Art6Ground
    (Art6Ground.CONSENT, W("toestemming", "consent")),
    (Art6Ground.CONTRACT, W("overeenkomst", "contract")),
    (Art6Ground.LEGAL_OBLIGATION, W("wettelijke verplichting", "legal obligation")),
    (Art6Ground.VITAL_INTERESTS, W("vitaal belang", "vital interests")),
    (
        Art6Ground.PUBLIC_TASK,
        W("taak van algemeen belang of openbaar gezag", "public task or official authority"),
    ),
    (Art6Ground.LEGITIMATE_INTERESTS, W("gerechtvaardigd belang", "legitimate interests")),
    # Art9Exception
    (Art9Exception.EXPLICIT_CONSENT, W("uitdrukkelijke toestemming", "explicit consent")),
    (
        Art9Exception.EMPLOYMENT_SOCIAL_SECURITY,
        W("arbeidsrecht en sociale zekerheid", "employment and social security"),
    ),
    (Art9Exception.VITAL_INTERESTS, W("vitaal belang", "vital interests")),
    (Art9Exception.NOT_FOR_PROFIT_BODY, W("instantie zonder winstoogmerk", "not-for-profit body")),
    (Art9Exception.MADE_PUBLIC, W("door betrokkene openbaar gemaakt", "made public by the data subject")),
    (Art9Exception.LEGAL_CLAIMS, W("rechtsvordering", "legal claims")),
    (
        Art9Exception.SUBSTANTIAL_PUBLIC_INTEREST,
        W("zwaarwegend algemeen belang", "substantial public interest"),
    ),
    (Art9Exception.HEALTH_CARE, W("gezondheidszorg", "health care")),
    (Art9Exception.PUBLIC_HEALTH, W("volksgezondheid", "public health")),
    (Art9Exception.ARCHIVING_RESEARCH, W("archivering en onderzoek", "archiving and research")),
    # DpiaStatus
    (DpiaStatus.NOT_ASSESSED, W("niet beoordeeld", "not assessed")),
    (DpiaStatus.NOT_REQUIRED, W("niet vereist", "not required")),
    (DpiaStatus.PLANNED, W("gepland", "planned")),
    (DpiaStatus.DONE, W("uitgevoerd", "done")),
    # ControllerRole
    (
        ControllerRole.INDEPENDENT_CONTROLLERS,
        W("zelfstandige verwerkingsverantwoordelijken", "independent controllers"),
    ),
    (ControllerRole.JOINT_CONTROLLERS, W("gezamenlijke verwerkingsverantwoordelijken", "joint controllers")),
    (ControllerRole.PROCESSOR, W("verwerker namens de verstrekker", "processor on behalf of the provider")),
    # SharingTechnique
    (SharingTechnique.CASE_BY_CASE, W("per casus", "case by case")),
    (SharingTechnique.PERIODIC_TRANSFER, W("periodieke levering", "periodic transfer")),
    (SharingTechnique.HIT_NO_HIT, W("hit/no-hit-bevraging", "hit/no-hit query")),
    (SharingTechnique.DIRECT_ACCESS, W("rechtstreekse toegang", "direct access")),
    (SharingTechnique.CENTRAL_STORAGE, W("centrale opslag", "central storage")),
    # HealthDimension
    (HealthDimension.SHARED_AMBITION, W("Gedeelde ambitie", "Shared ambition")),
    (HealthDimension.RECOGNITION_OF_INTERESTS, W("Erkenning van belangen", "Recognition of interests")),
    (HealthDimension.MEANINGFUL_PROCESS, W("Zinvol proces", "Meaningful process")),
    (HealthDimension.BUILDING_RELATIONSHIPS, W("Relaties bouwen", "Building relationships")),
    (HealthDimension.PROFESSIONAL_ORGANISATION, W("Professionele organisatie", "Professional organisation")),
    (HealthDimension.TRUST_BETWEEN_MEMBERS, W("Vertrouwen tussen leden", "Trust between members")),
    (
        HealthDimension.TRUST_IN_PARENT_ORGANISATIONS,
        W(
            "Vertrouwen in moederorganisaties",
            "Trust in parent organisations",
            long=("Vertrouwen in elkaars moederorganisaties", "Trust in each other's parent organisations"),
        ),
    ),
    (
        HealthDimension.TRUST_IN_PARTNERSHIP,
        W(
            "Vertrouwen in het verband",
            "Trust in the partnership",
            long=("Vertrouwen in het samenwerkingsverband", "Trust in the partnership"),
        ),
    ),
    (
        HealthDimension.PARENT_INVOLVEMENT,
        W(
            "Betrokkenheid moederorganisaties",
            "Parent involvement",
            long=("Betrokkenheid moederorganisatie", "Involvement of parent organisation"),
        ),
    ),
    # HealthOccasion
    (HealthOccasion.FOUNDING, W("bij de oprichting", "at founding")),
    (HealthOccasion.MID_TERM_REVIEW, W("bij de tussentijdse toetsing", "at the mid-term review")),
    (HealthOccasion.OTHER, W("bij een tussentijdse meting", "at an interim measurement")),
    # Level
    (Level.LOW, W("laag", "low")),
    (Level.MEDIUM, W("gemiddeld", "medium")),
    (Level.HIGH, W("hoog", "high")),
    # CollaborationForm
    (CollaborationForm.CONSULTATION, W("Overleg en afstemming", "Consultation and alignment")),
    (CollaborationForm.NETWORK, W("Netwerk", "Network")),
    (CollaborationForm.PROJECT, W("Project", "Project")),
    (CollaborationForm.COVENANT, W("Convenant", "Covenant")),
    (CollaborationForm.COLLABORATION_AGREEMENT, W("Samenwerkingsovereenkomst", "Collaboration agreement")),
    (CollaborationForm.JOINT_ARRANGEMENT, W("Gemeenschappelijke regeling (Wgr)", "Joint arrangement (Wgr)")),
    (CollaborationForm.FOUNDATION, W("Stichting", "Foundation")),
    (CollaborationForm.LEGAL_ENTITY, W("Andere rechtspersoon", "Other legal entity")),
    # KpiStatus
    (KpiStatus.ON_TRACK, W("Op koers", "On track")),
    (KpiStatus.AT_RISK, W("Risico", "At risk")),
    (KpiStatus.OFF_TRACK, W("Niet op koers", "Off track")),
    # Lesson
    (Lesson.ACKNOWLEDGE_DIFFICULTY, W("erkennen dat samenwerken moeilijk is", "acknowledge difficulty")),
    (Lesson.EXPECT_BARRIERS, W("drempels verwachten", "expect barriers")),
    (Lesson.SHARED_LANGUAGE, W("een gedeelde taal", "shared language")),
    (Lesson.EASY_LEARNING, W("leren makkelijk maken", "easy learning")),
    (Lesson.OTHER_FIELD, W("het andere domein betrekken", "other field")),
    (Lesson.ROOM_FOR_LEARNING, W("ruimte om te leren", "room for learning")),
    (Lesson.CONNECTING_TASK, W("verbinden als taak", "connecting task")),
    (Lesson.SELECT_AND_TRAIN, W("selecteren en trainen", "select and train")),
    (Lesson.STUDY_WHAT_WORKS, W("onderzoeken wat werkt", "study what works")),
    (Lesson.INVEST_IN_OVERCOMING, W("investeren in het wegnemen van drempels", "invest in overcoming")),
    # Raci
    (Raci.RESPONSIBLE, W("R", "R")),
    (Raci.ACCOUNTABLE, W("A", "A")),
    (Raci.ACCOUNTABLE_RESPONSIBLE, W("A/R", "A/R")),
    (Raci.CONSULTED, W("C", "C")),
    (Raci.INFORMED, W("I", "I")),
    # Step
    (Step.PARTNERS, W("Partners", "Partners")),
    (Step.PURPOSE, W("Bedoeling", "Purpose")),
    (Step.VISION, W("Visie", "Vision")),
    (Step.STRATEGY, W("Strategie", "Strategy")),
    (Step.TRUST, W("Vertrouwen en samenwerkingsafspraken", "Trust and collaboration agreements")),
    (Step.GOVERNANCE, W("Sturing en monitoring", "Governance and monitoring")),
    (Step.ROLES, W("Rollen en verantwoordelijkheden", "Roles and responsibilities")),
    (Step.DATA_SHARING, W("Gegevensdeling (AVG/WPG)", "Data sharing (GDPR/WPG)")),
    (Step.REVIEW, W("Beoordeling en ondertekening", "Review and signing")),
)
