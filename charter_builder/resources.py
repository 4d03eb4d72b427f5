"""Where the bundled templates and resources live, in a source checkout and in an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def _data_root(name: str) -> Path:
    # In a wheel, hatchling copies the top-level folders into charter_builder/_data/ (pyproject.toml);
    # in a source checkout (uv run, editable install) they sit beside the package.
    packaged = Path(__file__).resolve().parent / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name


def templates_dir() -> Path:
    """Return the folder with the Word style template and the starter charters."""
    return _data_root("templates")


def resources_dir() -> Path:
    """Return the folder with icons, translations and guidance texts."""
    return _data_root("resources")


def template_path(*parts: str) -> Path:
    return templates_dir().joinpath(*parts)


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
