"""Two-way bindings between input widgets and one field of a charter record.

A binding reads ``getattr(owner, field)`` into its widget when the session reports a change on its
path (or ``""``: everything, e.g. after undo of a whole list), and writes the user's edits back
through ``session.set_value`` so every edit is undoable. A guard keeps model→widget updates from
echoing back as edits. Owners and paths may be callables: a detail form follows the selected row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import Enum
from functools import cache
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from charter_builder.model import Record
from charter_builder.problems import problems_from_validation_error

from .session import CharterSession
from .widgets.enum_labels import enum_label
from .widgets.inputs import (
    NULL_DATE,
    NULL_TEXT,
    NullableDateEdit,
    NullableDoubleSpinBox,
    NullableSpinBox,
    TextArea,
)

__all__ = [
    "NULL_DATE",
    "NULL_TEXT",
    "Binding",
    "NullableDateEdit",
    "NullableDoubleSpinBox",
    "NullableSpinBox",
    "TextArea",
    "bind",
    "commit_value",
    "guidance_tooltip",
    "path_matches",
    "set_findings",
    "ui_language",
]

OwnerGetter = Callable[[], Record | None]
PathLike = str | Callable[[], str]


def ui_language() -> str:
    """Return "nl" or "en": the language the wizard shows, for guidance tooltips and finding messages.

    Without the main window's language module (pages tested alone) the installed translators decide:
    the Dutch catalogue translates the marker "en" to "nl".
    """
    try:
        from .i18n import current_language
    except ImportError:
        pass
    else:
        return current_language()
    lang = QCoreApplication.translate("Binding", "en")
    return lang if lang in ("nl", "en") else "en"


@cache
def _guidance_loader() -> Callable[[str], Any] | None:
    try:
        from charter_builder.guidance import load_guidance
    except ImportError:  # the guidance texts have not landed yet
        return None
    return load_guidance


def guidance_tooltip(path: str, lang: str | None = None) -> str:
    """Return the one-sentence guidance for a field path (indices allowed), or an empty string."""
    loader = _guidance_loader()
    if loader is None or not path:
        return ""
    try:
        found = loader(lang or ui_language()).field(path)
    except (ValueError, OSError):
        return ""
    return found.summary if found is not None else ""


def path_matches(bound: str, changed: str) -> bool:
    """Return whether a change reported on ``changed`` may affect the field at ``bound``."""
    if not changed or bound == changed:
        return True
    return bound.startswith((changed + ".", changed + "[")) or changed.startswith((bound + ".", bound + "["))


def commit_value(session: CharterSession, owner: Record, field: str, value: Any, path: str, text: str) -> str:
    """Set a field through the session; return "" or the error message when the model refused it.

    pydantic assigns before it runs a record's after-validators and does not roll back when they
    fail (e.g. an end date before the start date), so the old value is put back here by hand.
    """
    old = getattr(owner, field)
    try:
        session.set_value(owner, field, value, path, text)
    except ValidationError as err:
        owner.__dict__[field] = old
        problems = problems_from_validation_error(err)
        lang = ui_language()
        return "; ".join(p.text(lang) for p in problems) or str(err)
    return ""


def set_invalid(widget: QWidget, message: str) -> None:
    """Show (or clear, with an empty message) an input error right on the widget."""
    widget.setProperty("inputError", message)
    _apply_marks(widget)


def set_findings(widget: QWidget, messages: Sequence[str]) -> None:
    """Mark the widget with check findings (red frame, messages in the tooltip); empty clears."""
    widget.setProperty("findingMessages", "\n".join(messages))
    _apply_marks(widget)


def set_base_tooltip(widget: QWidget, tooltip: str) -> None:
    widget.setProperty("baseToolTip", tooltip)
    _apply_marks(widget)


def _apply_marks(widget: QWidget) -> None:
    base = widget.property("baseToolTip") or ""
    error = widget.property("inputError") or ""
    findings = widget.property("findingMessages") or ""
    parts = [
        p for p in (base, findings and "⚠ " + findings.replace("\n", "\n⚠ "), error and "✖ " + error) if p
    ]
    tooltip = "\n".join(parts)
    if widget.toolTip() != tooltip:
        widget.setToolTip(tooltip)
    marked = bool(error or findings)
    name = type(widget).__name__
    selector = {
        "NullableDateEdit": "QDateEdit",
        "NullableSpinBox": "QSpinBox",
        "NullableDoubleSpinBox": "QDoubleSpinBox",
        "TextArea": "QPlainTextEdit",
        "RecordTableView": "QTableView",
        "RaciView": "QTableView",
    }.get(name, name)
    colour = "#c0392b" if error else "#d35400"
    sheet = f"{selector} {{ border: 2px solid {colour}; }}" if marked else ""
    if widget.styleSheet() != sheet:  # setting a style sheet re-polishes the widget: only when needed
        widget.setStyleSheet(sheet)


class _SessionUndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Y in a bound text field reach the window's Undo/Redo (the session's stack).

    A text widget claims those keys for its own small undo history, which knows nothing of the
    session; then the main window's Undo would skip the field the user is typing in. Declining the
    shortcut override lets the window's action run; without such an action the widget still gets
    the key press and undoes by itself.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()
            return True
        return False


_UNDO_KEYS = _SessionUndoKeys()


class Binding(QObject):
    """Keeps one widget and one model field in step, in both directions."""

    def __init__(
        self,
        session: CharterSession,
        widget: QWidget,
        owner: OwnerGetter,
        field: str,
        path: PathLike,
        undo_text: str = "",
    ) -> None:
        super().__init__(widget)
        self.session = session
        self.widget = widget
        self._owner = owner
        self.field = field
        self._path = path
        self.undo_text = undo_text
        self._updating = False
        session.changed.connect(self._on_changed)

    # -- plumbing ----------------------------------------------------------------------------
    def owner(self) -> Record | None:
        return self._owner()

    def path(self) -> str:
        base = self._path() if callable(self._path) else self._path
        return f"{base}.{self.field}" if base else self.field

    def _on_changed(self, changed: str) -> None:
        if path_matches(self.path(), changed):
            self.refresh()

    def refresh(self) -> None:
        """Show the model's current value (or disable the widget when there is no record)."""
        owner = self.owner()
        self.widget.setEnabled(owner is not None)
        self._updating = True
        try:
            self.show_value(getattr(owner, self.field) if owner is not None else None)
        finally:
            self._updating = False
        set_invalid(self.widget, "")

    def commit(self, value: Any) -> None:
        if self._updating:
            return
        owner = self.owner()
        if owner is None:
            return
        message = commit_value(
            self.session, owner, self.field, value, self.path(), self.undo_text or self.path()
        )
        set_invalid(self.widget, message)

    # -- per widget kind ---------------------------------------------------------------------
    def show_value(self, value: Any) -> None:
        raise NotImplementedError


class LineEditBinding(Binding):
    widget: QLineEdit

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.installEventFilter(_UNDO_KEYS)
        self.widget.textEdited.connect(self.commit)

    def show_value(self, value: Any) -> None:
        text = value or ""
        if self.widget.text() != text:
            self.widget.setText(text)
            if not self.widget.hasFocus():
                self.widget.setCursorPosition(0)  # show the start of a long text, not its end


class TextListBinding(Binding):
    """A ``list[str]`` edited as one line, items separated by semicolons."""

    widget: QLineEdit

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.installEventFilter(_UNDO_KEYS)
        self.widget.editingFinished.connect(lambda: self.commit(self.widget.text()))

    def commit(self, value: Any) -> None:
        items = [part.strip() for part in str(value).split(";") if part.strip()]
        super().commit(items)

    def show_value(self, value: Any) -> None:
        text = "; ".join(value or [])
        if self.widget.text() != text:
            self.widget.setText(text)
            if not self.widget.hasFocus():
                self.widget.setCursorPosition(0)


class PlainTextBinding(Binding):
    widget: QPlainTextEdit

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.installEventFilter(_UNDO_KEYS)
        self.widget.textChanged.connect(lambda: self.commit(self.widget.toPlainText()))

    def show_value(self, value: Any) -> None:
        text = value or ""
        if self.widget.toPlainText() != text:
            self.widget.setPlainText(text)


class EnumComboBinding(Binding):
    """A combo of an enum's members with translated labels; ``optional`` adds an empty choice."""

    widget: QComboBox

    def __init__(self, *args: Any, enum: type[Enum], optional: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enum = enum
        self.optional = optional
        self.fill()
        self.widget.currentIndexChanged.connect(lambda _i: self.commit(self.current_member()))

    def current_member(self) -> Enum | None:
        """Return the chosen member; Qt hands a StrEnum back as a plain str, so convert it."""
        data = self.widget.currentData()
        return None if data is None else self.enum(data)

    def fill(self) -> None:
        """(Re)fill the labels in the current language, keeping the selection."""
        self._updating = True
        try:
            current = self.widget.currentData()
            self.widget.clear()
            if self.optional:
                self.widget.addItem(NULL_TEXT, None)
            for member in self.enum:
                self.widget.addItem(enum_label(member), member)
            self.widget.setCurrentIndex(max(0, self.widget.findData(current)))
        finally:
            self._updating = False

    def show_value(self, value: Any) -> None:
        index = self.widget.findData(value) if value is not None else (0 if self.optional else -1)
        if index != self.widget.currentIndex():
            self.widget.setCurrentIndex(index)


class SpinBinding(Binding):
    """A number field; the nullable spin boxes also show and store "not filled in" (``None``)."""

    widget: QSpinBox | QDoubleSpinBox

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.valueChanged.connect(lambda _v: self.commit(self._read()))

    def _read(self) -> Any:
        if isinstance(self.widget, NullableSpinBox | NullableDoubleSpinBox):
            return self.widget.model_value()
        return self.widget.value()

    def show_value(self, value: Any) -> None:
        if self._read() == value:
            return
        if isinstance(self.widget, NullableSpinBox | NullableDoubleSpinBox):
            self.widget.set_model_value(value)
        elif value is not None:
            self.widget.setValue(value)


class DateBinding(Binding):
    """A date field; ``NullableDateEdit`` can also be empty, a plain ``QDateEdit`` cannot."""

    widget: QDateEdit

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.dateChanged.connect(lambda _d: self.commit(self._read()))

    def _read(self) -> dt.date | None:
        if isinstance(self.widget, NullableDateEdit):
            return self.widget.value()
        d = self.widget.date()
        return dt.date(d.year(), d.month(), d.day())

    def show_value(self, value: Any) -> None:
        if self._read() == value:
            return
        if isinstance(self.widget, NullableDateEdit):
            self.widget.set_value(value)
        elif value is not None:
            self.widget.setDate(QDate(value.year, value.month, value.day))


class CheckBinding(Binding):
    widget: QCheckBox

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.widget.toggled.connect(self.commit)

    def show_value(self, value: Any) -> None:
        checked = bool(value)
        if self.widget.isChecked() != checked:
            self.widget.setChecked(checked)


def bind(
    session: CharterSession,
    widget: QWidget,
    owner: OwnerGetter,
    field: str,
    path: PathLike,
    *,
    enum: type[Enum] | None = None,
    optional: bool = False,
    undo_text: str = "",
) -> Binding:
    """Return the binding that fits ``widget`` (and show the current value at once)."""
    binding: Binding
    common: tuple[Any, ...] = (session, widget, owner, field, path)
    if isinstance(widget, QComboBox):
        if enum is None:
            raise TypeError("a combo box binds to an enum field: pass enum=")
        binding = EnumComboBinding(*common, enum=enum, optional=optional, undo_text=undo_text)
    elif isinstance(widget, QPlainTextEdit):
        binding = PlainTextBinding(*common, undo_text=undo_text)
    elif isinstance(widget, QDateEdit):
        binding = DateBinding(*common, undo_text=undo_text)
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        binding = SpinBinding(*common, undo_text=undo_text)
    elif isinstance(widget, QCheckBox):
        binding = CheckBinding(*common, undo_text=undo_text)
    elif isinstance(widget, QLineEdit):
        binding = LineEditBinding(*common, undo_text=undo_text)
    else:
        raise TypeError(f"no binding for {type(widget).__name__}")
    binding.refresh()
    return binding


def charter_path_of(widget: QWidget | None, stop: QWidget) -> str | None:
    """Return the charter field path of ``widget`` or its nearest ancestor below ``stop``.

    The path comes from a binding on the widget or from its ``charter_path`` property (tables,
    grids); windows show the field's guidance for it.
    """
    while widget is not None and widget is not stop:
        path = widget.property("charter_path")
        if not path:
            binding = widget.findChild(Binding, "", Qt.FindChildOption.FindDirectChildrenOnly)
            path = binding.path() if binding is not None else None
        if isinstance(path, str) and path:
            return path
        widget = widget.parentWidget()
    return None
