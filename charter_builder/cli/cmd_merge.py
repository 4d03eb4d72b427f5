"""``charter-builder merge FILE PKG...``: fold returned partner packages into the charter, non-interactively.

Applies every change that does not conflict and saves; conflicts keep the coordinator's value and
are reported. Exit 0: merged, no conflicts left; 1: merged and saved, conflicts remain; 2: a
package was refused or a file could not be read or written, and nothing was saved.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..identity import current_user
from ..packages import MergeRefusedError, MergeResult, PartnerPackage, load_package, merge_packages
from ..storage import CharterFileError, save_charter
from ..storage.lock import read_lock
from .common import load_or_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "merge",
        help="merge returned partner packages into the charter (exit 1 when conflicts remain)",
        description=(
            "Merge partner packages into the charter. Changes that do not conflict are applied and saved; "
            "conflicts keep the coordinator's value and are listed. Exit 0: no conflicts; 1: conflicts "
            "remain; 2: refused or file error, nothing saved."
        ),
    )
    p.add_argument("file", metavar="FILE", help="the coordinator's charter (*.charter.json)")
    p.add_argument("packages", nargs="+", metavar="PKG", help="returned packages (*.partner.json)")
    p.add_argument(
        "--coordinator",
        default=None,
        metavar="NAME",
        help="who merges, for the revision history (default: user name)",
    )
    p.add_argument(
        "-o", "--output", metavar="OUT", help="write here instead of FILE (default: FILE, with .bak)"
    )
    p.add_argument(
        "--allow-outdated",
        action="store_true",
        help="merge packages made for an earlier context anyway (with a warning)",
    )
    p.add_argument(
        "--resolve",
        action="append",
        default=[],
        metavar="KEY=CHOICE",
        help="decide a conflict: CHOICE is coordinator, package or package:N; repeatable",
    )
    p.add_argument("--format", choices=["text", "json"], default="text", help="report format (default: text)")
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="language of messages")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang: str = args.lang
    nl = lang == "nl"
    charter = load_or_report(args.file, lang)
    if charter is None:
        return 2
    out = Path(args.output) if args.output else Path(args.file)
    lock = read_lock(out)
    if lock is not None and not lock.is_mine() and not lock.is_stale():
        hint = (
            "Sluit het daar eerst, of schrijf naar een ander bestand met --output."
            if nl
            else "Close it there first, or write to another file with --output."
        )
        print(f"{out}: {lock.describe(lang)} {hint}", file=sys.stderr)
        return 2
    packages: list[PartnerPackage] = []
    for name in args.packages:
        try:
            packages.append(load_package(name))
        except CharterFileError as exc:
            print(exc.describe(lang), file=sys.stderr)
            return 2
    resolutions: dict[str, str] = {}
    for item in args.resolve:
        key, sep, choice = item.rpartition("=")
        if not sep or not key:
            print(
                f"--resolve '{item}': schrijf SLEUTEL=KEUZE"
                if nl
                else f"--resolve '{item}': write KEY=CHOICE",
                file=sys.stderr,
            )
            return 2
        resolutions[key] = choice
    try:
        result = merge_packages(
            charter,
            packages,
            coordinator=args.coordinator if args.coordinator is not None else current_user(),
            resolutions=resolutions,
            allow_outdated=args.allow_outdated,
            names=[Path(n).name for n in args.packages],
        )
    except MergeRefusedError as exc:
        if args.format == "json":
            refused = [
                {
                    "package": r.package,
                    "partner_id": r.partner_id,
                    "code": r.problem.code,
                    "text": r.describe(lang),
                }
                for r in exc.refusals
            ]
            _print_json({"refused": refused, "saved": None})
        else:
            print(exc.describe(lang), file=sys.stderr)
        return 2
    except ValueError as exc:  # a --resolve choice that the conflict does not offer
        print(str(exc), file=sys.stderr)
        return 2
    try:
        save_charter(result.charter, out, backup=True)
    except CharterFileError as exc:
        print(exc.describe(lang), file=sys.stderr)
        return 2
    if args.format == "json":
        _print_json({**result.to_dict(lang), "saved": str(out)})
    else:
        _print_text(result, out, lang)
    return 1 if result.has_conflicts else 0


def _print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _print_text(result: MergeResult, out: Path, lang: str) -> None:
    nl = lang == "nl"
    for w in result.warnings:
        print(("waarschuwing: " if nl else "warning: ") + w.describe(lang))
    if result.changes:
        print(f"Toegepast ({len(result.changes)}):" if nl else f"Applied ({len(result.changes)}):")
        for ch in result.changes:
            print(f"  [{ch.package}] {ch.text(lang)}")
    else:
        print("Geen wijzigingen toegepast." if nl else "No changes applied.")
    for cf in result.resolved:
        print(f"  opgelost ({cf.resolution}): {cf.key}" if nl else f"  resolved ({cf.resolution}): {cf.key}")
    if result.conflicts:
        print(
            f"Conflicten ({len(result.conflicts)}); de waarde van de coördinator is behouden:"
            if nl
            else f"Conflicts ({len(result.conflicts)}); the coordinator's value was kept:"
        )
        for cf in result.conflicts:
            print(f"  {cf.key}")
            print(f"    {cf.text(lang)}")
            choices = "|".join(cf.choices)
            print(
                f"    kies met: --resolve '{cf.key}={choices}'"
                if nl
                else f"    decide with: --resolve '{cf.key}={choices}'"
            )
    print(f"Opgeslagen: {out}" if nl else f"Saved: {out}")
