"""Step 8: every flow of personal data with its legal basis (AVG/WPG), and the general safeguards."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.checks import Step

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage


class DataSharingPage(FormStepPage):
    step = Step.DATA_SHARING
    CONTEXT = "DataSharingPage"
    TITLE = QT_TRANSLATE_NOOP("DataSharingPage", "Data sharing")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        ds = lambda: self.session.charter.data_sharing  # noqa: E731
        box = self.section(QT_TRANSLATE_NOOP("DataSharingPage", "Safeguards for all flows"))
        self.form(
            box,
            ds,
            "data_sharing",
            [
                FieldSpec(
                    "privacy_by_design",
                    QT_TRANSLATE_NOOP("DataSharingPage", "&Privacy by design"),
                    "multiline",
                ),
                FieldSpec(
                    "data_subject_rights",
                    QT_TRANSLATE_NOOP("DataSharingPage", "Data-subject &rights"),
                    "multiline",
                ),
                FieldSpec(
                    "breach_procedure",
                    QT_TRANSLATE_NOOP("DataSharingPage", "Data-&breach procedure"),
                    "multiline",
                ),
            ],
        )
        self.finish()
