"""Data-sharing agreements under the AVG (GDPR) and the WPG, one record per flow of personal data."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .base import Cadence, Id, IdentifiedRecord, Record, Text


class Art6Ground(StrEnum):
    """AVG art. 6(1) lawful bases."""

    CONSENT = "a"
    CONTRACT = "b"
    LEGAL_OBLIGATION = "c"
    VITAL_INTERESTS = "d"
    PUBLIC_TASK = "e"
    LEGITIMATE_INTERESTS = "f"


class Art9Exception(StrEnum):
    """AVG art. 9(2) exceptions to the ban on processing special categories."""

    EXPLICIT_CONSENT = "a"
    EMPLOYMENT_SOCIAL_SECURITY = "b"
    VITAL_INTERESTS = "c"
    NOT_FOR_PROFIT_BODY = "d"
    MADE_PUBLIC = "e"
    LEGAL_CLAIMS = "f"
    SUBSTANTIAL_PUBLIC_INTEREST = "g"
    HEALTH_CARE = "h"
    PUBLIC_HEALTH = "i"
    ARCHIVING_RESEARCH = "j"


class DpiaStatus(StrEnum):
    NOT_ASSESSED = "not_assessed"
    NOT_REQUIRED = "not_required"
    PLANNED = "planned"
    DONE = "done"


class ControllerRole(StrEnum):
    INDEPENDENT_CONTROLLERS = "independent_controllers"
    JOINT_CONTROLLERS = "joint_controllers"
    """AVG art. 26: needs an arrangement between the joint controllers."""
    PROCESSOR = "processor"
    """The recipient processes for the provider: AVG art. 28 needs a processing agreement."""


class SharingTechnique(StrEnum):
    CASE_BY_CASE = "case_by_case"
    PERIODIC_TRANSFER = "periodic_transfer"
    HIT_NO_HIT = "hit_no_hit"
    """A privacy-enhancing check that only says whether a match exists."""
    DIRECT_ACCESS = "direct_access"
    CENTRAL_STORAGE = "central_storage"


class DataFlow(IdentifiedRecord):
    name: Text = ""
    provider_id: Id | None = None
    recipient_ids: list[Id] = Field(default_factory=list)
    purpose: Text = ""
    """Purpose limitation: exactly what the data is used for."""
    art6_ground: Art6Ground | None = None
    art9_exception: Art9Exception | None = None
    art10_basis: Text = ""
    """The basis for criminal-law data (AVG art. 10 with UAVG art. 32/33)."""
    wpg_article: Text = ""
    """The WPG article that allows providing police data, e.g. "art. 20 WPG"."""
    legal_basis_explanation: Text = ""
    """The law the task comes from (e.g. Gemeentewet, Wet Bibob), in the partners' words."""
    data_subjects: Text = ""
    data_categories: list[str] = Field(default_factory=list)
    special_categories: bool = False
    criminal_data: bool = False
    police_data: bool = False
    vulnerable_subjects: bool = False
    systematic_monitoring: bool = False
    large_scale: bool = False
    combines_datasets: bool = False
    necessity: Text = ""
    proportionality: Text = ""
    subsidiarity: Text = ""
    """Why a less intrusive way (not sharing, hit/no-hit, aggregated data) does not serve the purpose."""
    minimisation: Text = ""
    technique: SharingTechnique | None = None
    frequency: Cadence | None = None
    retention_months: int | None = Field(default=None, ge=0, le=1200)
    retention_note: Text = ""
    security_measures: Text = ""
    authorisation: Text = ""
    """Who may see what: the authorisation structure."""
    dpia: DpiaStatus = DpiaStatus.NOT_ASSESSED
    dpia_reference: Text = ""
    controller_role: ControllerRole = ControllerRole.INDEPENDENT_CONTROLLERS
    art26_arrangement: bool = False
    art28_agreement: bool = False


class DpoContact(IdentifiedRecord):
    """A partner's data-protection officer (FG)."""

    partner_id: Id
    name: Text = ""
    email: Text = ""


class DataSharing(Record):
    flows: list[DataFlow] = Field(default_factory=list)
    breach_procedure: Text = ""
    data_subject_rights: Text = ""
    """Where and how data subjects exercise their rights."""
    dpo_contacts: list[DpoContact] = Field(default_factory=list)
    privacy_by_design: Text = ""
