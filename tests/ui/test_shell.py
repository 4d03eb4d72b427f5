"""The main window: title and modified mark, step navigation and marks, undo/redo, menus, review, generate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from charter_builder.checks import Severity
from charter_builder.model import Step
from charter_builder.storage import load_charter
from ui.main_window import CHECK_DELAY_MS, MainWindow
from ui.pages.review import ReviewPage
from ui.step_list import StepState

from .shell_fixtures import EXAMPLE, Dialogs, edit_title


def test_title_shows_file_and_modified_mark(window: MainWindow, dialogs: Dialogs, tmp_path: Path) -> None:
    assert window.windowTitle() == "Naamloos.charter.json[*] — Charter Builder"
    assert not window.isWindowModified()
    edit_title(window, "Convenant Zuid")
    assert window.isWindowModified()
    dialogs.save_path = tmp_path / "zuid.charter.json"
    assert window.files.save()
    assert window.windowTitle() == "zuid.charter.json[*] — Charter Builder"
    assert not window.isWindowModified()
    window.session.undo_stack.undo()  # back before the saved state: modified again
    assert window.isWindowModified()


def test_next_back_and_jumping_through_the_step_list(window: MainWindow) -> None:
    assert [p.step for p in window.pages] == list(Step)
    assert window.current_index() == 0
    assert not window.back_button.isEnabled()
    window.next_button.click()
    assert window.current_index() == 1
    assert window.page_title.text() == window.pages[1].title()
    window.step_list.setCurrentRow(6)  # what a click or arrow key on the list does
    assert window.current_index() == 6
    assert window.stack.currentWidget() is window.pages[6]
    window.back_action.trigger()
    assert window.current_index() == 5
    assert window.step_list.currentRow() == 5
    window.go_to(len(window.pages) - 1)
    assert not window.next_button.isEnabled()
    assert window.step_counter.text() == f"Stap {len(window.pages)} van {len(window.pages)}"


def test_step_keyboard_shortcuts(window: MainWindow, qtbot: Any) -> None:
    assert QKeySequence("Ctrl+PgDown") in window.next_action.shortcuts()
    assert QKeySequence("Alt+Right") in window.next_action.shortcuts()
    assert QKeySequence("Ctrl+PgUp") in window.back_action.shortcuts()
    window.activateWindow()
    window.step_list.setFocus()
    qtbot.keyClick(window.step_list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_index() == 1
    qtbot.keyClick(window.step_list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_index() == 0


def test_guidance_follows_the_step(window: MainWindow) -> None:
    first = window.guidance.markdown()
    assert first.strip()
    window.go_to(2)
    assert window.guidance.markdown() != first
    window.guidance_action.trigger()  # View → Guidance panel hides and shows it
    assert not window.guidance.isVisible()
    window.help_action.trigger()  # F1 always brings it back, with the focus in it
    assert window.guidance.isVisible()
    assert window.guidance_action.isChecked()
    assert QKeySequence("F1") in window.help_action.shortcuts()


def test_step_marks_follow_the_checks_debounced(window: MainWindow, qtbot: Any) -> None:
    window.run_checks_now()
    # An empty charter lacks partners: the partners step has errors.
    assert window.step_list.state(Step.PARTNERS) == StepState.ERRORS
    window.session.replace(load_charter(EXAMPLE))
    qtbot.waitUntil(lambda: window.step_list.state(Step.PARTNERS) != StepState.ERRORS, timeout=2000)
    edit_title(window, "x")
    assert window._check_timer.isActive()
    assert window._check_timer.interval() == CHECK_DELAY_MS
    item = window.step_list.item(0)
    assert not item.icon().isNull()


def test_undo_redo_through_the_session(window: MainWindow) -> None:
    before = window.session.charter.metadata.title
    edit_title(window, "Eerste")
    edit_title(window, "Tweede")  # consecutive typing into one field merges into one step
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.session.charter.metadata.title == before
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert window.session.charter.metadata.title == "Tweede"
    assert window.undo_action.text() == "&Ongedaan maken"  # no field path in the menu
    assert not window.redo_action.isEnabled() or window.session.undo_stack.canRedo()
    assert QKeySequence("Ctrl+Z") in window.undo_action.shortcuts()
    assert {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")} <= set(window.redo_action.shortcuts())


def test_every_menu_and_action_is_reachable_by_keyboard(window: MainWindow) -> None:
    menus = [a.menu() for a in window.menuBar().actions()]
    titles = [m.title() for m in menus if m is not None]
    assert len(titles) >= 6  # File, Edit, View, Charter, Language, Help (and the menus others add)
    assert all("&" in t for t in titles)
    assert len({t[t.index("&") + 1].lower() for t in titles}) == len(titles)  # no clashing mnemonics

    def walk(menu: QMenu) -> list[Any]:
        out = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                out.append(action)
                out.extend(walk(action.menu()))
            else:
                out.append(action)
        return out

    for menu in menus:
        for action in walk(menu):
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
    for action, key in (
        (window.new_action, "Ctrl+N"),
        (window.open_action, "Ctrl+O"),
        (window.save_action, "Ctrl+S"),
        (window.save_as_action, "Ctrl+Shift+S"),
    ):
        assert QKeySequence(key) in action.shortcuts()


def test_accessible_names_and_minimum_size(window: MainWindow) -> None:
    assert window.step_list.accessibleName()
    assert window.guidance.browser.accessibleName()
    assert window.back_button.accessibleName()
    assert window.next_button.accessibleName()
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1024
    assert hint.height() <= 700
    window.resize(1024, 700)
    assert window.width() == 1024
    assert window.height() == 700


def test_review_lists_findings_and_clicking_one_jumps_to_its_field(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    findings = window.run_checks_now()
    review = window.page_for(Step.REVIEW)
    assert isinstance(review, ReviewPage)
    items = review.finding_items()
    assert len(items) == len(findings) > 0
    target = next(f for f in findings if f.step is Step.PARTNERS)
    partners = window.page_for(Step.PARTNERS)
    seen: list[str] = []
    monkeypatch.setattr(partners, "focus_path", lambda path: seen.append(path) or True)
    window.go_to(len(window.pages) - 1)
    item = next(i for i in items if review.finding_path(i) == target.path)
    review.tree.itemClicked.emit(item, 0)
    assert window.current_page() is partners
    assert seen == [target.path]
    errors = sum(f.severity is Severity.ERROR for f in findings)
    assert f"{errors} fout" in review.summary.text()


def test_generate_writes_json_and_word_next_to_each_other(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.pages.review as review_module

    window.session.replace(load_charter(EXAMPLE), None)
    review = window.page_for(Step.REVIEW)
    assert isinstance(review, ReviewPage)
    monkeypatch.setattr(review_module, "ask_output_folder", lambda _p, _f: tmp_path)
    opened: list[Path] = []
    monkeypatch.setattr(review_module, "open_folder", lambda folder: opened.append(folder) or True)
    with qtbot.waitSignal(review.generated, timeout=30_000) as blocker:
        assert review.generate()
        assert not review.generate_button.isEnabled()  # no second run while one is busy
    paths = [Path(p) for p in blocker.args[0]]
    json_path = tmp_path / "samenwerkingsverband-riec-westerdelta.charter.json"
    assert json_path in paths or any(p.suffix == ".json" for p in paths)
    produced = next(p for p in paths if p.name.endswith(".charter.json"))
    assert load_charter(produced) == window.session.charter
    assert json.loads(produced.read_text(encoding="utf-8"))["format"] == "charter-builder/charter"
    docx = [p for p in paths if p.suffix == ".docx"]
    assert docx
    assert docx[0].parent == produced.parent
    assert docx[0].stat().st_size > 0
    qtbot.waitUntil(lambda: review.generate_button.isEnabled())
    assert str(produced) in review.result.text()
    assert review.open_folder_button.isVisibleTo(review)
    review.open_folder_button.click()
    assert opened == [tmp_path]


def test_generate_failure_is_shown_and_keeps_the_charter(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    review = window.page_for(Step.REVIEW)
    assert isinstance(review, ReviewPage)
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    charter = window.session.charter
    with qtbot.waitSignal(review.generate_failed, timeout=10_000):
        review.generate_into(not_a_folder)
    qtbot.waitUntil(lambda: review.generate_button.isEnabled())
    assert "Genereren mislukt" in review.result.text()
    assert window.session.charter is charter


def test_focusing_a_field_adds_its_guidance(window: MainWindow, qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from ui.binding import Binding

    window.session.replace(load_charter(EXAMPLE))
    window.go_to(1)  # purpose: plain text fields bound to purpose.*
    window.activateWindow()
    page = window.current_page()
    editors = [
        w
        for w in [*page.findChildren(QPlainTextEdit), *page.findChildren(QLineEdit)]
        if w.findChild(Binding, "", Qt.FindChildOption.FindDirectChildrenOnly) is not None and w.isVisible()
    ]
    assert editors
    step_only = window.guidance.markdown()
    editors[0].setFocus()
    qtbot.waitUntil(lambda: window.guidance.markdown() != step_only, timeout=2000)
    assert window.guidance.markdown().startswith(step_only.split("\n")[0])


def test_tab_goes_from_the_step_list_into_the_page(window: MainWindow, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for index in (1, 5):
        window.go_to(index)
        window.step_list.setFocus()
        qtbot.keyClick(window.step_list, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        assert window.current_page().isAncestorOf(focused), focused


def test_pages_are_built_on_first_show_or_when_idle_and_get_the_findings(
    make_window: Any, qtbot: Any
) -> None:
    from charter_builder.checks import Finding
    from ui.main_window import _placeholder

    built: list[Step] = []
    received: dict[Step, list[Finding]] = {}

    def recording(step: Step) -> type:
        base = _placeholder(step)

        class Recording(base):  # type: ignore[valid-type, misc]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                built.append(step)

            def show_findings(self, findings: list[Finding]) -> None:
                received[step] = findings

        return Recording

    classes = [recording(s) for s in (Step.PARTNERS, Step.PURPOSE, Step.GOVERNANCE)] + [ReviewPage]
    window = make_window(page_classes=classes)
    assert built == [Step.PARTNERS]  # only the page on screen
    assert window.step_list.count() == 4
    findings = window.run_checks_now()
    window.build_remaining_pages()
    qtbot.waitUntil(lambda: all(p is not None for p in window._built), timeout=2000)
    assert built == [Step.PARTNERS, Step.PURPOSE, Step.GOVERNANCE]
    governance = [f for f in findings if f.step is Step.GOVERNANCE]
    assert governance
    assert received[Step.GOVERNANCE] == governance  # a late page still gets the last findings


def test_width_is_shared_to_fit_1024_and_1280(window: MainWindow, qtbot: Any) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] >= window.step_list.preferred_width())
    wide_page = window.splitter.sizes()[1]
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] <= 190)
    steps, page, guidance = window.splitter.sizes()
    assert page >= 560  # the page keeps most of a small screen
    assert guidance >= window.guidance.minimumWidth()
    assert wide_page > page
    # Once the user drags the divider, the window keeps their layout.
    window.splitter.moveSplitter(300, 1)
    window.resize(1280, 800)
    qtbot.wait(20)
    assert window.splitter.sizes()[0] == 300
