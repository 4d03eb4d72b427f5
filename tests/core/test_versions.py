"""Amending a charter keeps every earlier version intact inside the same file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from charter_builder.model import (
    HealthCheck,
    KpiMeasurement,
    KpiStatus,
    MidTermReview,
    ReviewAction,
    Signature,
    Status,
)
from charter_builder.storage import fingerprint, load_charter, save_charter
from charter_builder.versions import all_versions, amend, archived_charter, version

from .helpers import small_charter


def _signed():
    c = small_charter()
    c.metadata.status = Status.SIGNED
    c.signatures = [
        Signature(id="sig-1", partner_id="gem", name="A. de Vries", signed_on=dt.date(2026, 4, 1))
    ]
    return c


def test_amend_archives_the_old_version_and_starts_a_draft(tmp_path: Path) -> None:
    v1 = _signed()
    v1_print = fingerprint(v1)
    v2 = amend(v1, author="Coördinator", reason="Tussentijdse toetsing 2028", agreed_by=["gem", "pol"])
    assert v1.metadata.version == 1  # the input is untouched
    assert v1.history == []
    assert v2.metadata.version == 2
    assert v2.metadata.status is Status.DRAFT
    assert v2.signatures == []
    assert v2.revisions[-1].reason == "Tussentijdse toetsing 2028"
    assert v2.revisions[-1].agreed_by == ["gem", "pol"]
    assert [e.version for e in v2.history] == [1]
    assert v2.history[0].fingerprint == v1_print

    v2.governance.kpis[0].target = 60
    path = tmp_path / "c.charter.json"
    save_charter(v2, path)
    reopened = load_charter(path)
    old = version(reopened, 1)
    assert old == v1
    assert old.governance.kpis[0].target == 10
    assert old.signatures[0].name == "A. de Vries"
    assert version(reopened, 2).governance.kpis[0].target == 60


def test_three_versions_in_order() -> None:
    v3 = amend(amend(_signed(), author="a", reason="r1"), author="b", reason="r2")
    assert [n for n, _ in all_versions(v3)] == [1, 2, 3]
    assert [e.reason for e in v3.history] == ["r1", "r2"]
    assert all(e.snapshot["history"] == [] for e in v3.history)  # no archive nested in an archive
    with pytest.raises(KeyError):
        version(v3, 4)


def test_archived_version_from_an_older_schema_is_migrated() -> None:
    from .test_migrations import V1_FILE

    v2 = amend(_signed(), author="a", reason="r")
    v2.history[0].snapshot = json.loads(json.dumps(V1_FILE))
    old = archived_charter(v2.history[0])
    assert old.partner("gem-oudestad").representatives[0].name == "J. Jansen"


def test_review_records_round_trip(tmp_path: Path) -> None:
    c = small_charter()
    c.health_checks = [HealthCheck(id="hc-2028", date=dt.date(2028, 3, 1))]
    c.reviews = [
        MidTermReview(
            id="rev-2028",
            date=dt.date(2028, 3, 1),
            health_check_id="hc-2028",
            measurements=[KpiMeasurement(kpi_id="kpi-1", period="2027", value=7, status=KpiStatus.AT_RISK)],
            actions=[ReviewAction(id="act-a", what="Extra Bibob-capaciteit", owner_id="gem")],
        )
    ]
    path = tmp_path / "c.charter.json"
    save_charter(c, path)
    assert load_charter(path) == c


def test_review_references_are_checked() -> None:
    c = small_charter()
    raw = c.model_dump(mode="json")
    raw["reviews"] = [
        {
            "id": "r",
            "date": "2028-01-01",
            "health_check_id": "nope",
            "actions": [{"id": "a", "owner_id": "x"}],
        }
    ]
    from pydantic import ValidationError

    from charter_builder.model import Charter
    from charter_builder.problems import problems_from_validation_error

    with pytest.raises(ValidationError) as info:
        Charter.model_validate(raw)
    paths = {p.path for p in problems_from_validation_error(info.value)}
    assert paths == {"reviews[0].health_check_id", "reviews[0].actions[0].owner_id"}


def test_workflow_new_version_keeps_the_signed_version_in_the_file() -> None:
    from charter_builder.workflow import start_new_version

    v1 = _signed()
    v2 = start_new_version(v1, author="Coördinator", reason="Nieuwe partner")
    assert v2.metadata.version == 2
    assert version(v2, 1) == v1
    assert v2.comments == []
