"""The review-mode and health-check strings have their Dutch in ``review.tsv``, and nothing stale.

(Their shared fixtures, ``language`` and ``session``, are in ``conftest.py``.) The review strings' Dutch lives in ``resources/translations/nl/review.tsv``; the tests below check
that file against the review sources alone, so a string lands in the catalogue it belongs to.
"""

from __future__ import annotations

from pathlib import Path

from ui import i18n

from .test_i18n import translations_tool

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "templates" / "examples" / "riec-westerdelta.charter.json"
MY_SOURCES = [*sorted((ROOT / "ui" / "review").glob("*.py")), ROOT / "ui" / "widgets" / "charts.py"]
MY_TSV = ROOT / "resources" / "translations" / "nl" / "review.tsv"


def test_every_review_string_has_dutch() -> None:
    tool = translations_tool()
    strings = tool.extract(MY_SOURCES)
    assert len(strings) > 80
    report = tool.compare(strings, i18n.read_catalogue_file(MY_TSV), {})
    assert report.missing == []


def test_the_tsv_has_no_stale_lines() -> None:
    """Every line of review.tsv translates a string the review code still has (no silent typos)."""
    have = translations_tool().extract(MY_SOURCES)
    assert [key for key in i18n.read_catalogue_file(MY_TSV) if key not in have] == []
