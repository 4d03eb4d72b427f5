"""The mid-term review report: written from the bundled review example, read back with python-docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from charter_builder.cli import main
from charter_builder.model import KpiMeasurement, MidTermReview
from charter_builder.report.render import NoReviewError, render_review_report
from charter_builder.resources import template_path
from charter_builder.storage import load_charter

from .helpers import small_charter

REVIEW_EXAMPLE = template_path("examples", "riec-westerdelta-toetsing.charter.json")


def _texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


@pytest.fixture(scope="module")
def example():
    return load_charter(REVIEW_EXAMPLE)


def test_review_example_is_byte_stable_and_matches_its_script(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "again.charter.json"
    script = Path(__file__).resolve().parents[2] / "tools" / "make_review_example.py"
    subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True, timeout=120)
    assert out.read_bytes() == REVIEW_EXAMPLE.read_bytes()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_has_every_part_with_tables_matching_the_review(example, tmp_path: Path, lang: str) -> None:
    out = render_review_report(example, tmp_path / f"report-{lang}.docx", lang=lang)
    doc = Document(str(out))
    texts = _texts(doc)
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    if lang == "nl":
        assert headings == [
            "Samenvatting",
            "Voortgang van de KPI's",
            "Gezondheid van de samenwerking",
            "Lessen voor het lerend netwerk",
            "Wat is er veranderd",
            "Bevindingen van de controles",
            "Conclusies en afspraken",
        ]
        assert "Tussentijdse toetsing" in texts[0]
    else:
        assert headings[0] == "Summary"
        assert "Mid-term review" in texts[0]
    review = example.reviews[0]
    kpi_table, health_table = doc.tables[0], doc.tables[1]
    assert len(kpi_table.rows) == 1 + len(example.governance.kpis)
    assert len(health_table.rows) == 1 + 9
    # The Bibob KPI row: latest value with its period, progress from baseline 60 to target 90.
    bibob = next(r for r in kpi_table.rows if r.cells[0].text == "Bibob-toetsen")
    assert bibob.cells[4].text == "84 (2028)"
    assert bibob.cells[5].text == "80%"
    actions_table = doc.tables[-1]
    assert [r.cells[0].text for r in actions_table.rows[1:]] == [a.what for a in review.actions]
    # The diff since version 1 names the changed target in words.
    joined = "\n".join(texts)
    if lang == "nl":
        assert "KPI 'Ingebrachte signalen': streefwaarde 200 → 220" in joined
    else:
        assert "'Ingebrachte signalen'" in joined
    assert review.conclusions in joined
    assert "kept in the file" not in joined
    assert "bewaard in het bestand" not in joined
    # Charts: one per KPI with numbers measured, plus the health-check chart.
    drawn = [m for m in review.measurements if m.value is not None]
    kpis_with_numbers = {m.kpi_id for m in drawn}
    assert len(doc.inline_shapes) == len(kpis_with_numbers) + 1
    footer = doc.sections[0].footer.paragraphs[0]._p.xml
    assert "NUMPAGES" in footer
    assert "PAGE" in footer


def test_report_of_a_charter_without_review_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NoReviewError):
        render_review_report(small_charter(), tmp_path / "r.docx")
    assert not (tmp_path / "r.docx").exists()


def test_minimal_review_renders_placeholders(tmp_path: Path) -> None:
    c = small_charter()
    c.reviews = [
        MidTermReview(
            id="r",
            date=dt.date(2028, 1, 1),
            measurements=[KpiMeasurement(kpi_id="kpi-1", period="2027", value=4)],
        )
    ]
    doc = Document(str(render_review_report(c, tmp_path / "r.docx", lang="en")))
    joined = "\n".join(_texts(doc))
    assert "No health check was filled in for this review." in joined
    assert "The file holds no earlier version to compare with." in joined
    assert "To be completed." in joined


def test_report_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "toetsing.docx"
    assert main(["report", str(REVIEW_EXAMPLE), "-o", str(out), "--lang", "en"]) == 0
    assert out.is_file()
    assert main(["report", str(REVIEW_EXAMPLE), "-o", str(out), "--review", "nope"]) == 2
    assert "no review with id 'nope'" in capsys.readouterr().err
