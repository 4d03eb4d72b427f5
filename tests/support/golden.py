"""The golden texts: what the program makes of the bundled charters, as plain text to diff.

A restructuring must not change behaviour. These texts pin it down for the bundled example, the
example after its mid-term review and every starter: the JSON as re-saved, the check findings and
the text of the Word documents (charter in Dutch and English, the changes annex, the review report).
``tools/make_golden.py`` writes them to ``tests/golden/``; ``tests/test_golden.py`` compares. Both
call ``golden_texts`` so the two can never disagree on how a text is made.

Determinism: the checks run with a fixed ``today`` (``GOLDEN_TODAY``) -- also the checks the review
report runs inside, which take today's date from the clock, so ``frozen_today`` pins the engine's
clock while rendering. The charters carry ``created_on``, so the documents' dates come from the file,
not the clock; nothing else time-dependent reaches the text, so no normalising is needed.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from charter_builder.checks import engine, run_checks
from charter_builder.checks.engine import count_by_severity
from charter_builder.model import Charter
from charter_builder.report.render import render_review_report_bytes
from charter_builder.storage import dump_charter, load_charter
from charter_builder.word.render import render_charter_bytes

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_DIR = ROOT / "tests" / "golden"
#: The day the checks think it is: within the example's term, after its mid-term review.
GOLDEN_TODAY = dt.date(2029, 6, 1)
#: The charter files pinned, by the short name their golden folder takes.
EXAMPLE = ROOT / "templates" / "examples" / "riec-westerdelta.charter.json"
TOETSING = ROOT / "templates" / "examples" / "riec-westerdelta-toetsing.charter.json"
LANGS = ("nl", "en")


def golden_sources() -> dict[str, Path]:
    """Return the charters pinned: the two examples and every starter, by golden folder name."""
    sources = {"example": EXAMPLE, "toetsing": TOETSING}
    for path in sorted((ROOT / "templates" / "starters").glob("*.charter.json")):
        sources["starter-" + path.name.removesuffix(".charter.json")] = path
    return sources


@contextmanager
def frozen_today(day: dt.date) -> Iterator[None]:
    """Make the check engine's ``date.today()`` return ``day`` (the report runs checks without a date)."""

    class _FrozenDate(dt.date):
        @classmethod
        def today(cls) -> dt.date:
            return day

    real = engine.dt
    engine.dt = types.SimpleNamespace(date=_FrozenDate)  # type: ignore[assignment]
    try:
        yield
    finally:
        engine.dt = real


def docx_text(data: bytes) -> str:
    """Return every paragraph, table cell, header and footer of a .docx in document order, one per line.

    Table cells are written as ``| text`` (nested tables one ``|`` deeper), a cell's paragraphs joined
    by `` ⏎ ``; a merged cell appears once. Headers and footers follow the body, per section.
    """
    doc = Document(io.BytesIO(data))
    lines: list[str] = []
    _walk(doc.element.body, doc, lines, 0)
    for n, section in enumerate(doc.sections, start=1):
        for kind in (
            "header",
            "first_page_header",
            "even_page_header",
            "footer",
            "first_page_footer",
            "even_page_footer",
        ):
            part = getattr(section, kind)
            if part.is_linked_to_previous and n > 1:
                continue
            inner: list[str] = []
            _walk(part._element, part, inner, 0)
            if any(line.strip() for line in inner):
                lines.append(f"--- section {n} {kind.replace('_', ' ')} ---")
                lines.extend(inner)
    return "\n".join(lines) + "\n"


def _walk(element: etree._Element, parent: object, lines: list[str], depth: int) -> None:
    for child in element:
        if child.tag == qn("w:p"):
            lines.append(_prefix(depth) + Paragraph(child, parent).text)  # type: ignore[arg-type]
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                if tr.getparent() is not child:
                    continue  # a nested table's row: written when its cell is walked
                for tc in tr.findall(qn("w:tc")):
                    _cell(tc, parent, lines, depth + 1)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                _walk(content, parent, lines, depth)


def _cell(tc: etree._Element, parent: object, lines: list[str], depth: int) -> None:
    texts: list[str] = []
    nested: list[str] = []
    for child in tc:
        if child.tag == qn("w:p"):
            texts.append(Paragraph(child, parent).text)  # type: ignore[arg-type]
        elif child.tag in (qn("w:tbl"), qn("w:sdt")):
            wrapper = etree.Element("wrapper")
            wrapper.append(child.__copy__())
            _walk(wrapper, parent, nested, depth)
    lines.append(_prefix(depth) + " ⏎ ".join(texts))
    lines.extend(nested)


def _prefix(depth: int) -> str:
    return "| " * depth


def check_json(charter: Charter) -> str:
    """Return the findings as ``check --format json`` lists them (both languages), engine order."""
    findings = run_checks(charter, GOLDEN_TODAY)
    data = {
        "today": GOLDEN_TODAY.isoformat(),
        "counts": {s.value: n for s, n in count_by_severity(findings).items()},
        "findings": [
            {
                "rule_id": f.rule_id,
                "severity": f.severity.value,
                "step": f.step.value,
                "path": f.path,
                "message_nl": f.message_nl,
                "message_en": f.message_en,
                "legal_ref": f.legal_ref,
            }
            for f in findings
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def golden_texts() -> dict[str, str]:
    """Return every golden file's expected text, by path relative to ``tests/golden``."""
    out: dict[str, str] = {}
    with frozen_today(GOLDEN_TODAY):
        for name, path in golden_sources().items():
            charter = load_charter(path)
            out[f"{name}/charter.json"] = dump_charter(charter).decode("utf-8")
            out[f"{name}/check.json"] = check_json(charter)
            for lang in LANGS:
                out[f"{name}/charter.{lang}.txt"] = docx_text(render_charter_bytes(charter, lang=lang))
            if name == "toetsing":
                for lang in LANGS:
                    out[f"{name}/changes-since-1.{lang}.txt"] = docx_text(
                        render_charter_bytes(charter, lang=lang, changes_since=1)
                    )
                    out[f"{name}/report.{lang}.txt"] = docx_text(
                        render_review_report_bytes(charter, lang=lang)
                    )
    return out
