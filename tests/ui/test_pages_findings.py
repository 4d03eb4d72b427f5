"""Every finding the checks produce can be shown and jumped to on its step's page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from charter_builder.checks import run_checks
from charter_builder.model import Charter, Step
from tests.support.synthetic import large_charter
from ui.pages import page_classes
from ui.session import CharterSession

from .pages_helpers import example

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _gappy_example() -> Charter:
    """The example with gaps the checks point at inside tables and detail forms."""
    charter = example()
    charter.partners[2].representatives[0].mandate = ""
    charter.governance.kpis[1].owner_id = None
    charter.data_sharing.flows[0].purpose = ""
    charter.data_sharing.flows[0].art6_ground = None
    charter.roles.activities[0].raci = {}
    return charter


@pytest.mark.parametrize("make", [Charter.new, _gappy_example, large_charter], ids=["new", "gappy", "large"])
def test_every_finding_focuses_a_field(qtbot: QtBot, make: object) -> None:
    charter = make()  # type: ignore[operator]
    findings = run_checks(charter)
    assert findings
    session = CharterSession(charter)
    pages = {cls.step: cls(session) for cls in page_classes()[:8]}
    for page in pages.values():
        qtbot.addWidget(page)
        page.load()
    by_step: dict[Step, list] = {}
    for finding in findings:
        by_step.setdefault(finding.step, []).append(finding)
    missed = []
    for step, items in by_step.items():
        page = pages.get(step)
        if page is None:  # the Review page's own findings (metadata, signatures) are not ours
            continue
        page.show_findings(items)
        missed += [f.path for f in items if not page.focus_path(f.path)]
    assert missed == []
