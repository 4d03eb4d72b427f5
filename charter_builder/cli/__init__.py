"""The ``charter-builder`` command line: headless commands over charter files.

Each command lives in its own module with ``register(subparsers)``; add a new one to ``COMMANDS``.
Exit codes: 0 success, 1 the charter has problems (``validate``/``check``), 2 usage or file error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from . import (
    cmd_check,
    cmd_diff,
    cmd_import_comments,
    cmd_merge,
    cmd_new,
    cmd_package,
    cmd_render,
    cmd_report,
    cmd_schema,
    cmd_validate,
    cmd_verify,
)

COMMANDS = [
    cmd_validate,
    cmd_check,
    cmd_schema,
    cmd_new,
    cmd_package,
    cmd_merge,
    cmd_diff,
    cmd_render,
    cmd_verify,
    cmd_report,
    cmd_import_comments,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="charter-builder",
        description=(
            "Write the charter (samenwerkingsconvenant) of a public-safety partnership. "
            "Without a command, opens the wizard; 'charter-builder FILE.charter.json' opens that file in it."
        ),
    )
    parser.add_argument("--version", action="version", version=f"charter-builder {__version__}")
    parser.add_argument(
        "--lang", choices=["nl", "en"], default="en", help="language of messages (default: en)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args))
    except BrokenPipeError:  # e.g. piped into `head`
        return 0


def run() -> None:  # pragma: no cover - console entry without the wizard
    sys.exit(main())
