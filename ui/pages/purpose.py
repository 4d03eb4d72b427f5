"""Step 2: why the partnership exists (bedoeling) and each partner's own interest in it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.checks import Step

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage


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
                    QT_TRANSLATE_NOOP("PurposePage", "Why no partner can do this &alone"),
                    "multiline",
                ),
            ],
        )
        self.finish()
