"""``charter-builder import-comments FILE.charter.json REVIEWED.docx``: reviewers' Word comments into the charter.

Adds the comments reviewers left in the Word review copy to the charter's review comments and lists
text the reviewer changed in the document (never applied). Exit 0: imported; 1: imported with
warnings (e.g. the document was made from an older version); 2: refused or file error, nothing saved.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from ..identity import current_user
from ..review_import import DocxUnreadable, ImportRefused, ImportResult, import_comments
from ..storage import CharterFileError, save_charter
from ..storage.lock import read_lock
from .common import load_or_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import-comments",
        help="add the comments reviewers left in the Word review copy to the charter",
        description=(
            "Read the comments in a reviewed Word review copy and add them to the charter's review "
            "comments; text changed in the document is listed, not applied. Exit 0: imported; 1: "
            "imported with warnings; 2: refused or file error, nothing saved."
        ),
    )
    p.add_argument("file", metavar="FILE.charter.json", help="the charter the review copy was made from")
    p.add_argument("docx", metavar="REVIEWED.docx", help="the review copy as the reviewers returned it")
    p.add_argument("--dry-run", action="store_true", help="report what would be added; save nothing")
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="language of messages")
    p.set_defaults(func=run)


def _short(text: str, width: int = 100) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …") if text.strip() else "—"


def _report(result: ImportResult, lang: str) -> None:
    nl = lang == "nl"
    for w in result.warnings:
        print(("let op: " if nl else "warning: ") + w.text(lang))
    print(
        f"{len(result.added)} {'opmerking(en) toegevoegd' if nl else 'comment(s) added'}, "
        f"{len(result.skipped)} {'overgeslagen' if nl else 'skipped'}"
    )
    for a in result.added:
        c = a.comment
        lead = "  + antwoord" if nl and c.parent_id else ("  + reply" if c.parent_id else "  +")
        print(f"{lead} [{c.target}] {c.author}: {_short(c.text)}")
        if c.quoted_text:
            print(f"      “{_short(c.quoted_text, 80)}”")
    for s in result.skipped:
        print(f"  - {s.author}: {_short(s.text, 60)} ({s.reason.text(lang)})")
    if result.done_in_word:
        lead = (
            "in Word als afgehandeld gemarkeerd (niet opgelost; doe dat in de wizard):"
            if nl
            else "marked done in Word (not resolved; do that in the wizard):"
        )
        print(f"{lead} {', '.join(result.done_in_word)}")
    if result.text_changes:
        print(
            f"{len(result.text_changes)} "
            + (
                "tekstwijziging(en) in het document (niet overgenomen; neem ze zo nodig over in de wizard):"
                if nl
                else "text change(s) in the document (not applied; adopt them in the wizard where needed):"
            )
        )
        for t in result.text_changes:
            print(f"  ~ [{t.target}]")
            print(f"      {'was' if nl else 'old'}: {_short(t.old)}")
            print(f"      {'nu' if nl else 'new'}:  {_short(t.new)}")


def run(args: argparse.Namespace) -> int:
    lang: str = args.lang
    nl = lang == "nl"
    charter = load_or_report(args.file, lang)
    if charter is None:
        return 2
    try:
        result = import_comments(charter, Path(args.docx), importer=current_user())
    except ImportRefused as exc:
        print(f"{args.docx}: {exc.message(lang)}", file=sys.stderr)
        return 2
    except DocxUnreadable as exc:
        print(f"{args.docx}: {exc}", file=sys.stderr)
        return 2
    _report(result, lang)
    if args.dry_run:
        print("(proefdraai: niets opgeslagen)" if nl else "(dry run: nothing saved)")
    elif result.changed:
        out = Path(args.file)
        lock = read_lock(out)
        if lock is not None and not lock.is_mine() and not lock.is_stale():
            hint = "Sluit het daar eerst." if nl else "Close it there first."
            print(f"{out}: {lock.describe(lang)} {hint}", file=sys.stderr)
            return 2
        try:
            save_charter(result.charter, out, backup=True)
        except CharterFileError as exc:
            print(exc.describe(lang), file=sys.stderr)
            return 2
        print(f"{out}: {'opgeslagen' if nl else 'saved'}")
    return 1 if result.warnings else 0
