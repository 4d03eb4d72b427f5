"""LibreOffice opens the generated charter and lays it out (slow: runs soffice headless)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from charter_builder.examples import example_charter
from charter_builder.word import render_charter

SCRIPT = Path(__file__).resolve().parents[2] / "tools" / "docx_to_png.sh"


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None, reason="no LibreOffice"
)
def test_example_converts_to_pdf_pages(tmp_path: Path) -> None:
    docx = render_charter(example_charter(), tmp_path / "example.docx", lang="en")
    done = subprocess.run(
        [str(SCRIPT), str(docx), str(tmp_path / "pages"), "20"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    pages = sorted((tmp_path / "pages").glob("example-*.png"))
    assert len(pages) >= 10
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "pages" / "example.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Article 16 Publication" in text
    assert "page 1 of" in text
