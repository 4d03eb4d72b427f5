"""``charter-builder validate FILE...``: is each file a valid charter? Exit 0 when all are."""

from __future__ import annotations

import argparse
import sys

from ..storage import CharterFileError, load_charter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("validate", help="check that files are valid charters (structure, ids, references)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    ok = True
    for name in args.files:
        try:
            charter = load_charter(name)
        except CharterFileError as exc:
            ok = False
            print(exc.describe(args.lang), file=sys.stderr)
            continue
        valid = "geldig" if args.lang == "nl" else "valid"
        print(
            f"{name}: {valid} ({len(charter.partners)} partners, {len(charter.governance.kpis)} KPI's, "
            f"{len(charter.roles.activities)} activities, {len(charter.data_sharing.flows)} data flows)"
        )
    return 0 if ok else 1
