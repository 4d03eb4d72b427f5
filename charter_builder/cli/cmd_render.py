"""``charter-builder render FILE.charter.json -o FILE.docx``: write the charter as a Word document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..word import TemplateError, render_charter
from ..word.changes_annex import UnknownVersionError
from .common import load_or_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("render", help="write the charter as a Word document (.docx)")
    p.add_argument("file", metavar="FILE.charter.json")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx", help="where to write the document")
    p.add_argument(
        "--lang",
        dest="doc_lang",
        choices=["nl", "en"],
        default=None,
        help="language of the document's fixed text (default: the charter's own language, else nl)",
    )
    p.add_argument("--template", metavar="X.docx", help="a house-style .docx with the same style names")
    p.add_argument(
        "--review-copy",
        action="store_true",
        help="add open comments and check findings per article, marked as a review copy",
    )
    p.add_argument(
        "--changes-since",
        type=int,
        metavar="N",
        help="add an annex listing what changed since version N (an earlier version kept in the file)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    charter = load_or_report(args.file, args.lang)
    if charter is None:
        return 2
    template = Path(args.template) if args.template else None
    if template is not None and not template.is_file():
        msg = "sjabloon niet gevonden" if args.lang == "nl" else "template not found"
        print(f"{template}: {msg}", file=sys.stderr)
        return 2
    try:
        out = render_charter(
            charter,
            Path(args.output),
            lang=args.doc_lang or charter.metadata.language or "nl",
            template=template,
            review_copy=args.review_copy,
            changes_since=args.changes_since,
        )
    except UnknownVersionError as exc:
        known = ", ".join(map(str, exc.known)) or "-"
        msg = (
            f"het bestand bevat geen versie {exc.number} (wel: {known})"
            if args.lang == "nl"
            else f"the file holds no version {exc.number} (it holds: {known})"
        )
        print(f"{args.file}: {msg}", file=sys.stderr)
        return 2
    except TemplateError as exc:
        if exc.missing:
            lead = (
                "het sjabloon mist deze stijlen" if args.lang == "nl" else "the template lacks these styles"
            )
            print(f"{template}: {lead}: {', '.join(exc.missing)}", file=sys.stderr)
        else:
            print(exc.reason, file=sys.stderr)
        return 2
    except (OSError, ValueError, KeyError) as exc:
        # A damaged template (not a zip, no styles part) or a folder that cannot be written.
        print(f"{args.output}: {exc}", file=sys.stderr)
        return 2
    print(out)
    return 0
