"""KPI progress and health-check figures that the review report and the wizard share."""

from __future__ import annotations

import datetime as dt

from charter_builder.health import (
    DIMENSION_LABELS,
    DIMENSIONS,
    founding_check,
    health_summary,
    kpi_progress,
    latest_review,
    missing_scores,
    previous_check,
)
from charter_builder.model import (
    HealthCheck,
    HealthDimension,
    HealthOccasion,
    HealthScore,
    Kpi,
    KpiMeasurement,
    KpiStatus,
    MidTermReview,
)

from .helpers import small_charter


def _check(date: dt.date, occasion: HealthOccasion, gem: int, pol: int) -> HealthCheck:
    return HealthCheck(
        id=f"hc-{date.year}",
        date=date,
        occasion=occasion,
        scores=[
            HealthScore(partner_id="gem", dimension=HealthDimension.SHARED_AMBITION, score=gem, comment="ok"),
            HealthScore(partner_id="pol", dimension=HealthDimension.SHARED_AMBITION, score=pol),
        ],
    )


def test_every_dimension_has_labels_in_both_languages() -> None:
    assert len(DIMENSIONS) == 9
    assert set(DIMENSION_LABELS) == set(DIMENSIONS)
    assert all(nl and en for nl, en in DIMENSION_LABELS.values())


def test_summary_mean_per_dimension_and_missing_scores() -> None:
    c = small_charter()
    check = _check(dt.date(2026, 3, 1), HealthOccasion.FOUNDING, 4, 3)
    stats = {s.dimension: s for s in health_summary(check)}
    assert stats[HealthDimension.SHARED_AMBITION].mean == 3.5
    assert stats[HealthDimension.SHARED_AMBITION].scores == {"gem": 4, "pol": 3}
    assert stats[HealthDimension.SHARED_AMBITION].comments == {"gem": "ok"}
    assert stats[HealthDimension.MEANINGFUL_PROCESS].mean is None
    missing = missing_scores(c, check)
    assert ("gem", HealthDimension.SHARED_AMBITION) not in missing
    assert len(missing) == 2 * 9 - 2


def test_previous_and_founding_checks() -> None:
    c = small_charter()
    founding = _check(dt.date(2026, 3, 1), HealthOccasion.FOUNDING, 3, 3)
    review = _check(dt.date(2028, 3, 1), HealthOccasion.MID_TERM_REVIEW, 4, 5)
    c.health_checks = [review, founding]
    assert previous_check(c, review) is founding
    assert previous_check(c, founding) is None
    assert founding_check(c) is founding


def test_kpi_progress_uses_baseline_target_and_recorded_status() -> None:
    c = small_charter()
    c.governance.kpis = [
        Kpi(id="k1", name="Bibob", baseline=20, target=60),
        Kpi(id="k2", name="Kwalitatief"),
        Kpi(id="k3", name="Gemeld", baseline=10, target=30),
    ]
    review = MidTermReview(
        id="r1",
        date=dt.date(2028, 3, 1),
        measurements=[
            KpiMeasurement(kpi_id="k1", period="2027", value=30),
            KpiMeasurement(kpi_id="k1", period="2028-Q1", value=45),
            KpiMeasurement(kpi_id="k3", period="2027", value=12, status=KpiStatus.ON_TRACK),
        ],
    )
    c.reviews = [review]
    rows = {r.kpi.id: r for r in kpi_progress(c, review)}
    assert rows["k1"].latest.value == 45
    assert rows["k1"].progress == (45 - 20) / 40
    assert rows["k1"].status is KpiStatus.ON_TRACK
    assert rows["k2"].progress is None
    assert rows["k2"].status is None
    assert rows["k3"].progress == 0.1
    assert rows["k3"].status is KpiStatus.ON_TRACK  # the coordinator's judgement wins over the arithmetic
    assert latest_review(c) is review
