"""The glossary assistant of the Trust step: suggests undefined terms, adopts common ones, undoable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from charter_builder.glossary import common_terms, suggest_undefined_terms
from charter_builder.model import Charter
from ui import i18n
from ui.glossary_assistant import GlossaryAssistant, readable_path
from ui.pages.trust import TrustPage
from ui.session import CharterSession
from ui.steps import STEP_ORDER, step_title

from .pages_helpers import example, open_page

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

REMOVED = ("Ondermijning", "AWR")


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    i18n.install_language("nl")
    yield
    i18n.install_language("nl")


def _charter_without_two_terms() -> Charter:
    charter = example()
    charter.trust.glossary = [g for g in charter.trust.glossary if g.term not in REMOVED]
    return charter


def _open(qtbot: QtBot) -> tuple[TrustPage, CharterSession, GlossaryAssistant]:
    page, session = open_page(qtbot, TrustPage, _charter_without_two_terms())
    qtbot.mouseClick(page.suggest_terms, Qt.MouseButton.LeftButton)
    assistant = page.suggest_terms.assistant
    assert assistant is not None
    qtbot.addWidget(assistant)
    assert assistant.isVisible()
    return page, session, assistant


def _used(assistant: GlossaryAssistant) -> dict[str, QTreeWidgetItem]:
    return {
        assistant.used_list.topLevelItem(i).text(0): assistant.used_list.topLevelItem(i)
        for i in range(assistant.used_list.topLevelItemCount())
    }


def _common(assistant: GlossaryAssistant, key: str) -> QTreeWidgetItem:
    for i in range(assistant.common_list.topLevelItemCount()):
        item = assistant.common_list.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == key:
            return item
    raise AssertionError(f"no common term {key}")


def test_removed_terms_are_suggested_with_counts_and_where(qtbot: QtBot) -> None:
    _page, session, assistant = _open(qtbot)
    used = _used(assistant)
    expected = {s.term: s for s in suggest_undefined_terms(session.charter, "nl")}
    assert set(REMOVED) <= set(used)
    for term in REMOVED:
        assert int(used[term].text(1)) == expected[term].count > 1
    # The whole example defines all its abbreviations except these: the list is exactly the core's.
    assert list(used) == [s.term for s in expected.values()]
    tip = used["Ondermijning"].toolTip(0)
    assert "Partners" in tip or "Doel" in tip or "Strategie" in tip
    assert "governance." not in tip
    assert "[" not in tip
    # A common term's tooltip shows the definition it would bring.
    definition = next(t.definition for t in common_terms("nl") if t.key == "ondermijning")
    assert tip.startswith(definition)


def test_readable_path_names_the_step_and_counts_from_one() -> None:
    assert readable_path("data_sharing.flows[0].purpose", "nl").startswith("Gegevensdeling")
    assert readable_path("data_sharing.flows[0].purpose", "nl").endswith("› doel")
    assert "flows 1" in readable_path("data_sharing.flows[0].purpose", "en")


def test_add_adopts_the_common_definition_selects_the_row_and_undo_removes_it(qtbot: QtBot) -> None:
    page, session, assistant = _open(qtbot)
    before = len(session.charter.trust.glossary)
    assistant.select_suggestions(["Ondermijning"])
    assert assistant.add_button.isEnabled()
    qtbot.mouseClick(assistant.add_button, Qt.MouseButton.LeftButton)

    glossary = session.charter.trust.glossary
    assert len(glossary) == before + 1
    added = glossary[-1]
    common = next(t for t in common_terms("nl") if t.key == "ondermijning")
    assert (added.term, added.definition) == (common.term, common.definition)
    assert page.glossary.current_row() == before
    assert page.glossary.view.currentIndex().column() == 1  # the definition, ready to edit
    assert "Ondermijning" not in _used(assistant)
    assert "AWR" in _used(assistant)
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    assert len(session.charter.trust.glossary) == before
    assert all(g.term != "Ondermijning" for g in session.charter.trust.glossary)
    qtbot.waitUntil(lambda: "Ondermijning" in _used(assistant), timeout=2000)


def test_add_a_term_without_common_definition_leaves_it_to_fill_in(qtbot: QtBot) -> None:
    _page, session, assistant = _open(qtbot)
    suggestion = next(s for s in assistant.suggestions if s.term == "AWR")
    assert suggestion.common is None
    assistant.select_suggestions(["AWR"])
    qtbot.mouseClick(assistant.add_button, Qt.MouseButton.LeftButton)
    added = session.charter.trust.glossary[-1]
    assert (added.term, added.definition) == ("AWR", "")
    ids = [record.id for _path, record in session.charter.records()]
    assert len(ids) == len(set(ids))


def test_adopt_common_terms_through_the_filter(qtbot: QtBot) -> None:
    page, session, assistant = _open(qtbot)
    before = len(session.charter.trust.glossary)
    qtbot.keyClicks(assistant.filter_edit, "convenant")
    shown = [
        assistant.common_list.topLevelItem(i)
        for i in range(assistant.common_list.topLevelItemCount())
        if not assistant.common_list.topLevelItem(i).isHidden()
    ]
    assert 0 < len(shown) < assistant.common_list.topLevelItemCount()
    assert not assistant.adopt_button.isEnabled()
    assistant.select_common(["convenant"])
    # The list cuts long definitions off; the label below shows the whole one.
    assert (
        next(t.definition for t in common_terms("nl") if t.key == "convenant") in assistant.definition.text()
    )
    qtbot.mouseClick(assistant.adopt_button, Qt.MouseButton.LeftButton)

    added = session.charter.trust.glossary[-1]
    common = next(t for t in common_terms("nl") if t.key == "convenant")
    assert len(session.charter.trust.glossary) == before + 1
    assert (added.term, added.definition) == (common.term, common.definition)
    assert page.glossary.current_row() == before
    # Adopted: no longer offered, neither as common term nor as suggestion.
    assert not _common(assistant, "convenant").flags() & Qt.ItemFlag.ItemIsSelectable
    assert common.term not in _used(assistant)
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(_common(assistant, "convenant").flags() & Qt.ItemFlag.ItemIsSelectable))


def test_two_common_terms_in_one_click_are_one_undo_step(qtbot: QtBot) -> None:
    _page, session, assistant = _open(qtbot)
    before = len(session.charter.trust.glossary)
    assistant.select_common(["convenant", "mandaat"])
    assert len(assistant.common_list.selectedItems()) == 2
    qtbot.mouseClick(assistant.adopt_button, Qt.MouseButton.LeftButton)
    assert len(session.charter.trust.glossary) == before + 2
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert len(session.charter.trust.glossary) == before


def test_language_switch_retranslates_panel_and_definitions(qtbot: QtBot) -> None:
    page, _session, assistant = _open(qtbot)
    assert page.suggest_terms.text() == "Termen voorstellen…"
    assert assistant.used_box.title() == "Gebruikt maar niet gedefinieerd"
    nl = next(t for t in common_terms("nl") if t.key == "convenant")
    assert _common(assistant, "convenant").text(1) == nl.definition

    i18n.install_language("en")
    assert page.suggest_terms.text() == "Suggest terms…"
    assert assistant.used_box.title() == "Used but not defined"
    assert assistant.windowTitle() == "Glossary assistant"
    en = next(t for t in common_terms("en") if t.key == "convenant")
    assert _common(assistant, "convenant").text(0) == en.term
    assert _common(assistant, "convenant").text(1) == en.definition != nl.definition
    tip = assistant.used_list.topLevelItem(0).toolTip(0)
    assert "Occurs in:" in tip
    assert any(step_title(step) in tip for step in STEP_ORDER)

    i18n.install_language("nl")
    assert assistant.common_box.title() == "Veelgebruikte termen"
    assert _common(assistant, "convenant").text(1) == nl.definition


def test_enter_in_the_suggestions_adds_and_keeps_the_assistant_open(qtbot: QtBot) -> None:
    _page, session, assistant = _open(qtbot)
    assistant.select_suggestions(["AWR"])
    assistant.used_list.setCurrentItem(_used(assistant)["AWR"])
    assistant.used_list.setFocus()
    qtbot.keyClick(assistant.used_list, Qt.Key.Key_Return)
    assert session.charter.trust.glossary[-1].term == "AWR"
    assert assistant.isVisible()
    assert "AWR" not in _used(assistant)


def test_a_closed_assistant_refreshes_when_opened_again(qtbot: QtBot) -> None:
    page, session, assistant = _open(qtbot)
    assistant.close()
    trust = session.charter.trust
    kept = [g for g in trust.glossary if g.term != "RIEC"]
    session.set_list(trust, "glossary", kept, "trust.glossary", "remove")
    assert not assistant._timer.isActive()
    assert "RIEC" not in _used(assistant)
    assert page.suggest_terms.open_assistant() is assistant
    assert "RIEC" in _used(assistant)
