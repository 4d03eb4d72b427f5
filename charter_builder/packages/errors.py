"""Errors of exporting and merging partner packages, each with its reasons in Dutch and English."""

from __future__ import annotations

from dataclasses import dataclass

from ..problems import Problem


@dataclass(frozen=True)
class Refusal:
    """Why one package cannot be merged."""

    package: str
    """The package's file name (or a label when it did not come from a file)."""
    partner_id: str
    problem: Problem

    def describe(self, lang: str = "en") -> str:
        return f"{self.package}: {self.problem.describe(lang)}"


class PackageError(Exception):
    """A package cannot be made or used; ``problems`` say why, in both languages."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(self.describe("en"))

    def describe(self, lang: str = "en") -> str:
        return "\n".join(p.describe(lang) for p in self.problems)


class MergeRefusedError(PackageError):
    """At least one package was refused; nothing was merged, the charter is unchanged."""

    def __init__(self, refusals: list[Refusal]) -> None:
        self.refusals = refusals
        super().__init__([r.problem for r in refusals])

    def describe(self, lang: str = "en") -> str:
        head = (
            "Samenvoegen geweigerd; het convenant is niet gewijzigd:"
            if lang == "nl"
            else "Merge refused; the charter was not changed:"
        )
        return "\n".join([head, *(f"  - {r.describe(lang)}" for r in self.refusals)])
