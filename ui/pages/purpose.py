"""Step 2: why the partnership exists (bedoeling) and each partner's own interest in it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.model import PartnerInterest, Step, new_id

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage
from ..widgets.record_table import Column


class PurposePage(FormStepPage):
    step = Step.PURPOSE
    CONTEXT = "PurposePage"
    TITLE = QT_TRANSLATE_NOOP("PurposePage", "Purpose")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        charter = lambda: self.session.charter.purpose  # noqa: E731
        box = self.section(QT_TRANSLATE_NOOP("PurposePage", "Why we work together"))
        self.form(
            box,
            charter,
            "purpose",
            [
                FieldSpec("problem", QT_TRANSLATE_NOOP("PurposePage", "Societal &problem"), "multiline"),
                FieldSpec(
                    "shared_value", QT_TRANSLATE_NOOP("PurposePage", "Shared &added value"), "multiline"
                ),
                FieldSpec(
                    "why_together",
                    QT_TRANSLATE_NOOP("PurposePage", "Why no partner can do this a&lone"),
                    "multiline",
                ),
            ],
        )
        box = self.section(QT_TRANSLATE_NOOP("PurposePage", "Each partner's own interest"))
        self.note(
            box,
            QT_TRANSLATE_NOOP(
                "PurposePage",
                "Name every partner's interest openly: recognised interests keep partners committed.",
            ),
        )
        self.interests = self.table(
            box,
            lambda: self.session.charter.purpose,
            "interests",
            "purpose.interests",
            [
                Column(
                    "partner_id",
                    QT_TRANSLATE_NOOP("PurposePage", "Partner"),
                    "partner",
                    optional=False,
                    width=200,
                ),
                Column("interest", QT_TRANSLATE_NOOP("PurposePage", "Interest"), width=500, stretch=True),
            ],
            lambda: self._new_interest(),
            title=QT_TRANSLATE_NOOP("PurposePage", "Interests"),
            detail=[
                FieldSpec(
                    "interest",
                    QT_TRANSLATE_NOOP("PurposePage", "The partner's &interest"),
                    "multiline",
                    lines=3,
                )
            ],
            detail_title=QT_TRANSLATE_NOOP("PurposePage", "Selected interest"),
            missing_text=QT_TRANSLATE_NOOP("PurposePage", "Add a partner first, on the Partners step."),
        )
        self.finish()

    def _new_interest(self) -> PartnerInterest | None:
        """Start with the first partner that has no interest yet, so adding rows walks the partners."""
        partners = self.session.charter.partners
        if not partners:
            return None
        named = {i.partner_id for i in self.session.charter.purpose.interests}
        partner = next((p for p in partners if p.id not in named), partners[0])
        return PartnerInterest(id=new_id("interest"), partner_id=partner.id)
