"""Write the deliberately flawed charters of this folder, each with the findings it must yield.

Run from the repository root with ``uv run python -m tests.flawed.make_flawed``. Every charter is
the clean minimal charter (``minimal.py``) with one or a few flaws; the sidecar
``<name>.expected.json`` lists, by hand, the exact rule ids and paths the checks must report.
The expectations are written here, not computed, so the test that compares them with the engine
proves what the engine finds. ``test_checks_flawed.py`` also checks that the files on disk are
what this script writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from charter_builder.model import (
    Activity,
    Art6Ground,
    Art9Exception,
    Charter,
    ControllerRole,
    DecisionRule,
    DpiaStatus,
    MandateLevel,
    Raci,
)
from charter_builder.storage import dump_charter

from .minimal import TODAY, minimal_complete_charter

HERE = Path(__file__).resolve().parent
F0 = "data_sharing.flows[0]"


@dataclass(frozen=True)
class Flaw:
    name: str
    description: str
    apply: Callable[[Charter], None]
    expected: list[tuple[str, str]]
    """``(rule_id, path)`` of every finding, and nothing else."""


def _kpi_incomplete(c: Charter) -> None:
    k = c.governance.kpis[0]
    k.owner_id = None
    k.target = None
    k.frequency = None


def _partner_left(c: Charter) -> None:
    import datetime as dt

    c.partners[2].left_on = dt.date(2026, 6, 1)
    c.data_sharing.flows[0].recipient_ids = ["gem", "zorg"]


def _accountability(c: Charter) -> None:
    c.roles.activities = [
        Activity(
            id="act-1",
            name="Casusoverleg",
            raci={"gem": Raci.ACCOUNTABLE, "pol": Raci.ACCOUNTABLE_RESPONSIBLE, "zorg": Raci.CONSULTED},
        ),
        Activity(
            id="act-2", name="Signaalbeoordeling", raci={"pol": Raci.RESPONSIBLE, "zorg": Raci.CONSULTED}
        ),
    ]


def _majority(c: Charter) -> None:
    c.governance.bodies[0].decision_rule = DecisionRule.MAJORITY
    c.partners[1].representatives[0].mandate_level = MandateLevel.CONSULT_FIRST
    c.partners[2].representatives[0].mandate_level = MandateLevel.NONE


def _health(c: Charter) -> None:
    f = c.data_sharing.flows[0]
    f.special_categories = True
    f.data_categories = [*f.data_categories, "Gegevens over verslaving"]


def _criminal(c: Charter) -> None:
    c.data_sharing.flows[0].criminal_data = True


def _no_wpg(c: Charter) -> None:
    c.data_sharing.flows[0].wpg_article = ""


def _no_dpia(c: Charter) -> None:
    f = c.data_sharing.flows[0]
    f.special_categories = True
    f.art9_exception = Art9Exception.SUBSTANTIAL_PUBLIC_INTEREST
    f.vulnerable_subjects = True
    f.dpia = DpiaStatus.NOT_ASSESSED
    f.dpia_reference = ""


def _joint(c: Charter) -> None:
    c.data_sharing.flows[0].controller_role = ControllerRole.JOINT_CONTROLLERS


def _processor(c: Charter) -> None:
    c.data_sharing.flows[0].controller_role = ControllerRole.PROCESSOR


def _no_breach_no_rights(c: Charter) -> None:
    c.data_sharing.breach_procedure = ""
    c.data_sharing.data_subject_rights = "   "


def _wide(c: Charter) -> None:
    body = c.governance.bodies[0]
    body.members = [m for m in body.members if m.partner_id != "zorg"]
    c.roles.activities[0].raci = {"gem": Raci.ACCOUNTABLE, "pol": Raci.RESPONSIBLE}
    c.data_sharing.flows[0].recipient_ids = ["gem", "zorg"]


def _no_term(c: Charter) -> None:
    g = c.governance
    g.end_date = None
    g.mid_term_review_date = None
    g.termination = ""
    g.joining_and_leaving = ""


def _no_why(c: Charter) -> None:
    c.purpose.problem = ""
    c.purpose.shared_value = ""
    c.vision.statement = ""
    c.strategy.results = []


def _no_rep(c: Charter) -> None:
    c.governance.bodies[0].members[2].representative_id = None
    c.partners[2].representatives = []


def _jargon(c: Charter) -> None:
    c.purpose.problem += " Het RIEC en de FIOD leveren daarover informatie."
    c.trust.glossary[1].definition = ""


def _legit(c: Charter) -> None:
    c.data_sharing.flows[0].art6_ground = Art6Ground.LEGITIMATE_INTERESTS


def _advisory(c: Charter) -> None:
    c.governance.bodies[0].decision_rule = DecisionRule.ADVISORY


def _mandate(c: Charter) -> None:
    c.partners[0].representatives[0].mandate_level = None
    c.partners[1].representatives[0].mandate = ""


def _retention_signatory(c: Charter) -> None:
    c.data_sharing.flows[0].retention_months = None
    c.partners[2].representatives[0].is_signatory = False


FLAWS: list[Flaw] = [
    Flaw(
        "kpi-incomplete",
        "A KPI without owner, target or measuring frequency.",
        _kpi_incomplete,
        [
            ("GV-KPI-OWNER", "governance.kpis[0].owner_id"),
            ("GV-KPI-TARGET", "governance.kpis[0].target"),
            ("GV-KPI-FREQ", "governance.kpis[0].frequency"),
        ],
    ),
    Flaw(
        "partner-left-still-referenced",
        "A care partner left in 2026 but still owns a KPI, has a RACI role, sits in the steering group and receives data.",
        _partner_left,
        [
            ("RL-RACI-LEFT", "roles.activities[0].raci.zorg"),
            ("GV-KPI-OWNER-LEFT", "governance.kpis[1].owner_id"),
            ("GV-MEMBER-LEFT", "governance.bodies[0].members[2].partner_id"),
            ("DS-PARTY-LEFT", f"{F0}.recipient_ids[1]"),
        ],
    ),
    Flaw(
        "accountability-unclear",
        "One activity with two accountable partners, another with none.",
        _accountability,
        [
            ("RL-ACCOUNTABLE-MULTI", "roles.activities[0].raci"),
            ("RL-ACCOUNTABLE", "roles.activities[1].raci"),
        ],
    ),
    Flaw(
        "majority-vs-mandate",
        "The steering group decides by majority, but two representatives cannot commit their organisation.",
        _majority,
        [
            ("GV-MANDATE", "governance.bodies[0].members[1]"),
            ("GV-MANDATE", "governance.bodies[0].members[2]"),
        ],
    ),
    Flaw(
        "health-data-without-exception",
        "Addiction data (special category) is shared without an art. 9 exception.",
        _health,
        [("DS-ART9", f"{F0}.art9_exception")],
    ),
    Flaw(
        "criminal-data-without-basis",
        "Criminal data is shared without an art. 10 basis.",
        _criminal,
        [("DS-ART10", f"{F0}.art10_basis")],
    ),
    Flaw(
        "police-data-without-wpg",
        "Police data is provided without naming the WPG article.",
        _no_wpg,
        [("DS-WPG", f"{F0}.wpg_article")],
    ),
    Flaw(
        "dpia-missing",
        "Special-category data about vulnerable people, and no DPIA.",
        _no_dpia,
        [("DS-DPIA", f"{F0}.dpia")],
    ),
    Flaw(
        "joint-controllers-without-arrangement",
        "Joint controllers without an art. 26 arrangement.",
        _joint,
        [("DS-ART26", f"{F0}.art26_arrangement")],
    ),
    Flaw(
        "processor-without-agreement",
        "A processor without an art. 28 agreement.",
        _processor,
        [("DS-ART28", f"{F0}.art28_agreement")],
    ),
    Flaw(
        "no-breach-procedure-no-rights-desk",
        "Personal data is shared, but there is no breach procedure and no desk for data-subject rights.",
        _no_breach_no_rights,
        [
            ("DS-BREACH", "data_sharing.breach_procedure"),
            ("DS-RIGHTS", "data_sharing.data_subject_rights"),
        ],
    ),
    Flaw(
        "sharing-wider-than-needed",
        "The care partner receives police data but has no role in any activity or body.",
        _wide,
        [("DS-WIDE", f"{F0}.recipient_ids[1]")],
    ),
    Flaw(
        "no-term-no-exit",
        "No end date, no mid-term review, no termination and no exit clause.",
        _no_term,
        [
            ("GV-DURATION", "governance.end_date"),
            ("GV-EVAL", "governance.mid_term_review_date"),
            ("GV-EXIT", "governance.joining_and_leaving"),
            ("GV-TERMINATION", "governance.termination"),
        ],
    ),
    Flaw(
        "no-purpose-vision-results",
        "The why, the vision and the results are empty.",
        _no_why,
        [
            ("PU-PROBLEM", "purpose.problem"),
            ("PU-VALUE", "purpose.shared_value"),
            ("VI-STATEMENT", "vision.statement"),
            ("ST-RESULTS", "strategy.results"),
        ],
    ),
    Flaw(
        "partner-without-representative",
        "A partner without anyone to represent it.",
        _no_rep,
        [("PT-REP", "partners[2].representatives")],
    ),
    Flaw(
        "jargon-undefined",
        "The texts use RIEC and FIOD, which the glossary does not define; one glossary term has no definition.",
        _jargon,
        [
            ("TR-GLOSSARY", "trust.glossary"),
            ("TR-GLOSSARY", "trust.glossary"),
            ("TR-GLOSSARY-DEF", "trust.glossary[1].definition"),
        ],
    ),
    Flaw(
        "legitimate-interest-for-police",
        "The police relies on legitimate interests, which public authorities cannot do for their tasks.",
        _legit,
        [("DS-ART6-F", f"{F0}.art6_ground")],
    ),
    Flaw(
        "no-deciding-body",
        "The only body merely advises.",
        _advisory,
        [("GV-BODY", "governance.bodies")],
    ),
    Flaw(
        "mandate-unclear",
        "One representative without a mandate level, one 'within limits' without the limits.",
        _mandate,
        [
            ("PT-MANDATE", "partners[0].representatives[0].mandate_level"),
            ("PT-MANDATE-TEXT", "partners[1].representatives[0].mandate"),
        ],
    ),
    Flaw(
        "no-retention-no-signatory",
        "No retention period for the flow, and nobody signs for the care partner.",
        _retention_signatory,
        [
            ("PT-SIGNATORY", "partners[2].representatives"),
            ("DS-RETENTION", f"{F0}.retention_months"),
        ],
    ),
]


def build(flaw: Flaw) -> Charter:
    c = minimal_complete_charter()
    c.metadata.charter_id = f"charter-flawed-{flaw.name}"
    flaw.apply(c)
    return c


def outputs() -> dict[str, bytes]:
    """Return file name → bytes for every flawed charter and its sidecar."""
    files: dict[str, bytes] = {}
    for flaw in FLAWS:
        files[f"{flaw.name}.charter.json"] = dump_charter(build(flaw))
        sidecar = {
            "description": flaw.description,
            "today": TODAY.isoformat(),
            "findings": [{"rule_id": r, "path": p} for r, p in flaw.expected],
        }
        files[f"{flaw.name}.expected.json"] = (
            json.dumps(sidecar, ensure_ascii=False, indent=2) + "\n"
        ).encode()
    return files


def main() -> None:
    for name, data in outputs().items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(FLAWS)} flawed charters to {HERE}")


if __name__ == "__main__":
    main()
