"""A form of labelled, bound inputs for the fields of one record, described as data.

Pages list their fields (``FieldSpec``) instead of wiring widgets by hand, so labels, accessible
names, guidance tooltips, finding marks and keyboard focus work the same on every page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from charter_builder.model import Record

from ..binding import (
    Binding,
    EnumComboBinding,
    NullableDateEdit,
    NullableDoubleSpinBox,
    NullableSpinBox,
    PathLike,
    TextArea,
    TextListBinding,
    bind,
    guidance_tooltip,
    set_base_tooltip,
    set_findings,
)
from ..session import CharterSession

Kind = Literal["text", "multiline", "enum", "int", "float", "date", "bool", "list"]


@dataclass(frozen=True)
class FieldSpec:
    """One input: the model field, its English label (translated in the form's context), its kind."""

    field: str
    label: str
    kind: Kind = "text"
    enum: type[Enum] | None = None
    optional: bool = True
    minimum: float = 0
    maximum: float = 1_000_000
    decimals: int = 1
    lines: int = 4
    placeholder: str = ""


class FieldForm(QWidget):
    """Labelled inputs bound to the fields of the record ``owner()`` at ``path()``."""

    def __init__(
        self,
        session: CharterSession,
        owner: Callable[[], Record | None],
        path: PathLike,
        context: str,
        specs: Sequence[FieldSpec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.context = context
        self._path = path
        self.specs = {s.field: s for s in specs}
        self.inputs: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.bindings: dict[str, Binding] = {}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for spec in specs:
            widget = self._make_input(spec)
            widget.setObjectName(f"field_{spec.field}")
            self.inputs[spec.field] = widget
            if spec.kind == "list":
                binding: Binding = TextListBinding(session, widget, owner, spec.field, path)
                binding.refresh()
            else:
                binding = bind(
                    session, widget, owner, spec.field, path, enum=spec.enum, optional=spec.optional
                )
            self.bindings[spec.field] = binding
            if spec.kind == "bool":
                layout.addRow(widget)
                continue
            label = QLabel(self)
            label.setWordWrap(True)
            label.setBuddy(widget)
            label.setMinimumWidth(210)
            self.labels[spec.field] = label
            if spec.kind == "multiline":
                layout.addRow(label)
                layout.addRow(widget)
            else:
                layout.addRow(label, widget)
        self.retranslate()

    def _make_input(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "multiline":
            return TextArea(self, spec.lines)
        if spec.kind == "enum":
            return QComboBox(self)
        if spec.kind == "int":
            start = dt.date.today().year if spec.field.endswith("year") else None
            return NullableSpinBox(int(spec.minimum), int(spec.maximum), self, start)
        if spec.kind == "float":
            return NullableDoubleSpinBox(spec.minimum, spec.maximum, spec.decimals, self)
        if spec.kind == "date":
            return NullableDateEdit(self)
        if spec.kind == "bool":
            return QCheckBox(self)
        return QLineEdit(self)

    # -- the page's calls --------------------------------------------------------------------
    def path(self) -> str:
        return self._path() if callable(self._path) else self._path

    def refresh(self) -> None:
        for binding in self.bindings.values():
            binding.refresh()

    def retranslate(self) -> None:
        for name, spec in self.specs.items():
            text = QCoreApplication.translate(self.context, spec.label)
            widget = self.inputs[name]
            if spec.kind == "bool":
                assert isinstance(widget, QCheckBox)
                widget.setText(text)
            else:
                self.labels[name].setText(text)
            widget.setAccessibleName(text.replace("&", ""))
            path = f"{self.path()}.{name}" if self.path() else name
            set_base_tooltip(widget, guidance_tooltip(path))
            if spec.placeholder and isinstance(widget, QLineEdit | TextArea):
                widget.setPlaceholderText(QCoreApplication.translate(self.context, spec.placeholder))
            binding = self.bindings[name]
            binding.undo_text = QCoreApplication.translate("RecordTable", "Edit %1").replace(
                "%1", text.replace("&", "")
            )
            if isinstance(binding, EnumComboBinding):
                binding.fill()

    def show_findings(self, by_field: Mapping[str, Sequence[str]]) -> None:
        """Mark the inputs named in ``by_field`` with their messages; clear the others."""
        for name, widget in self.inputs.items():
            set_findings(widget, by_field.get(name, ()))

    def focus_field(self, field: str) -> bool:
        widget = self.inputs.get(field)
        if widget is None or not widget.isEnabled():
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- routing by path ---------------------------------------------------------------------
    def field_of(self, path: str) -> str | None:
        """Return the field of this form that ``path`` points into, or ``None``."""
        base = self.path()
        rest = path[len(base) + 1 :] if base else path
        if base and not path.startswith(base + "."):
            return None
        name = rest.split(".", 1)[0].split("[", 1)[0]
        return name if name in self.inputs else None

    def handles(self, path: str) -> bool:
        return self.field_of(path) is not None

    def show_path_findings(self, items: Sequence[tuple[str, str]]) -> None:
        """Mark inputs from ``(path, message)`` pairs that point into this form."""
        by_field: dict[str, list[str]] = {}
        for path, message in items:
            name = self.field_of(path)
            if name is not None:
                by_field.setdefault(name, []).append(message)
        self.show_findings(by_field)

    def focus_path(self, path: str) -> bool:
        name = self.field_of(path)
        return name is not None and self.focus_field(name)
