"""Step 4: scope, results, contributions, way of working and the form of collaboration."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from charter_builder.collaboration_form import recommend_for
from charter_builder.model import (
    CollaborationForm,
    Contribution,
    ContributionKind,
    Level,
    Result,
    Step,
    new_id,
)

from ..binding import commit_value, path_matches, ui_language
from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage
from ..widgets.record_table import Column

#: Changes that alter the advice: the number of partners, the duration, the complexity.
_ADVICE_INPUTS = ("partners", "strategy.expected_duration_years", "strategy.complexity")


class StrategyPage(FormStepPage):
    step = Step.STRATEGY
    CONTEXT = "StrategyPage"
    TITLE = QT_TRANSLATE_NOOP("StrategyPage", "Strategy")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        strategy = lambda: self.session.charter.strategy  # noqa: E731
        box = self.section(QT_TRANSLATE_NOOP("StrategyPage", "Scope and results"))
        self.form(
            box,
            strategy,
            "strategy",
            [
                FieldSpec(
                    "scope",
                    QT_TRANSLATE_NOOP("StrategyPage", "&Scope: what we do and do not do"),
                    "multiline",
                )
            ],
        )
        self.results = self.table(
            box,
            strategy,
            "results",
            "strategy.results",
            [
                Column(
                    "description",
                    QT_TRANSLATE_NOOP("StrategyPage", "Result to deliver"),
                    width=560,
                    stretch=True,
                ),
                Column("due_on", QT_TRANSLATE_NOOP("StrategyPage", "Due on"), "date", width=110),
            ],
            lambda: Result(id=new_id("result")),
            title=QT_TRANSLATE_NOOP("StrategyPage", "Results"),
            visible_rows=4,
        )
        box = self.section(QT_TRANSLATE_NOOP("StrategyPage", "What each partner contributes"))
        self.contributions = self.table(
            box,
            strategy,
            "contributions",
            "strategy.contributions",
            [
                Column(
                    "partner_id",
                    QT_TRANSLATE_NOOP("StrategyPage", "Partner"),
                    "partner",
                    optional=False,
                    width=180,
                ),
                Column(
                    "kind",
                    QT_TRANSLATE_NOOP("StrategyPage", "Kind"),
                    "enum",
                    enum=ContributionKind,
                    optional=False,
                    width=110,
                ),
                Column("amount", QT_TRANSLATE_NOOP("StrategyPage", "Amount"), "float", width=80),
                Column("unit", QT_TRANSLATE_NOOP("StrategyPage", "Unit"), width=120),
                Column("description", QT_TRANSLATE_NOOP("StrategyPage", "Description"), width=300),
            ],
            lambda: self._new_contribution(),
            title=QT_TRANSLATE_NOOP("StrategyPage", "Contributions"),
            missing_text=QT_TRANSLATE_NOOP("StrategyPage", "Add a partner first, on the Partners step."),
        )
        box = self.section(QT_TRANSLATE_NOOP("StrategyPage", "Way of working"))
        self.form(
            box,
            strategy,
            "strategy",
            [FieldSpec("way_of_working", QT_TRANSLATE_NOOP("StrategyPage", "&Way of working"), "multiline")],
        )
        box = self.section(QT_TRANSLATE_NOOP("StrategyPage", "Form of collaboration"))
        self.note(
            box,
            QT_TRANSLATE_NOOP(
                "StrategyPage",
                "The advice follows from the number of partners, the expected duration and the complexity "
                "of the shared value. It is advice: you choose the form.",
            ),
        )
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
            ],
        )
        self.advice_frame = QFrame(self.body)
        self.advice_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.advice_frame.setObjectName("advice")
        row = QHBoxLayout(self.advice_frame)
        self.advice_label = QLabel(self.advice_frame)
        self.advice_label.setWordWrap(True)
        self.advice_label.setObjectName("advice_label")
        self.adopt_button = QPushButton(self.advice_frame)
        self.adopt_button.setObjectName("adopt_advice")
        self.adopt_button.clicked.connect(self.adopt_advice)
        row.addWidget(self.advice_label, 1)
        row.addWidget(self.adopt_button)
        box.addWidget(self.advice_frame)
        self.form(
            box,
            strategy,
            "strategy",
            [
                FieldSpec(
                    "collaboration_form",
                    QT_TRANSLATE_NOOP("StrategyPage", "Chosen &form"),
                    "enum",
                    enum=CollaborationForm,
                ),
                FieldSpec(
                    "form_rationale",
                    QT_TRANSLATE_NOOP("StrategyPage", "Why this form (&rationale)"),
                    "multiline",
                ),
            ],
        )
        session.changed.connect(self._on_changed)
        self.finish()

    def _new_contribution(self) -> Contribution | None:
        partner = self.first_partner_id()
        return Contribution(id=new_id("contribution"), partner_id=partner) if partner else None

    # -- the advice --------------------------------------------------------------------------
    def _on_changed(self, changed: str) -> None:
        if not changed or any(
            path_matches(p, changed) for p in (*_ADVICE_INPUTS, "strategy.collaboration_form")
        ):
            self.update_advice()

    def update_advice(self) -> None:
        charter = self.session.charter
        advice = recommend_for(charter)
        chosen = charter.strategy.collaboration_form
        text = self.tr("Advice: %1").replace("%1", advice.reason(ui_language()))
        if chosen is not None and chosen != advice.form:
            text += " " + self.tr("You chose another form; say why below.")
        self.advice_label.setText(text)
        self.adopt_button.setEnabled(chosen != advice.form)

    def adopt_advice(self) -> None:
        strategy = self.session.charter.strategy
        advice = recommend_for(self.session.charter)
        commit_value(
            self.session,
            strategy,
            "collaboration_form",
            advice.form,
            "strategy.collaboration_form",
            self.tr("Adopt advice"),
        )

    def load(self) -> None:
        super().load()
        self.update_advice()

    def retranslate(self) -> None:
        super().retranslate()
        self.adopt_button.setText(self.tr("&Adopt advice"))
        self.adopt_button.setAccessibleName(self.tr("Adopt advice"))
        self.advice_label.setAccessibleName(self.tr("Advised form of collaboration"))
        self.update_advice()
