"""Our own catalogue of the charter's fixed text: one module per language, looked up by key.

A plain dict per language (no gettext): the text is legal wording that reviewers read as a whole,
and a test checks that both languages have exactly the same keys. The words for enum values are
not here: they come from the one vocabulary (``charter_builder.vocabulary``) that the diff, the
checks and the partner packages read too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from types import ModuleType

from ... import vocabulary
from . import en, nl

LANGUAGES: dict[str, ModuleType] = {"nl": nl, "en": en}


@dataclass(frozen=True)
class Catalogue:
    """The fixed text of one language."""

    lang: str
    text: dict[str, str]
    months: tuple[str, ...]

    def t(self, key: str, **values: object) -> str:
        """Return the text for ``key`` with ``values`` filled in; raises ``KeyError`` for an unknown key."""
        template = self.text[key]
        return template.format(**values) if values else template

    def label(self, value: StrEnum | None) -> str:
        """Return the readable label of an enum value ('' for ``None``)."""
        return vocabulary.label(value, self.lang)

    def date(self, value: dt.date | None) -> str:
        """Return a date written out as in a legal text: '1 maart 2026' / '1 March 2026'."""
        if value is None:
            return ""
        return f"{value.day} {self.months[value.month - 1]} {value.year}"


def catalogue(lang: str) -> Catalogue:
    """Return the catalogue for ``lang`` ('nl' or 'en'); raises ``ValueError`` for another language."""
    try:
        module = LANGUAGES[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; choose 'nl' or 'en'") from None
    return Catalogue(lang, module.TEXT, module.MONTHS)
