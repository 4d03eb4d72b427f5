"""Issue 6 end to end in the wizard: an old (schema 1) charter is opened years later, reviewed, amended, saved."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from charter_builder.health import DIMENSIONS, missing_scores
from charter_builder.model import SCHEMA_VERSION
from charter_builder.storage import load_charter
from charter_builder.versions import archived_charter
from ui.main_window import MainWindow
from ui.review import ReviewModePanel, versions_view

from .shell_fixtures import Dialogs
from .test_review_menu import review_menu
from .test_review_mode import PERIODS, REVIEW_DAY, enter_measurements

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

#: A charter as the 0.0 preview (schema 1) wrote it: one representative per partner, KPIs at the top.
V1 = {
    "schema_version": 1,
    "metadata": {
        "charter_id": "charter-kustregio",
        "title": "Convenant Kustregio 2025-2028",
        "language": "nl",
    },
    "partners": [
        {
            "id": "gem-kuststad",
            "name": "Gemeente Kuststad",
            "type": "municipality",
            "representative": {"name": "A. de Vries", "function": "Burgemeester", "mandate_level": "full"},
        },
        {"id": "pol-kust", "name": "Politie Kust", "type": "police"},
        {"id": "om-kust", "name": "OM Kust", "type": "public_prosecution"},
    ],
    "kpis": [
        {
            "id": "kpi-bibob",
            "name": "Bibob-toetsen",
            "owner_id": "gem-kuststad",
            "baseline": 20,
            "target": 40,
        },
        {"id": "kpi-casus", "name": "Integrale casussen", "owner_id": "om-kust", "baseline": 5, "target": 12},
    ],
}


def test_old_charter_reviewed_amended_and_saved(
    window: MainWindow, dialogs: Dialogs, qtbot: Any, language: Any, tmp_path: Path
) -> None:
    language("en")
    path = tmp_path / "kustregio.charter.json"
    original = json.dumps(V1, ensure_ascii=False, indent=2).encode("utf-8")
    path.write_bytes(original)
    assert window.files.open_path(path)
    session = window.session

    # Review → Mid-term review…
    menu = review_menu(window)
    menu.review_action.trigger()
    review_window = session._review_windows["review"]
    qtbot.addWidget(review_window)
    review_window.resize(1280, 800)
    panel = review_window.content
    assert isinstance(panel, ReviewModePanel)
    review = panel.start_review(REVIEW_DAY, "A. de Vries")
    enter_measurements(qtbot, panel, {"kpi-bibob": [24.0, 31.0, 36.0], "kpi-casus": [6.0, 6.0, 7.0]})
    assert [(m.kpi_id, m.period, m.value) for m in review.measurements] == [
        ("kpi-bibob", "2027-Q2", 24.0),
        ("kpi-bibob", "2027-Q4", 31.0),
        ("kpi-bibob", "2028-Q2", 36.0),
        ("kpi-casus", "2027-Q2", 6.0),
        ("kpi-casus", "2027-Q4", 6.0),
        ("kpi-casus", "2028-Q2", 7.0),
    ]
    assert len(PERIODS) == 3

    # The health check of this review, scored by every partner.
    panel.tabs.setCurrentIndex(1)
    check = panel.health.new_check()
    panel.health.grid.setFocus()
    panel.health.grid.setCurrentIndex(panel.health.model.index(0, 0))
    qtbot.keyClicks(panel.health.grid, "345" * len(DIMENSIONS))
    assert missing_scores(session.charter, check) == []
    assert review.health_check_id == check.id

    # Amend to version 2; the steering group raises a KPI target.
    before_amend = session.charter.model_dump(mode="json")

    def answer(session: Any, parent: Any, author: str) -> Any:
        dialog = versions_view.AmendDialog(session, parent, author)
        qtbot.addWidget(dialog)
        dialog.reason.setPlainText("Tussentijdse toetsing 2028")
        dialog.check_all()
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return dialog.apply()

    saved_ask = versions_view.ask_amend
    versions_view.ask_amend = answer  # type: ignore[assignment]
    try:
        panel.amend_button.click()
    finally:
        versions_view.ask_amend = saved_ask  # type: ignore[assignment]
    kpis = session.charter.governance.kpis
    session.set_value(kpis[0], "target", 50.0, "governance.kpis[0].target")
    panel.tabs.setCurrentIndex(4)
    panel.compare.reload()
    assert "KPI 'Bibob-toetsen': target 40 → 50" in panel.compare.sentences()

    # Save: the old-format question, the original kept beside it, version 1 whole inside the file.
    assert window.files.save()
    assert dialogs.upgrade_asked == 1
    assert (tmp_path / "kustregio.charter.json.bak").read_bytes() == original
    reopened = load_charter(path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert reopened.metadata.version == 2
    [entry] = reopened.history
    assert entry.version == 1
    assert archived_charter(entry).model_dump(mode="json") == before_amend
    assert reopened.governance.kpis[0].target == 50.0
    assert archived_charter(entry).governance.kpis[0].target == 40.0
    assert reopened.reviews[0].measurements == review.measurements
    assert len(reopened.health_checks[0].scores) == 3 * len(DIMENSIONS)
