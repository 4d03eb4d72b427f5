"""Pictures of the shared-drive dialogs and the New-from-template dialog, in Dutch and English, offscreen.

Usage: ``uv run python tools/dialog_screenshots.py OUTPUT_FOLDER``. Writes, per language: the lock
question (someone else has it open, and a stale lock), the changed-on-disk question (a colleague
raised a KPI target and renamed a partner while you changed the same target), the window in
read-only mode with its banner, and the starters dialog. Everything happens in a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "templates" / "examples" / "riec-westerdelta.charter.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="folder for the PNG files (created when missing)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.TemporaryDirectory(prefix="charter-dialogs-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(Path(scratch.name) / var.lower())
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication, QWidget

    from charter_builder.diff import diff_charters
    from charter_builder.starters import list_starters
    from charter_builder.storage import load_charter, save_charter
    from charter_builder.storage.lock import LockInfo, LockResult, LockStatus, lock_path
    from ui import concurrency, i18n
    from ui.app import ensure_app
    from ui.concurrency import ChangedOnDiskDialog, DiskConflict, LockChoice, LockDialog
    from ui.main_window import MainWindow
    from ui.new_from_template import StarterDialog

    ensure_app()
    args.output.mkdir(parents=True, exist_ok=True)
    share = Path(scratch.name) / "share"
    share.mkdir()
    path = share / "riec-westerdelta.charter.json"
    save_charter(load_charter(EXAMPLE), path)
    since = dt.datetime(2026, 11, 24, 8, 47, tzinfo=dt.UTC)
    holder = LockInfo("an.devries", "PC-RIEC-07", 4242, since, since + dt.timedelta(hours=2), "0.9.0")
    held = LockResult(LockStatus.HELD, lock_path(path), holder)
    stale = LockResult(LockStatus.HELD, lock_path(path), holder, stale=True)

    base = load_charter(path)
    theirs = base.model_copy(deep=True)
    theirs.governance.kpis[0].target = 250.0
    theirs.partners[0].name = theirs.partners[0].name + " (gemeente)"
    mine = base.model_copy(deep=True)
    mine.governance.kpis[0].target = 220.0
    mine.metadata.title = "Convenant RIEC Westerdelta, herzien"
    conflict = DiskConflict(path, theirs, diff_charters(base, theirs), diff_charters(base, mine))

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        widget.grab().save(str(args.output / name))
        widget.close()

    for lang in ("nl", "en"):
        i18n.install_language(lang)
        save(LockDialog(held, path), f"{lang}-lock.png")
        save(LockDialog(stale, path), f"{lang}-lock-stale.png")
        save(ChangedOnDiskDialog(conflict), f"{lang}-changed-on-disk.png")
        save(StarterDialog(list_starters()), f"{lang}-new-from-template.png")
        lock_path(path).write_bytes(holder.to_bytes())
        window = MainWindow()
        window.resize(1280, 800)
        real_question = concurrency.ask_lock_choice
        concurrency.ask_lock_choice = lambda *_a: LockChoice.READ_ONLY  # type: ignore[assignment]
        try:
            window.files.open_path(path, ask=False)
        finally:
            concurrency.ask_lock_choice = real_question
        window.session.set_value(window.session.charter.metadata, "title", "Mijn versie", "metadata.title")
        window.show()
        QApplication.processEvents()
        window.grab().save(str(args.output / f"{lang}-read-only-window.png"))
        window.session.undo_stack.setClean()
        window.autosave.stop()
        window.close()
    print(f"wrote PNGs to {args.output}")
    scratch.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
