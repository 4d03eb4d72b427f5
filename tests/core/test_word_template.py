"""The style template defines every style the writer uses; the writer leaves looks to the template."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document

import charter_builder.word as word_pkg
from charter_builder.word import ALL_STYLES, TemplateError, default_template, render_charter
from charter_builder.word.styles import resolve_style_ids

from .test_word_support import rich_charter


def test_bundled_template_defines_every_style_the_writer_uses() -> None:
    ids = resolve_style_ids(Document(str(default_template())))
    assert set(ids) == set(ALL_STYLES)


def test_every_style_in_a_rendered_document_comes_from_the_template(tmp_path: Path) -> None:
    out = render_charter(rich_charter(), tmp_path / "c.docx", review_copy=True)
    with zipfile.ZipFile(out) as z:
        xml = "".join(
            z.read(n).decode()
            for n in z.namelist()
            if re.match(r"word/(document|header\d*|footer\d*)\.xml", n)
        )
    used = set(re.findall(r'w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', xml))
    template_ids = {s.style_id for s in Document(str(default_template())).styles}
    assert used <= template_ids
    assert {"Heading1", "CharterTable", "CharterLabel", "CharterWatermark", "Footer"} <= used


def test_writer_code_never_sets_fonts_or_colours() -> None:
    """Fonts, sizes and colours belong to the template; the writer names styles only."""
    forbidden = re.compile(r"rFonts|w:color|w:sz\b|RGBColor|\bPt\(|font\.(name|size|color|bold)")
    pkg = Path(word_pkg.__file__).parent
    offenders = [
        f"{path.name}:{n}"
        for path in pkg.rglob("*.py")
        for n, line in enumerate(path.read_text().splitlines(), start=1)
        if forbidden.search(line)
    ]
    assert offenders == []


def test_template_lacking_a_style_is_refused_with_its_name(tmp_path: Path) -> None:
    doc = Document(str(default_template()))
    style = doc.styles["Charter Placeholder"]
    style.element.getparent().remove(style.element)
    broken = tmp_path / "house.docx"
    doc.save(str(broken))
    with pytest.raises(TemplateError) as info:
        render_charter(rich_charter(), tmp_path / "out.docx", template=broken)
    assert info.value.missing == ["Charter Placeholder"]
    assert not (tmp_path / "out.docx").exists()


def test_house_style_template_restyles_the_document(tmp_path: Path) -> None:
    house = tmp_path / "house.docx"
    shutil.copy(default_template(), house)
    doc = Document(str(house))
    doc.styles["Heading 1"].font.name = "Georgia"
    doc.save(str(house))
    out = render_charter(rich_charter(), tmp_path / "out.docx", template=house)
    assert Document(str(out)).styles["Heading 1"].font.name == "Georgia"


def test_template_body_text_is_not_copied_into_the_charter(tmp_path: Path) -> None:
    out = render_charter(rich_charter(), tmp_path / "out.docx")
    assert not any("Stijlsjabloon" in p.text for p in Document(str(out)).paragraphs)


def test_committed_template_is_what_the_build_script_makes(tmp_path: Path) -> None:
    """Restyling happens in tools/make_style_template.py; the committed .docx must match it."""
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "tools" / "make_style_template.py"
    spec = importlib.util.spec_from_file_location("make_style_template", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(tmp_path / "built.docx")
    with zipfile.ZipFile(built) as fresh, zipfile.ZipFile(default_template()) as committed:
        for part in ("word/styles.xml", "word/document.xml", "word/settings.xml"):
            assert fresh.read(part) == committed.read(part), f"{part}: run tools/make_style_template.py"
