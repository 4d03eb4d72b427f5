"""Rules on the charter as a whole before it goes to review and signing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Charter, Record, Step
from . import Severity
from .rule import Context, Hit, rule

#: Markers the starter charters leave for the partners: "[Controleer: ...]", "Gemeente [naam]", "[Startconvenant]".
PLACEHOLDER = re.compile(
    r"\[(?:Controleer|Check|naam|name|Startconvenant|Starter charter)\b[^\]]*\]", re.IGNORECASE
)


def _texts(node: Record, path: str) -> Iterator[tuple[str, str]]:
    for name in type(node).model_fields:
        value = getattr(node, name)
        sub = f"{path}.{name}" if path else name
        if isinstance(value, str):
            yield sub, value
        elif isinstance(value, Record):
            yield from _texts(value, sub)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, Record):
                    yield from _texts(item, f"{sub}[{i}]")
                elif isinstance(item, str):
                    yield f"{sub}[{i}]", item


@rule(
    "RV-PLACEHOLDER",
    Severity.WARNING,
    Step.REVIEW,
    title=("Aanwijzingen uit het startconvenant", "Hints left from the starter charter"),
    problem=(
        "De tekst bevat nog de aanwijzing '{marker}' uit het startconvenant.",
        "The text still holds the hint '{marker}' from the starter charter.",
    ),
    fix=(
        "Controleer dit punt met de partners, pas de tekst aan en haal de aanwijzing weg vóór de vaststelling.",
        "Check this point with the partners, adjust the text and remove the hint before approval.",
    ),
)
def _placeholders(c: Charter, ctx: Context) -> Iterator[Hit]:
    for path, text in _texts(c, ""):
        if path.startswith(("history", "reviews", "comments", "revisions")) or "[" not in text:
            continue
        m = PLACEHOLDER.search(text)
        if m:
            yield path, {"marker": m.group(0)[:60]}
