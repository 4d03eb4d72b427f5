"""Step 5: trust at three levels, agreements on behaviour, learning, and the shared vocabulary."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from charter_builder.model import GlossaryTerm, Step, new_id

from ..glossary_assistant import SuggestTermsButton
from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage
from ..widgets.record_table import Column


class TrustPage(FormStepPage):
    step = Step.TRUST
    CONTEXT = "TrustPage"
    TITLE = QT_TRANSLATE_NOOP("TrustPage", "Trust and agreements")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        trust = lambda: self.session.charter.trust  # noqa: E731
        box = self.section(QT_TRANSLATE_NOOP("TrustPage", "Trust at three levels"))
        self.form(
            box,
            trust,
            "trust",
            [
                FieldSpec(
                    "between_members", QT_TRANSLATE_NOOP("TrustPage", "Between the &members"), "multiline"
                ),
                FieldSpec(
                    "in_parent_organisations",
                    QT_TRANSLATE_NOOP("TrustPage", "In each other's &parent organisations"),
                    "multiline",
                ),
                FieldSpec(
                    "in_partnership",
                    QT_TRANSLATE_NOOP("TrustPage", "In the partnership &itself"),
                    "multiline",
                ),
            ],
        )
        box = self.section(QT_TRANSLATE_NOOP("TrustPage", "Agreements on behaviour"))
        self.form(
            box,
            trust,
            "trust",
            [
                FieldSpec("results_focus", QT_TRANSLATE_NOOP("TrustPage", "&Results focus"), "multiline"),
                FieldSpec(
                    "taking_responsibility",
                    QT_TRANSLATE_NOOP("TrustPage", "Taking r&esponsibility"),
                    "multiline",
                ),
                FieldSpec(
                    "facing_conflicts", QT_TRANSLATE_NOOP("TrustPage", "Facing &conflicts"), "multiline"
                ),
                FieldSpec(
                    "transparent_communication",
                    QT_TRANSLATE_NOOP("TrustPage", "&Transparent communication"),
                    "multiline",
                ),
                FieldSpec(
                    "learning", QT_TRANSLATE_NOOP("TrustPage", "&Learning from each other"), "multiline"
                ),
            ],
        )
        box = self.section(QT_TRANSLATE_NOOP("TrustPage", "Shared vocabulary"))
        self.note(
            box,
            QT_TRANSLATE_NOOP(
                "TrustPage", "Terms and jargon that must mean the same for everyone, with their definition."
            ),
        )
        self.glossary = self.table(
            box,
            trust,
            "glossary",
            "trust.glossary",
            [
                Column("term", QT_TRANSLATE_NOOP("TrustPage", "Term"), width=200),
                Column("definition", QT_TRANSLATE_NOOP("TrustPage", "Definition"), width=500, stretch=True),
            ],
            lambda: GlossaryTerm(id=new_id("term")),
            title=QT_TRANSLATE_NOOP("TrustPage", "Glossary"),
            visible_rows=8,
        )
        self.suggest_terms = SuggestTermsButton(self.session, self.glossary, self.body)
        box.addWidget(self.suggest_terms, 0, Qt.AlignmentFlag.AlignLeft)
        self.finish()
