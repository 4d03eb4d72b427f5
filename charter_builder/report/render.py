"""``render_review_report``: the mid-term review as a Word report a steering group can discuss.

It reuses the charter writer's building blocks (style template, ``DocWriter``, raw-XML helpers),
so a house-style template restyles the report too.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx.oxml.ns import qn

from .. import vocabulary
from ..checks import Severity, run_checks
from ..checks.catalogue import severity_label
from ..diff import diff_charters
from ..figures.health_check import HealthRow, health_check_chart
from ..health import (
    LESSON_PROMPTS,
    health_summary,
    kpi_progress,
    label,
    latest_review,
    previous_check,
)
from ..model import Charter, HealthCheck, KpiFocus, KpiStatus, MidTermReview
from ..storage import atomic_write_bytes
from ..versions import archived_charter
from ..vocabulary import Form
from ..word import ooxml
from ..word.catalogue import catalogue
from ..word.document import DocWriter
from ..word.render import default_template
from ..word.styles import S
from .kpi_chart import kpi_chart_png
from .text import TEXT


class NoReviewError(ValueError):
    """The charter has no (such) mid-term review to report on."""


def render_review_report(
    charter: Charter,
    out: Path,
    *,
    review_id: str | None = None,
    lang: str = "nl",
    template: Path | None = None,
) -> Path:
    """Write the report of a mid-term review (by default the latest) to ``out`` atomically.

    Raises ``NoReviewError`` when the charter has no such review, ``ValueError`` for an unknown
    language, ``styles.TemplateError`` for a template without the needed styles, ``OSError`` when
    writing fails (the old file is then untouched).
    """
    data = render_review_report_bytes(charter, review_id=review_id, lang=lang, template=template)
    atomic_write_bytes(Path(out), data)
    return Path(out)


def find_review(charter: Charter, review_id: str | None) -> MidTermReview:
    if review_id is None:
        review = latest_review(charter)
    else:
        review = next((r for r in charter.reviews if r.id == review_id), None)
    if review is None:
        raise NoReviewError(review_id or "")
    return review


def render_review_report_bytes(
    charter: Charter, *, review_id: str | None = None, lang: str = "nl", template: Path | None = None
) -> bytes:
    review = find_review(charter, review_id)
    cat = catalogue(lang)
    t = TEXT[cat.lang]
    w = DocWriter(Path(template) if template is not None else default_template(), cat)
    _Report(w, charter, review, cat.lang, t).write()
    w.finish()
    ooxml.ask_update_fields_on_open(w.doc)
    core = w.doc.core_properties
    name = charter.metadata.partnership_name or charter.metadata.title
    core.title = ooxml.clean(f"{t['title']} {name}")[:255]
    core.subject = ooxml.clean(name)[:255]
    core.author = ooxml.clean(review.coordinator or "Charter Builder")[:255]
    core.keywords = f"{t['title'].lower()}; v{review.charter_version}"
    buf = io.BytesIO()
    w.doc.save(buf)
    return buf.getvalue()


class _Report:
    def __init__(self, w: DocWriter, charter: Charter, review: MidTermReview, lang: str, t: dict[str, str]):
        self.w, self.c, self.r, self.lang, self.t = w, charter, review, lang, t
        self.cat = w.cat

    def partner_name(self, pid: str | None) -> str:
        p = self.c.partner(pid)
        return p.display_name if p else (pid or "")

    def write(self) -> None:
        self.title_page()
        self.summary()
        self.kpis()
        self.health()
        self.lessons()
        self.changes()
        self.findings()
        self.conclusions()

    # -- parts --------------------------------------------------------------------------------
    def title_page(self) -> None:
        w, t, m = self.w, self.t, self.c.metadata
        name = m.partnership_name or m.title
        w.para(t["title"], S.TITLE)
        w.para(t["subtitle"].format(name=name), S.SUBTITLE)
        w.para(t["meta_date"].format(date=self.cat.date(self.r.date)), S.COVER_META)
        w.para(t["meta_version"].format(version=self.r.charter_version), S.COVER_META)
        if self.r.coordinator.strip():
            w.para(t["meta_coordinator"].format(name=self.r.coordinator), S.COVER_META)
        self._footer(name)
        w.para(t["toc"], S.TOC_HEADING, page_break=True)
        w.toc_here()

    def _footer(self, name: str) -> None:
        footer = self.w.doc.sections[0].footer
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        for child in list(p._p):
            if child.tag != qn("w:pPr"):
                p._p.remove(child)
        p.style = self.w.doc.styles[S.FOOTER]
        ooxml.append_runs(
            p._p,
            ooxml.run_xml(self.t["footer"].format(name=name))
            + ooxml.field_runs("PAGE", "1")
            + ooxml.run_xml(self.t["footer_of"])
            + ooxml.field_runs("NUMPAGES", "1"),
        )

    def summary(self) -> None:
        w, t = self.w, self.t
        w.heading(1, t["summary"], page_break=True)
        rows = kpi_progress(self.c, self.r)
        statuses = [row.status for row in rows]
        w.para(
            t["summary_kpis"].format(
                total=len(rows),
                on=statuses.count(KpiStatus.ON_TRACK),
                risk=statuses.count(KpiStatus.AT_RISK),
                off=statuses.count(KpiStatus.OFF_TRACK),
                none=statuses.count(None),
            )
        )
        now, before = self._health_means()
        if now is None:
            w.para(t["summary_health_none"])
        else:
            extra = t["summary_health_before"].format(before=f"{before:.1f}") if before is not None else ""
            w.para(t["summary_health"].format(now=f"{now:.1f}", before=extra))
        findings = run_checks(self.c)
        w.para(
            t["summary_findings"].format(
                errors=sum(f.severity is Severity.ERROR for f in findings),
                warnings=sum(f.severity is Severity.WARNING for f in findings),
            )
        )
        w.para(t["summary_actions"].format(count=len(self.r.actions)))

    def kpis(self) -> None:
        w, t, lang = self.w, self.t, self.lang
        # Heading, explanation and the wide table share the landscape pages; the charts return to portrait.
        w.start_landscape()
        w.heading(1, t["kpis"])
        w.para(t["kpi_intro"])
        rows = kpi_progress(self.c, self.r)
        table_rows = []
        for row in rows:
            k, m = row.kpi, row.latest
            latest = ""
            if m is not None:
                value = f"{m.value:g}" if m.value is not None else m.value_text
                latest = f"{value} ({m.period})" if m.period else value
            progress = f"{row.progress * 100:.0f}%" if row.progress is not None else ""
            status = vocabulary.label(row.status, lang) if row.status else t["not_measured"]
            table_rows.append(
                [
                    k.name or k.id,
                    t["approach"] if k.focus is KpiFocus.APPROACH else t["collaboration"],
                    f"{k.baseline:g}" if k.baseline is not None else "",
                    f"{k.target:g}" if k.target is not None else k.target_description,
                    latest,
                    progress,
                    status,
                    m.comment if m is not None else "",
                ]
            )
        w.table(t["kpi_cols"].split("|"), table_rows, [2.6, 1.7, 1.1, 2.1, 2.0, 1.1, 1.2, 2.8])
        w.end_landscape()
        pngs = [(row, kpi_chart_png(row, lang)) for row in rows if row.measurements]
        charts = [(row, png) for row, png in pngs if png is not None]
        if charts:
            w.heading(2, t["kpi_charts"])
            for row, png in charts:
                w.figures += 1
                w.figure(
                    png,
                    t["kpi_chart_caption"].format(n=w.figures, name=row.kpi.name or row.kpi.id),
                    width_cm=14,
                )

    def _check(self) -> HealthCheck | None:
        return next((h for h in self.c.health_checks if h.id == self.r.health_check_id), None)

    def _health_means(self) -> tuple[float | None, float | None]:
        check = self._check()
        if check is None or not check.scores:
            return None, None
        now = sum(s.score for s in check.scores) / len(check.scores)
        prev = previous_check(self.c, check)
        before = sum(s.score for s in prev.scores) / len(prev.scores) if prev and prev.scores else None
        return now, before

    def health(self) -> None:
        w, t, lang = self.w, self.t, self.lang
        w.heading(1, t["health"], page_break=True)
        check = self._check()
        if check is None or not check.scores:
            w.para(t["summary_health_none"], S.PLACEHOLDER)
            return
        w.para(t["health_intro"])
        prev = previous_check(self.c, check)
        prev_stats = {s.dimension: s for s in health_summary(prev)} if prev else {}
        stats = health_summary(check)
        rows, chart_rows = [], []
        for s in stats:
            before = prev_stats[s.dimension].mean if s.dimension in prev_stats else None
            dim_label = vocabulary.label(s.dimension, lang, Form.LONG)
            chart_rows.append(HealthRow(dim_label, list(s.scores.values()), before))
            change = f"{s.mean - before:+.1f}" if s.mean is not None and before is not None else ""
            rows.append(
                [
                    dim_label,
                    f"{s.mean:.1f}" if s.mean is not None else "",
                    f"{before:.1f}" if before is not None else "",
                    change,
                    str(len(s.scores)),
                ]
            )
        png = health_check_chart(
            chart_rows,
            average_label=t["health_average"],
            comparison_label=t["health_previous"] if prev else "",
            partner_label=t["health_partner"],
        )
        w.figures += 1
        w.figure(png, t["health_caption"].format(n=w.figures), width_cm=16)
        w.table(t["health_cols"].split("|"), rows, [4, 1.3, 1.3, 1.2, 1.4])
        comments = [
            (vocabulary.label(s.dimension, lang, Form.LONG), self.partner_name(pid), text)
            for s in stats
            for pid, text in s.comments.items()
        ]
        if comments:
            w.heading(2, t["health_comments"])
            for dim, partner, text in comments:
                w.labelled(f"{dim} – {partner}", text)

    def lessons(self) -> None:
        notes = [n for n in self.r.lesson_notes if n.note.strip()]
        if not notes:
            return
        w, t = self.w, self.t
        w.heading(1, t["lessons"])
        for n in notes:
            w.heading(3, label(LESSON_PROMPTS[n.lesson], self.lang), in_toc=False)
            w.para(n.note)

    def changes(self) -> None:
        w, t = self.w, self.t
        w.heading(1, t["changes"], page_break=True)
        if self.r.changes_noted.strip():
            w.heading(2, t["changes_noted"])
            w.para(self.r.changes_noted)
        if not self.c.history:
            w.para(t["changes_none"])
            return
        last = self.c.history[-1]
        w.heading(2, t["changes_diff"].format(version=last.version))
        # The archive itself is no change of content ("version 1 is kept in the file").
        changes = [
            c for c in diff_charters(archived_charter(last), self.c) if not c.path.startswith("history")
        ]
        if not changes:
            w.para(t["changes_same"].format(version=last.version))
        for change in changes:
            w.para(change.text(self.lang), S.LIST_BULLET)

    def findings(self) -> None:
        w, t = self.w, self.t
        w.heading(1, t["findings"])
        findings = [f for f in run_checks(self.c) if f.severity in (Severity.ERROR, Severity.WARNING)]
        if not findings:
            w.para(t["findings_none"])
            return
        w.table(
            t["findings_cols"].split("|"),
            [
                [
                    vocabulary.step_label(f.step, self.lang),
                    severity_label(f.severity, self.lang),
                    f.message(self.lang),
                ]
                for f in findings
            ],
            [1.6, 1.2, 6],
        )

    def conclusions(self) -> None:
        w, t = self.w, self.t
        w.heading(1, t["conclusions"])
        w.heading(2, t["conclusions_text"])
        w.user_text(self.r.conclusions, todo=t["todo"])
        if self.r.actions:
            w.table(
                t["actions_cols"].split("|"),
                [
                    [
                        a.what,
                        self.partner_name(a.owner_id),
                        self.cat.date(a.due_on),
                        t["yes"] if a.done else t["no"],
                    ]
                    for a in self.r.actions
                ],
                [5, 2, 1.6, 0.9],
            )
