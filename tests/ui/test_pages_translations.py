"""Every UI string of the step pages and editors has Dutch in resources/translations/nl/pages.tsv."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from charter_builder.model import Charter
from ui import i18n
from ui.session import CharterSession

ROOT = Path(__file__).resolve().parents[2]
TSV = ROOT / "resources" / "translations" / "nl" / "pages.tsv"
SOURCES = [
    ROOT / "ui" / "binding.py",
    *(
        ROOT / "ui" / "widgets" / f"{name}.py"
        for name in (
            "cell_editors",
            "enum_labels",
            "form",
            "inputs",
            "page_kit",
            "partner_removal",
            "raci_grid",
            "record_columns",
            "record_model",
            "record_table",
        )
    ),
    *(
        ROOT / "ui" / "pages" / f"{name}.py"
        for name in (
            "partners",
            "purpose",
            "vision",
            "strategy",
            "trust",
            "governance",
            "roles",
            "data_sharing",
        )
    ),
]


def catalogue() -> i18n.Catalogue:
    """The Dutch of the step pages and editors: ``pages.tsv`` alone, the file these strings belong in."""
    return i18n.read_catalogue_file(TSV)


def strings_in(path: Path) -> set[tuple[str, str]]:
    """Return (context, source) of every literal passed to tr / translate / QT_TRANSLATE_NOOP."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str | None) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            func = node.func
            args = [
                a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                for a in node.args
            ]
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            if name in ("QT_TRANSLATE_NOOP", "translate") and len(args) >= 2 and args[0] and args[1]:
                found.add((args[0], args[1]))
            elif name == "tr" and isinstance(func, ast.Attribute) and args and args[0] and cls:
                found.add((cls, args[0]))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def test_every_string_has_dutch() -> None:
    nl = catalogue()
    wanted = set().union(*(strings_in(p) for p in SOURCES))
    assert len(wanted) > 250
    missing = sorted(k for k in wanted if not nl.get(k))
    assert not missing, f"no Dutch for: {missing[:10]}"


def test_mnemonics_survive_translation() -> None:
    for (context, source), dutch in catalogue().items():
        assert ("&" in source) == ("&" in dutch), (context, source, dutch)
        assert source.count("%1") == dutch.count("%1"), (context, source)


@pytest.mark.parametrize("name", ["PartnersPage", "StrategyPage", "GovernancePage", "RolesPage"])
def test_page_switches_to_dutch_live(qtbot: QtBot, name: str) -> None:
    from ui import pages

    cls = next(c for c in pages.page_classes() if c.__name__ == name)
    page = cls(CharterSession(Charter.new()))
    qtbot.addWidget(page)
    english = page.title()
    translator = i18n.CatalogueTranslator(catalogue())
    QCoreApplication.installTranslator(translator)
    try:
        assert page.title() == catalogue()[(name, english)]
        QCoreApplication.processEvents()  # LanguageChange reaches the page: it retranslates
        boxes = [b.title() for b in page.findChildren(QGroupBox)]
        texts = boxes + [w.text() for w in page.findChildren(QLabel) + page.findChildren(QPushButton)]
        nl = set(catalogue().values())
        assert any(b in nl for b in boxes)
        english_only = {src for (_c, src), dutch in catalogue().items() if src != dutch}
        assert not [t for t in texts if t in english_only]
    finally:
        QCoreApplication.removeTranslator(translator)
