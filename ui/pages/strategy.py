"""Step 4: scope, results, contributions, way of working and the form of collaboration."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.checks import Step
from charter_builder.model import CollaborationForm, Level

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage


class StrategyPage(FormStepPage):
    step = Step.STRATEGY
    CONTEXT = "StrategyPage"
    TITLE = QT_TRANSLATE_NOOP("StrategyPage", "Strategy")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        strategy = lambda: self.session.charter.strategy  # noqa: E731
        box = self.section(QT_TRANSLATE_NOOP("StrategyPage", "Scope and way of working"))
        self.form(
            box,
            strategy,
            "strategy",
            [
                FieldSpec("scope", QT_TRANSLATE_NOOP("StrategyPage", "&Scope"), "multiline"),
                FieldSpec(
                    "way_of_working", QT_TRANSLATE_NOOP("StrategyPage", "&Way of working"), "multiline"
                ),
            ],
        )
        box = self.section(QT_TRANSLATE_NOOP("StrategyPage", "Form of collaboration"))
        self.form(
            box,
            strategy,
            "strategy",
            [
                FieldSpec(
                    "complexity",
                    QT_TRANSLATE_NOOP("StrategyPage", "&Complexity of the shared value"),
                    "enum",
                    enum=Level,
                ),
                FieldSpec(
                    "expected_duration_years",
                    QT_TRANSLATE_NOOP("StrategyPage", "Expected &duration (years)"),
                    "float",
                    minimum=0,
                    maximum=50,
                ),
                FieldSpec(
                    "collaboration_form",
                    QT_TRANSLATE_NOOP("StrategyPage", "Chosen &form"),
                    "enum",
                    enum=CollaborationForm,
                ),
                FieldSpec("form_rationale", QT_TRANSLATE_NOOP("StrategyPage", "Why this &form"), "multiline"),
            ],
        )
        self.finish()
