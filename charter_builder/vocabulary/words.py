"""The unit of the vocabulary: one thing's Dutch and English words, with named variant forms."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Form(StrEnum):
    """A variant of a word that a particular kind of sentence needs, named so every reader asks for it.

    A form is not a second opinion on the word: it is the same thing said shorter, longer, in the
    plural or with its article, because the sentence around it needs that shape.
    """

    SHORT = "short"
    """After a field label in a change sentence: "mandaat volledig → binnen vastgelegde grenzen"."""
    LONG = "long"
    """Where a table has room for the full wording: the review report, the wizard's review mode."""
    PLURAL = "plural"
    """More than one record: "volgorde van de KPI's gewijzigd"."""
    UNIT = "unit"
    """The unit a number field is counted in, written after its value: "12 → 24 maanden"."""
    DEFINITE = "definite"
    """With its article, as the subject of a sentence: "de titel is gewijzigd"."""
    PROCESS = "process"
    """A status as the workflow speaks of it: "alleen een convenant in beoordeling kan worden goedgekeurd"."""


@dataclass(frozen=True)
class Words:
    """The Dutch and English words for one thing (a record type, a field, an enum value, a step)."""

    nl: str
    en: str
    forms: dict[Form, tuple[str, str]] = field(default_factory=dict, compare=False, hash=False)
    """Named variants as (nl, en); see :class:`Form`."""

    def text(self, lang: str, form: Form | None = None) -> str:
        """Return the word in ``lang`` ('nl', else English), in ``form`` when this entry has that form.

        Without that form the plain word is returned: a short form that would equal the word is
        simply not written down.
        """
        nl, en = self.forms.get(form, (self.nl, self.en)) if form is not None else (self.nl, self.en)
        return nl if lang == "nl" else en

    def pair(self, form: Form | None = None) -> tuple[str, str]:
        """Return (nl, en), in ``form`` when this entry has it."""
        return self.forms.get(form, (self.nl, self.en)) if form is not None else (self.nl, self.en)

    def has(self, form: Form) -> bool:
        return form in self.forms


def W(nl: str, en: str, **forms: tuple[str, str]) -> Words:  # noqa: N802 - reads as a table row
    """Return a vocabulary entry; keyword arguments are forms by name (``short=("mandaat", "mandate")``)."""
    return Words(nl, en, {Form(name): pair for name, pair in forms.items()})
