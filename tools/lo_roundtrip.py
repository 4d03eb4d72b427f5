"""Re-save a .docx with LibreOffice (headless, private profile), as a second editor would.

Usage: uv run python tools/lo_roundtrip.py IN.docx [OUTDIR]   (default OUTDIR: IN-lo next to IN)
Used by hand to check that the review copy's anchors and comments survive another program; the
test suite does the same in tests/core/test_review_import.py.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def roundtrip(src: Path, out_dir: Path) -> Path:
    """Open ``src`` in LibreOffice, save it as .docx into ``out_dir`` and return the new file."""
    if shutil.which("soffice") is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                str(out_dir),
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out_dir / src.name


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    src = Path(argv[0]).resolve()
    out_dir = Path(argv[1]) if len(argv) > 1 else src.with_name(src.stem + "-lo")
    print(roundtrip(src, out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
