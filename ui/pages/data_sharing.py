"""Step 8: every flow of personal data with its legal basis (AVG/WPG), and the general safeguards."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from charter_builder.model import (
    Art6Ground,
    Art9Exception,
    Cadence,
    ControllerRole,
    DataFlow,
    DpiaStatus,
    DpoContact,
    SharingTechnique,
    Step,
    new_id,
)

from ..register_view import RegisterView
from ..session import CharterSession
from ..widgets.form import FieldSpec
from ..widgets.page_kit import FormStepPage
from ..widgets.record_table import Column


class DataSharingPage(FormStepPage):
    step = Step.DATA_SHARING
    CONTEXT = "DataSharingPage"
    TITLE = QT_TRANSLATE_NOOP("DataSharingPage", "Data sharing")

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        ds = lambda: self.session.charter.data_sharing  # noqa: E731
        box = self.section(QT_TRANSLATE_NOOP("DataSharingPage", "Flows of personal data"))
        self.note(
            box,
            QT_TRANSLATE_NOOP(
                "DataSharingPage",
                "One row per flow: who provides what to whom, for which purpose, on which legal basis. "
                "Prefer not sharing, or a hit/no-hit check, where that serves the purpose.",
            ),
        )
        self.flows = self.table(
            box,
            ds,
            "flows",
            "data_sharing.flows",
            [
                Column("name", QT_TRANSLATE_NOOP("DataSharingPage", "Flow"), width=220),
                Column("provider_id", QT_TRANSLATE_NOOP("DataSharingPage", "Provider"), "partner", width=150),
                Column(
                    "recipient_ids", QT_TRANSLATE_NOOP("DataSharingPage", "Recipients"), "partners", width=200
                ),
                Column(
                    "art6_ground",
                    QT_TRANSLATE_NOOP("DataSharingPage", "AVG art. 6"),
                    "enum",
                    enum=Art6Ground,
                    width=150,
                ),
                Column(
                    "technique",
                    QT_TRANSLATE_NOOP("DataSharingPage", "Technique"),
                    "enum",
                    enum=SharingTechnique,
                    width=140,
                ),
                Column(
                    "dpia",
                    QT_TRANSLATE_NOOP("DataSharingPage", "DPIA"),
                    "enum",
                    enum=DpiaStatus,
                    optional=False,
                    width=110,
                ),
            ],
            lambda: DataFlow(id=new_id("flow")),
            title=QT_TRANSLATE_NOOP("DataSharingPage", "Data flows"),
            detail_groups=_FLOW_DETAIL,
            detail_title=QT_TRANSLATE_NOOP("DataSharingPage", "Selected flow"),
            visible_rows=6,
        )
        box = self.section(QT_TRANSLATE_NOOP("DataSharingPage", "Data-sharing register"))
        self.register = RegisterView(self, self.body)  # the matrix, and the privacy officer's questions
        box.addWidget(self.register)
        self.editors.append(self.register)
        box = self.section(QT_TRANSLATE_NOOP("DataSharingPage", "Data-protection officers"))
        self.dpos = self.table(
            box,
            ds,
            "dpo_contacts",
            "data_sharing.dpo_contacts",
            [
                Column(
                    "partner_id",
                    QT_TRANSLATE_NOOP("DataSharingPage", "Partner"),
                    "partner",
                    optional=False,
                    width=220,
                ),
                Column("name", QT_TRANSLATE_NOOP("DataSharingPage", "Name"), width=220),
                Column("email", QT_TRANSLATE_NOOP("DataSharingPage", "E-mail"), width=220),
            ],
            lambda: self._new_dpo(),
            title=QT_TRANSLATE_NOOP("DataSharingPage", "Data-protection officers"),
            missing_text=QT_TRANSLATE_NOOP("DataSharingPage", "Add a partner first, on the Partners step."),
            visible_rows=4,
        )
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

    def _new_dpo(self) -> DpoContact | None:
        partner = self.first_partner_id()
        return DpoContact(id=new_id("dpo"), partner_id=partner) if partner else None


#: The fields of a data flow that do not fit in the table, in tabs that follow the legal reasoning.
_FLOW_DETAIL = [
    (
        QT_TRANSLATE_NOOP("DataSharingPage", "Purpose and data"),
        [
            FieldSpec(
                "purpose",
                QT_TRANSLATE_NOOP("DataSharingPage", "&Purpose (purpose limitation)"),
                "multiline",
                lines=3,
            ),
            FieldSpec("data_subjects", QT_TRANSLATE_NOOP("DataSharingPage", "Data &subjects")),
            FieldSpec(
                "data_categories",
                QT_TRANSLATE_NOOP("DataSharingPage", "Data &categories (separate with ;)"),
                "list",
            ),
            FieldSpec(
                "special_categories",
                QT_TRANSLATE_NOOP("DataSharingPage", "Special categories (AVG art. 9)"),
                "bool",
            ),
            FieldSpec(
                "criminal_data",
                QT_TRANSLATE_NOOP("DataSharingPage", "Criminal-law data (AVG art. 10)"),
                "bool",
            ),
            FieldSpec("police_data", QT_TRANSLATE_NOOP("DataSharingPage", "Police data (WPG)"), "bool"),
            FieldSpec(
                "vulnerable_subjects",
                QT_TRANSLATE_NOOP("DataSharingPage", "Vulnerable data subjects"),
                "bool",
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("DataSharingPage", "Legal basis and roles"),
        [
            FieldSpec(
                "art9_exception",
                QT_TRANSLATE_NOOP("DataSharingPage", "AVG art. 9 e&xception"),
                "enum",
                enum=Art9Exception,
            ),
            FieldSpec(
                "art10_basis", QT_TRANSLATE_NOOP("DataSharingPage", "Basis for criminal-law data (art. &10)")
            ),
            FieldSpec("wpg_article", QT_TRANSLATE_NOOP("DataSharingPage", "&WPG article")),
            FieldSpec(
                "legal_basis_explanation",
                QT_TRANSLATE_NOOP("DataSharingPage", "&Legal basis explained"),
                "multiline",
                lines=3,
            ),
            FieldSpec(
                "controller_role",
                QT_TRANSLATE_NOOP("DataSharingPage", "&Controller roles"),
                "enum",
                enum=ControllerRole,
                optional=False,
            ),
            FieldSpec(
                "art26_arrangement",
                QT_TRANSLATE_NOOP("DataSharingPage", "Arrangement between joint controllers (art. 26)"),
                "bool",
            ),
            FieldSpec(
                "art28_agreement",
                QT_TRANSLATE_NOOP("DataSharingPage", "Processing agreement (art. 28)"),
                "bool",
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("DataSharingPage", "Necessity"),
        [
            FieldSpec("necessity", QT_TRANSLATE_NOOP("DataSharingPage", "&Necessity"), "multiline", lines=2),
            FieldSpec(
                "proportionality",
                QT_TRANSLATE_NOOP("DataSharingPage", "Pr&oportionality"),
                "multiline",
                lines=2,
            ),
            FieldSpec(
                "subsidiarity", QT_TRANSLATE_NOOP("DataSharingPage", "S&ubsidiarity"), "multiline", lines=2
            ),
            FieldSpec(
                "minimisation",
                QT_TRANSLATE_NOOP("DataSharingPage", "Data &minimisation"),
                "multiline",
                lines=2,
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("DataSharingPage", "Retention and security"),
        [
            FieldSpec("frequency", QT_TRANSLATE_NOOP("DataSharingPage", "&Frequency"), "enum", enum=Cadence),
            FieldSpec(
                "retention_months",
                QT_TRANSLATE_NOOP("DataSharingPage", "&Retention (months)"),
                "int",
                minimum=0,
                maximum=1200,
            ),
            FieldSpec("retention_note", QT_TRANSLATE_NOOP("DataSharingPage", "Retention &note")),
            FieldSpec(
                "security_measures",
                QT_TRANSLATE_NOOP("DataSharingPage", "Security m&easures"),
                "multiline",
                lines=2,
            ),
            FieldSpec(
                "authorisation",
                QT_TRANSLATE_NOOP("DataSharingPage", "&Authorisation: who may see what"),
                "multiline",
                lines=2,
            ),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("DataSharingPage", "DPIA"),
        [
            FieldSpec("dpia_reference", QT_TRANSLATE_NOOP("DataSharingPage", "DPIA re&ference")),
            FieldSpec(
                "systematic_monitoring", QT_TRANSLATE_NOOP("DataSharingPage", "Systematic monitoring"), "bool"
            ),
            FieldSpec("large_scale", QT_TRANSLATE_NOOP("DataSharingPage", "Large scale"), "bool"),
            FieldSpec("combines_datasets", QT_TRANSLATE_NOOP("DataSharingPage", "Combines datasets"), "bool"),
        ],
    ),
]
