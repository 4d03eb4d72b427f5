"""The core stays headless: an import-linter contract forbids Qt and the UI in charter_builder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contract_is_kept() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(exe)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_core_imports_without_qt() -> None:
    """Importing every core module in a fresh interpreter must not load PySide6."""
    code = (
        "import pkgutil, importlib, sys, charter_builder\n"
        "for m in pkgutil.walk_packages(charter_builder.__path__, 'charter_builder.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "assert not bad, bad\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
