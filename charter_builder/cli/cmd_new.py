"""``charter-builder new``: write an empty charter, or the bundled example with ``--example``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..examples import example_charter
from ..model import Charter
from ..starters import list_starters, new_from_starter
from ..storage import CharterFileError, save_charter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("new", help="write a new charter file")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--example", action="store_true", help="a complete example charter (Dutch)")
    source.add_argument("--starter", metavar="ID", help="start from a starter charter (see --list-starters)")
    p.add_argument("--list-starters", action="store_true", help="list the starter charters and exit")
    p.add_argument("--title", default="", help="title of the new charter")
    p.add_argument("-o", "--output", metavar="FILE", help="where to write (*.charter.json)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.list_starters:
        for s in list_starters():
            print(f"{s.id}\t{s.title(args.lang)}\n\t{s.description(args.lang)}")
        return 0
    if not args.output:
        print("charter-builder new: -o/--output FILE is required", file=sys.stderr)
        return 2
    out = Path(args.output)
    if out.exists() and not args.force:
        msg = (
            "bestaat al; gebruik --force om te overschrijven" if args.lang == "nl" else "exists; use --force"
        )
        print(f"{out}: {msg}", file=sys.stderr)
        return 2
    if args.starter:
        known = {s.id for s in list_starters()}
        if args.starter not in known:
            lead = "onbekend startconvenant" if args.lang == "nl" else "unknown starter"
            print(f"{lead} '{args.starter}'; {', '.join(sorted(known))}", file=sys.stderr)
            return 2
        charter = new_from_starter(args.starter)
    elif args.example:
        charter = example_charter()
    else:
        charter = Charter.new(title=args.title)
    try:
        save_charter(charter, out, backup=False)
    except CharterFileError as exc:
        print(exc.describe(args.lang), file=sys.stderr)
        return 2
    print(out)
    return 0
