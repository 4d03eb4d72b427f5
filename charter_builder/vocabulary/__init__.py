"""One vocabulary: the Dutch and English words for every record type, field, enum value and step.

The checks, the diff, the partner packages, the Word writer, the review report and (later) the
wizard all name the same things; they read the words here so that a partner sees "mandaatniveau"
in a merge message and in the form it filled in, and a step is called the same in the check output
and the changes annex. Sentences and document prose stay with their writers (the Word catalogue,
the diff); this package holds only the *words for things*.

Usage::

    label(MandateLevel.FULL, "nl")                          # "volledig mandaat"
    label(MandateLevel.FULL, "nl", Form.SHORT)              # "volledig" (after a field label)
    field_label(Representative, "mandate_level", "nl")      # "mandaatniveau"
    record_label(Kpi, "en", Form.PLURAL)                    # "KPIs"
    step_label(Step.REVIEW, "en")                           # "Review and signing"

A form the entry does not have falls back to the plain word. Every lookup raises ``KeyError`` for
a thing the vocabulary does not know: a missing word is a bug for the tests to catch, not a
fallback to the code name.
"""

from __future__ import annotations

import types
import typing
from enum import StrEnum

from pydantic import BaseModel

from ..model import Record, Step
from .enums import ENUM_WORDS
from .records import FIELD_WORDS, RECORD_WORDS
from .words import Form, Words

__all__ = [
    "Form",
    "Words",
    "enum_words",
    "field_label",
    "field_words",
    "label",
    "pairs",
    "record_label",
    "record_words",
    "step_label",
]


def _index(pairs: tuple[tuple[StrEnum, Words], ...]) -> dict[tuple[type, str], Words]:
    out: dict[tuple[type, str], Words] = {}
    for member, words in pairs:
        key = (type(member), member.value)
        if key in out:
            raise ValueError(f"{member!r} has two entries in the vocabulary")
        out[key] = words
    return out


_ENUMS = _index(ENUM_WORDS)


def enum_words(member: StrEnum) -> Words:
    """Return the words for an enum value (keyed by its enum type: equal values of two enums differ)."""
    return _ENUMS[(type(member), member.value)]


def label(member: StrEnum | None, lang: str, form: Form | None = None) -> str:
    """Return an enum value's word in ``lang`` ('' for ``None``)."""
    return "" if member is None else enum_words(member).text(lang, form)


def pairs(enum: type[StrEnum], form: Form | None = None) -> dict[StrEnum, tuple[str, str]]:
    """Return ``{member: (nl, en)}`` for every member of one enum, for callers that want a table."""
    return {m: enum_words(m).pair(form) for m in enum}


def step_label(step: Step, lang: str) -> str:
    """Return the name of a wizard step, as the check output and the Word annexes title it."""
    return label(step, lang)


def record_words(record_type: type[BaseModel]) -> Words:
    """Return the words for one record of ``record_type``."""
    return RECORD_WORDS[record_type]


def record_label(record_type: type[BaseModel], lang: str, form: Form | None = None) -> str:
    """Return the word for one record of ``record_type`` (``Form.PLURAL`` for several)."""
    return record_words(record_type).text(lang, form)


def field_words(record_type: type[BaseModel], field: str) -> Words:
    """Return the words for ``field`` of ``record_type``.

    The record-specific entry wins over the entry for the field name; a field without an entry
    that holds a record (or a list of records) takes that record's words (its plural for a list).
    Raises ``KeyError`` for a field the vocabulary has no words for.
    """
    own = FIELD_WORDS.get((record_type, field)) or FIELD_WORDS.get(field)
    if own is not None:
        return own
    info = record_type.model_fields.get(field)
    if info is not None:
        nested, many = _held_record(info.annotation)
        if nested is not None and nested in RECORD_WORDS:
            words = RECORD_WORDS[nested]
            return Words(*words.pair(Form.PLURAL)) if many else words
    raise KeyError(f"{record_type.__name__}.{field}")


def field_label(record_type: type[BaseModel], field: str, lang: str, form: Form | None = None) -> str:
    """Return the label of ``field`` of ``record_type`` in ``lang``."""
    return field_words(record_type, field).text(lang, form)


def _held_record(annotation: object) -> tuple[type[Record] | None, bool]:
    """Return the record type inside ``X``, ``X | None`` or ``list[X]``, and whether it is a list."""
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return annotation, False
    origin = typing.get_origin(annotation)
    if origin is list:
        inner, _ = _held_record(typing.get_args(annotation)[0])
        return inner, True
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _held_record(arg)
            if found[0] is not None:
                return found
    return None, False
