"""Charters and read-back helpers shared by the Word writer tests (this module has no tests itself)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from charter_builder.model import (
    Activity,
    Art6Ground,
    Body,
    BodyKind,
    BodyMember,
    Charter,
    CollaborationForm,
    Contribution,
    ContributionKind,
    DataFlow,
    DpiaStatus,
    DpoContact,
    GlossaryTerm,
    HealthCheck,
    HealthDimension,
    HealthOccasion,
    HealthScore,
    Kpi,
    MandateLevel,
    Partner,
    PartnerInterest,
    PartnerType,
    Raci,
    Representative,
    ReviewComment,
    Revision,
    Signature,
)

#: Text a user could type that breaks naive writers: markup, entities, quotes, emoji, a very long
#: word, several paragraphs with different line ends, a tab and leading/trailing spaces.
HOSTILE_NAME = 'Gemeente <Zuid> & "Noord" \'s-Hertogenbosch 🚀'
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen" * 3
HOSTILE_PROBLEM = (
    "Eerste alinea met <b>geen opmaak</b> & &amp; entiteit.\n"
    'Tweede alinea met “slimme” en "rechte" aanhalingstekens en emoji 👩‍⚖️🇳🇱.\r\n'
    f"Derde alinea: {LONG_WORD}\r"
    "\tVierde alinea met tab en spaties aan het eind   "
)
HOSTILE_LINES = [
    "Eerste alinea met <b>geen opmaak</b> & &amp; entiteit.",
    'Tweede alinea met “slimme” en "rechte" aanhalingstekens en emoji 👩‍⚖️🇳🇱.',
    f"Derde alinea: {LONG_WORD}",
    "\tVierde alinea met tab en spaties aan het eind   ",
]


def rich_charter() -> Charter:
    """Return a small charter touching every part the writer renders, with hostile text in places."""
    c = Charter.new(title="Convenant Proefregio", partnership_name="Samenwerkingsverband Proefregio")
    c.metadata.authors = ["T. Tester"]
    c.metadata.created_on = dt.date(2026, 2, 1)
    c.partners = [
        Partner(
            id="gem",
            name=HOSTILE_NAME,
            short_name="Zuid&Noord",
            type=PartnerType.MUNICIPALITY,
            representatives=[
                Representative(
                    id="gem-r1",
                    name="A. de Vries",
                    function="Burgemeester",
                    mandate_level=MandateLevel.WITHIN_LIMITS,
                    mandate="Tot € 50.000 <per jaar>",
                    is_signatory=True,
                )
            ],
            reporting_channel="Wekelijks overleg met de gemeentesecretaris",
        ),
        Partner(
            id="pol",
            name="Politie eenheid Proef",
            short_name="Politie",
            type=PartnerType.POLICE,
            representatives=[Representative(id="pol-r1", name="B. Jansen", function="Teamchef")],
        ),
        Partner(id="om", name="Openbaar Ministerie", short_name="OM", type=PartnerType.PUBLIC_PROSECUTION),
    ]
    c.purpose.problem = HOSTILE_PROBLEM
    c.purpose.shared_value = "Samen sneller ingrijpen."
    c.purpose.interests = [PartnerInterest(id="int-1", partner_id="gem", interest="Een veilige binnenstad.")]
    c.vision.statement = "Wij willen een regio zonder ruimte voor ondermijning."
    c.vision.horizon_year = 2032
    c.strategy.contributions = [
        Contribution(id="con-1", partner_id="gem", kind=ContributionKind.BUDGET, amount=50000, unit="euro"),
        Contribution(id="con-2", partner_id="pol", kind=ContributionKind.HOURS, amount=16, unit="uur/week"),
    ]
    c.strategy.collaboration_form = CollaborationForm.COVENANT
    c.trust.glossary = [
        GlossaryTerm(id="term-1", term="Casus", definition="Een signaal dat partners samen oppakken.")
    ]
    c.governance.bodies = [
        Body(
            id="body-1",
            name="Stuurgroep",
            kind=BodyKind.STEERING_GROUP,
            members=[BodyMember(partner_id="gem"), BodyMember(partner_id="pol")],
        )
    ]
    c.governance.kpis = [
        Kpi(id="kpi-1", name="Signalen", owner_id="gem", target=10, unit="aantal"),
        Kpi(id="kpi-2", name="Tevredenheid", target_description="Partners geven minstens een 7"),
    ]
    c.governance.start_date = dt.date(2026, 3, 1)
    c.roles.activities = [
        Activity(id="act-1", name="Casusoverleg", raci={"gem": Raci.ACCOUNTABLE, "pol": Raci.RESPONSIBLE}),
        Activity(id="act-2", name="Rapportage", raci={"om": Raci.CONSULTED}),
    ]
    c.data_sharing.flows = [
        DataFlow(
            id="flow-1",
            name="Signalen",
            provider_id="pol",
            recipient_ids=["gem"],
            purpose="Beoordelen van signalen",
            art6_ground=Art6Ground.PUBLIC_TASK,
            wpg_article="art. 20 WPG",
            police_data=True,
            retention_months=24,
            dpia=DpiaStatus.DONE,
        )
    ]
    c.data_sharing.dpo_contacts = [
        DpoContact(id="dpo-1", partner_id="gem", name="F. G.", email="fg@example.nl")
    ]
    c.revisions = [
        Revision(id="rev-1", version=1, date=dt.date(2026, 2, 1), author="T. Tester", summary="Eerste")
    ]
    c.signatures = [
        Signature(
            id="sig-1",
            partner_id="pol",
            name="B. Jansen",
            function="Teamchef",
            signed_on=dt.date(2026, 3, 2),
            place="Proefstad",
        )
    ]
    c.health_checks = [
        HealthCheck(
            id=f"hc-{n}",
            date=dt.date(2026 + n, 1, 10),
            occasion=HealthOccasion.FOUNDING if n == 0 else HealthOccasion.MID_TERM_REVIEW,
            scores=[
                HealthScore(partner_id=p, dimension=d, score=(i + n + k) % 5 + 1)
                for i, p in enumerate(("gem", "pol", "om"))
                for k, d in enumerate(HealthDimension)
            ],
        )
        for n in range(2)
    ]
    c.comments = [
        ReviewComment(
            id="cm-1",
            target="purpose.shared_value",
            author="Jurist",
            created_at=dt.datetime(2026, 2, 3, 10, 0),
            text="Is 'sneller' meetbaar?",
        ),
        ReviewComment(
            id="cm-2",
            target="kpi-1",
            author="Jurist",
            created_at=dt.datetime(2026, 2, 3, 10, 5),
            text="Wie meet dit <precies>?",
        ),
        ReviewComment(
            id="cm-3",
            target="governance.costs",
            author="Jurist",
            created_at=dt.datetime(2026, 2, 3, 10, 6),
            text="Al opgelost punt",
            resolved=True,
        ),
    ]
    return c


@dataclass
class ReadBack:
    """A rendered document reopened with python-docx, with the lookups the tests need."""

    doc: DocxDocument
    blocks: list[Paragraph | Table] = field(default_factory=list)

    @classmethod
    def open(cls, path: Path) -> ReadBack:
        doc = Document(str(path))
        return cls(doc, list(doc.iter_inner_content()))

    def paragraphs(self, style: str | None = None) -> list[Paragraph]:
        return [
            b for b in self.blocks if isinstance(b, Paragraph) and (style is None or b.style.name == style)
        ]

    def texts(self, style: str | None = None) -> list[str]:
        return [p.text for p in self.paragraphs(style)]

    def tables_with_header(self, first_cell: str) -> list[Table]:
        return [t for t in self.doc.tables if t.rows and t.rows[0].cells[0].text == first_cell]

    def section_of(self, heading_start: str) -> list[Paragraph | Table]:
        """Return the blocks after the Heading 1 that starts with ``heading_start``, up to the next one."""
        out: list[Paragraph | Table] = []
        inside = False
        for b in self.blocks:
            if isinstance(b, Paragraph) and b.style.name == "Heading 1":
                if inside:
                    break
                inside = b.text.startswith(heading_start)
                continue
            if inside:
                out.append(b)
        return out

    @staticmethod
    def flat(blocks: list[Paragraph | Table]) -> list[Paragraph]:
        """Return the paragraphs of these blocks, including those inside (layout) tables."""
        out: list[Paragraph] = []
        for b in blocks:
            if isinstance(b, Paragraph):
                out.append(b)
            else:
                out.extend(p for row in b.rows for cell in row.cells for p in cell.paragraphs)
        return out

    def body_xml(self) -> str:
        return self.doc.element.body.xml

    def instr_texts(self) -> list[str]:
        return [el.text or "" for el in self.doc.element.body.iter(qn("w:instrText"))]
