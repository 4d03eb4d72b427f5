"""Step 1: the parent organisations, their representatives and the mandate each one has."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from charter_builder.model import Cadence, MandateLevel, Partner, PartnerType, Representative, Step, new_id

from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage
from ..widgets.partner_removal import reference_edits
from ..widgets.record_table import Column, RecordTable

C = "PartnersPage"


class PartnersPage(FormStepPage):
    step = Step.PARTNERS
    CONTEXT = C
    TITLE = QT_TRANSLATE_NOOP("PartnersPage", "Partners")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        box = self.section(QT_TRANSLATE_NOOP("PartnersPage", "Participating organisations"))
        self.note(
            box,
            QT_TRANSLATE_NOOP(
                "PartnersPage",
                "Every parent organisation that takes part. Select a partner to fill in its legal powers, "
                "its representatives and the mandate each one has.",
            ),
        )
        self.partners = self.table(
            box,
            lambda: self.session.charter,
            "partners",
            "partners",
            [
                Column("name", QT_TRANSLATE_NOOP("PartnersPage", "Name"), width=240),
                Column("short_name", QT_TRANSLATE_NOOP("PartnersPage", "Short name"), width=110),
                Column(
                    "type",
                    QT_TRANSLATE_NOOP("PartnersPage", "Type"),
                    "enum",
                    enum=PartnerType,
                    optional=False,
                    width=170,
                ),
                Column(
                    "reporting_cadence",
                    QT_TRANSLATE_NOOP("PartnersPage", "Reports back"),
                    "enum",
                    enum=Cadence,
                    width=130,
                ),
                Column("joined_on", QT_TRANSLATE_NOOP("PartnersPage", "Joined on"), "date", width=100),
                Column("left_on", QT_TRANSLATE_NOOP("PartnersPage", "Left on"), "date", width=100),
            ],
            lambda: Partner(id=new_id("partner")),
            title=QT_TRANSLATE_NOOP("PartnersPage", "Partners"),
            detail=[
                FieldSpec(
                    "legal_powers",
                    QT_TRANSLATE_NOOP("PartnersPage", "Legal &powers and tasks that matter here"),
                    "multiline",
                    lines=3,
                ),
                FieldSpec(
                    "support_in_parent",
                    QT_TRANSLATE_NOOP("PartnersPage", "&Support in the parent organisation"),
                    "multiline",
                    lines=3,
                ),
                FieldSpec(
                    "reporting_channel",
                    QT_TRANSLATE_NOOP("PartnersPage", "How the representative reports &back"),
                ),
            ],
            detail_title=QT_TRANSLATE_NOOP("PartnersPage", "Selected partner"),
            visible_rows=8,
        )
        self.representatives = self.partners.add_nested(
            RecordTable(
                session,
                self.partners.current_record,
                "representatives",
                lambda: self.partners.current_path() + ".representatives",
                [
                    Column("name", QT_TRANSLATE_NOOP("PartnersPage", "Representative"), width=180),
                    Column("function", QT_TRANSLATE_NOOP("PartnersPage", "Function"), width=160),
                    Column("email", QT_TRANSLATE_NOOP("PartnersPage", "E-mail"), width=170),
                    Column("phone", QT_TRANSLATE_NOOP("PartnersPage", "Phone"), width=110),
                    Column(
                        "mandate_level",
                        QT_TRANSLATE_NOOP("PartnersPage", "Mandate"),
                        "enum",
                        enum=MandateLevel,
                        width=150,
                    ),
                    Column("is_signatory", QT_TRANSLATE_NOOP("PartnersPage", "Signs"), "bool", width=60),
                ],
                lambda: Representative(id=new_id("rep")),
                context=C,
                title=QT_TRANSLATE_NOOP("PartnersPage", "Representatives"),
                detail=[
                    FieldSpec(
                        "mandate",
                        QT_TRANSLATE_NOOP(
                            "PartnersPage",
                            "&Mandate in words: what this person may decide without going back",
                        ),
                        "multiline",
                        lines=3,
                    )
                ],
                detail_title=QT_TRANSLATE_NOOP("PartnersPage", "Selected representative"),
                show_title=True,
                filterable=False,
                visible_rows=3,
            )
        )
        self.partners.remove_hook = self._remove_referenced_partners
        self.finish()

    def _remove_referenced_partners(self, rows: list[int]) -> bool:
        """Offer to remove the references to these partners too; return True when handled here."""
        charter = self.session.charter
        doomed = [charter.partners[r] for r in rows if r < len(charter.partners)]
        edits = reference_edits(charter, {p.id for p in doomed})
        if not edits:
            return False
        names = ", ".join(p.display_name for p in doomed)
        answer = QMessageBox.question(
            self,
            self.tr("Remove partner"),
            self.tr(
                "Other parts of the charter refer to %1 (%2 places, such as KPI owners, RACI letters "
                "and data flows). Remove the partner together with these references? You can undo this."
            )
            .replace("%1", names)
            .replace("%2", str(len(edits))),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return True
        stack = self.session.undo_stack
        text = self.tr("Remove partner")
        stack.beginMacro(text)
        try:
            for edit in edits:
                if edit.is_list:
                    self.session.set_list(edit.owner, edit.field, edit.value, edit.path, text)
                else:
                    self.session.set_value(edit.owner, edit.field, edit.value, edit.path, text)
            kept = [p for i, p in enumerate(charter.partners) if i not in rows]
            done = self.partners.set_rows(kept, text)
        finally:
            stack.endMacro()
        if not done:  # something else still refers to them: leave the charter as it was
            stack.undo()
        elif kept:
            self.partners.select_row(min(rows[0], len(kept) - 1))
        return True
