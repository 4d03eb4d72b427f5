"""The guidance panel: short advice and examples for the current step, and for the field being edited.

The texts come from ``charter_builder.guidance`` (Markdown in ``resources/guidance``), in the UI's
language. Until a text exists, a neutral line is shown instead of an empty panel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from charter_builder.model import Step

from . import i18n


def _load_guidance(lang: str) -> Any | None:
    try:
        from charter_builder.guidance import load_guidance
    except ImportError:  # the guidance module has not landed: the panel stays neutral
        return None
    try:
        return load_guidance(lang)
    except (OSError, ValueError):
        return None


def _without_title(markdown: str) -> str:
    """Drop a leading ``# Title`` line: the page's own heading already names the step."""
    stripped = markdown.lstrip()
    if stripped.startswith("# "):
        return stripped.partition("\n")[2].lstrip()
    return markdown


class GuidancePanel(QWidget):
    """Shows the step's guidance; below it, the guidance for the focused field when there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self._heading = QLabel(self)
        self._heading.setObjectName("guidanceHeading")
        font = self._heading.font()
        font.setBold(True)
        self._heading.setFont(font)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._heading)
        layout.addWidget(self.browser, 1)
        self._step: Step | None = None
        self._field: str | None = None
        self._cache: dict[str, Any | None] = {}
        self.retranslate()

    def guidance(self) -> Any | None:
        lang = i18n.current_language()
        if lang not in self._cache:
            self._cache[lang] = _load_guidance(lang)
        return self._cache[lang]

    def show_step(self, step: Step) -> None:
        self._step = step
        self._field = None
        self._render()

    def show_field(self, path: str | None) -> None:
        """Add the guidance for a field path (``partners[0].name``) below the step's; ``None`` clears it."""
        if path == self._field:
            return
        self._field = path
        self._render()

    def markdown(self) -> str:
        """Return the Markdown currently shown (tests read it)."""
        return self._markdown

    def _render(self) -> None:
        g = self.guidance()
        parts: list[str] = []
        if self._step is not None and g is not None:
            text = _without_title(g.step(self._step))
            if text:
                parts.append(text)
        if self._field and g is not None:
            fg = g.field(self._field)
            if fg is not None and fg.markdown.strip():
                parts.append("---\n\n" + fg.markdown)
        if not parts:
            parts.append(
                QCoreApplication.translate("GuidancePanel", "No guidance is available for this step yet.")
            )
        self._markdown = "\n\n".join(parts)
        self.browser.setMarkdown(self._markdown)

    def retranslate(self) -> None:
        self._heading.setText(QCoreApplication.translate("GuidancePanel", "Guidance"))
        self.browser.setAccessibleName(QCoreApplication.translate("GuidancePanel", "Guidance for this step"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
