"""Languages: every UI string has Dutch, the compiled catalogues are current, and switching is live."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from charter_builder.model import Step
from ui import i18n
from ui.main_window import MainWindow

from . import shell_fixtures

dialogs = shell_fixtures.dialogs
make_window = shell_fixtures.make_window
window = shell_fixtures.window

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _tool() -> ModuleType:
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
def extracted() -> Any:
    """The strings of ui/ as lupdate finds them now (not as last committed)."""
    tool = _tool()
    ts, tmp = tool.extract_to_temp("nl")
    keys = {key for key, _plural in tool.messages(ts)}
    missing = tool.missing_translations(ts, tool.read_tsv_folder(TRANSLATIONS / "nl"))
    tmp.cleanup()
    return keys, missing


def test_every_ui_string_has_a_dutch_translation(extracted: Any) -> None:
    keys, missing = extracted
    assert len(keys) > 50
    assert not missing, "add these to resources/translations/nl/*.tsv:\n" + "\n".join(
        f"{c}\t{s}" for c, s in missing
    )


def test_no_string_lost_its_context(extracted: Any) -> None:
    """``tr = QCoreApplication.translate; tr("Ctx", "x")`` is read by lupdate as source "Ctx": forbidden."""
    keys, _ = extracted
    assert not [k for k in keys if not k[0]]


def test_committed_catalogues_are_current(extracted: Any) -> None:
    keys, _ = extracted
    for lang in i18n.LANGUAGES:
        ts = TRANSLATIONS / f"charter_builder_{lang}.ts"
        qm = TRANSLATIONS / f"charter_builder_{lang}.qm"
        assert qm.is_file()
        assert qm.stat().st_size > 0
        root = ET.parse(ts).getroot()
        committed = {
            (ctx.findtext("name") or "", msg.findtext("source") or "")
            for ctx in root.iter("context")
            for msg in ctx.iter("message")
        }
        assert committed == keys, "run: uv run python tools/update_translations.py"
        unfinished = [m.findtext("source") for m in root.iter("message") if m.find("translation").get("type")]
        assert not unfinished, f"{lang}: unfinished {unfinished[:5]}"


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
