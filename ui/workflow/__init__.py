"""The review workflow in the wizard: comments, review, approval, signatures and new versions.

The shell calls ``install_workflow(window)`` once; see ``controller.WorkflowController``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .controller import WorkflowController, status_name

if TYPE_CHECKING:
    from ..main_window import MainWindow

__all__ = ["WorkflowController", "install_workflow", "status_name"]


def install_workflow(window: MainWindow) -> WorkflowController:
    """Add the Charter menu, the Comments dock and the status label to the window."""
    return WorkflowController(window)
