"""Step 6: bodies and decision-making, KPIs, monitoring, and the charter's lifecycle clauses."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.checks import Step
from charter_builder.model import Cadence

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage


class GovernancePage(FormStepPage):
    step = Step.GOVERNANCE
    CONTEXT = "GovernancePage"
    TITLE = QT_TRANSLATE_NOOP("GovernancePage", "Governance and monitoring")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        gov = lambda: self.session.charter.governance  # noqa: E731
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
