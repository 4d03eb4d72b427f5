"""Helpers the commands share: loading with a readable error, printing to stderr."""

from __future__ import annotations

import sys
from pathlib import Path

from ..model import Charter
from ..storage import CharterFileError, load_charter


def load_or_report(path: str | Path, lang: str) -> Charter | None:
    """Return the charter, or print the file error to stderr and return ``None``."""
    try:
        return load_charter(path)
    except CharterFileError as exc:
        print(exc.describe(lang), file=sys.stderr)
        return None
