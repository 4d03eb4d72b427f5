"""The shell's own dialogs (restore question, error box) and the screenshot script, driven for real."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from charter_builder.model import Charter
from charter_builder.storage.recovery import list_recoveries, write_recovery
from ui import files, i18n
from ui.main_window import DISCARD, LATER, RESTORE, RecoveryDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _english(qapp: Any) -> Any:
    i18n.install_language("en")
    yield
    i18n.remove_translators()


def _button(dialog: RecoveryDialog, text: str) -> Any:
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


@pytest.mark.parametrize(("button", "action"), [("Restore", RESTORE), ("Discard", DISCARD), ("Later", LATER)])
def test_recovery_dialog_buttons(qtbot: Any, tmp_path: Path, button: str, action: str) -> None:
    write_recovery(Charter.new(title="Eerste"), tmp_path / "a.charter.json")
    write_recovery(Charter.new(title=""), None)
    entries = list_recoveries()
    dialog = RecoveryDialog(entries)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any("Eerste" in t and "a.charter.json" in t for t in texts)
    assert any("Untitled charter" in t and "(never saved)" in t for t in texts)
    dialog.list.setCurrentRow(1)
    _button(dialog, button).click()
    assert dialog.action == action
    assert dialog.selected() is entries[1]


def test_error_box_shows_the_problems_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    files.show_error(None, "Cannot open", "The file is not valid JSON", "a.json: line 3, column 7")
    assert shown[0].informativeText() == "a.json: line 3, column 7"
    assert shown[0].detailedText() == ""
    long = "\n".join(f"  - field{i}: is missing" for i in range(40))
    files.show_error(None, "Cannot open", "The charter contains errors", long)
    assert shown[1].detailedText() == long
    assert shown[1].informativeText().endswith("…")


def test_unsaved_question_offers_save_discard_cancel(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Any] = []

    def question(_parent: Any, title: str, text: str, buttons: Any, default: Any) -> Any:
        asked.append((title, text, buttons, default))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    assert files.ask_unsaved(None, "x.charter.json") == QMessageBox.StandardButton.Discard
    title, text, buttons, default = asked[0]
    assert title == "Unsaved changes"
    assert "“x.charter.json”" in text
    assert buttons & QMessageBox.StandardButton.Cancel
    assert default == QMessageBox.StandardButton.Save


def test_screenshot_script_writes_every_page(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    i18n.remove_translators()
    assert module.main([str(tmp_path), "--lang", "nl", "--size", "1024x700"]) == 0
    shots = sorted(tmp_path.glob("nl-*.png"))
    assert len(shots) == 9
    image = QImage(str(shots[0]))
    assert (image.width(), image.height()) == (1024, 700)


_RUN_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import app as app_module
seen = []
real_create = app_module.create_window
def create(path=None, **kwargs):
    window = real_create(path, **kwargs)
    seen.append(window)
    return window
def finish():
    window = seen[0]
    print(window.session.path, window.isVisible(), flush=True)
    window.close()
    QApplication.exit(3)
app_module.create_window = create
app_module.ensure_app()  # timers need the application
QTimer.singleShot(500, finish)
sys.exit(app_module.run_app(sys.argv[1:]))
"""


def test_run_app_opens_the_file_and_returns_the_exit_code(tmp_path: Path) -> None:
    """In its own process: ``QApplication.exec`` ending would disturb the windows of later tests."""
    import os
    import subprocess
    import sys

    example = tmp_path / "voorbeeld.charter.json"  # a copy: opening a file locks it
    example.write_bytes((ROOT / "templates" / "examples" / "riec-westerdelta.charter.json").read_bytes())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _RUN_APP, str(example)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 3, done.stderr
    assert done.stdout.split() == [str(example), "True"]
