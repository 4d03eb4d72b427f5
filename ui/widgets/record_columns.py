"""How a record table describes its columns, and the small value helpers its cells need."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Literal

from PySide6.QtCore import QLocale

from charter_builder.model import IdentifiedRecord, Record, new_id

ColumnKind = Literal["text", "enum", "int", "float", "date", "bool", "partner", "partners", "choice"]
Choices = Callable[[Record], Sequence[tuple[str, str]]]


@dataclass(frozen=True)
class Column:
    """One column: which field, its English header (translated in the table's context), its kind."""

    field: str
    header: str
    kind: ColumnKind = "text"
    enum: type[Enum] | None = None
    optional: bool = True
    width: int = 140
    minimum: float | None = None
    maximum: float | None = None
    choices: Choices | None = None
    """For ``choice`` columns: the ``(id, label)`` pairs the cell may take for this record."""
    stretch: bool = False
    """This column takes the width left over (default: the last column does)."""
    clears: tuple[str, ...] = ()
    """Fields set to ``None`` in the same undo step when this one changes (they depend on it)."""


def fresh_copy(record: Record) -> Record:
    """Return a deep copy of ``record`` in which it and every record inside it has a new id."""
    copy = record.model_copy(deep=True)
    _renew_ids(copy)
    return copy


def _renew_ids(record: Record) -> None:
    if isinstance(record, IdentifiedRecord):
        prefix = record.id.split("-", 1)[0] if "-" in record.id else type(record).__name__.lower()
        record.__dict__["id"] = new_id(prefix)
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, Record):
            _renew_ids(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Record):
                    _renew_ids(item)


def parse_number(text: str, integer: bool) -> float | int | None:
    """Return the number typed (Dutch "12,5" or "12.5"); ``None`` for an empty cell.

    Raises ``ValueError`` when the text is not a number.
    """
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    cleaned = cleaned.replace(",", ".")
    value = float(cleaned)
    if integer:
        if value != int(value):
            raise ValueError(cleaned)
        return int(value)
    return value


def format_number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return QLocale().toString(float(value), "g", 12)
