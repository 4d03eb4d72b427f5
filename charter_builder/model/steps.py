"""The wizard's steps: the model's own map of where each part of a charter is edited.

``Step`` lives with the model rather than with the checks because every layer sorts things by it:
findings, guidance, diffs, comments and field paths (``FieldPath.step``) all name the step where
the user finds a field, and none of them should have to import the checks to say so.
"""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    """The wizard steps, in wizard order; every finding, change and field belongs to one."""

    PARTNERS = "partners"
    PURPOSE = "purpose"
    VISION = "vision"
    STRATEGY = "strategy"
    TRUST = "trust"
    GOVERNANCE = "governance"
    ROLES = "roles"
    DATA_SHARING = "data_sharing"
    REVIEW = "review"
