"""Our own catalogue of the charter's fixed text: one module per language, looked up by key.

A plain dict per language (no gettext): the text is legal wording that reviewers read as a whole,
and a test checks that both languages have exactly the same keys and a label for every enum value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType

from ...collaboration_form import FORM_LABELS
from ...model import CollaborationForm
from . import en, nl

LANGUAGES: dict[str, ModuleType] = {"nl": nl, "en": en}


@dataclass(frozen=True)
class Catalogue:
    """The fixed text of one language."""

    lang: str
    text: dict[str, str]
    labels: dict[tuple[type, str], str]
    """Label per (enum type, value): enums share values ("e", "other"), so the type is part of the key."""
    months: tuple[str, ...]

    def t(self, key: str, **values: object) -> str:
        """Return the text for ``key`` with ``values`` filled in; raises ``KeyError`` for an unknown key."""
        template = self.text[key]
        return template.format(**values) if values else template

    def label(self, value: StrEnum | None) -> str:
        """Return the readable label of an enum value ('' for ``None``)."""
        if value is None:
            return ""
        if isinstance(value, CollaborationForm):
            return FORM_LABELS[value][0 if self.lang == "nl" else 1]
        return self.labels[(type(value), value.value)]

    def date(self, value: dt.date | None) -> str:
        """Return a date written out as in a legal text: '1 maart 2026' / '1 March 2026'."""
        if value is None:
            return ""
        return f"{value.day} {self.months[value.month - 1]} {value.year}"


def label_map(pairs: tuple[tuple[StrEnum, str], ...]) -> dict[tuple[type, str], str]:
    """Return the labels keyed by (enum type, value); raises ``ValueError`` on a member labelled twice."""
    out: dict[tuple[type, str], str] = {}
    for member, text in pairs:
        key = (type(member), member.value)
        if key in out:
            raise ValueError(f"{member!r} has two labels")
        out[key] = text
    return out


def catalogue(lang: str) -> Catalogue:
    """Return the catalogue for ``lang`` ('nl' or 'en'); raises ``ValueError`` for another language."""
    try:
        module = LANGUAGES[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; choose 'nl' or 'en'") from None
    return Catalogue(lang, module.TEXT, label_map(module.LABEL_PAIRS), module.MONTHS)
