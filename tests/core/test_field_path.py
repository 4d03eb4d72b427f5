"""FieldPath: the one parser of the text form every layer uses to name a place in a charter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charter_builder.checks import run_checks
from charter_builder.diff import diff_charters
from charter_builder.examples import example_charter
from charter_builder.model import Charter, FieldPath, Step
from charter_builder.model.paths import Key, step_for_path

ROUND_TRIP = [
    "",
    "purpose",
    "purpose.problem",
    "governance.kpis[3].owner_id",
    "governance.kpis[kpi-1].target",
    "partners[0].representatives[13].mandate",
    "roles.activities[0].raci.gem-x",  # a mapping entry keyed by a partner id
    "health_checks[hc-1].scores[gem-a,shared_ambition].comment",  # a keyed record
    "reviews[0].measurements[kpi-1,2025-Q4]",
    "history[3]",
    "*.name",  # the guidance's "any record" heading
    "[0].name",  # a pydantic location that starts in a list
    "a[0][1].b",
]


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_parse_and_format_round_trip(text: str) -> None:
    path = FieldPath.parse(text)
    assert str(path) == text
    assert FieldPath.parse(str(path)) == path


@pytest.mark.parametrize(
    "text", [".a", "a.", "a..b", "a[0", "a]", "a[0]b", "a[[0]]", "a[]", "kpis[0]]", "a b]"]
)
def test_malformed_text_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a field path"):
        FieldPath.parse(text)


def test_parts_keys_and_names() -> None:
    path = FieldPath.parse("governance.kpis[3].owner_id")
    assert path.parts == ("governance", "kpis", Key("3"), "owner_id")
    assert path.names == ("governance", "kpis", "owner_id")
    assert str(path.without_keys) == "governance.kpis.owner_id"
    assert (path.head, path.name) == ("governance", "owner_id")
    assert Key("3").index == 3
    assert Key("kpi-1").index is None
    root = FieldPath()
    assert (root.head, root.name, str(root), bool(root)) == (None, None, "", False)


def test_building_matches_parsing() -> None:
    built = FieldPath().field("data_sharing").field("flows").item(2).field("purpose")
    assert built == FieldPath.parse("data_sharing.flows[2].purpose")
    assert FieldPath.from_loc(("partners", 2, "representatives", 0, "name")) == FieldPath.parse(
        "partners[2].representatives[0].name"
    )


def test_parent_walks_up_one_part_at_a_time() -> None:
    path = FieldPath.parse("governance.kpis[3].owner_id")
    ups = []
    at: FieldPath | None = path
    while at is not None:
        ups.append(str(at))
        at = at.parent
    assert ups == ["governance.kpis[3].owner_id", "governance.kpis[3]", "governance.kpis", "governance", ""]


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("governance.kpis[3].owner_id", "governance.kpis[3]"),
        ("governance.kpis[3]", "governance.kpis[3]"),
        ("roles.activities[0].raci.gem-x", "roles.activities[0]"),
        ("partners[1].representatives[0].email", "partners[1].representatives[0]"),
        (
            "health_checks[0].scores[gem-a,shared_ambition].score",
            "health_checks[0].scores[gem-a,shared_ambition]",
        ),
        ("purpose.problem", None),
        ("", None),
    ],
)
def test_record_is_the_nearest_list_item(text: str, record: str | None) -> None:
    got = FieldPath.parse(text).record
    assert (str(got) if got is not None else None) == record


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("partners[0].name", "partners[0].name", True),
        ("partners[0]", "partners[0].name", True),
        ("partners[0].name", "partners", True),
        ("partners[0].name", "partners[1].name", False),
        ("partners[1]", "partners[10]", False),
        ("purpose.problem", "purpose.problem_x", False),  # a shared text prefix is no overlap
        ("governance.kpis", "governance.kpis_extra", False),
        ("", "metadata.title", True),  # the whole charter overlaps everything
    ],
)
def test_overlaps_is_symmetric_and_part_wise(a: str, b: str, expected: bool) -> None:
    pa, pb = FieldPath.parse(a), FieldPath.parse(b)
    assert pa.overlaps(pb) is expected
    assert pb.overlaps(pa) is expected


def test_every_top_level_field_has_its_step() -> None:
    expected = {
        "partners": Step.PARTNERS,
        "purpose": Step.PURPOSE,
        "vision": Step.VISION,
        "strategy": Step.STRATEGY,
        "trust": Step.TRUST,
        "governance": Step.GOVERNANCE,
        "roles": Step.ROLES,
        "data_sharing": Step.DATA_SHARING,
    }
    for name in Charter.model_fields:
        path = FieldPath.parse(f"{name}[0].x" if name == "partners" else f"{name}.x")
        assert path.step is expected.get(name, Step.REVIEW), name
    # every wizard step but the review one edits a top-level part of the same name
    assert {s for s in Step if s is not Step.REVIEW} == set(expected.values())
    assert all(step.value == name for name, step in expected.items())
    assert FieldPath().step is Step.REVIEW
    assert step_for_path("not[a path") is Step.REVIEW
    assert step_for_path("governance.kpis[0].target") is Step.GOVERNANCE


def test_value_semantics_hash_and_order() -> None:
    a, b = FieldPath.parse("kpis[9].x"), FieldPath.parse("kpis[10].x")
    assert a == FieldPath.parse("kpis[9].x")
    assert len({a, FieldPath.parse("kpis[9].x"), b}) == 2
    assert sorted([b, a, FieldPath.parse("kpis"), FieldPath.parse("kpis.y")]) == [
        FieldPath.parse("kpis"),
        FieldPath.parse("kpis.y"),
        a,
        b,
    ]
    with pytest.raises(AttributeError):
        a.parts = ()  # type: ignore[misc]
    assert repr(a) == "FieldPath('kpis[9].x')"


def test_every_path_the_core_writes_parses_and_keeps_its_step() -> None:
    charter = example_charter()
    for finding in run_checks(charter):
        path = FieldPath.parse(finding.path)
        assert str(path) == finding.path
    for path_text, _ in charter.records():
        assert str(FieldPath.parse(path_text)) == path_text
    changed = charter.model_copy(deep=True)
    changed.partners = list(reversed(changed.partners))
    changed.governance.kpis[0].target = (changed.governance.kpis[0].target or 0) + 1
    for change in diff_charters(charter, changed):
        assert FieldPath.parse(change.path).step is change.step


_name = st.text(
    st.characters(blacklist_characters=".[]", blacklist_categories=("Cs",)), min_size=1, max_size=6
)
_key = st.text(st.characters(blacklist_characters="[]", blacklist_categories=("Cs",)), min_size=1, max_size=6)


@given(st.lists(st.one_of(_name, _key.map(Key)), max_size=6))
def test_any_parts_round_trip(parts: list[str | Key]) -> None:
    path = FieldPath(tuple(parts))
    assert FieldPath.parse(str(path)) == path
