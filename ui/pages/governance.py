"""Step 6: bodies and decision-making, KPIs, monitoring, and the charter's lifecycle clauses."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.model import (
    Body,
    BodyKind,
    BodyMember,
    Cadence,
    DecisionRule,
    Kpi,
    KpiFocus,
    KpiKind,
    MemberRole,
    Record,
    Step,
    new_id,
)

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage
from ..widgets.record_table import Column, RecordTable


class GovernancePage(FormStepPage):
    step = Step.GOVERNANCE
    CONTEXT = "GovernancePage"
    TITLE = QT_TRANSLATE_NOOP("GovernancePage", "Governance and monitoring")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        gov = lambda: self.session.charter.governance  # noqa: E731
        box = self.section(QT_TRANSLATE_NOOP("GovernancePage", "Bodies and decision-making"))
        self.bodies = self.table(
            box,
            gov,
            "bodies",
            "governance.bodies",
            [
                Column("name", QT_TRANSLATE_NOOP("GovernancePage", "Name"), width=200),
                Column(
                    "kind", QT_TRANSLATE_NOOP("GovernancePage", "Kind"), "enum", enum=BodyKind, optional=False
                ),
                Column(
                    "decision_rule",
                    QT_TRANSLATE_NOOP("GovernancePage", "Decides by"),
                    "enum",
                    enum=DecisionRule,
                    optional=False,
                ),
                Column("quorum", QT_TRANSLATE_NOOP("GovernancePage", "Quorum"), "int", width=70),
                Column(
                    "meeting_cadence",
                    QT_TRANSLATE_NOOP("GovernancePage", "Meets"),
                    "enum",
                    enum=Cadence,
                    width=130,
                ),
                Column(
                    "veto_partner_ids",
                    QT_TRANSLATE_NOOP("GovernancePage", "Veto"),
                    "partners",
                    width=160,
                ),
            ],
            lambda: Body(id=new_id("body")),
            title=QT_TRANSLATE_NOOP("GovernancePage", "Bodies"),
            detail=[
                FieldSpec(
                    "tasks", QT_TRANSLATE_NOOP("GovernancePage", "&Tasks of this body"), "multiline", lines=3
                )
            ],
            detail_title=QT_TRANSLATE_NOOP("GovernancePage", "Selected body"),
            visible_rows=4,
        )
        self.members = self.bodies.add_nested(
            RecordTable(
                session,
                self.bodies.current_record,
                "members",
                lambda: self.bodies.current_path() + ".members",
                [
                    Column(
                        "partner_id",
                        QT_TRANSLATE_NOOP("GovernancePage", "Partner"),
                        "partner",
                        optional=False,
                        width=200,
                        clears=("representative_id",),
                    ),
                    Column(
                        "representative_id",
                        QT_TRANSLATE_NOOP("GovernancePage", "Representative"),
                        "choice",
                        choices=self._representatives_of,
                        width=220,
                    ),
                    Column(
                        "role",
                        QT_TRANSLATE_NOOP("GovernancePage", "Role"),
                        "enum",
                        enum=MemberRole,
                        optional=False,
                    ),
                ],
                lambda: self._new_member(),
                context=self.CONTEXT,
                title=QT_TRANSLATE_NOOP("GovernancePage", "Members"),
                missing_text=QT_TRANSLATE_NOOP(
                    "GovernancePage", "Add a partner first, on the Partners step."
                ),
                show_title=True,
                filterable=False,
                visible_rows=4,
            )
        )
        box = self.section(QT_TRANSLATE_NOOP("GovernancePage", "Key performance indicators"))
        self.note(
            box,
            QT_TRANSLATE_NOOP(
                "GovernancePage",
                "Measure both the results of the approach and how well the collaboration itself works.",
            ),
        )
        self.kpis = self.table(
            box,
            gov,
            "kpis",
            "governance.kpis",
            [
                Column("name", QT_TRANSLATE_NOOP("GovernancePage", "KPI"), width=220),
                Column(
                    "kind",
                    QT_TRANSLATE_NOOP("GovernancePage", "Kind"),
                    "enum",
                    enum=KpiKind,
                    optional=False,
                    width=110,
                ),
                Column(
                    "focus",
                    QT_TRANSLATE_NOOP("GovernancePage", "About"),
                    "enum",
                    enum=KpiFocus,
                    optional=False,
                    width=170,
                ),
                Column("unit", QT_TRANSLATE_NOOP("GovernancePage", "Unit"), width=80),
                Column("baseline", QT_TRANSLATE_NOOP("GovernancePage", "Baseline"), "float", width=75),
                Column("target", QT_TRANSLATE_NOOP("GovernancePage", "Target"), "float", width=75),
                Column("owner_id", QT_TRANSLATE_NOOP("GovernancePage", "Owner"), "partner", width=150),
                Column(
                    "frequency",
                    QT_TRANSLATE_NOOP("GovernancePage", "Measured"),
                    "enum",
                    enum=Cadence,
                    width=120,
                ),
            ],
            lambda: Kpi(id=new_id("kpi")),
            title=QT_TRANSLATE_NOOP("GovernancePage", "KPIs"),
            detail=[
                FieldSpec(
                    "description", QT_TRANSLATE_NOOP("GovernancePage", "&Description"), "multiline", lines=3
                ),
                FieldSpec(
                    "target_description",
                    QT_TRANSLATE_NOOP("GovernancePage", "Target in &words"),
                    "multiline",
                    lines=2,
                ),
                FieldSpec("source", QT_TRANSLATE_NOOP("GovernancePage", "&Source of the figures")),
            ],
            detail_title=QT_TRANSLATE_NOOP("GovernancePage", "Selected KPI"),
            visible_rows=8,
        )
        box = self.section(QT_TRANSLATE_NOOP("GovernancePage", "Escalation and disputes"))
        self.form(
            box,
            gov,
            "governance",
            [
                FieldSpec("escalation", QT_TRANSLATE_NOOP("GovernancePage", "&Escalation"), "multiline"),
                FieldSpec(
                    "dispute_resolution",
                    QT_TRANSLATE_NOOP("GovernancePage", "&Dispute resolution"),
                    "multiline",
                ),
            ],
        )
        box = self.section(QT_TRANSLATE_NOOP("GovernancePage", "Monitoring"))
        self.form(
            box,
            gov,
            "governance",
            [
                FieldSpec("monitoring", QT_TRANSLATE_NOOP("GovernancePage", "&Monitoring"), "multiline"),
                FieldSpec(
                    "reporting_cadence",
                    QT_TRANSLATE_NOOP("GovernancePage", "&Reporting cadence"),
                    "enum",
                    enum=Cadence,
                ),
            ],
        )
        box = self.section(QT_TRANSLATE_NOOP("GovernancePage", "Term, changes and costs"))
        self.form(
            box,
            gov,
            "governance",
            [
                FieldSpec("start_date", QT_TRANSLATE_NOOP("GovernancePage", "&Start date"), "date"),
                FieldSpec("end_date", QT_TRANSLATE_NOOP("GovernancePage", "E&nd date"), "date"),
                FieldSpec(
                    "mid_term_review_date",
                    QT_TRANSLATE_NOOP("GovernancePage", "Mid-term re&view"),
                    "date",
                ),
                FieldSpec(
                    "joining_and_leaving",
                    QT_TRANSLATE_NOOP("GovernancePage", "&Joining and leaving"),
                    "multiline",
                ),
                FieldSpec("amendment", QT_TRANSLATE_NOOP("GovernancePage", "&Amendment"), "multiline"),
                FieldSpec("termination", QT_TRANSLATE_NOOP("GovernancePage", "&Termination"), "multiline"),
                FieldSpec("costs", QT_TRANSLATE_NOOP("GovernancePage", "&Costs"), "multiline"),
                FieldSpec("publication", QT_TRANSLATE_NOOP("GovernancePage", "&Publication"), "multiline"),
            ],
        )
        self.finish()

    def _representatives_of(self, member: Record) -> list[tuple[str, str]]:
        partner = self.session.charter.partner(getattr(member, "partner_id", None))
        if partner is None:
            return []
        return [(r.id, r.name or r.function or r.id) for r in partner.representatives]

    def _new_member(self) -> BodyMember | None:
        partner = self.first_partner_id()
        return BodyMember(partner_id=partner) if partner else None
