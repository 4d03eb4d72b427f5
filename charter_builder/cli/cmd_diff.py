"""``charter-builder diff OLD [NEW]``: what changed between two versions, in plain words.

The versions may be two files, or versions kept inside one file (``--old-version 1``): amending
a signed charter archives the earlier version in the same file.
Exit codes like ``diff(1)``: 0 no differences, 1 differences, 2 a file or version could not be read.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..diff import diff_charters, summarise
from ..model import Charter
from ..storage import CharterFileError
from .common import load_or_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("diff", help="list what changed between two versions of a charter")
    p.add_argument("old", metavar="OLD", help="the earlier version (*.charter.json)")
    p.add_argument("new", metavar="NEW", nargs="?", help="the later version (default: OLD itself)")
    p.add_argument("--old-version", type=int, metavar="N", help="take version N kept inside OLD")
    p.add_argument("--new-version", type=int, metavar="N", help="take version N kept inside NEW")
    p.add_argument(
        "--format", choices=["text", "json"], default="text", help="plain sentences (default) or JSON"
    )
    # Also accepted after the command (``diff A B --lang nl``); the global option works too.
    p.add_argument(
        "--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="language of the sentences"
    )
    p.set_defaults(func=run)


def _pick(name: str, number: int | None, lang: str) -> Charter | None:
    charter = load_or_report(name, lang)
    if charter is None or number is None:
        return charter
    from ..versions import version

    try:
        return version(charter, number)
    except KeyError:
        kept = [e.version for e in charter.history] + [charter.metadata.version]
        have = ", ".join(str(v) for v in kept)
        msg = (
            f"{name}: versie {number} staat niet in dit bestand (wel: {have})"
            if lang == "nl"
            else f"{name}: version {number} is not in this file (it has: {have})"
        )
        print(msg, file=sys.stderr)
    except CharterFileError as exc:
        print(exc.describe(lang), file=sys.stderr)
    return None


def run(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", "en")
    new_name = args.new if args.new is not None else args.old
    old = _pick(args.old, args.old_version, lang)
    new = _pick(new_name, args.new_version, lang)
    if old is None or new is None:
        return 2
    changes = diff_charters(old, new)
    if args.format == "json":
        doc = {
            "old": args.old,
            "old_version": old.metadata.version,
            "new": new_name,
            "new_version": new.metadata.version,
            "summary": summarise(changes, lang),
            "changes": [c.to_json() for c in changes],
        }
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print(summarise(changes, lang))
        for c in changes:
            print(f"- {c.text(lang)}")
    return 1 if changes else 0
