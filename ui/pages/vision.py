"""Step 3: the feasible long-term goal, looking outward ("We want ...")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.model import Step

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage


class VisionPage(FormStepPage):
    step = Step.VISION
    CONTEXT = "VisionPage"
    TITLE = QT_TRANSLATE_NOOP("VisionPage", "Vision")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        box = self.section(QT_TRANSLATE_NOOP("VisionPage", "Where we want to be"))
        self.note(
            box,
            QT_TRANSLATE_NOOP(
                "VisionPage", 'Write the goal as the outside world will see it, starting with "We want ...".'
            ),
        )
        self.form(
            box,
            lambda: self.session.charter.vision,
            "vision",
            [
                FieldSpec(
                    "statement", QT_TRANSLATE_NOOP("VisionPage", "Vision &statement"), "multiline", lines=6
                ),
                FieldSpec(
                    "horizon_year",
                    QT_TRANSLATE_NOOP("VisionPage", "Target &year"),
                    "int",
                    minimum=2000,
                    maximum=2100,
                ),
            ],
        )
        self.finish()
