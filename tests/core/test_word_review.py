"""The review copy: open comments and check findings at the article they are about, marked on every page."""

from __future__ import annotations

from pathlib import Path

import pytest

import charter_builder.checks as checks
from charter_builder.checks import Finding, Severity
from charter_builder.model import Step
from charter_builder.word import render_charter
from charter_builder.word.review import GENERAL, section_for

from .test_word_support import ReadBack, rich_charter


def _notes(doc: ReadBack, heading_start: str) -> list[str]:
    return [
        b.text
        for b in doc.section_of(heading_start)
        if getattr(b, "style", None) and b.style.name == "Charter Review Note"
    ]


@pytest.fixture
def fake_findings(monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    findings = [
        Finding(
            "kpi.owner",
            Severity.WARNING,
            "governance.kpis[1].owner_id",
            "KPI zonder eigenaar",
            "KPI without owner",
            Step.GOVERNANCE,
        ),
        Finding(
            "flow.dpia",
            Severity.ERROR,
            "data_sharing.flows[0].dpia",
            "DPIA ontbreekt",
            "DPIA missing",
            Step.DATA_SHARING,
            "AVG art. 35",
        ),
        Finding("meta", Severity.ADVICE, "metadata.title", "Titel kort", "Short title", Step.REVIEW),
    ]
    monkeypatch.setattr(checks, "run_checks", lambda charter: findings)
    return findings


def test_comments_and_findings_land_in_their_article(tmp_path: Path, fake_findings: list[Finding]) -> None:
    doc = ReadBack.open(render_charter(rich_charter(), tmp_path / "r.docx", review_copy=True))
    purpose = _notes(doc, "Artikel 2 ")
    assert purpose == ["Opmerking van Jurist (3 februari 2026): Is 'sneller' meetbaar?"]
    monitoring = _notes(doc, "Artikel 7 ")
    assert (
        "Opmerking van Jurist (3 februari 2026): Wie meet dit <precies>?" in monitoring
    )  # target was a record id
    assert "Controle (waarschuwing): KPI zonder eigenaar [governance.kpis[1].owner_id]" in monitoring
    data = _notes(doc, "Artikel 9 ")
    assert data == ["Controle (fout): DPIA ontbreekt (AVG art. 35) [data_sharing.flows[0].dpia]"]
    general = _notes(doc, "Algemene reviewpunten")
    assert general == ["Controle (advies): Titel kort [metadata.title]"]
    assert not any("Al opgelost punt" in t for t in doc.texts())  # resolved comments stay out
    assert "REVIEWEXEMPLAAR" in doc.doc.sections[0].header.paragraphs[0].text
    assert "REVIEWEXEMPLAAR" in doc.texts("Charter Draft Mark")


def test_review_copy_in_english(tmp_path: Path, fake_findings: list[Finding]) -> None:
    doc = ReadBack.open(render_charter(rich_charter(), tmp_path / "r.docx", lang="en", review_copy=True))
    assert "Check (error): DPIA missing (AVG art. 35) [data_sharing.flows[0].dpia]" in _notes(
        doc, "Article 9 "
    )
    assert "REVIEW COPY" in doc.doc.sections[0].header.paragraphs[0].text


def test_real_checks_engine_runs_in_a_review_copy(tmp_path: Path) -> None:
    doc = ReadBack.open(render_charter(rich_charter(), tmp_path / "r.docx", review_copy=True))
    assert not any(t.startswith("checks: ") for t in doc.texts("Charter Review Note"))


def test_normal_copy_has_no_review_notes(tmp_path: Path, fake_findings: list[Finding]) -> None:
    doc = ReadBack.open(render_charter(rich_charter(), tmp_path / "n.docx"))
    assert doc.texts("Charter Review Note") == []
    assert "Algemene reviewpunten" not in doc.texts("Heading 1")


@pytest.mark.parametrize(
    ("path", "section"),
    [
        ("purpose.problem", "considerations"),
        ("purpose.interests[0].interest", "purpose"),
        ("trust.glossary[2].term", "definitions"),
        ("trust.learning", "trust"),
        ("governance.kpis[3]", "monitoring"),
        ("governance.kpis_extra", "governance"),
        ("governance.end_date", "duration"),
        ("partners[0].representatives[0].mandate", "parties"),
        ("data_sharing.flows[4].dpia", "data"),
        ("metadata.title", GENERAL),
        ("", GENERAL),
    ],
)
def test_section_for_path(path: str, section: str) -> None:
    assert section_for(path) == section
