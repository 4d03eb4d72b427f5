"""Behaviour is pinned: the bundled charters' JSON, findings and Word text match ``tests/golden/``.

When a change is meant to alter them, run ``uv run python tools/make_golden.py`` and commit the
reviewed diff; this test never rewrites the files itself.
"""

from __future__ import annotations

import difflib

import pytest

from tests.support.golden import GOLDEN_DIR, golden_texts

#: Lines of unified diff shown per differing file: enough to see the first differences.
MAX_DIFF_LINES = 60


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return golden_texts()


def test_the_golden_files_are_exactly_the_ones_made(texts: dict[str, str]) -> None:
    committed = {p.relative_to(GOLDEN_DIR).as_posix() for p in GOLDEN_DIR.rglob("*") if p.is_file()}
    assert committed == set(texts), (
        "tests/golden is out of step with the bundled charters; run `uv run python tools/make_golden.py`"
    )


def test_behaviour_matches_the_golden_files(texts: dict[str, str]) -> None:
    failures: list[str] = []
    for rel, actual in sorted(texts.items()):
        path = GOLDEN_DIR / rel
        expected = path.read_text(encoding="utf-8") if path.is_file() else ""
        if actual == expected:
            continue
        diff = list(
            difflib.unified_diff(
                expected.splitlines(),
                actual.splitlines(),
                f"tests/golden/{rel} (committed)",
                f"tests/golden/{rel} (now)",
                lineterm="",
                n=2,
            )
        )
        shown = diff[:MAX_DIFF_LINES] + (
            [f"... {len(diff) - MAX_DIFF_LINES} more diff lines"] if len(diff) > MAX_DIFF_LINES else []
        )
        failures.append("\n".join(shown))
    if failures:
        pytest.fail(
            f"{len(failures)} golden file(s) differ. If the change is intended, run "
            "`uv run python tools/make_golden.py` and review the diff.\n\n" + "\n\n".join(failures),
            pytrace=False,
        )
