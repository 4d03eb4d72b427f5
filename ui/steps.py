"""The wizard's steps in order and their translated names, for views that are not the pages themselves."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from charter_builder.model import Step

STEP_ORDER: tuple[Step, ...] = tuple(Step)


def step_title(step: Step) -> str:
    """Return the translated short name of a step."""
    titles = {
        Step.PARTNERS: QCoreApplication.translate("Steps", "Partners"),
        Step.PURPOSE: QCoreApplication.translate("Steps", "Purpose"),
        Step.VISION: QCoreApplication.translate("Steps", "Vision"),
        Step.STRATEGY: QCoreApplication.translate("Steps", "Strategy"),
        Step.TRUST: QCoreApplication.translate("Steps", "Trust & agreements"),
        Step.GOVERNANCE: QCoreApplication.translate("Steps", "Governance & monitoring"),
        Step.ROLES: QCoreApplication.translate("Steps", "Roles & responsibilities"),
        Step.DATA_SHARING: QCoreApplication.translate("Steps", "Data sharing"),
        Step.REVIEW: QCoreApplication.translate("Steps", "Review & generate"),
    }
    return titles[step]
