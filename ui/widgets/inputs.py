"""Input widgets that can also be empty (``None`` in the model), and a paragraph-sized text editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

#: The date a ``NullableDateEdit`` shows as empty (``None``).
NULL_DATE = QDate(1900, 1, 1)
NULL_TEXT = "–"


class TextArea(QPlainTextEdit):
    """A multi-line text editor sized for a paragraph; Tab moves on, as in every other field."""

    def __init__(self, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(line * 3 + 12)
        self.setFixedHeight(line * lines + 14)


class NullableDateEdit(QDateEdit):
    """A date editor that can also be empty; Delete or Backspace on the whole text empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NULL_DATE)
        self.setSpecialValueText(NULL_TEXT)
        self.setDate(NULL_DATE)

    def value(self) -> dt.date | None:
        d = self.date()
        return None if d == NULL_DATE else dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(NULL_DATE)
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text() or self.date() == NULL_DATE
        ):
            self.setDate(NULL_DATE)
            return
        super().keyPressEvent(event)


class NullableSpinBox(QSpinBox):
    """A whole-number editor whose lowest position means "not filled in"."""

    def __init__(
        self, minimum: int, maximum: int, parent: QWidget | None = None, start: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText(NULL_TEXT)
        self.start = start
        """Where the first step up from "empty" lands (a year field starts at this year, not at 2000)."""

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        if self.start is not None and self.value() == self.minimum() and steps > 0:
            self.setValue(self.start)
            return
        super().stepBy(steps)

    def model_value(self) -> int | None:
        v = self.value()
        return None if v == self.minimum() else v

    def set_model_value(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class NullableDoubleSpinBox(QDoubleSpinBox):
    """A number editor whose lowest position means "not filled in"."""

    def __init__(
        self, minimum: float, maximum: float, decimals: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        step = 10.0**-decimals
        self.setRange(minimum - step, maximum)
        self.setSingleStep(1.0 if decimals == 0 else 0.5)
        self.setSpecialValueText(NULL_TEXT)

    def model_value(self) -> float | None:
        v = self.value()
        return None if v <= self.minimum() else v

    def set_model_value(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)
