"""Problems found in a charter or a file, in plain words, in Dutch and English, with the field path."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


def format_path(loc: Iterable[str | int]) -> str:
    """Return a path such as ``partners[2].representatives[0].name`` for a pydantic location."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong, where it is and what it says in each language.

    ``path`` is a field path into the charter (``governance.kpis[3].owner_id``) or, for file-level
    problems, a position such as ``line 3, column 7``.
    """

    path: str
    nl: str
    en: str
    code: str = "invalid"
    path_nl: str = ""
    """The location in Dutch, where it is words ("regel 3, kolom 7") rather than a field path."""

    def text(self, lang: str = "en") -> str:
        return self.nl if lang == "nl" else self.en

    def where(self, lang: str = "en") -> str:
        return self.path_nl if lang == "nl" and self.path_nl else self.path

    def describe(self, lang: str = "en") -> str:
        where = self.where(lang)
        return f"{where}: {self.text(lang)}" if where else self.text(lang)


class BilingualError(ValueError):
    """A refusal the user reads: ``nl`` and ``en`` say why in plain words (``str()`` is the English)."""

    def __init__(self, nl: str, en: str) -> None:
        self.nl = nl
        self.en = en
        super().__init__(en)

    def message(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class IntegrityError(ValueError):
    """Raised inside the model when ids collide or references dangle; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(p.describe("en") for p in self.problems))


# Plain-words templates for pydantic's error types. {expected}, {ge}, ... come from the error's ctx.
_PYDANTIC_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("ontbreekt; dit veld is verplicht", "is missing; this field is required"),
    "extra_forbidden": (
        "is geen bekend veld (tikfout, of een bestand van een andere versie?)",
        "is not a known field (a typo, or a file from another version?)",
    ),
    "string_type": ("moet tekst zijn", "must be text"),
    "int_type": ("moet een geheel getal zijn", "must be a whole number"),
    "int_parsing": ("moet een geheel getal zijn", "must be a whole number"),
    "int_from_float": ("moet een geheel getal zijn, zonder decimalen", "must be a whole number, no decimals"),
    "float_type": ("moet een getal zijn", "must be a number"),
    "float_parsing": ("moet een getal zijn", "must be a number"),
    "finite_number": (
        "moet een eindig getal zijn (geen NaN of oneindig)",
        "must be a finite number (not NaN or infinity)",
    ),
    "bool_type": ("moet waar of onwaar zijn (true/false)", "must be true or false"),
    "bool_parsing": ("moet waar of onwaar zijn (true/false)", "must be true or false"),
    "list_type": ("moet een lijst zijn", "must be a list"),
    "dict_type": ("moet een object zijn", "must be an object"),
    "model_type": ("moet een object met velden zijn", "must be an object with fields"),
    "model_attributes_type": ("moet een object met velden zijn", "must be an object with fields"),
    "enum": ("moet een van deze waarden zijn: {expected}", "must be one of: {expected}"),
    "literal_error": ("moet een van deze waarden zijn: {expected}", "must be one of: {expected}"),
    "greater_than": ("moet groter zijn dan {gt}", "must be greater than {gt}"),
    "greater_than_equal": ("moet minstens {ge} zijn", "must be at least {ge}"),
    "less_than": ("moet kleiner zijn dan {lt}", "must be less than {lt}"),
    "less_than_equal": ("mag hoogstens {le} zijn", "must be at most {le}"),
    "string_too_long": (
        "is te lang (hoogstens {max_length} tekens)",
        "is too long (at most {max_length} characters)",
    ),
    "string_pattern_mismatch": (
        "is geen geldige id (letters, cijfers, '-', '_' of '.', hoogstens 64 tekens)",
        "is not a valid id (letters, digits, '-', '_' or '.', at most 64 characters)",
    ),
    "date_type": ("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_parsing": ("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": ("moet een datum zijn (JJJJ-MM-DD)", "must be a date (YYYY-MM-DD)"),
    "date_from_datetime_inexact": (
        "moet een datum zijn zonder tijdstip (JJJJ-MM-DD)",
        "must be a date without a time (YYYY-MM-DD)",
    ),
    "datetime_type": (
        "moet een datum met tijd zijn (JJJJ-MM-DDTuu:mm:ss)",
        "must be a date and time (YYYY-MM-DDThh:mm:ss)",
    ),
    "datetime_parsing": (
        "moet een datum met tijd zijn (JJJJ-MM-DDTuu:mm:ss)",
        "must be a date and time (YYYY-MM-DDThh:mm:ss)",
    ),
    "datetime_from_date_parsing": (
        "moet een datum met tijd zijn (JJJJ-MM-DDTuu:mm:ss)",
        "must be a date and time (YYYY-MM-DDThh:mm:ss)",
    ),
}


def _ctx_text(value: Any) -> str:
    return str(value).replace("'", "")


def problems_from_validation_error(error: Any, prefix: str = "") -> list[Problem]:
    """Turn a pydantic ``ValidationError`` into problems with paths and plain words.

    Integrity problems raised by the model keep their own paths; other errors are translated
    through a table of pydantic's error types, falling back to pydantic's English message.
    """
    problems: list[Problem] = []
    for err in error.errors(include_url=False):
        loc = tuple(err.get("loc", ()))
        path = format_path(((prefix,) if prefix else ()) + loc)
        ctx = err.get("ctx") or {}
        inner = ctx.get("error")
        if isinstance(inner, IntegrityError):
            for p in inner.problems:
                full = ".".join(x for x in (path, p.path) if x)
                problems.append(Problem(full, p.nl, p.en, p.code))
            continue
        etype = err.get("type", "")
        if etype == "value_error" and inner is not None:
            msg = str(inner)
            problems.append(Problem(path, _value_error_nl(msg), msg, etype))
            continue
        template = _PYDANTIC_MESSAGES.get(etype)
        if template is None:
            problems.append(Problem(path, err.get("msg", etype), err.get("msg", etype), etype))
            continue
        fmt = {k: _ctx_text(v) for k, v in ctx.items()}
        try:
            nl, en = template[0].format(**fmt), template[1].format(**fmt)
        except (KeyError, IndexError):
            nl = en = err.get("msg", etype)
        if etype in _SHOW_INPUT:
            got = err.get("input")
            if not isinstance(got, dict | list):
                shown = repr(got) if len(repr(got)) <= 40 else repr(got)[:37] + "..."
                nl += f" (gevonden: {shown})"
                en += f" (found: {shown})"
        if etype in {"enum", "literal_error"}:
            nl = nl.replace(" or ", " of ")
        problems.append(Problem(path, nl, en, etype))
    return problems


_SHOW_INPUT = {
    "string_type",
    "int_type",
    "int_parsing",
    "float_type",
    "float_parsing",
    "list_type",
    "bool_type",
    "bool_parsing",
    "enum",
    "literal_error",
    "date_parsing",
    "date_from_datetime_parsing",
    "datetime_parsing",
    "string_pattern_mismatch",
}


def _value_error_nl(msg: str) -> str:
    """Dutch wording for the model's own ``ValueError`` messages (date order and the like)."""
    if "lies before" in msg:
        return msg.replace("lies before", "ligt vóór")
    return msg


@dataclass
class ProblemList:
    """A growing list of problems while a check walks the charter."""

    items: list[Problem] = field(default_factory=list)

    def add(self, path: str, nl: str, en: str, code: str = "invalid") -> None:
        self.items.append(Problem(path, nl, en, code))
