"""``charter-builder schema``: print or write the JSON Schema of the save format."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..schema import charter_json_schema
from ..storage import atomic_write_bytes


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="print the JSON Schema of *.charter.json files")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    text = json.dumps(charter_json_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        atomic_write_bytes(Path(args.output), text.encode("utf-8"), mode=0o644)
    else:
        print(text, end="")
    return 0
