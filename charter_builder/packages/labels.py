"""Words for the fields and records a package holds, for merge messages: the vocabulary's, by collection."""

from __future__ import annotations

from typing import Any

from .. import vocabulary
from ..model import Contribution, DataFlow, DpoContact, Partner, PartnerInterest, Record, Representative

#: collection name in a package -> the record type it holds, in the order ``field_label`` asks them.
COLLECTIONS: dict[str, type[Record]] = {
    "partners": Partner,
    "representatives": Representative,
    "interests": PartnerInterest,
    "contributions": Contribution,
    "flows": DataFlow,
    "dpo_contacts": DpoContact,
}


def _package_field(name: str) -> type[Record] | None:
    """Return the first package record type that has a field ``name`` (``kind`` is a contribution's)."""
    return next((t for t in COLLECTIONS.values() if name in t.model_fields), None)


#: field name -> (nl, en) for every field a package holds, from the vocabulary. Read by
#: ``ui/workflow/comments_dock.py`` to tell a package field from another target, until it asks
#: ``FieldPath`` and the vocabulary itself.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    name: vocabulary.field_words(t, name).pair()
    for t in reversed(COLLECTIONS.values())
    for name in t.model_fields
}


def field_label(name: str | None, lang: str) -> str:
    """Return the words for a field of a package record; a name no package record has is shown as is."""
    if name is None:
        return ""
    owner = _package_field(name)
    return vocabulary.field_label(owner, name, lang) if owner is not None else name


def record_label(collection: str, lang: str) -> str:
    """Return the word for one record of a package collection; an unknown collection is shown as is."""
    owner = COLLECTIONS.get(collection)
    return vocabulary.record_label(owner, lang) if owner is not None else collection


def record_title(record: dict[str, Any] | None) -> str:
    """Return a short recognisable name for a record dict: its name, or the start of its text, or its id."""
    if not record:
        return ""
    for key in ("name", "short_name", "interest", "description"):
        text = record.get(key)
        if isinstance(text, str) and text.strip():
            text = text.strip()
            return text if len(text) <= 40 else text[:37] + "..."
    return str(record.get("id", ""))


def show_value(value: Any, lang: str, *, record: bool = False) -> str:
    """Return a value as a person reads it in a message; ``record`` values of ``None`` mean 'absent'."""
    if value is None:
        if record:
            return "(verwijderd)" if lang == "nl" else "(removed)"
        return "(leeg)" if lang == "nl" else "(empty)"
    if isinstance(value, bool):
        return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
    if isinstance(value, dict):
        return f"'{record_title(value)}'"
    if isinstance(value, list):
        if not value:
            return "(leeg)" if lang == "nl" else "(empty)"
        return "[" + ", ".join(show_value(v, lang) for v in value) + "]"
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return f"'{text}'"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
