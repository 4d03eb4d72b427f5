"""Property: for any mix of edits on the two sides, the merge keeps both sides' work and flags exactly the clashes."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from charter_builder.model import Charter
from charter_builder.packages import export_package, merge_packages

from .test_packages import realistic_charter

# (where in the package's sections, where in the charter) for text fields p001 fills in.
SLOTS: list[tuple[tuple[Any, ...], tuple[Any, ...], str]] = [
    (("partner", "legal_powers"), ("partners", 1, "legal_powers"), "partners[p001].legal_powers"),
    (
        ("partner", "support_in_parent"),
        ("partners", 1, "support_in_parent"),
        "partners[p001].support_in_parent",
    ),
    (
        ("partner", "representatives", 0, "mandate"),
        ("partners", 1, "representatives", 0, "mandate"),
        "partners[p001].representatives[p001-r0].mandate",
    ),
    (
        ("partner", "representatives", 1, "email"),
        ("partners", 1, "representatives", 1, "email"),
        "partners[p001].representatives[p001-r1].email",
    ),
    (
        ("interests", 0, "interest"),
        ("purpose", "interests", 1, "interest"),
        "purpose.interests[int-p001].interest",
    ),
    (
        ("contributions", 0, "description"),
        ("strategy", "contributions", 1, "description"),
        "strategy.contributions[con-p001].description",
    ),
    (
        ("flows", 1, "security_measures"),
        ("data_sharing", "flows", 9, "security_measures"),
        "data_sharing.flows[flow-009].security_measures",
    ),
    (
        ("dpo_contacts", 0, "email"),
        ("data_sharing", "dpo_contacts", 0, "email"),
        "data_sharing.dpo_contacts[dpo-p001].email",
    ),
]
MOVES = ["none", "package", "coordinator", "same", "differ"]


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(data, path[:-1])[path[-1]] = value


@settings(max_examples=60, deadline=None)
@given(
    moves=st.lists(st.sampled_from(MOVES), min_size=len(SLOTS), max_size=len(SLOTS)),
    word=st.text(max_size=12),
)
def test_merge_keeps_both_sides_and_flags_exactly_the_clashes(moves: list[str], word: str) -> None:
    original = realistic_charter()
    package = export_package(original, "p001", "Anna")
    edited = package.model_dump(mode="json")
    coordinator = original.model_dump(mode="json")
    expected: dict[str, str] = {}
    clashes = set()
    for i, (move, (in_package, in_charter, key)) in enumerate(zip(moves, SLOTS, strict=True)):
        old = _get(coordinator, in_charter)
        assert _get(edited["sections"], in_package) == old, "the slot table points at the same field"
        p, c, s = f"P{i}{word}", f"C{i}{word}", f"S{i}{word}"
        if move in ("package", "differ"):
            _set(edited["sections"], in_package, p)
        if move in ("coordinator", "differ"):
            _set(coordinator, in_charter, c)
        if move == "same":
            _set(edited["sections"], in_package, s)
            _set(coordinator, in_charter, s)
        expected[key] = {"none": old, "package": p, "coordinator": c, "same": s, "differ": c}[move]
        if move == "differ":
            clashes.add(key)
    charter = Charter.model_validate(coordinator)
    before = charter.model_dump(mode="json")

    result = merge_packages(charter, [type(package).model_validate(edited)], coordinator="X")

    assert charter.model_dump(mode="json") == before
    assert {c.key for c in result.conflicts} == clashes
    assert {c.key for c in result.changes} == {
        k for k, m in zip((s[2] for s in SLOTS), moves, strict=True) if m == "package"
    }
    merged = result.charter.model_dump(mode="json")
    for (_, in_charter, key), move in zip(SLOTS, moves, strict=True):
        assert _get(merged, in_charter) == expected[key], (key, move)
    # Everything the package does not own is exactly the coordinator's.
    for part in ("governance", "roles", "trust", "vision"):
        assert merged[part] == coordinator[part]
