"""``charter-builder package FILE --partner ID``: write one partner's package to fill in offline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..identity import current_user
from ..model import Charter, Partner
from ..packages import PackageError, default_package_name, export_package, save_package
from ..storage import CharterFileError
from .common import load_or_report


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "package",
        help="export a partner package (*.partner.json) for one partner to fill in offline",
        description=(
            "Write the part of the charter one partner fills in itself (its record, representatives, "
            "mandate, interest, contributions, the data flows it provides, its DPO) with the shared "
            "context read-only. Return it with 'charter-builder merge'."
        ),
    )
    p.add_argument("file", metavar="FILE", help="the coordinator's charter (*.charter.json)")
    p.add_argument(
        "--partner",
        action="append",
        required=True,
        metavar="ID",
        help="partner id (or short name); repeat for several partners",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="where to write (one partner only; default: <charter>-<partner>.partner.json)",
    )
    p.add_argument("--by", default=None, metavar="NAME", help="who exports (default: the user name)")
    p.add_argument("--force", action="store_true", help="overwrite existing package files")
    p.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="language of messages")
    p.set_defaults(func=run)


def _find_partner(charter: Charter, wanted: str) -> Partner | None:
    """Return the partner by id, else by short name or name (case-insensitive)."""
    found = charter.partner(wanted)
    if found is not None:
        return found
    low = wanted.casefold()
    matches = [p for p in charter.partners if low in (p.short_name.casefold(), p.name.casefold())]
    return matches[0] if len(matches) == 1 else None


def run(args: argparse.Namespace) -> int:
    lang = args.lang
    nl = lang == "nl"
    charter = load_or_report(args.file, lang)
    if charter is None:
        return 2
    if args.output and len(args.partner) > 1:
        print(
            "-o werkt met één partner; laat -o weg voor meerdere"
            if nl
            else "-o works with one partner; leave it out for several",
            file=sys.stderr,
        )
        return 2
    partners: list[Partner] = []
    for wanted in args.partner:
        partner = _find_partner(charter, wanted)
        if partner is None:
            known = ", ".join(f"{p.id} ({p.display_name})" for p in charter.partners) or "-"
            print(
                f"{args.file}: partner '{wanted}' bestaat niet; kies uit: {known}"
                if nl
                else f"{args.file}: no partner '{wanted}'; choose from: {known}",
                file=sys.stderr,
            )
            return 2
        partners.append(partner)
    targets = [Path(args.output) if args.output else default_package_name(args.file, p.id) for p in partners]
    existing = [t for t in targets if t.exists()]
    if existing and not args.force:
        for t in existing:
            msg = "bestaat al; gebruik --force om te overschrijven" if nl else "exists; use --force"
            print(f"{t}: {msg}", file=sys.stderr)
        return 2
    by = args.by if args.by is not None else current_user()
    for partner, target in zip(partners, targets, strict=True):
        try:
            save_package(export_package(charter, partner.id, by), target)
        except (CharterFileError, PackageError) as exc:
            print(exc.describe(lang), file=sys.stderr)
            return 2
        print(target)
    return 0
