"""``charter-builder new``: write an empty charter, or the bundled example with ``--example``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..examples import example_charter
from ..model import Charter
from ..storage import CharterFileError, save_charter


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="write a new charter file")
    p.add_argument("--example", action="store_true", help="a complete example charter (Dutch)")
    p.add_argument("--title", default="", help="title of the new charter")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write (*.charter.json)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.exists() and not args.force:
        msg = (
            "bestaat al; gebruik --force om te overschrijven" if args.lang == "nl" else "exists; use --force"
        )
        print(f"{out}: {msg}", file=sys.stderr)
        return 2
    charter = example_charter() if args.example else Charter.new(title=args.title)
    try:
        save_charter(charter, out, backup=False)
    except CharterFileError as exc:
        print(exc.describe(args.lang), file=sys.stderr)
        return 2
    print(out)
    return 0
