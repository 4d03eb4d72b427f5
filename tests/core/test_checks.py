"""The checks engine: order of the findings, speed, integrity, the catalogue, the bundled example."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charter_builder.checks import Finding, Severity, rule_catalogue, run_checks
from charter_builder.checks.engine import INTEGRITY_RULE_ID, path_key, sort_key
from charter_builder.examples import example_charter
from charter_builder.model import BodyMember, Charter, Step
from charter_builder.vocabulary import step_label
from tests.support.synthetic import large_charter

from ..flawed.minimal import TODAY, minimal_complete_charter


def _messy() -> Charter:
    """A charter with findings in several steps and severities."""
    c = minimal_complete_charter()
    c.purpose.problem = ""
    c.governance.kpis[0].owner_id = None
    c.governance.kpis[1].source = ""
    c.governance.bodies[0].meeting_cadence = None
    c.data_sharing.flows[0].retention_months = None
    c.partners[2].support_in_parent = ""
    c.partners[0].support_in_parent = ""
    c.metadata.title = ""
    return c


def test_findings_are_ordered_by_step_then_severity_then_path() -> None:
    findings = run_checks(_messy(), TODAY)
    assert len(findings) == 8
    assert findings == sorted(findings, key=sort_key)
    steps = [f.step for f in findings]
    assert steps == sorted(steps, key=list(Step).index)
    assert [f.rule_id for f in findings] == [
        "PT-SUPPORT",
        "PT-SUPPORT",
        "PU-PROBLEM",
        "GV-KPI-OWNER",
        "GV-CADENCE",
        "GV-KPI-SOURCE",
        "DS-RETENTION",
        "MD-TITLE",
    ]
    assert [f.path for f in findings[:2]] == [
        "partners[0].support_in_parent",
        "partners[2].support_in_parent",
    ]


def test_paths_sort_by_number_not_by_text() -> None:
    assert sorted(["kpis[10].x", "kpis[9].x", "kpis[1].x"], key=path_key) == [
        "kpis[1].x",
        "kpis[9].x",
        "kpis[10].x",
    ]


def test_findings_are_frozen_and_carry_the_legal_reference() -> None:
    c = minimal_complete_charter()
    c.data_sharing.flows[0].special_categories = True
    [f] = run_checks(c, TODAY)
    assert isinstance(f, Finding)
    assert f.legal_ref.startswith("AVG art. 9")
    assert f.message("nl") == f.message_nl
    assert f.message("en") == f.message_en
    with pytest.raises(AttributeError):
        f.path = "x"  # type: ignore[misc]


def test_a_dangling_reference_added_in_place_is_reported() -> None:
    c = minimal_complete_charter()
    c.governance.bodies[0].members.append(BodyMember(partner_id="ghost"))
    hits = [f for f in run_checks(c, TODAY) if f.rule_id == INTEGRITY_RULE_ID]
    assert [(f.path, f.severity, f.step) for f in hits] == [
        ("governance.bodies[0].members[3].partner_id", Severity.ERROR, Step.GOVERNANCE)
    ]


def test_the_check_is_fast_enough_for_the_wizard_on_a_large_charter() -> None:
    big = large_charter()
    run_checks(big)  # warm up imports
    best = min(_timed(big) for _ in range(5))
    assert best < 0.050, f"run_checks took {best * 1000:.1f} ms"


def _timed(c: Charter) -> float:
    start = time.perf_counter()
    run_checks(c)
    return time.perf_counter() - start


def test_the_catalogue_is_readable_by_legal_staff() -> None:
    rules = rule_catalogue()
    assert len(rules) >= 40
    for r in rules:
        assert r.id.isupper()
        assert "-" in r.id
        assert r.title_nl
        assert r.title_en
        assert r.fix_nl
        assert r.fix_en
        assert r.fix_nl.endswith(".")
        assert r.fix_en.endswith(".")
        assert step_label(r.step, "nl")
        assert step_label(r.step, "en")
    by_severity = {s: sum(r.severity == s for r in rules) for s in Severity}
    assert all(n > 0 for n in by_severity.values())
    refs = " ".join(r.legal_ref for r in rules)
    for must in (
        "AVG art. 6",
        "AVG art. 9",
        "AVG art. 10",
        "AVG art. 26",
        "AVG art. 28",
        "AVG art. 35",
        "WPG",
        "UAVG",
        "Wgr",
        "Aanwijzingen voor convenanten",
    ):
        assert must in refs


def test_the_bundled_example_passes_without_errors() -> None:
    findings = run_checks(example_charter())
    assert [f for f in findings if f.severity == Severity.ERROR] == []


_OPTIONAL_FIELDS = [
    ("governance.kpis[0]", "owner_id"),
    ("governance.kpis[0]", "target"),
    ("governance.kpis[1]", "frequency"),
    ("governance", "end_date"),
    ("governance", "mid_term_review_date"),
    ("data_sharing.flows[0]", "art6_ground"),
    ("data_sharing.flows[0]", "retention_months"),
    ("data_sharing.flows[0]", "provider_id"),
    ("partners[1].representatives[0]", "mandate_level"),
    ("strategy", "collaboration_form"),
    ("vision", "horizon_year"),
]
_FLAGS = ["special_categories", "criminal_data", "police_data", "vulnerable_subjects", "large_scale"]


def _node(c: Charter, dotted: str) -> object:
    node: object = c
    for part in dotted.split("."):
        if "[" in part:
            attr, index = part[:-1].split("[")
            node = getattr(node, attr)[int(index)]
        else:
            node = getattr(node, part)
    return node


@settings(max_examples=60, deadline=None)
@given(
    blanks=st.sets(st.sampled_from(range(200))),
    nones=st.sets(st.sampled_from(range(len(_OPTIONAL_FIELDS)))),
    flags=st.sets(st.sampled_from(_FLAGS)),
    left=st.sets(st.sampled_from(["gem", "pol", "zorg"])),
)
def test_any_mix_of_gaps_gives_sorted_well_formed_findings(
    blanks: set[int], nones: set[int], flags: set[str], left: set[str]
) -> None:
    import datetime as dt

    from charter_builder.checks.glossary import texts

    c = minimal_complete_charter()
    for i, (path, _) in enumerate(list(texts(c))):
        if i in blanks and "[" not in path.rsplit(".", 1)[-1]:
            parent, name = path.rsplit(".", 1)
            setattr(_node(c, parent), name, "")
    for i in nones:
        parent, name = _OPTIONAL_FIELDS[i]
        setattr(_node(c, parent), name, None)
    for flag in flags:
        setattr(c.data_sharing.flows[0], flag, True)
    for p in c.partners:
        if p.id in left:
            p.left_on = dt.date(2026, 6, 1)
    findings = run_checks(c, TODAY)
    assert findings == sorted(findings, key=sort_key)
    assert findings == run_checks(c, TODAY)
    known = {r.id for r in rule_catalogue()} | {INTEGRITY_RULE_ID}
    for f in findings:
        assert f.rule_id in known
        assert f.path
        assert "{" not in f.message_nl
        assert "{" not in f.message_en
    if blanks or nones or flags or left:
        return
    assert findings == []


def test_an_empty_new_charter_is_checked_without_crashing() -> None:
    findings = run_checks(Charter.new())
    errors = {f.rule_id for f in findings if f.severity == Severity.ERROR}
    assert {
        "PT-MIN2",
        "PU-PROBLEM",
        "VI-STATEMENT",
        "ST-RESULTS",
        "GV-BODY",
        "GV-DURATION",
        "MD-TITLE",
    } <= errors
    assert not any(f.rule_id.startswith("DS-") and f.rule_id != "DS-NO-FLOWS" for f in findings)
