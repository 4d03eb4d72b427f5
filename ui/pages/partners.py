"""Step 1: the parent organisations, their representatives and the mandate each one has."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.checks import Step

from ..session import CharterSession
from ..widgets.page_kit import FormStepPage


class PartnersPage(FormStepPage):
    step = Step.PARTNERS
    CONTEXT = "PartnersPage"
    TITLE = QT_TRANSLATE_NOOP("PartnersPage", "Partners")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        box = self.section(QT_TRANSLATE_NOOP("PartnersPage", "Participating organisations"))
        self.note(
            box,
            QT_TRANSLATE_NOOP(
                "PartnersPage",
                "Every parent organisation that takes part, with its representatives and their mandate.",
            ),
        )
        self.finish()
