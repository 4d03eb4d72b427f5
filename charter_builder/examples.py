"""The bundled example charter: a complete, realistic anti-ondermijning partnership, in Dutch."""

from __future__ import annotations

from .model import Charter
from .resources import template_path
from .storage import load_charter

EXAMPLE_FILE = ("examples", "riec-westerdelta.charter.json")


def example_charter() -> Charter:
    """Return a fresh copy of the bundled example charter."""
    return load_charter(template_path(*EXAMPLE_FILE))
