"""Translated labels for the model's enums, shared by combos in forms and in tables.

The English source texts are marked with ``QT_TRANSLATE_NOOP`` so that lupdate sees them; the
Dutch lives in ``resources/translations/nl/pages.tsv`` under the context ``EnumLabels``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from charter_builder.model import (
    Art6Ground,
    Art9Exception,
    BodyKind,
    Cadence,
    CollaborationForm,
    ContributionKind,
    ControllerRole,
    DecisionRule,
    DpiaStatus,
    KpiFocus,
    KpiKind,
    Level,
    MandateLevel,
    MemberRole,
    PartnerType,
    Raci,
    RoleLevel,
    SharingTechnique,
)

CONTEXT = "EnumLabels"

_SOURCES: tuple[tuple[Enum, str], ...] = (
    (PartnerType.MUNICIPALITY, QT_TRANSLATE_NOOP("EnumLabels", "Municipality")),
    (PartnerType.POLICE, QT_TRANSLATE_NOOP("EnumLabels", "Police")),
    (PartnerType.PUBLIC_PROSECUTION, QT_TRANSLATE_NOOP("EnumLabels", "Public Prosecution Service")),
    (PartnerType.TAX_AUTHORITY, QT_TRANSLATE_NOOP("EnumLabels", "Tax authority")),
    (PartnerType.INSPECTORATE, QT_TRANSLATE_NOOP("EnumLabels", "Inspectorate")),
    (PartnerType.GOVERNMENT_AGENCY, QT_TRANSLATE_NOOP("EnumLabels", "Government agency")),
    (PartnerType.SPECIAL_INVESTIGATION, QT_TRANSLATE_NOOP("EnumLabels", "Special investigation service")),
    (PartnerType.PROBATION, QT_TRANSLATE_NOOP("EnumLabels", "Probation service")),
    (PartnerType.CARE, QT_TRANSLATE_NOOP("EnumLabels", "Care provider")),
    (PartnerType.YOUTH_CARE, QT_TRANSLATE_NOOP("EnumLabels", "Youth care")),
    (PartnerType.EDUCATION, QT_TRANSLATE_NOOP("EnumLabels", "Education")),
    (PartnerType.HOUSING, QT_TRANSLATE_NOOP("EnumLabels", "Housing corporation")),
    (PartnerType.PRIVATE, QT_TRANSLATE_NOOP("EnumLabels", "Private company")),
    (PartnerType.OTHER, QT_TRANSLATE_NOOP("EnumLabels", "Other")),
    (MandateLevel.FULL, QT_TRANSLATE_NOOP("EnumLabels", "Full mandate")),
    (MandateLevel.WITHIN_LIMITS, QT_TRANSLATE_NOOP("EnumLabels", "Within limits")),
    (MandateLevel.CONSULT_FIRST, QT_TRANSLATE_NOOP("EnumLabels", "Consults first")),
    (MandateLevel.NONE, QT_TRANSLATE_NOOP("EnumLabels", "No mandate (advises)")),
    (Cadence.WEEKLY, QT_TRANSLATE_NOOP("EnumLabels", "Weekly")),
    (Cadence.BIWEEKLY, QT_TRANSLATE_NOOP("EnumLabels", "Every two weeks")),
    (Cadence.MONTHLY, QT_TRANSLATE_NOOP("EnumLabels", "Monthly")),
    (Cadence.QUARTERLY, QT_TRANSLATE_NOOP("EnumLabels", "Quarterly")),
    (Cadence.HALF_YEARLY, QT_TRANSLATE_NOOP("EnumLabels", "Every six months")),
    (Cadence.YEARLY, QT_TRANSLATE_NOOP("EnumLabels", "Yearly")),
    (Cadence.PER_CASE, QT_TRANSLATE_NOOP("EnumLabels", "Per case")),
    (Cadence.AD_HOC, QT_TRANSLATE_NOOP("EnumLabels", "Ad hoc")),
    (Level.LOW, QT_TRANSLATE_NOOP("EnumLabels", "Low")),
    (Level.MEDIUM, QT_TRANSLATE_NOOP("EnumLabels", "Medium")),
    (Level.HIGH, QT_TRANSLATE_NOOP("EnumLabels", "High")),
    (CollaborationForm.CONSULTATION, QT_TRANSLATE_NOOP("EnumLabels", "Consultation and alignment")),
    (CollaborationForm.NETWORK, QT_TRANSLATE_NOOP("EnumLabels", "Network")),
    (CollaborationForm.PROJECT, QT_TRANSLATE_NOOP("EnumLabels", "Project")),
    (CollaborationForm.COVENANT, QT_TRANSLATE_NOOP("EnumLabels", "Covenant")),
    (CollaborationForm.COLLABORATION_AGREEMENT, QT_TRANSLATE_NOOP("EnumLabels", "Collaboration agreement")),
    (CollaborationForm.JOINT_ARRANGEMENT, QT_TRANSLATE_NOOP("EnumLabels", "Joint arrangement (Wgr)")),
    (CollaborationForm.FOUNDATION, QT_TRANSLATE_NOOP("EnumLabels", "Foundation")),
    (CollaborationForm.LEGAL_ENTITY, QT_TRANSLATE_NOOP("EnumLabels", "Other legal entity")),
    (ContributionKind.PEOPLE, QT_TRANSLATE_NOOP("EnumLabels", "People")),
    (ContributionKind.HOURS, QT_TRANSLATE_NOOP("EnumLabels", "Hours")),
    (ContributionKind.BUDGET, QT_TRANSLATE_NOOP("EnumLabels", "Budget")),
    (ContributionKind.DATA, QT_TRANSLATE_NOOP("EnumLabels", "Data")),
    (ContributionKind.EXPERTISE, QT_TRANSLATE_NOOP("EnumLabels", "Expertise")),
    (ContributionKind.FACILITIES, QT_TRANSLATE_NOOP("EnumLabels", "Facilities")),
    (ContributionKind.OTHER, QT_TRANSLATE_NOOP("EnumLabels", "Other")),
    (BodyKind.STEERING_GROUP, QT_TRANSLATE_NOOP("EnumLabels", "Steering group")),
    (BodyKind.CORE_TEAM, QT_TRANSLATE_NOOP("EnumLabels", "Core team")),
    (BodyKind.CASE_MEETING, QT_TRANSLATE_NOOP("EnumLabels", "Case meeting")),
    (BodyKind.WORKING_GROUP, QT_TRANSLATE_NOOP("EnumLabels", "Working group")),
    (BodyKind.OTHER, QT_TRANSLATE_NOOP("EnumLabels", "Other")),
    (DecisionRule.CONSENSUS, QT_TRANSLATE_NOOP("EnumLabels", "Consensus")),
    (DecisionRule.UNANIMITY, QT_TRANSLATE_NOOP("EnumLabels", "Unanimity")),
    (DecisionRule.MAJORITY, QT_TRANSLATE_NOOP("EnumLabels", "Majority")),
    (DecisionRule.QUALIFIED_MAJORITY, QT_TRANSLATE_NOOP("EnumLabels", "Qualified majority")),
    (DecisionRule.ADVISORY, QT_TRANSLATE_NOOP("EnumLabels", "Advisory only")),
    (MemberRole.CHAIR, QT_TRANSLATE_NOOP("EnumLabels", "Chair")),
    (MemberRole.MEMBER, QT_TRANSLATE_NOOP("EnumLabels", "Member")),
    (MemberRole.SECRETARY, QT_TRANSLATE_NOOP("EnumLabels", "Secretary")),
    (MemberRole.ADVISOR, QT_TRANSLATE_NOOP("EnumLabels", "Advisor")),
    (KpiKind.QUANTITATIVE, QT_TRANSLATE_NOOP("EnumLabels", "Quantitative")),
    (KpiKind.QUALITATIVE, QT_TRANSLATE_NOOP("EnumLabels", "Qualitative")),
    (KpiFocus.APPROACH, QT_TRANSLATE_NOOP("EnumLabels", "Results of the approach")),
    (KpiFocus.COLLABORATION, QT_TRANSLATE_NOOP("EnumLabels", "Quality of the collaboration")),
    (RoleLevel.ORGANISATION, QT_TRANSLATE_NOOP("EnumLabels", "Organisation")),
    (RoleLevel.PROCESS, QT_TRANSLATE_NOOP("EnumLabels", "Process")),
    (RoleLevel.PROFESSIONAL, QT_TRANSLATE_NOOP("EnumLabels", "Professional")),
    (Art6Ground.CONSENT, QT_TRANSLATE_NOOP("EnumLabels", "a. Consent")),
    (Art6Ground.CONTRACT, QT_TRANSLATE_NOOP("EnumLabels", "b. Contract")),
    (Art6Ground.LEGAL_OBLIGATION, QT_TRANSLATE_NOOP("EnumLabels", "c. Legal obligation")),
    (Art6Ground.VITAL_INTERESTS, QT_TRANSLATE_NOOP("EnumLabels", "d. Vital interests")),
    (Art6Ground.PUBLIC_TASK, QT_TRANSLATE_NOOP("EnumLabels", "e. Public task")),
    (Art6Ground.LEGITIMATE_INTERESTS, QT_TRANSLATE_NOOP("EnumLabels", "f. Legitimate interests")),
    (Art9Exception.EXPLICIT_CONSENT, QT_TRANSLATE_NOOP("EnumLabels", "a. Explicit consent")),
    (
        Art9Exception.EMPLOYMENT_SOCIAL_SECURITY,
        QT_TRANSLATE_NOOP("EnumLabels", "b. Employment and social security"),
    ),
    (Art9Exception.VITAL_INTERESTS, QT_TRANSLATE_NOOP("EnumLabels", "c. Vital interests")),
    (Art9Exception.NOT_FOR_PROFIT_BODY, QT_TRANSLATE_NOOP("EnumLabels", "d. Not-for-profit body")),
    (Art9Exception.MADE_PUBLIC, QT_TRANSLATE_NOOP("EnumLabels", "e. Made public by the data subject")),
    (Art9Exception.LEGAL_CLAIMS, QT_TRANSLATE_NOOP("EnumLabels", "f. Legal claims")),
    (
        Art9Exception.SUBSTANTIAL_PUBLIC_INTEREST,
        QT_TRANSLATE_NOOP("EnumLabels", "g. Substantial public interest"),
    ),
    (Art9Exception.HEALTH_CARE, QT_TRANSLATE_NOOP("EnumLabels", "h. Health or social care")),
    (Art9Exception.PUBLIC_HEALTH, QT_TRANSLATE_NOOP("EnumLabels", "i. Public health")),
    (Art9Exception.ARCHIVING_RESEARCH, QT_TRANSLATE_NOOP("EnumLabels", "j. Archiving, research, statistics")),
    (DpiaStatus.NOT_ASSESSED, QT_TRANSLATE_NOOP("EnumLabels", "Not assessed")),
    (DpiaStatus.NOT_REQUIRED, QT_TRANSLATE_NOOP("EnumLabels", "Not required")),
    (DpiaStatus.PLANNED, QT_TRANSLATE_NOOP("EnumLabels", "Planned")),
    (DpiaStatus.DONE, QT_TRANSLATE_NOOP("EnumLabels", "Done")),
    (ControllerRole.INDEPENDENT_CONTROLLERS, QT_TRANSLATE_NOOP("EnumLabels", "Independent controllers")),
    (ControllerRole.JOINT_CONTROLLERS, QT_TRANSLATE_NOOP("EnumLabels", "Joint controllers (art. 26)")),
    (ControllerRole.PROCESSOR, QT_TRANSLATE_NOOP("EnumLabels", "Processor (art. 28)")),
    (SharingTechnique.CASE_BY_CASE, QT_TRANSLATE_NOOP("EnumLabels", "Case by case")),
    (SharingTechnique.PERIODIC_TRANSFER, QT_TRANSLATE_NOOP("EnumLabels", "Periodic transfer")),
    (SharingTechnique.HIT_NO_HIT, QT_TRANSLATE_NOOP("EnumLabels", "Hit/no-hit check")),
    (SharingTechnique.DIRECT_ACCESS, QT_TRANSLATE_NOOP("EnumLabels", "Direct access")),
    (SharingTechnique.CENTRAL_STORAGE, QT_TRANSLATE_NOOP("EnumLabels", "Central storage")),
    (Raci.RESPONSIBLE, "R"),
    (Raci.ACCOUNTABLE, "A"),
    (Raci.ACCOUNTABLE_RESPONSIBLE, "A/R"),
    (Raci.CONSULTED, "C"),
    (Raci.INFORMED, "I"),
)

# StrEnum members of different enums compare equal when their values match (Art6Ground.CONSENT and
# Art9Exception.EXPLICIT_CONSENT are both "a"), so the lookup is keyed by (enum class, value).
_BY_KEY: dict[tuple[type[Enum], object], str] = {(type(m), m.value): s for m, s in _SOURCES}


def enum_label(member: Enum | None) -> str:
    """Return the label for ``member`` in the current UI language; an empty string for ``None``."""
    if member is None:
        return ""
    source = _BY_KEY.get((type(member), member.value))
    if source is None:
        return str(member.value).replace("_", " ")
    if isinstance(member, Raci):
        return source
    return QCoreApplication.translate(CONTEXT, source)


def has_label(member: Enum) -> bool:
    """Return whether ``member`` has a source label (tests check every enum the pages use)."""
    return (type(member), member.value) in _BY_KEY
