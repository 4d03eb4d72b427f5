"""The coordinator's side: export packages from the window, import returned ones, decide a conflict,
apply as one undoable step; foreign, tampered and outdated packages change nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from charter_builder.cli.cmd_package import current_user
from charter_builder.model import Charter, Step
from charter_builder.packages import load_package
from charter_builder.storage import dump_charter
from ui import merge_view, partner_mode
from ui.main_window import MainWindow
from ui.merge_view import MergeDialog
from ui.partner_mode import PartnerWindow

from .pages_helpers import type_into_cell
from .partner_helpers import PARTNERS, charter_file, edit_json, export_packages, record

POLICE, ZILVERMONDE, WOONSTEDE = PARTNERS


class MergeDialogs:
    """Answers the export and import questions as the test says, and remembers what was shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.partner: str | None = None
        self.export_suggested: list[Path] = []
        self.export_to: Path | None = None
        self.package_paths: list[Path] = []
        self.outdated_answer = False
        self.outdated_asked: list[str] = []
        self.decide: Callable[[MergeDialog], bool] = lambda _d: True
        self.shown: list[MergeDialog] = []
        self.summaries: list[tuple[str, str]] = []

        def export_path(_parent: object, suggested: Path) -> Path | None:
            self.export_suggested.append(suggested)
            return self.export_to or suggested

        def outdated(_parent: object, text: str) -> bool:
            self.outdated_asked.append(text)
            return self.outdated_answer

        def run(dialog: MergeDialog) -> bool:
            self.shown.append(dialog)
            return self.decide(dialog)

        monkeypatch.setattr(merge_view, "ask_partner", lambda _p, _partners: self.partner)
        monkeypatch.setattr(merge_view, "ask_export_path", export_path)
        monkeypatch.setattr(merge_view, "ask_package_paths", lambda _p, _f: list(self.package_paths))
        monkeypatch.setattr(merge_view, "ask_merge_outdated", outdated)
        monkeypatch.setattr(merge_view, "run_merge_dialog", run)
        monkeypatch.setattr(merge_view, "show_summary", lambda _p, t, s: self.summaries.append((t, s)))
        monkeypatch.setattr(partner_mode, "ask_unsaved", lambda *_a: QMessageBox.StandardButton.Discard)


@pytest.fixture
def md(monkeypatch: pytest.MonkeyPatch) -> MergeDialogs:
    return MergeDialogs(monkeypatch)


@pytest.fixture
def coordinator(window: MainWindow, tmp_path: Path) -> MainWindow:
    """The coordinator's window with the example charter open from a file."""
    assert window.files.open_path(charter_file(tmp_path), ask=False)
    return window


def snapshot(charter: Charter) -> bytes:
    return dump_charter(charter)


def test_export_from_the_file_menu(coordinator: MainWindow, md: MergeDialogs) -> None:
    actions = {a.objectName() for a in coordinator.file_menu.actions()}
    assert {"exportPartnerPackage", "importPartnerPackages"} <= actions
    written = []
    for pid in PARTNERS:
        md.partner = pid
        written.append(coordinator.packages.export_package())
    assert [p.name for p in md.export_suggested] == [f"riec-{pid}.partner.json" for pid in PARTNERS]
    for path, pid in zip(written, PARTNERS, strict=True):
        assert path is not None
        package = load_package(path)
        assert package.partner_id == pid
        assert package.charter_id == coordinator.session.charter.metadata.charter_id
    md.partner = None  # the coordinator cancels the choice of partner
    assert coordinator.packages.export_package() is None
    assert not coordinator.session.is_dirty()


def edit_in_partner_mode(qtbot: QtBot, path: Path) -> str:
    """The police fills in its package through the wizard; return the id of the contribution it adds."""
    w = PartnerWindow(load_package(path), path)
    qtbot.addWidget(w)
    w.show()
    channel = w.page_for(Step.PARTNERS).findChild(QLineEdit, "field_reporting_channel")
    channel.selectAll()
    qtbot.keyClicks(channel, "Kwartaalrapportage aan de districtschefs")
    w.go_to(2)
    table = w.page_for(Step.STRATEGY).contributions  # type: ignore[union-attr]
    qtbot.mouseClick(table.buttons["add"], Qt.MouseButton.LeftButton)
    row = table.current_row()
    columns = [c.field for c in table.columns]
    type_into_cell(qtbot, table, row, columns.index("amount"), "120")
    type_into_cell(qtbot, table, row, columns.index("unit"), "uur per jaar")
    type_into_cell(qtbot, table, row, columns.index("description"), "Analisten voor het casusregister")
    added = table.rows()[row].id
    assert w.save()
    w.close()
    return added


def test_three_packages_one_conflict_resolved_applied_and_undone(
    qtbot: QtBot, coordinator: MainWindow, md: MergeDialogs
) -> None:
    session = coordinator.session
    packages = export_packages(session.path)  # type: ignore[arg-type]
    added = edit_in_partner_mode(qtbot, packages[POLICE])
    edit_json(
        packages[ZILVERMONDE],
        lambda d: record(d["sections"]["contributions"], "con-zilvermonde-budget").update(amount=110000),
    )
    edit_json(
        packages[WOONSTEDE],
        lambda d: record(d["sections"]["flows"], "flow-woonfraude").update(retention_months=12),
    )
    # Since the export, the coordinator changed the same field as Zilvermonde.
    charter = session.charter
    budget = next(c for c in charter.strategy.contributions if c.id == "con-zilvermonde-budget")
    session.set_value(budget, "amount", 100000.0, "strategy.contributions[2].amount")
    session.undo_stack.setClean()  # as if saved: the merge itself must make the window dirty
    before = snapshot(session.charter)
    pre_merge = session.charter
    revisions_before = len(pre_merge.revisions)

    key = "strategy.contributions[con-zilvermonde-budget].amount"

    def decide(dialog: MergeDialog) -> bool:
        assert list(dialog.combos) == [key]
        cells = [dialog.table.item(0, c).text() for c in range(4)]
        assert "omvang" in cells[0] or "amount" in cells[0]
        assert cells[1:3] == ["95000", "100000"]
        assert cells[3].endswith("110000")
        # Applied without question: the police's channel and new contribution, Westerdelta Wonen's retention.
        items = [dialog.changes.topLevelItem(i) for i in range(dialog.changes.topLevelItemCount())]
        assert [i.text(0) for i in items] == ["Politie", "Politie", "Westerdelta Wonen"]
        shown = [i.text(1) for i in items]
        assert shown[0].endswith(
            "manier van terugkoppeling: 'Maandelijkse sturingsrapportage van de eenheid; besprekin...' → 'Kwartaalrapportage aan de districtschefs'"
        )
        assert shown[1] == "bijdrage 'Analisten voor het casusregister' toegevoegd"
        assert (
            shown[2]
            == "gegevensstroom 'Signalen van misbruik van huurwoningen' — bewaartermijn (maanden): 24 → 12"
        )
        paths = [i.toolTip(1) for i in items]  # the exact place in the charter, for the curious
        assert paths[0].startswith("partners[pol-westerdelta].reporting_channel")
        assert paths[1].startswith(f"strategy.contributions[{added}]")
        combo = dialog.combos[key]
        assert [combo.itemData(i) for i in range(combo.count())] == dialog.preview.conflicts[0].choices
        dialog.set_choice(key, "package:1")
        return True

    md.decide = decide
    md.package_paths = [packages[p] for p in PARTNERS]
    result = coordinator.packages.import_packages()
    assert result is not None
    assert len(md.shown) == 1
    merged = session.charter
    assert merged is result.charter
    # Field by field.
    police = merged.partner(POLICE)
    assert police is not None
    assert police.reporting_channel == "Kwartaalrapportage aan de districtschefs"
    new = next(c for c in merged.strategy.contributions if c.id == added)
    assert (new.partner_id, new.amount, new.unit, new.description) == (
        POLICE,
        120,
        "uur per jaar",
        "Analisten voor het casusregister",
    )
    assert next(c for c in merged.strategy.contributions if c.id == "con-zilvermonde-budget").amount == 110000
    assert next(f for f in merged.data_sharing.flows if f.id == "flow-woonfraude").retention_months == 12
    # Nothing else changed: the other partners' records are as they were.
    for name in ("interests", "contributions"):
        old = getattr(pre_merge.purpose if name == "interests" else pre_merge.strategy, name)
        new_list = getattr(merged.purpose if name == "interests" else merged.strategy, name)
        mine = {POLICE, ZILVERMONDE}
        assert [r for r in old if r.partner_id not in mine] == [
            r for r in new_list if r.partner_id not in mine
        ]
    assert result.conflicts == []
    assert [c.key for c in result.resolved] == [key]
    # The revision history: one entry per package, by the coordinator, naming the file and the fields.
    new_revisions = merged.revisions[revisions_before:]
    assert len(new_revisions) == 3
    for rev, pid in zip(new_revisions, PARTNERS, strict=True):
        assert rev.author == current_user()
        assert f"riec-{pid}.partner.json" in rev.summary
    assert any("reporting_channel" in d for d in new_revisions[0].details)
    assert any(key in d and "package:1" in d for d in new_revisions[1].details)
    # One undoable step, and the window shows unsaved changes; a summary was shown.
    assert session.is_dirty()
    assert coordinator.isWindowModified()
    title, summary = md.summaries[-1]
    assert "riec-woonstede.partner.json" in summary
    session.undo_stack.undo()
    assert session.charter is pre_merge
    assert snapshot(session.charter) == before
    assert not session.is_dirty()
    session.undo_stack.redo()
    assert session.charter is merged


def test_a_foreign_or_tampered_package_is_refused_and_nothing_changes(
    coordinator: MainWindow, md: MergeDialogs, dialogs: Any, tmp_path: Path
) -> None:
    session = coordinator.session
    packages = export_packages(session.path)  # type: ignore[arg-type]
    edit_json(packages[POLICE], lambda d: d.update(charter_id="charter-elders"))
    edit_json(packages[WOONSTEDE], lambda d: d["base"]["partner"].update(name="Iemand anders"))
    before = snapshot(session.charter)
    charter, steps = session.charter, session.undo_stack.count()
    for path, reason in (
        (packages[POLICE], "hoort bij een ander convenant"),
        (packages[WOONSTEDE], "de controlesom klopt niet"),
    ):
        md.package_paths = [packages[ZILVERMONDE], path]  # one good package does not let a bad one in
        assert coordinator.packages.import_packages() is None
        title, text, details = dialogs.errors[-1]
        assert path.name in text
        assert reason in text or reason in details
        assert md.shown == []
        assert session.charter is charter
        assert session.undo_stack.count() == steps
        assert snapshot(session.charter) == before
        assert not session.is_dirty()


def test_an_outdated_package_asks_first(coordinator: MainWindow, md: MergeDialogs) -> None:
    session = coordinator.session
    packages = export_packages(session.path, (WOONSTEDE,))  # type: ignore[arg-type]
    edit_json(
        packages[WOONSTEDE],
        lambda d: record(d["sections"]["flows"], "flow-woonfraude").update(retention_months=12),
    )
    session.set_value(session.charter.vision, "statement", "Een nieuwe visie", "vision.statement")
    md.package_paths = [packages[WOONSTEDE]]
    steps = session.undo_stack.count()
    assert coordinator.packages.import_packages() is None  # the coordinator says no
    assert len(md.outdated_asked) == 1
    assert "visie" in md.outdated_asked[0] or "vision" in md.outdated_asked[0]
    assert session.undo_stack.count() == steps
    md.outdated_answer = True
    result = coordinator.packages.import_packages()
    assert result is not None
    assert md.shown[-1].warnings.text()
    assert result.warnings
    assert (
        next(f for f in session.charter.data_sharing.flows if f.id == "flow-woonfraude").retention_months
        == 12
    )


def test_cancel_in_the_merge_view_changes_nothing(coordinator: MainWindow, md: MergeDialogs) -> None:
    session = coordinator.session
    packages = export_packages(session.path, (ZILVERMONDE,))  # type: ignore[arg-type]
    edit_json(
        packages[ZILVERMONDE],
        lambda d: record(d["sections"]["contributions"], "con-zilvermonde-budget").update(amount=1),
    )
    md.package_paths = [packages[ZILVERMONDE]]
    md.decide = lambda _d: False
    before = snapshot(session.charter)
    assert coordinator.packages.import_packages() is None
    assert snapshot(session.charter) == before
    assert session.undo_stack.count() == 0


def test_two_packages_that_differ_on_one_field_offer_each_value(
    coordinator: MainWindow, md: MergeDialogs
) -> None:
    session = coordinator.session
    first = export_packages(session.path, (ZILVERMONDE,))[ZILVERMONDE]  # type: ignore[arg-type]
    second = first.with_name("riec-gem-zilvermonde-2.partner.json")
    second.write_bytes(first.read_bytes())
    for path, amount in ((first, 90000), (second, 120000)):
        edit_json(
            path,
            lambda d, a=amount: record(d["sections"]["contributions"], "con-zilvermonde-budget").update(
                amount=a
            ),
        )
    key = "strategy.contributions[con-zilvermonde-budget].amount"
    labels: list[str] = []

    def decide(dialog: MergeDialog) -> bool:
        combo = dialog.combos[key]
        labels.extend(combo.itemText(i) for i in range(combo.count()))
        assert dialog.table.item(0, 3).text().splitlines() == ["Zilvermonde: 90000", "Zilvermonde: 120000"]
        dialog.set_choice(key, "package:1")
        return True

    md.decide = decide
    md.package_paths = [first, second]
    result = coordinator.packages.import_packages()
    assert result is not None
    assert labels == [
        "Waarde van de coördinator houden",
        "Waarde van Zilvermonde (riec-gem-zilvermonde.partner.json) nemen",
        "Waarde van Zilvermonde (riec-gem-zilvermonde-2.partner.json) nemen",
    ]
    budget = next(c for c in session.charter.strategy.contributions if c.id == "con-zilvermonde-budget")
    assert budget.amount == 120000


def test_a_frozen_charter_takes_no_merge(coordinator: MainWindow, md: MergeDialogs) -> None:
    """A signed charter is frozen: merging packages would change what the partners signed."""
    session = coordinator.session
    packages = export_packages(session.path, (WOONSTEDE,))  # type: ignore[arg-type]
    session.guard = lambda path="": "Het convenant is ondertekend; begin een nieuwe versie."
    refusals: list[str] = []
    session.refused.connect(refusals.append)
    md.package_paths = [packages[WOONSTEDE]]
    charter, steps = session.charter, session.undo_stack.count()
    assert coordinator.packages.import_packages() is None
    assert refusals == ["Het convenant is ondertekend; begin een nieuwe versie."]
    assert md.shown == []
    assert session.charter is charter
    assert session.undo_stack.count() == steps
