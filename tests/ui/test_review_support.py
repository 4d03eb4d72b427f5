"""Shared fixtures of the review-mode and health-check tests, and the test that their Dutch is complete.

The Dutch catalogue is compiled here from ``resources/translations/nl/review.tsv`` with the same
lupdate/lrelease pipeline as ``tools/update_translations.py``, but into a temporary folder: the
tests see exactly what the tsv says without rewriting the shared ``.ts``/``.qm`` files.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from charter_builder.model import Charter
from charter_builder.storage import load_charter
from ui import i18n
from ui.session import CharterSession

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "templates" / "examples" / "riec-westerdelta.charter.json"
MY_SOURCES = [*sorted((ROOT / "ui" / "review").glob("*.py")), ROOT / "ui" / "widgets" / "charts.py"]
MY_TSV = ROOT / "resources" / "translations" / "nl" / "review.tsv"


def _tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def extract_my_strings(folder: Path) -> Path:
    """Run lupdate over the review sources only; return the ``.ts`` file."""
    tools = _tools()
    ts = folder / "review_nl.ts"
    tools.subprocess.run(
        [
            tools._tool("pyside6-lupdate"),
            *map(str, MY_SOURCES),
            "-ts",
            str(ts),
            "-target-language",
            "nl",
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
        capture_output=True,
    )
    return ts


@pytest.fixture(scope="session")
def dutch_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compile the review strings with their Dutch from ``review.tsv`` into a ``.qm``."""
    tools = _tools()
    folder = tmp_path_factory.mktemp("review_qm")
    ts = extract_my_strings(folder)
    table = tools.read_tsv_folder(MY_TSV.parent)
    tools.fill(ts, "nl", table)
    return tools.run_lrelease(ts)


@pytest.fixture
def language(qapp: Any, dutch_qm: Path) -> Iterator[Any]:
    """Return a function that switches the UI to "nl" or "en" (with the review catalogue)."""
    extra: list[QTranslator] = []

    def switch(lang: str) -> None:
        i18n.install_language(lang)
        for t in extra:
            QCoreApplication.removeTranslator(t)
        extra.clear()
        if lang == "nl":
            translator = QTranslator()
            assert translator.load(str(dutch_qm))
            QCoreApplication.installTranslator(translator)
            extra.append(translator)
        QCoreApplication.processEvents()  # widgets hear LanguageChange through posted events

    yield switch
    for t in extra:
        QCoreApplication.removeTranslator(t)
    i18n.install_language("nl")


@pytest.fixture
def example() -> Charter:
    return load_charter(EXAMPLE)


@pytest.fixture
def session(example: Charter) -> CharterSession:
    return CharterSession(example)


def test_every_review_string_has_dutch(tmp_path: Path) -> None:
    tools = _tools()
    ts = extract_my_strings(tmp_path)
    table = tools.read_tsv_folder(MY_TSV.parent)
    assert len(tools.messages(ts)) > 80
    assert tools.missing_translations(ts, table) == []


def test_the_tsv_has_no_stale_lines(tmp_path: Path) -> None:
    """Every line of review.tsv translates a string the review code still has (no silent typos)."""
    tools = _tools()
    ts = extract_my_strings(tmp_path)
    have = {key for key, _plural in tools.messages(ts)}
    lines = [
        tuple(tools.unescape(p) for p in line.split("\t")[:2])
        for line in MY_TSV.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert [key for key in lines if key not in have] == []
