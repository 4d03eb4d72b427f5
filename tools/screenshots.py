"""Screenshots of every wizard page, in Dutch and English, at 1280×800, offscreen.

Usage: ``uv run python tools/screenshots.py OUTPUT_FOLDER [--charter FILE] [--size 1280x800]``.
The charter defaults to the bundled example (RIEC Westerdelta). Settings go to a temporary folder,
so taking screenshots never touches the user's recent files or language.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "templates" / "examples" / "riec-westerdelta.charter.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="folder for the PNG files (created when missing)")
    parser.add_argument("--charter", type=Path, default=EXAMPLE, help="charter file to show")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--lang", choices=("nl", "en"), action="append", help="language(s); default both")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.TemporaryDirectory(prefix="charter-screens-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(Path(scratch.name) / var.lower())
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from charter_builder.storage import load_charter
    from ui import i18n
    from ui.app import ensure_app
    from ui.main_window import MainWindow

    app = ensure_app()
    charter = load_charter(args.charter)
    args.output.mkdir(parents=True, exist_ok=True)
    written = 0
    for lang in args.lang or ["nl", "en"]:
        i18n.install_language(lang)
        window = MainWindow()
        window.session.replace(charter.model_copy(deep=True), args.charter)
        window.resize(width, height)
        window.show()
        window.run_checks_now()
        for index, page in enumerate(window.pages):
            window.go_to(index)
            QApplication.processEvents()
            out = args.output / f"{lang}-{index + 1:02d}-{page.step.value}.png"
            window.grab().save(str(out))
            written += 1
        window.session.undo_stack.setClean()
        window.autosave.stop()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    del app
    print(f"{written} screenshots in {args.output}")
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
