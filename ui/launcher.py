"""The ``charter-builder`` entry point: the wizard without arguments, the headless CLI otherwise.

It lives in ``ui`` because the core may not import the UI; it imports Qt only when the wizard opens,
so every command of the command line runs without a screen.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def _wants_wizard(argv: Sequence[str]) -> bool:
    return not argv or (len(argv) == 1 and argv[0].endswith(".json") and Path(argv[0]).is_file())


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if _wants_wizard(args):
        try:
            from ui.app import run_app
        except ImportError:  # the wizard has not landed: show what the command line can do
            from charter_builder.cli import main as cli_main

            sys.exit(cli_main(["--help"]))
        sys.exit(run_app(args))
    from charter_builder.cli import main as cli_main

    sys.exit(cli_main(args))
