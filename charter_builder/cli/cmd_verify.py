"""``charter-builder verify FILE.docx FILE.charter.json``: was the document made from exactly this file?

Exit 0 when it was and is unedited, 1 when it was not (another version of the charter, or text
edited after generation), 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..word import DocxReadError, verify_docx
from .common import load_or_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("verify", help="check that a Word charter was generated from this charter file")
    p.add_argument("docx", metavar="FILE.docx")
    p.add_argument("file", metavar="FILE.charter.json")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    charter = load_or_report(args.file, args.lang)
    if charter is None:
        return 2
    try:
        result = verify_docx(Path(args.docx), charter)
    except DocxReadError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    stream = sys.stdout if result.ok else sys.stderr
    print(f"{args.docx}: {result.message(args.lang)}", file=stream)
    if not result.ok and result.doc_fingerprint:
        label = ("document", "bestand") if args.lang == "nl" else ("document", "file")
        print(f"  {label[0]}: {result.doc_fingerprint}", file=stream)
        print(f"  {label[1]}: {result.charter_fingerprint}", file=stream)
    return 0 if result.ok else 1
