"""Words for the review mode in the wizard's language.

Dimension names, KPI statuses and the ten lessons' prompts are core text (``charter_builder.health``
has them in Dutch and English, shared with the review report); only the short column headers and
the occasions are UI strings translated by Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from charter_builder.health import DIMENSION_LABELS, KPI_STATUS_LABELS, LESSON_PROMPTS, label
from charter_builder.model import HealthDimension, HealthOccasion, KpiStatus, Lesson

from ..binding import ui_language

CONTEXT = "ReviewLabels"

#: Short, two-line column headers for the score grid (the full name is in the tooltip).
_SHORT: dict[HealthDimension, str] = {
    HealthDimension.SHARED_AMBITION: QT_TRANSLATE_NOOP("ReviewLabels", "Shared\nambition"),
    HealthDimension.RECOGNITION_OF_INTERESTS: QT_TRANSLATE_NOOP("ReviewLabels", "Interests\nrecognised"),
    HealthDimension.MEANINGFUL_PROCESS: QT_TRANSLATE_NOOP("ReviewLabels", "Meaningful\nprocess"),
    HealthDimension.BUILDING_RELATIONSHIPS: QT_TRANSLATE_NOOP("ReviewLabels", "Relation-\nships"),
    HealthDimension.PROFESSIONAL_ORGANISATION: QT_TRANSLATE_NOOP(
        "ReviewLabels", "Professional\norganisation"
    ),
    HealthDimension.TRUST_BETWEEN_MEMBERS: QT_TRANSLATE_NOOP("ReviewLabels", "Trust:\nmembers"),
    HealthDimension.TRUST_IN_PARENT_ORGANISATIONS: QT_TRANSLATE_NOOP("ReviewLabels", "Trust:\nparent orgs"),
    HealthDimension.TRUST_IN_PARTNERSHIP: QT_TRANSLATE_NOOP("ReviewLabels", "Trust:\npartnership"),
    HealthDimension.PARENT_INVOLVEMENT: QT_TRANSLATE_NOOP("ReviewLabels", "Parent\ninvolvement"),
}

_OCCASIONS: dict[HealthOccasion, str] = {
    HealthOccasion.FOUNDING: QT_TRANSLATE_NOOP("ReviewLabels", "Founding"),
    HealthOccasion.MID_TERM_REVIEW: QT_TRANSLATE_NOOP("ReviewLabels", "Mid-term review"),
    HealthOccasion.OTHER: QT_TRANSLATE_NOOP("ReviewLabels", "Other"),
}


def dimension_label(dim: HealthDimension) -> str:
    """Return the full name of a dimension (five conditions, trust levels, parent involvement)."""
    return label(DIMENSION_LABELS[dim], ui_language())


def dimension_header(dim: HealthDimension) -> str:
    return QCoreApplication.translate(CONTEXT, _SHORT[dim])


def occasion_label(occasion: HealthOccasion) -> str:
    return QCoreApplication.translate(CONTEXT, _OCCASIONS[occasion])


def status_label(status: KpiStatus | str | None) -> str:
    if status is None:
        return ""
    return label(KPI_STATUS_LABELS[KpiStatus(status)], ui_language())


def lesson_prompt(lesson: Lesson) -> str:
    return label(LESSON_PROMPTS[lesson], ui_language())
