"""Step 7: roles at organisation, process and professional level, the RACI grid, boundary spanners."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.model import Activity, BoundarySpanner, RoleLevel, Step, new_id

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage
from ..widgets.raci_grid import RaciGrid
from ..widgets.record_table import Column


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
        box = self.section(QT_TRANSLATE_NOOP("RolesPage", "Activities and who does what (RACI)"))
        self.activities = self.table(
            box,
            roles,
            "activities",
            "roles.activities",
            [
                Column("name", QT_TRANSLATE_NOOP("RolesPage", "Activity"), width=320, stretch=True),
                Column(
                    "level", QT_TRANSLATE_NOOP("RolesPage", "Level"), "enum", enum=RoleLevel, optional=False
                ),
            ],
            lambda: Activity(id=new_id("activity")),
            title=QT_TRANSLATE_NOOP("RolesPage", "Activities"),
            detail=[
                FieldSpec("description", QT_TRANSLATE_NOOP("RolesPage", "&Description"), "multiline", lines=3)
            ],
            detail_title=QT_TRANSLATE_NOOP("RolesPage", "Selected activity"),
            visible_rows=5,
        )
        self.raci = RaciGrid(session, self.body)
        box.addWidget(self.raci)
        self.activities.filtered.connect(lambda: self.raci.set_hidden_rows(self.activities.hidden_rows()))
        self.editors.insert(0, self.raci)  # RACI paths go to the grid before the activity table
        box = self.section(QT_TRANSLATE_NOOP("RolesPage", "Boundary spanners"))
        self.note(
            box,
            QT_TRANSLATE_NOOP(
                "RolesPage",
                "The people who connect the organisations, and how they are selected and trained.",
            ),
        )
        self.spanners = self.table(
            box,
            roles,
            "boundary_spanners",
            "roles.boundary_spanners",
            [
                Column(
                    "partner_id",
                    QT_TRANSLATE_NOOP("RolesPage", "Partner"),
                    "partner",
                    optional=False,
                    width=200,
                ),
                Column("name", QT_TRANSLATE_NOOP("RolesPage", "Name"), width=200),
                Column("function", QT_TRANSLATE_NOOP("RolesPage", "Function"), width=200),
            ],
            lambda: self._new_spanner(),
            title=QT_TRANSLATE_NOOP("RolesPage", "Boundary spanners"),
            detail=[
                FieldSpec(
                    "selection_and_training",
                    QT_TRANSLATE_NOOP("RolesPage", "&Selection and training"),
                    "multiline",
                    lines=3,
                )
            ],
            detail_title=QT_TRANSLATE_NOOP("RolesPage", "Selected boundary spanner"),
            missing_text=QT_TRANSLATE_NOOP("RolesPage", "Add a partner first, on the Partners step."),
            visible_rows=4,
        )
        self.finish()

    def _new_spanner(self) -> BoundarySpanner | None:
        partner = self.first_partner_id()
        return BoundarySpanner(id=new_id("spanner"), partner_id=partner) if partner else None
