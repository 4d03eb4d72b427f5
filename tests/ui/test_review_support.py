"""Shared fixtures of the review-mode and health-check tests, and the test that their Dutch is complete.

The review strings' Dutch lives in ``resources/translations/nl/review.tsv``; the tests below check
that file against the review sources alone, so a string lands in the catalogue it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from charter_builder.model import Charter
from charter_builder.storage import load_charter
from ui import i18n
from ui.session import CharterSession

from .test_i18n import translations_tool

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "templates" / "examples" / "riec-westerdelta.charter.json"
MY_SOURCES = [*sorted((ROOT / "ui" / "review").glob("*.py")), ROOT / "ui" / "widgets" / "charts.py"]
MY_TSV = ROOT / "resources" / "translations" / "nl" / "review.tsv"


@pytest.fixture
def language(qapp: Any) -> Iterator[Any]:
    """Return a function that switches the UI to "nl" or "en"."""

    def switch(lang: str) -> None:
        i18n.install_language(lang)
        QCoreApplication.processEvents()  # widgets hear LanguageChange through posted events

    yield switch
    i18n.install_language("nl")


@pytest.fixture
def example() -> Charter:
    return load_charter(EXAMPLE)


@pytest.fixture
def session(example: Charter) -> CharterSession:
    return CharterSession(example)


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
