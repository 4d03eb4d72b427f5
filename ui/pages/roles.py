"""Step 7: roles at organisation, process and professional level, the RACI grid, boundary spanners."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.checks import Step

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage


class RolesPage(FormStepPage):
    step = Step.ROLES
    CONTEXT = "RolesPage"
    TITLE = QT_TRANSLATE_NOOP("RolesPage", "Roles and responsibilities")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        roles = lambda: self.session.charter.roles  # noqa: E731
        box = self.section(QT_TRANSLATE_NOOP("RolesPage", "Roles at three levels"))
        self.form(
            box,
            roles,
            "roles",
            [
                FieldSpec(
                    "organisation_level", QT_TRANSLATE_NOOP("RolesPage", "&Organisation level"), "multiline"
                ),
                FieldSpec("process_level", QT_TRANSLATE_NOOP("RolesPage", "&Process level"), "multiline"),
                FieldSpec(
                    "professional_level", QT_TRANSLATE_NOOP("RolesPage", "P&rofessional level"), "multiline"
                ),
                FieldSpec(
                    "professional_discretion",
                    QT_TRANSLATE_NOOP("RolesPage", "Room for professionals to &deviate"),
                    "multiline",
                ),
            ],
        )
        self.finish()
