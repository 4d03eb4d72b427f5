"""``charter-builder report FILE -o review.docx``: the mid-term review report as a Word document."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..report.render import NoReviewError, render_review_report
from ..word import TemplateError
from .common import load_or_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="write the mid-term review report (.docx)")
    p.add_argument("file", metavar="FILE.charter.json")
    p.add_argument("-o", "--output", required=True, metavar="FILE.docx")
    p.add_argument("--review", metavar="ID", help="the review to report on (default: the latest)")
    p.add_argument("--lang", dest="doc_lang", choices=["nl", "en"], default="nl", help="document language")
    p.add_argument("--template", metavar="X.docx", help="a house-style .docx with the same style names")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    charter = load_or_report(args.file, args.lang)
    if charter is None:
        return 2
    try:
        out = render_review_report(
            charter,
            Path(args.output),
            review_id=args.review,
            lang=args.doc_lang,
            template=Path(args.template) if args.template else None,
        )
    except NoReviewError:
        if args.review:
            msg = (
                f"geen toetsing met id '{args.review}'"
                if args.lang == "nl"
                else f"no review with id '{args.review}'"
            )
        else:
            msg = (
                "het convenant bevat geen tussentijdse toetsing"
                if args.lang == "nl"
                else "the charter holds no mid-term review"
            )
        print(f"{args.file}: {msg}", file=sys.stderr)
        return 2
    except TemplateError as exc:
        print(f"{args.template}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(out)
    return 0
