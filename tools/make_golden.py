"""Write the golden texts the behaviour-pinning test compares against (``tests/golden/``).

Run after a change that is *meant* to alter the JSON, the findings or the Word text of the bundled
charters, and review the diff before committing:

    uv run python tools/make_golden.py

The test never writes these files itself: a changed text must be a decision, not a side effect.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support.golden import GOLDEN_DIR, golden_texts  # noqa: E402


def main() -> int:
    texts = golden_texts()
    for folder in GOLDEN_DIR.iterdir() if GOLDEN_DIR.is_dir() else ():
        if folder.is_dir():
            shutil.rmtree(folder)  # a starter that was removed leaves no stale golden behind
    for rel, text in sorted(texts.items()):
        target = GOLDEN_DIR / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {len(texts)} files to {GOLDEN_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
