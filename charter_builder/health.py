"""Figures for the mid-term review: KPI progress and the health of the collaboration.

The review report, the wizard's review mode and the founding health check all read these, so the
numbers a steering group sees in Word are the numbers the coordinator saw on screen.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from . import vocabulary
from .model import (
    Charter,
    HealthCheck,
    HealthDimension,
    HealthOccasion,
    Kpi,
    KpiMeasurement,
    KpiStatus,
    Lesson,
    MidTermReview,
)
from .vocabulary import Form

#: The five conditions for collaboration, then the three trust levels, then parent-organisation involvement.
DIMENSIONS: list[HealthDimension] = list(HealthDimension)

#: (nl, en) per dimension and per KPI status, from the vocabulary (the dimensions in their long form, as
#: the report and the review mode show them). Read by ``ui/review/labels.py`` until it asks the
#: vocabulary itself.
DIMENSION_LABELS: dict[HealthDimension, tuple[str, str]] = vocabulary.pairs(HealthDimension, Form.LONG)  # type: ignore[assignment]
KPI_STATUS_LABELS: dict[KpiStatus, tuple[str, str]] = vocabulary.pairs(KpiStatus)  # type: ignore[assignment]


def label(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "nl" else pair[1]


@dataclass(frozen=True)
class DimensionStat:
    dimension: HealthDimension
    mean: float | None
    scores: dict[str, int] = field(default_factory=dict)
    """Score per partner id."""
    comments: dict[str, str] = field(default_factory=dict)


def health_summary(check: HealthCheck) -> list[DimensionStat]:
    """Return one entry per dimension, in the fixed order, with each partner's score and the mean."""
    out = []
    for dim in DIMENSIONS:
        scores = {s.partner_id: s.score for s in check.scores if s.dimension is dim}
        comments = {s.partner_id: s.comment for s in check.scores if s.dimension is dim and s.comment}
        mean = statistics.fmean(scores.values()) if scores else None
        out.append(DimensionStat(dim, mean, scores, comments))
    return out


def previous_check(charter: Charter, check: HealthCheck) -> HealthCheck | None:
    """Return the check to compare with: the latest earlier one (a review's predecessor or the founding)."""
    earlier = [h for h in charter.health_checks if h.date < check.date and h.id != check.id]
    return max(earlier, key=lambda h: h.date) if earlier else None


def founding_check(charter: Charter) -> HealthCheck | None:
    founding = [h for h in charter.health_checks if h.occasion is HealthOccasion.FOUNDING]
    return min(founding, key=lambda h: h.date) if founding else None


def missing_scores(charter: Charter, check: HealthCheck) -> list[tuple[str, HealthDimension]]:
    """Return (partner id, dimension) pairs that active partners have not scored yet."""
    have = {(s.partner_id, s.dimension) for s in check.scores}
    return [
        (p.id, dim)
        for p in charter.partners
        if p.left_on is None or p.left_on > check.date
        for dim in DIMENSIONS
        if (p.id, dim) not in have
    ]


@dataclass(frozen=True)
class KpiProgress:
    kpi: Kpi
    measurements: list[KpiMeasurement]
    """This KPI's measurements in the review, in the order entered (periods as typed)."""

    @property
    def latest(self) -> KpiMeasurement | None:
        return self.measurements[-1] if self.measurements else None

    @property
    def progress(self) -> float | None:
        """Share of the way from baseline to target reached by the latest value (0 = baseline, 1 = target)."""
        m = self.latest
        if m is None or m.value is None or self.kpi.baseline is None or self.kpi.target is None:
            return None
        span = self.kpi.target - self.kpi.baseline
        if span == 0:
            return 1.0 if m.value == self.kpi.target else 0.0
        return (m.value - self.kpi.baseline) / span

    @property
    def status(self) -> KpiStatus | None:
        """The status the coordinator recorded, else one derived from progress (advice, not a verdict)."""
        m = self.latest
        if m is not None and m.status is not None:
            return m.status
        p = self.progress
        if p is None:
            return None
        return KpiStatus.ON_TRACK if p >= 0.5 else KpiStatus.AT_RISK if p >= 0.2 else KpiStatus.OFF_TRACK


def kpi_progress(charter: Charter, review: MidTermReview) -> list[KpiProgress]:
    """Return progress for every KPI of the charter, in charter order, measured or not."""
    return [
        KpiProgress(kpi, [m for m in review.measurements if m.kpi_id == kpi.id])
        for kpi in charter.governance.kpis
    ]


def latest_review(charter: Charter) -> MidTermReview | None:
    return max(charter.reviews, key=lambda r: r.date) if charter.reviews else None


#: The ten lessons for learning networks, as review prompts (our own wording).
LESSON_PROMPTS: dict[Lesson, tuple[str, str]] = {
    Lesson.ACKNOWLEDGE_DIFFICULTY: (
        "Erkennen we openlijk dat samenwerken over organisatiegrenzen heen moeilijk is?",
        "Do we openly acknowledge that working across organisational boundaries is hard?",
    ),
    Lesson.EXPECT_BARRIERS: (
        "Welke drempels zijn we tegengekomen, en hadden we ze voorzien?",
        "Which barriers did we meet, and had we foreseen them?",
    ),
    Lesson.INVEST_IN_OVERCOMING: (
        "Wat hebben we gedaan om die drempels weg te nemen, en wat kost dat?",
        "What did we do to remove those barriers, and what does it take?",
    ),
    Lesson.SHARED_LANGUAGE: (
        "Bedoelen we met dezelfde woorden inmiddels hetzelfde? Welke begrippen wringen nog?",
        "Do the same words now mean the same to all of us? Which terms still chafe?",
    ),
    Lesson.EASY_LEARNING: (
        "Is van elkaar leren makkelijk en aantrekkelijk gemaakt, of blijft het bij goede bedoelingen?",
        "Have we made learning from each other easy and attractive, or is it still an intention?",
    ),
    Lesson.OTHER_FIELD: (
        "Betrekken we mensen uit het andere domein (zorg, straf, bestuur, privaat) bij ons werk?",
        "Do we involve people from the other field (care, criminal law, administration, private) in our work?",
    ),
    Lesson.ROOM_FOR_LEARNING: (
        "Krijgen professionals tijd en ruimte om te leren en een netwerk op te bouwen?",
        "Do professionals get time and room to learn and to build a network?",
    ),
    Lesson.CONNECTING_TASK: (
        "Is het verbinden van de organisaties iemands uitdrukkelijke taak, en wordt die taak ook gedaan?",
        "Is connecting the organisations someone's explicit task, and is that task carried out?",
    ),
    Lesson.SELECT_AND_TRAIN: (
        "Selecteren en trainen we mensen op inlevingsvermogen en leervermogen?",
        "Do we select and train people on empathy and the ability to learn?",
    ),
    Lesson.STUDY_WHAT_WORKS: (
        "Onderzoeken we wat werkt, en passen we onze aanpak daarop aan?",
        "Do we study what works, and adjust our approach accordingly?",
    ),
}
