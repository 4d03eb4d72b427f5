"""``charter-builder diff OLD NEW``: what changed between two versions, in plain words.

Exit codes like ``diff(1)``: 0 no differences, 1 differences, 2 a file could not be read.
"""

from __future__ import annotations

import argparse
import json

from ..diff import diff_charters, summarise
from .common import load_or_report


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("diff", help="list what changed between two versions of a charter")
    p.add_argument("old", metavar="OLD", help="the earlier version (*.charter.json)")
    p.add_argument("new", metavar="NEW", help="the later version (*.charter.json)")
    p.add_argument(
        "--format", choices=["text", "json"], default="text", help="plain sentences (default) or JSON"
    )
    # Also accepted after the command (``diff A B --lang nl``); the global option works too.
    p.add_argument(
        "--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="language of the sentences"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    lang = getattr(args, "lang", "en")
    old = load_or_report(args.old, lang)
    new = load_or_report(args.new, lang)
    if old is None or new is None:
        return 2
    changes = diff_charters(old, new)
    if args.format == "json":
        doc = {
            "old": args.old,
            "new": args.new,
            "summary": summarise(changes, lang),
            "changes": [c.to_json() for c in changes],
        }
        print(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        print(summarise(changes, lang))
        for c in changes:
            print(f"- {c.text(lang)}")
    return 1 if changes else 0
