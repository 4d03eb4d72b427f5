"""The bundled example charter: valid, byte-stable, complete enough to show every part of a charter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from charter_builder.examples import EXAMPLE_FILE, example_charter
from charter_builder.model import Charter, KpiFocus, KpiKind
from charter_builder.resources import template_path
from charter_builder.storage import dump_charter, load_charter

EXAMPLE = template_path(*EXAMPLE_FILE)


def _cli() -> list[str]:
    """Return the installed ``charter-builder`` command, the way a user runs it."""
    found = shutil.which("charter-builder", path=str(Path(sys.executable).parent))
    assert found, "the charter-builder entry point is not installed in this environment"
    return [found]


def _empty(record: object, *fields: str) -> list[str]:
    """Return the named fields that are empty (None, "" or []); 0 counts as filled in."""
    return [f for f in fields if getattr(record, f) in (None, "", [])]


@pytest.fixture(scope="module")
def example() -> Charter:
    return load_charter(EXAMPLE)


def test_example_is_byte_stable() -> None:
    raw = EXAMPLE.read_bytes()
    assert dump_charter(load_charter(EXAMPLE)) == raw


def test_example_charter_function_returns_a_fresh_copy() -> None:
    a, b = example_charter(), example_charter()
    a.partners[0].name = "Gewijzigd"
    assert b.partners[0].name != "Gewijzigd"


def test_example_is_dutch_draft_version_one(example: Charter) -> None:
    m = example.metadata
    assert m.language == "nl"
    assert m.version == 1
    assert m.status == "draft"
    assert _empty(m, "title", "partnership_name", "authors", "created_on") == []
    assert [r.version for r in example.revisions] == [1]


def test_example_has_enough_of_every_part(example: Charter) -> None:
    assert len(example.partners) >= 5
    assert len(example.governance.kpis) >= 8
    assert len(example.roles.activities) >= 8
    assert len(example.data_sharing.flows) >= 5
    assert len(example.trust.glossary) >= 8
    assert {b.kind for b in example.governance.bodies} >= {"steering_group", "core_team", "case_meeting"}
    assert _empty(example.governance, "start_date", "end_date", "mid_term_review_date") == []
    assert "Staatscourant" in example.governance.publication


def test_every_partner_has_representatives_interest_and_contribution(example: Charter) -> None:
    interests = {i.partner_id for i in example.purpose.interests}
    contributions = {c.partner_id for c in example.strategy.contributions}
    for p in example.partners:
        assert p.representatives, p.id
        assert all(r.mandate_level is not None and r.mandate for r in p.representatives), p.id
        assert p.id in interests, p.id
        assert p.id in contributions, p.id
    assert all(c.amount is not None and c.unit for c in example.strategy.contributions)


def test_every_partner_is_referenced_outside_the_partner_list(example: Charter) -> None:
    referenced: set[str] = set()
    for body in example.governance.bodies:
        referenced |= {m.partner_id for m in body.members}
    referenced |= {k.owner_id for k in example.governance.kpis if k.owner_id}
    for act in example.roles.activities:
        referenced |= set(act.raci)
    for flow in example.data_sharing.flows:
        referenced |= {flow.provider_id, *flow.recipient_ids} - {None}
    assert {p.id for p in example.partners} <= referenced


def test_kpis_cover_both_kinds_and_both_focuses(example: Charter) -> None:
    combos = {(k.kind, k.focus) for k in example.governance.kpis}
    assert combos == {(kind, focus) for kind in KpiKind for focus in KpiFocus}
    for k in example.governance.kpis:
        assert _empty(k, "owner_id", "source", "frequency") == [], k.id
        if k.kind == KpiKind.QUANTITATIVE:
            assert _empty(k, "baseline", "target", "unit") == [], k.id
        else:
            assert k.target_description, k.id


def test_every_activity_has_exactly_one_accountable(example: Charter) -> None:
    for act in example.roles.activities:
        assert sum(r.is_accountable for r in act.raci.values()) == 1, act.id
    assert {a.level for a in example.roles.activities} == {"organisation", "process", "professional"}


def test_data_flows_have_a_legal_basis_and_safeguards(example: Charter) -> None:
    flows = example.data_sharing.flows
    for f in flows:
        assert _empty(f, "provider_id", "recipient_ids", "purpose") == [], f.id
        assert f.art6_ground is not None or f.wpg_article, f.id
        if f.criminal_data:
            assert f.art10_basis, f.id
        safeguards = ("necessity", "proportionality", "subsidiarity", "minimisation", "retention_months")
        assert _empty(f, *safeguards, "security_measures", "authorisation") == [], f.id
        assert f.dpia == "done", f.id
        if f.controller_role == "joint_controllers":
            assert f.art26_arrangement, f.id
    assert any(f.police_data and f.wpg_article == "art. 20 WPG" for f in flows)
    assert any(f.technique == "hit_no_hit" for f in flows)
    ds = example.data_sharing
    assert _empty(ds, "breach_procedure", "data_subject_rights", "privacy_by_design") == []
    assert {d.partner_id for d in ds.dpo_contacts} >= {f.provider_id for f in flows}


def test_cli_writes_a_valid_example(tmp_path: Path) -> None:
    out = tmp_path / "x.charter.json"
    cli = _cli()
    new = subprocess.run([*cli, "new", "--example", "-o", str(out)], capture_output=True, text=True)
    assert new.returncode == 0, new.stderr
    check = subprocess.run([*cli, "validate", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert "8 partners" in check.stdout
    assert out.read_bytes() == EXAMPLE.read_bytes()


def test_example_passes_the_checks_without_errors_or_warnings(example: Charter) -> None:
    from charter_builder.checks import Severity, run_checks

    serious = [
        f"{f.severity} {f.rule_id} {f.path}"
        for f in run_checks(example)
        if f.severity in (Severity.ERROR, Severity.WARNING)
    ]
    assert serious == []


def test_check_command_accepts_the_bundled_charters() -> None:
    files = [str(EXAMPLE), *(str(p) for p in sorted(template_path("starters").glob("*.charter.json")))]
    cli = _cli()
    result = subprocess.run([*cli, "check", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("0 errors") == len(files)


def test_example_has_a_complete_founding_health_check(example: Charter) -> None:
    from charter_builder.model import HealthDimension, HealthOccasion

    (founding,) = [h for h in example.health_checks if h.occasion == HealthOccasion.FOUNDING]
    scored = {(s.partner_id, s.dimension) for s in founding.scores}
    expected = {(p.id, d) for p in example.partners for d in HealthDimension}
    assert scored == expected
    assert len(founding.scores) == len(expected)
    assert any(s.comment for s in founding.scores if s.score <= 2)
