"""The one error type loading and saving raise: which file, what kind of problem, and where."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from ..problems import Problem


class FileErrorKind(StrEnum):
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_TEXT = "not_text"
    NOT_JSON = "not_json"
    NOT_A_CHARTER = "not_a_charter"
    NEWER_VERSION = "newer_version"
    INVALID = "invalid"
    WRITE_FAILED = "write_failed"
    NOT_A_PACKAGE = "not_a_package"
    INVALID_PACKAGE = "invalid_package"


_HEADLINES: dict[FileErrorKind, tuple[str, str]] = {
    FileErrorKind.NOT_FOUND: ("Het bestand bestaat niet", "The file does not exist"),
    FileErrorKind.UNREADABLE: ("Het bestand kan niet worden gelezen", "The file cannot be read"),
    FileErrorKind.TOO_LARGE: (
        "Het bestand is te groot voor een convenant",
        "The file is too large for a charter",
    ),
    FileErrorKind.NOT_TEXT: (
        "Het bestand is geen tekstbestand (UTF-8)",
        "The file is not a text file (UTF-8)",
    ),
    FileErrorKind.NOT_JSON: ("Het bestand is geen geldige JSON", "The file is not valid JSON"),
    FileErrorKind.NOT_A_CHARTER: (
        "Het bestand is geen convenant van Charter Builder",
        "The file is not a Charter Builder charter",
    ),
    FileErrorKind.NEWER_VERSION: (
        "Het bestand komt uit een nieuwere versie van Charter Builder",
        "The file was written by a newer version of Charter Builder",
    ),
    FileErrorKind.INVALID: ("Het convenant bevat fouten", "The charter contains errors"),
    FileErrorKind.WRITE_FAILED: ("Het bestand kon niet worden opgeslagen", "The file could not be saved"),
    FileErrorKind.NOT_A_PACKAGE: (
        "Het bestand is geen partnerpakket van Charter Builder",
        "The file is not a Charter Builder partner package",
    ),
    FileErrorKind.INVALID_PACKAGE: ("Het partnerpakket bevat fouten", "The partner package contains errors"),
}


class CharterFileError(Exception):
    """A charter file could not be read or written. Nothing on disk was changed.

    ``problems`` lists each specific problem with its location (a field path, or a line and column).
    """

    def __init__(self, path: Path | str, kind: FileErrorKind, problems: list[Problem] | None = None) -> None:
        self.path = Path(path)
        self.kind = kind
        self.problems = problems or []
        super().__init__(self.describe("en"))

    def headline(self, lang: str = "en") -> str:
        nl, en = _HEADLINES[self.kind]
        return nl if lang == "nl" else en

    def describe(self, lang: str = "en", limit: int = 20) -> str:
        """Return the full message: file, headline and up to ``limit`` problems, one a line."""
        lines = [f"{self.path}: {self.headline(lang)}"]
        for p in self.problems[:limit]:
            lines.append(f"  - {p.describe(lang)}")
        if len(self.problems) > limit:
            more = len(self.problems) - limit
            lines.append(f"  ... en nog {more}" if lang == "nl" else f"  ... and {more} more")
        return "\n".join(lines)
