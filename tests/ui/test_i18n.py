"""Languages: every UI string has Dutch in the TSV catalogues, none is orphaned, and switching is live."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from charter_builder.model import Step
from ui import i18n
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def translations_tool() -> ModuleType:
    """Return ``tools/update_translations.py`` as a module (``tools/`` is no package)."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return translations_tool()


@pytest.fixture(scope="module")
def extracted(tool: ModuleType) -> dict[tuple[str, str], bool]:
    """The strings of ui/ as lupdate finds them now."""
    return tool.extract()


def test_every_ui_string_has_dutch_and_no_line_is_orphaned(
    tool: ModuleType, extracted: dict[tuple[str, str], bool]
) -> None:
    assert len(extracted) > 50
    report = tool.compare(
        extracted,
        i18n.read_catalogue_folder(TRANSLATIONS / "nl"),
        i18n.read_catalogue_folder(TRANSLATIONS / "en"),
    )
    assert not report.missing, (
        "add Dutch for these to resources/translations/nl/*.tsv "
        "(`uv run python tools/update_translations.py` adds the lines):\n"
        + "\n".join(f"{c}\t{s}" for c, s in report.missing)
    )
    assert not any(report.orphans.values()), (
        "these TSV lines translate no string of ui/ "
        "(`uv run python tools/update_translations.py --prune` removes them):\n"
        + "\n".join(f"{lang}: {c}\t{s}" for lang, keys in report.orphans.items() for c, s in keys)
    )


def test_no_string_lost_its_context(extracted: dict[tuple[str, str], bool]) -> None:
    """``tr = QCoreApplication.translate; tr("Ctx", "x")`` is read by lupdate as source "Ctx": forbidden."""
    assert not [k for k in extracted if not k[0]]


def test_the_tsv_files_are_the_only_catalogue() -> None:
    """No generated .ts/.qm copy to drift from the TSVs: the wizard reads the TSVs themselves."""
    generated = sorted(p.name for p in TRANSLATIONS.rglob("*") if p.suffix in (".ts", ".qm"))
    assert generated == []


def test_the_tool_adds_missing_lines_beside_their_context_and_prunes_orphans(
    tool: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "a.tsv").write_text("# comment\nCtx\tOld\tOud\nCtx\tKept\tBewaard\n", encoding="utf-8")
    dutch = i18n.read_catalogue_folder(tmp_path)
    report = tool.compare(
        {("Ctx", "Kept"): False, ("Ctx", "New\nline"): False, ("Other", "X"): True}, dutch, {}
    )
    assert report.missing == [("Ctx", "New\nline"), ("Other", "X")]
    assert report.orphans == {"nl": [("Ctx", "Old")], "en": []}
    tool.add_missing(tmp_path, report.missing, dutch)
    tool.prune(tmp_path, report.orphans["nl"])
    assert (tmp_path / "a.tsv").read_text(
        encoding="utf-8"
    ) == "# comment\nCtx\tKept\tBewaard\nCtx\tNew\\nline\t\n"
    assert (tmp_path / "new.tsv").read_text(encoding="utf-8") == "Other\tX\t\n"


def test_a_malformed_line_is_refused_with_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("Ctx\tOne\tEen\nCtx\tno translation\n", encoding="utf-8")
    with pytest.raises(i18n.CatalogueError, match=r"bad\.tsv:2: expected 3"):
        i18n.read_catalogue_file(bad)


def test_the_translator_falls_through_for_unknown_and_untranslated_strings(qapp: Any) -> None:
    translator = i18n.CatalogueTranslator(
        {("Ctx", "Yes"): "Ja", ("Ctx", "Todo"): "", ("Ctx", "%n file(s)"): "%n bestand|%n bestanden"}
    )
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Ctx", "Yes") == "Ja"
        assert QCoreApplication.translate("Ctx", "Todo") == "Todo"  # an empty line is not a blank text
        assert QCoreApplication.translate("Ctx", "Unknown") == "Unknown"
        assert QCoreApplication.translate("Ctx", "%n file(s)", "", 1) == "1 bestand"
        assert QCoreApplication.translate("Ctx", "%n file(s)", "", 0) == "0 bestanden"
        assert QCoreApplication.translate("Ctx", "%n file(s)", "", 7) == "7 bestanden"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_install_language_loads_ours_and_qts(qapp: Any) -> None:
    try:
        assert i18n.install_language("nl")
        assert i18n.current_language() == "nl"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"  # Qt's own
        assert QCoreApplication.translate("StepList", "%n error(s)", "", 3) == "3 fouten"
        assert QCoreApplication.translate("StepList", "%n error(s)", "", 1) == "1 fout"
        i18n.install_language("en")
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert QCoreApplication.translate("StepList", "%n error(s)", "", 1) == "1 error"
        with pytest.raises(ValueError, match="unknown language"):
            i18n.install_language("de")
    finally:
        i18n.remove_translators()


def test_language_is_dutch_by_default_and_remembered(window: MainWindow) -> None:
    assert i18n.stored_language() == "nl"
    assert window.language_actions["nl"].isChecked()
    window.language_actions["en"].trigger()
    assert i18n.stored_language() == "en"
    assert window.language_actions["en"].isChecked()


def test_switching_language_retranslates_the_open_window(window: MainWindow, qtbot: Any) -> None:
    window.run_checks_now()
    window.go_to(len(window.pages) - 1)
    review = window.pages[-1]
    dutch_guidance = window.guidance.markdown()
    assert window.file_menu.title() == "&Bestand"
    assert window.next_button.text() == "&Volgende"
    assert window.step_list.item(len(window.pages) - 1).text().endswith("Controleren en genereren")
    assert window.windowTitle().startswith("Naamloos")
    assert "fout" in review.summary.text()

    window.set_language("en")
    assert window.file_menu.title() == "&File"
    assert window.next_button.text() == "Ne&xt"
    assert window.undo_action.iconText() == "Undo"
    assert window.step_list.item(len(window.pages) - 1).text().endswith("Review & generate")
    assert window.windowTitle().startswith("Untitled")
    assert window.step_counter.text().startswith("Step ")
    assert window.guidance.markdown() != dutch_guidance
    qtbot.waitUntil(lambda: "error" in review.summary.text(), timeout=2000)
    partners = window.page_for(Step.PARTNERS)
    assert partners is not None
    assert window.step_list.item(0).text().endswith(partners.title())

    window.set_language("nl")
    assert window.file_menu.title() == "&Bestand"
    assert window.guidance.markdown() == dutch_guidance
