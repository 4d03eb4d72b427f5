"""Every workflow step in the wizard as one undoable step that swaps the whole charter.

The functions in ``charter_builder.workflow`` change the charter in place. Run on the session's
own charter, an undo would have nothing to go back to; so each step runs on a deep copy, and
the copy replaces the charter through ``ReplaceCharterCommand`` — undo shows the old object again,
and every earlier undo step still points into it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from charter_builder.model import Charter

from ..review.versions_view import ReplaceCharterCommand
from ..session import CharterSession

T = TypeVar("T")


def apply_step(session: CharterSession, step: Callable[[Charter], T], text: str) -> T:
    """Run ``step`` on a copy of the session's charter and show the copy as one undoable step.

    ``step`` raises ``WorkflowError`` when it is not allowed; nothing is pushed then and the
    charter shown stays as it was.
    """
    copy = session.charter.model_copy(deep=True)
    result = step(copy)
    session.undo_stack.push(ReplaceCharterCommand(session, copy, text))
    return result


def replace_with(session: CharterSession, new: Charter, text: str) -> None:
    """Show ``new`` (e.g. a new version) as one undoable step."""
    session.undo_stack.push(ReplaceCharterCommand(session, new, text))
