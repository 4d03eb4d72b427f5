"""The JSON Schema of the save format, for other tools that read or write charters."""

from __future__ import annotations

from typing import Any

from .model import SCHEMA_VERSION, Charter


def charter_json_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a ``*.charter.json`` file of the current version."""
    schema = Charter.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"urn:charter-builder:charter:v{SCHEMA_VERSION}"
    schema["title"] = "Charter Builder charter (samenwerkingsconvenant)"
    return schema
