"""The base of every wizard step page: it shows one part of the charter held by the session."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from charter_builder.checks import Finding
from charter_builder.model import Step

from ..session import CharterSession


class StepPage(QWidget):
    """One step of the wizard.

    Subclasses set ``step``, build their widgets in ``__init__``, fill them from the model in
    ``load()`` (called after ``session.charter_replaced`` and when the page is shown) and set
    their texts in ``retranslate()`` (called on language change). Edits go through the session.
    """

    step: Step

    def __init__(self, session: CharterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.charter_replaced.connect(self.load)

    def title(self) -> str:
        """Return the translated title shown in the step list and above the page."""
        raise NotImplementedError

    def load(self) -> None:
        """Fill every widget from ``self.session.charter``."""

    def retranslate(self) -> None:
        """Set every visible text again, in the current language."""

    def show_findings(self, findings: list[Finding]) -> None:
        """Mark the fields these findings point to (the findings of this page's step only)."""

    def focus_path(self, path: str) -> bool:
        """Put the keyboard focus on the field for ``path``; return whether it was found."""
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
