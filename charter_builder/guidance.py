"""Guidance texts for the wizard: per step for the guidance panel, per field for tooltips.

The texts live in ``resources/guidance/{nl,en}/<step>.md`` so that a domain expert can edit them
without touching code. Each file starts with the step's guidance (everything before the first
``## `` heading); then comes one section per field, headed by the field's model path without list
indices, e.g. ``## partners.representatives.mandate``. Within a field section use ``###`` or lower
for sub-headings: a ``## `` line always starts the next field. ``common.md`` holds texts for fields
that recur in many records, headed ``## *.<field name>`` (e.g. ``## *.id``); a specific section wins.

Usage::

    g = load_guidance("nl")
    g.step(Step.PARTNERS)                       # markdown for the guidance panel
    g.field("partners[2].representatives[0].mandate").summary   # first sentence, for a tooltip
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import cache

from pydantic import BaseModel

from .model import Charter, FieldPath, Step
from .resources import resource_path

#: The languages guidance is written in; Dutch is the default.
LANGUAGES: tuple[str, ...] = ("nl", "en")

#: Top-level fields that are part of the file format, not of the charter's content.
SKIPPED_FIELDS: frozenset[str] = frozenset({"format", "schema_version"})

_HEADING = re.compile(r"^## +(\S.*?)\s*$")
_SENTENCE_END = re.compile(r"([.!?])\s+(?=[A-Z\"'“(])")
#: Words ending in a full stop that do not end a sentence ("art. 6", "e.g. the", "bijv. een").
_ABBREVIATIONS = frozenset(
    {"art", "artt", "nr", "bijv", "e.g", "i.e", "o.a", "ca", "vs", "jo", "mun", "dhr", "mw"}
)
_MARKUP = re.compile(r"(\*\*|__|\*|`)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


@dataclass(frozen=True)
class FieldGuidance:
    """The guidance for one field of the model."""

    path: str
    """The field's model path without list indices, e.g. ``partners.representatives.mandate``."""
    markdown: str
    """The whole section (without its ``##`` heading): explanation, why it matters, examples, questions."""
    step: Step
    """The step whose file holds the text."""

    @property
    def summary(self) -> str:
        """Return the first sentence of the text as plain text, short enough for a tooltip."""
        return summarise(self.markdown)


@dataclass(frozen=True)
class Guidance:
    """All guidance texts in one language."""

    lang: str
    steps: dict[Step, str] = dc_field(default_factory=dict)
    fields: dict[str, FieldGuidance] = dc_field(default_factory=dict)
    common: dict[str, FieldGuidance] = dc_field(default_factory=dict)
    """Texts for a field name wherever it occurs, keyed by the name (from ``## *.<name>``)."""

    def step(self, step: Step | str) -> str:
        """Return the step's guidance as markdown; an empty string when the step has none."""
        return self.steps.get(Step(step), "")

    def field(self, path: str | FieldPath) -> FieldGuidance | None:
        """Return the guidance for a field path, with or without indices (``partners[2].name``).

        A path into a mapping (``roles.activities[0].raci.<partner id>``) gets the mapping's text.
        Returns ``None`` when no text exists for the path (or the text is no field path).
        """
        if isinstance(path, str):
            try:
                path = FieldPath.parse(path)
            except ValueError:
                return None
        key = path.without_keys
        found = self.fields.get(str(key))
        if found is not None:
            return found
        parent = key.parent
        if parent is not None and str(parent) in _mapping_paths():
            return self.field(parent)
        common = self.common.get(key.name or "")
        if common is not None and str(key) in _all_paths():
            return dataclasses.replace(common, path=str(key), step=key.step)
        return None


def summarise(markdown: str) -> str:
    """Return the first sentence of the first paragraph of ``markdown`` as plain text."""
    paragraph: list[str] = []
    for line in markdown.strip().splitlines():
        stripped = line.strip()
        if not stripped:
            if paragraph:
                break
            continue
        if stripped.startswith("#"):
            if paragraph:
                break
            continue
        paragraph.append(stripped)
    text = _MARKUP.sub("", _LINK.sub(r"\1", " ".join(paragraph)))
    for m in _SENTENCE_END.finditer(text):
        before = text[: m.start()].rsplit(None, 1)
        word = before[-1].lower() if before else ""
        if m.group(1) == "." and word in _ABBREVIATIONS:
            continue
        return text[: m.end(1)].strip()
    return text.strip()


@cache
def load_guidance(lang: str) -> Guidance:
    """Return the guidance texts in ``lang`` ("nl" or "en"), read once and cached.

    Raises ``ValueError`` for another language; a missing step file just leaves that step empty.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"no guidance in language {lang!r}; available: {', '.join(LANGUAGES)}")
    steps: dict[Step, str] = {}
    fields: dict[str, FieldGuidance] = {}
    common: dict[str, FieldGuidance] = {}
    for step in Step:
        file = resource_path("guidance", lang, f"{step.value}.md")
        if not file.is_file():
            continue
        intro, sections = parse_guidance(file.read_text(encoding="utf-8"))
        steps[step] = intro
        for path, markdown in sections:
            fields.setdefault(path, FieldGuidance(path, markdown, step))
    file = resource_path("guidance", lang, "common.md")
    if file.is_file():
        for path, markdown in parse_guidance(file.read_text(encoding="utf-8"))[1]:
            if path.startswith("*."):
                common.setdefault(path[2:], FieldGuidance(path, markdown, FieldPath.parse(path).step))
    return Guidance(lang, steps, fields, common)


def parse_guidance(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Split a guidance file into its step text and ``(path, markdown)`` per field section, in order."""
    intro: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    in_fence = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        m = None if in_fence else _HEADING.match(line)
        if m:
            sections.append((m.group(1), []))
        elif sections:
            sections[-1][1].append(line)
        else:
            intro.append(line)
    return "\n".join(intro).strip(), [(p, "\n".join(body).strip()) for p, body in sections]


def model_field_paths() -> list[str]:
    """Return every field path of the charter model without indices, in declaration order.

    Walks ``Charter`` through nested records and the item records of lists; this is the list of
    fields that need guidance (``format`` and ``schema_version`` excepted).
    """
    return [p for p, _ in _walk(Charter, "") if FieldPath.parse(p).head not in SKIPPED_FIELDS]


@cache
def _all_paths() -> frozenset[str]:
    return frozenset(p for p, _ in _walk(Charter, ""))


@cache
def _mapping_paths() -> frozenset[str]:
    return frozenset(p for p, is_mapping in _walk(Charter, "") if is_mapping)


def _walk(model: type[BaseModel], prefix: str) -> Iterator[tuple[str, bool]]:
    for name, info in model.model_fields.items():
        path = f"{prefix}.{name}" if prefix else name
        annotation = info.annotation
        yield path, typing.get_origin(annotation) is dict
        nested = _nested_model(annotation)
        if nested is not None:
            yield from _walk(nested, path)


def _nested_model(annotation: object) -> type[BaseModel] | None:
    """Return the record type inside ``X``, ``X | None`` or ``list[X]``, if there is one."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _nested_model(arg)
            if found is not None:
                return found
    return None
