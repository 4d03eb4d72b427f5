"""The covenant's parts, in the order of a Dutch samenwerkingsconvenant, one method per part.

Every article either shows what the partners wrote or says plainly that it is still to be
completed: reviewers must see a gap, never an empty heading.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

from ..collaboration_form import recommend_for
from ..figures import HealthRow, collaboration_form_chart, health_check_chart
from ..model import (
    Body,
    Charter,
    DataFlow,
    HealthCheck,
    HealthDimension,
    Partner,
    Representative,
    Signature,
    Status,
)
from .catalogue import Catalogue
from .document import DocWriter
from .styles import S

#: Partners per RACI table before the matrix moves to landscape pages and is split into column groups.
RACI_PORTRAIT_MAX = 6
RACI_GROUP_MAX = 15


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return ""
    return f"{value:g} {unit}".strip()


class CharterArticles:
    """Writes one charter into a ``DocWriter``; ``notes`` are review-copy lines per section."""

    def __init__(self, w: DocWriter, charter: Charter, notes: dict[str, list[str]] | None) -> None:
        self.w = w
        self.c = charter
        self.cat: Catalogue = w.cat
        self.notes = notes
        self.article = 0
        self.sub = 0
        self._names = {p.id: p.display_name for p in charter.partners}

    # -- helpers -------------------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return self.cat.t(key, **values)

    def name(self, partner_id: str | None) -> str:
        if partner_id is None:
            return ""
        return self._names.get(partner_id, partner_id)

    def review(self, section: str, target: str) -> None:
        """Write the review notes for ``section``; comments on them count for ``target``."""
        if self.notes is None or not self.notes.get(section):
            return
        with self.w.anchor(target, note=True):
            for line in self.notes[section]:
                self.w.para(line, S.REVIEW_NOTE)

    def open_article(self, title_key: str) -> None:
        self.article += 1
        self.sub = 0
        self.w.heading(1, f"{self.t('article', n=self.article)} {self.t(title_key)}")

    def subheading(self, title: str) -> None:
        self.sub += 1
        self.w.heading(2, f"{self.article}.{self.sub} {title}")

    def sub_text(self, title_key: str, text: str, path: str) -> None:
        with self.w.anchor(path):
            self.subheading(self.t(title_key))
            self.w.user_text(text)

    def run_article(self, title_key: str, section: str, body: Callable[[], object], target: str) -> None:
        """Write an article, anchored to ``target``; if its body added nothing, write the placeholder.

        ``body``'s result is ignored: what counts is whether it added anything to the document.
        """
        with self.w.anchor(target):
            self.open_article(title_key)
            before = len(self.w._pending)
            body()
            if len(self.w._pending) == before:
                self.w.todo()
            self.review(section, target)

    # -- front matter --------------------------------------------------------------------------------

    def title_page(self, review_copy: bool) -> None:
        with self.w.anchor("metadata"):
            self._title_page(review_copy)
        with self.w.anchor("metadata", note=True):
            self.w.para(self.t("toc_heading"), S.TOC_HEADING, page_break=True)
            self.w.toc_here()

    def _title_page(self, review_copy: bool) -> None:
        m = self.c.metadata
        if m.status == Status.DRAFT:
            self.w.para(self.t("draft_mark"), S.DRAFT_MARK)
        if review_copy:
            self.w.para(self.t("review_mark"), S.DRAFT_MARK)
        self.w.para(m.title or self.t("default_title"), S.TITLE)
        if m.partnership_name.strip():
            self.w.para(m.partnership_name, S.SUBTITLE)
        self.w.para(self.t("cover_version", version=m.version), S.COVER_META)
        self.w.para(self.t("cover_status", status=self.cat.label(m.status)), S.COVER_META)
        when = m.updated_at.date() if m.updated_at else m.created_on
        if when:
            self.w.para(self.t("cover_date", date=self.cat.date(when)), S.COVER_META)
        if m.authors:
            self.w.para(self.t("cover_authors", authors=", ".join(m.authors)), S.COVER_META)
        self.w.para(self.t("cover_reference", charter_id=m.charter_id), S.COVER_META)
        if review_copy:
            self.w.para(self.t("review_mark_note"), S.REVIEW_NOTE)

    def parties(self) -> None:
        with self.w.anchor("partners"):
            self.w.heading(1, self.t("parties_heading"), page_break=True)
            if not self.c.partners:
                self.w.todo(self.t("parties_none"))
                self.review("parties", "partners")
                return
            self.w.para(self.t("parties_intro"), keep_next=True)
            for i, p in enumerate(self.c.partners, start=1):
                with self.w.anchor(p.id):
                    self._party(i, p)
            self.w.para(self.t("parties_outro"))
            self.review("parties", "partners")

    def _signatory(self, p: Partner) -> Representative | None:
        for rep in p.representatives:
            if rep.is_signatory:
                return rep
        return p.representatives[0] if p.representatives else None

    def _party(self, i: int, p: Partner) -> None:
        rep = self._signatory(p)
        if rep is None:
            rep_text = self.t("party_rep_missing")
        elif rep.function.strip():
            rep_text = self.t("party_rep_function", name=rep.name or self.t("unnamed"), function=rep.function)
        else:
            rep_text = rep.name or self.t("unnamed")
        short = self.t("party_short", short=p.short_name) if p.short_name.strip() else ""
        name = p.name or self.t("unnamed")
        kind = self.cat.label(p.type)
        line = self.t(
            "party_line",
            name=name,
            # "Gemeente Havenstad, gemeente" says the same twice; the type is left out then.
            type=f", {kind}" if kind.lower() not in name.lower() else "",
            short=short,
            rep=rep_text,
        )
        if rep is not None:
            parts = [self.cat.label(rep.mandate_level)] if rep.mandate_level else []
            if rep.mandate.strip():
                parts.append(rep.mandate)
            if parts:
                line += ", " + self.t("party_mandate", level=" — ".join(parts))
        # The clause ends in ';' as parties do in a covenant, unless the typed text already ends a sentence.
        self.w.lead(f"{i}.", line if line.rstrip()[-1:] in ".;!?" else line + ";", S.PARTY)

    def considerations(self) -> None:
        with self.w.anchor("vision"):
            self._considerations()

    def _considerations(self) -> None:
        self.w.heading(1, self.t("considerations_heading"))
        self.w.para(self.t("considerations_intro"), keep_next=True)
        letters = iter("abcdefghijklmnopqrstuvwxyz")
        pu, vi = self.c.purpose, self.c.vision
        items: list[tuple[str, str, str]] = [
            ("purpose.problem", self.t("consider_problem"), pu.problem),
            ("purpose.why_together", self.t("consider_why_together"), pu.why_together),
            (
                "vision.statement",
                self.t("consider_vision_horizon", year=vi.horizon_year)
                if vi.horizon_year
                else self.t("consider_vision"),
                vi.statement,
            ),
        ]
        for path, lead_text, text in items:
            with self.w.anchor(path):
                self.w.lead(f"{next(letters)}.", lead_text, S.CONSIDERATION)
                self.w.user_text(text, S.CLAUSE)
        self.w.lead(f"{next(letters)}.", self.t("consider_equal"), S.CONSIDERATION)
        self.w.lead(f"{next(letters)}.", self.t("consider_record"), S.CONSIDERATION)
        self.w.para(self.t("considerations_outro"))
        self.review("considerations", "vision")

    # -- articles ------------------------------------------------------------------------------------

    def articles(self) -> None:
        g = self.c.governance
        self.run_article("art_definitions", "definitions", self.definitions, "trust.glossary")
        self.run_article("art_purpose", "purpose", self.purpose, "purpose")
        self.run_article("art_strategy", "strategy", self.strategy, "strategy")
        self.run_article("art_contributions", "contributions", self.contributions, "strategy.contributions")
        self.run_article("art_trust", "trust", self.trust, "trust")
        self.run_article("art_governance", "governance", self.governance, "governance")
        self.run_article("art_monitoring", "monitoring", self.monitoring, "governance.monitoring")
        self.run_article("art_roles", "roles", self.roles, "roles")
        self.run_article("art_data", "data", self.data_sharing, "data_sharing")
        self.run_article("art_costs", "costs", lambda: self.w.user_text(g.costs), "governance.costs")
        self.run_article("art_duration", "duration", self.duration, "governance.start_date")
        for key, section, field in (
            ("art_joining", "joining", "joining_and_leaving"),
            ("art_amendment", "amendment", "amendment"),
            ("art_termination", "termination", "termination"),
            ("art_disputes", "disputes", "dispute_resolution"),
            ("art_publication", "publication", "publication"),
        ):
            text = getattr(g, field)
            self.run_article(key, section, partial(self.w.user_text, text), f"governance.{field}")

    def definitions(self) -> None:
        self.w.para(self.t("definitions_intro"), keep_next=True)
        name = self.c.metadata.partnership_name.strip()
        fixed = [
            (self.t("def_charter"), self.t("def_charter_text")),
            (self.t("def_partnership"), self.t("def_partnership_text", name=f" ({name})" if name else "")),
            (self.t("def_partners"), self.t("def_partners_text")),
        ]
        for term, text in fixed:
            self.w.labelled(term, text, S.CLAUSE)
        for g in self.c.trust.glossary:
            with self.w.anchor(g.id):
                self.w.labelled(g.term or self.t("unnamed"), g.definition or self.t("todo"), S.CLAUSE)

    def purpose(self) -> None:
        self.sub_text("purpose_shared_value", self.c.purpose.shared_value, "purpose.shared_value")
        with self.w.anchor("purpose.interests"):
            self.subheading(self.t("purpose_interests"))
            if not self.c.purpose.interests:
                self.w.todo(self.t("purpose_interests_missing"))
                return
            self.w.para(self.t("purpose_interests_intro"), keep_next=True)
            for it in self.c.purpose.interests:
                with self.w.anchor(it.id):
                    self.w.labelled_or_todo(self.name(it.partner_id), it.interest)

    def strategy(self) -> None:
        s = self.c.strategy
        self.sub_text("strategy_scope", s.scope, "strategy.scope")
        with self.w.anchor("strategy.results"):
            self.subheading(self.t("strategy_results"))
            if s.results:
                for r in s.results:
                    text = r.description or self.t("unnamed")
                    if r.due_on:
                        text = self.t("strategy_result_due", text=text, date=self.cat.date(r.due_on))
                    with self.w.anchor(r.id):
                        self.w.para(text, S.LIST_BULLET)
            else:
                self.w.todo()
        self.sub_text("strategy_way_of_working", s.way_of_working, "strategy.way_of_working")
        with self.w.anchor("strategy.collaboration_form"):
            self._form()

    def _form(self) -> None:
        s = self.c.strategy
        self.subheading(self.t("strategy_form"))
        advice = recommend_for(self.c)
        if s.collaboration_form is not None:
            self.w.para(self.t("strategy_form_chosen", form=self.cat.label(s.collaboration_form)))
        else:
            self.w.todo(self.t("strategy_form_missing"))
        self.w.para(self.t("strategy_form_advice", form=self.cat.label(advice.form)))
        if s.form_rationale.strip():
            self.w.labelled(self.t("strategy_form_rationale"), s.form_rationale)
        png = collaboration_form_chart(
            s.collaboration_form,
            self.cat.lang,
            advised=advice.form if advice.form != s.collaboration_form else None,
            axis_labels=(self.t("chart_complexity"), self.t("chart_formality")),
            marker_labels=(self.t("chart_chosen"), self.t("chart_advised")),
        )
        self.w.figures += 1
        self.w.figure(png, self.t("figure_form", n=self.w.figures), width_cm=14)

    def contributions(self) -> None:
        rows = [
            [
                self.name(co.partner_id),
                self.cat.label(co.kind),
                co.description,
                _num(co.amount, co.unit) or co.unit,
            ]
            for co in self.c.strategy.contributions
        ]
        if not rows:
            self.w.todo()
            return
        self.w.para(self.t("contributions_intro"), keep_next=True)
        self.w.table(
            [self.t("col_partner"), self.t("col_kind"), self.t("col_description"), self.t("col_amount")],
            rows,
            (0.22, 0.14, 0.46, 0.18),
            row_targets=[co.id for co in self.c.strategy.contributions],
        )

    def trust(self) -> None:
        tr = self.c.trust
        self.subheading(self.t("trust_levels"))
        for field in ("between_members", "in_parent_organisations", "in_partnership"):
            with self.w.anchor(f"trust.{field}"):
                self.w.labelled_or_todo(self.t(f"trust_{field}"), getattr(tr, field))
        self.subheading(self.t("trust_behaviour"))
        for field in (
            "results_focus",
            "taking_responsibility",
            "facing_conflicts",
            "transparent_communication",
        ):
            with self.w.anchor(f"trust.{field}"):
                self.w.labelled_or_todo(self.t(f"trust_{field}"), getattr(tr, field))
        self.sub_text("trust_learning", tr.learning, "trust.learning")

    def governance(self) -> None:
        g = self.c.governance
        self.subheading(self.t("gov_bodies"))
        if not g.bodies:
            self.w.todo(self.t("gov_bodies_missing"))
        else:
            rows = []
            for b in g.bodies:
                members = [
                    f"{self.name(m.partner_id)} ({self.cat.label(m.role)})"
                    if m.role.value != "member"
                    else self.name(m.partner_id)
                    for m in b.members
                ]
                rows.append(
                    [
                        b.name or self.t("unnamed"),
                        self.cat.label(b.kind),
                        ", ".join(members) or self.t("none"),
                        self.cat.label(b.decision_rule),
                        self.cat.label(b.meeting_cadence),
                    ]
                )
            self.w.table(
                [
                    self.t("col_body"),
                    self.t("col_kind"),
                    self.t("col_members"),
                    self.t("col_decision"),
                    self.t("col_cadence"),
                ],
                rows,
                (0.2, 0.14, 0.36, 0.16, 0.14),
                row_targets=[b.id for b in g.bodies],
            )
            for b in g.bodies:
                with self.w.anchor(b.id):
                    self._body_details(b)
        self._mandates()

    def _body_details(self, b: Body) -> None:
        self.w.heading(3, b.name or self.t("unnamed"))
        self.w.labelled_or_todo(self.t("body_tasks"), b.tasks)
        extra = [self.t("body_decision", rule=self.cat.label(b.decision_rule)) + "."]
        if b.quorum:
            extra.append(self.t("body_quorum", n=b.quorum))
        if b.veto_partner_ids:
            extra.append(self.t("body_veto", partners=", ".join(self.name(p) for p in b.veto_partner_ids)))
        if b.meeting_cadence:
            extra.append(self.t("body_cadence", cadence=self.cat.label(b.meeting_cadence)))
        self.w.para(" ".join(extra))

    def _mandates(self) -> None:
        g = self.c.governance
        self.subheading(self.t("gov_mandates"))
        if self.c.partners:
            self.w.para(self.t("gov_mandates_intro"), keep_next=True)
            self.w.table(
                [
                    self.t("col_partner"),
                    self.t("col_representatives"),
                    self.t("col_mandate"),
                    self.t("col_reporting"),
                    self.t("col_support"),
                ],
                [self._mandate_row(p) for p in self.c.partners],
                (0.15, 0.22, 0.27, 0.18, 0.18),
                row_targets=[p.id for p in self.c.partners],
            )
        else:
            self.w.todo(self.t("parties_none"))
        self.sub_text("gov_escalation", g.escalation, "governance.escalation")

    def _mandate_row(self, p: Partner) -> list[list[str]]:
        reps = [", ".join(x for x in (r.name, r.function) if x.strip()) for r in p.representatives]
        mandates = []
        for r in p.representatives:
            level = self.cat.label(r.mandate_level) if r.mandate_level else ""
            text = " — ".join(x for x in (level, r.mandate) if x.strip())
            if text:
                mandates.append(f"{r.name}: {text}" if len(p.representatives) > 1 else text)
        reporting = [x for x in (self.cat.label(p.reporting_cadence), p.reporting_channel) if x.strip()]
        return [
            [p.name or p.display_name],
            reps or [self.t("todo")],
            mandates or [self.t("todo")],
            reporting or [self.t("todo")],
            [p.support_in_parent] if p.support_in_parent.strip() else [self.t("todo")],
        ]

    def monitoring(self) -> None:
        g = self.c.governance
        self.subheading(self.t("kpi_table"))
        if not g.kpis:
            self.w.todo(self.t("kpi_missing"))
        else:
            rows = []
            for k in g.kpis:
                target = [_num(k.target, k.unit)] if k.target is not None else []
                if k.target_description.strip():
                    target.append(k.target_description)
                name = [k.name or self.t("unnamed")] + ([k.description] if k.description.strip() else [])
                rows.append(
                    [
                        name,
                        f"{self.cat.label(k.kind)}, {self.cat.label(k.focus)}",
                        _num(k.baseline, k.unit),
                        target or [""],
                        k.source,
                        self.name(k.owner_id),
                        self.cat.label(k.frequency),
                    ]
                )
            self.w.table(
                [
                    self.t("col_kpi"),
                    self.t("col_kpi_kind"),
                    self.t("col_baseline"),
                    self.t("col_target"),
                    self.t("col_source"),
                    self.t("col_owner"),
                    self.t("col_frequency"),
                ],
                rows,
                (0.25, 0.14, 0.1, 0.15, 0.13, 0.11, 0.12),
                row_targets=[k.id for k in g.kpis],
            )
        self.subheading(self.t("kpi_monitoring"))
        wrote = self.w.user_text(g.monitoring) if g.monitoring.strip() else False
        if g.reporting_cadence is not None:
            self.w.para(self.t("kpi_reporting_cadence", cadence=self.cat.label(g.reporting_cadence)))
        elif not wrote:
            self.w.todo()

    def roles(self) -> None:
        r = self.c.roles
        self.sub_text("roles_organisation", r.organisation_level, "roles.organisation_level")
        self.sub_text("roles_process", r.process_level, "roles.process_level")
        self.sub_text("roles_professional", r.professional_level, "roles.professional_level")
        self.sub_text("roles_discretion", r.professional_discretion, "roles.professional_discretion")
        wide = len(self.c.partners) > RACI_PORTRAIT_MAX and bool(r.activities)
        if wide:
            # The heading goes with the matrix onto its landscape pages.
            self.w.start_landscape()
        self.subheading(self.t("roles_raci"))
        if not r.activities or not self.c.partners:
            self.w.todo(self.t("roles_raci_missing"))
        else:
            self._raci()
        if wide:
            self.w.end_landscape()
        self.subheading(self.t("roles_spanners"))
        if not r.boundary_spanners:
            self.w.todo(self.t("roles_spanners_missing"))
        else:
            self.w.table(
                [self.t("col_name"), self.t("col_partner"), self.t("col_function"), self.t("col_selection")],
                [
                    [s.name, self.name(s.partner_id), s.function, s.selection_and_training]
                    for s in r.boundary_spanners
                ],
                (0.2, 0.18, 0.2, 0.42),
                row_targets=[s.id for s in r.boundary_spanners],
            )

    def _raci(self) -> None:
        """The RACI matrix: one table in portrait for a few partners, column groups on landscape pages otherwise."""
        partners = self.c.partners
        activities = self.c.roles.activities
        n = len(partners)
        self.w.para(self.t("roles_raci_legend"))
        if n <= RACI_PORTRAIT_MAX:
            groups = [partners]
        else:
            count = math.ceil(n / RACI_GROUP_MAX)
            size = math.ceil(n / count)
            groups = [partners[i : i + size] for i in range(0, n, size)]
        first = 1
        for group in groups:
            if len(groups) > 1:
                self.w.para(
                    self.t("roles_raci_group", first=first, last=first + len(group) - 1, total=n),
                    S.CAPTION,
                    keep_next=True,
                )
            first += len(group)
            header = [self.t("col_activity")] + [p.display_name for p in group]
            act_share = 0.34 if len(groups) == 1 and n <= RACI_PORTRAIT_MAX else 0.25
            share = (1 - act_share) / max(len(group), 1)
            rows = []
            for a in activities:
                cell = [a.name or self.t("unnamed")] + ([a.description] if a.description.strip() else [])
                rows.append([cell] + [a.raci[p.id].value if p.id in a.raci else "" for p in group])
            self.w.table(
                header,
                rows,
                [act_share] + [share] * len(group),
                [None] + [S.TABLE_MARK] * len(group),
                row_targets=[a.id for a in activities],
            )

    def data_sharing(self) -> None:
        d = self.c.data_sharing
        self.subheading(self.t("data_flows"))
        if not d.flows:
            self.w.todo(self.t("data_flows_missing"))
        else:
            self.w.para(self.t("data_flows_intro"), keep_next=True)
            rows = []
            for f in d.flows:
                route = f"{self.name(f.provider_id) or '?'} → " + (
                    ", ".join(self.name(r) for r in f.recipient_ids) or "?"
                )
                rows.append(
                    [
                        f.name or self.t("unnamed"),
                        route,
                        f.purpose or self.t("todo"),
                        self._legal_basis(f) or [self.t("todo")],
                        self._retention(f) or self.t("todo"),
                        self.cat.label(f.dpia)
                        + (f" ({f.dpia_reference})" if f.dpia_reference.strip() else ""),
                    ]
                )
            self.w.table(
                [
                    self.t("col_flow"),
                    self.t("col_provider"),
                    self.t("col_purpose"),
                    self.t("col_legal_basis"),
                    self.t("col_retention"),
                    self.t("col_dpia"),
                ],
                rows,
                (0.17, 0.17, 0.22, 0.19, 0.13, 0.12),
                row_targets=[f.id for f in d.flows],
            )
            self.subheading(self.t("flow_details"))
            for f in d.flows:
                with self.w.anchor(f.id):
                    self._flow_details(f)
        self.sub_text("data_rights", d.data_subject_rights, "data_sharing.data_subject_rights")
        self.sub_text("data_breach", d.breach_procedure, "data_sharing.breach_procedure")
        self.subheading(self.t("data_dpo"))
        if d.dpo_contacts:
            self.w.table(
                [self.t("col_partner"), self.t("col_name"), self.t("col_email")],
                [[self.name(x.partner_id), x.name, x.email] for x in d.dpo_contacts],
                (0.3, 0.3, 0.4),
                row_targets=[x.id for x in d.dpo_contacts],
            )
        else:
            self.w.todo(self.t("data_dpo_missing"))
        self.sub_text("data_privacy_by_design", d.privacy_by_design, "data_sharing.privacy_by_design")

    def _legal_basis(self, f: DataFlow) -> list[str]:
        out: list[str] = []
        if f.art6_ground is not None:
            out.append(f"{self.t('art6', letter=f.art6_ground.value)} ({self.cat.label(f.art6_ground)})")
        if f.art9_exception is not None:
            out.append(
                f"{self.t('art9', letter=f.art9_exception.value)} ({self.cat.label(f.art9_exception)})"
            )
        if f.wpg_article.strip():
            out.append(f.wpg_article)
        if f.art10_basis.strip():
            out.append(f.art10_basis)
        return out

    def _retention(self, f: DataFlow) -> str:
        parts: list[str] = []
        if f.retention_months is not None:
            parts.append(self.t("retention_months", n=f.retention_months))
        if f.retention_note.strip():
            parts.append(f.retention_note)
        return "; ".join(parts)

    def _flow_details(self, f: DataFlow) -> None:
        w, t = self.w, self.t
        w.heading(3, f.name or self.t("unnamed"))
        w.labelled(t("flow_provider"), self.name(f.provider_id) or t("todo"))
        w.labelled(t("flow_recipients"), ", ".join(self.name(r) for r in f.recipient_ids) or t("todo"))
        w.labelled_or_todo(t("flow_purpose"), f.purpose)
        w.labelled_or_todo(t("flow_legal_basis"), "; ".join(self._legal_basis(f)))
        if f.legal_basis_explanation.strip():
            w.labelled(t("flow_legal_explanation"), f.legal_basis_explanation)
        if f.criminal_data or f.art10_basis.strip():
            w.labelled_or_todo(t("flow_art10"), f.art10_basis)
        if f.police_data or f.wpg_article.strip():
            w.labelled_or_todo(t("flow_wpg"), f.wpg_article)
        w.labelled_or_todo(t("flow_subjects"), f.data_subjects)
        w.labelled_or_todo(t("flow_categories"), ", ".join(f.data_categories))
        if f.special_categories:
            w.labelled(t("flow_special"), t("yes"))
        for key, text in (
            ("flow_necessity", f.necessity),
            ("flow_proportionality", f.proportionality),
            ("flow_subsidiarity", f.subsidiarity),
        ):
            w.labelled_or_todo(t(key), text)
        if f.minimisation.strip():
            w.labelled(t("flow_minimisation"), f.minimisation)
        if f.technique is not None:
            w.labelled(t("flow_technique"), self.cat.label(f.technique))
        if f.frequency is not None:
            w.labelled(t("flow_frequency"), self.cat.label(f.frequency))
        w.labelled_or_todo(t("flow_retention"), self._retention(f))
        w.labelled_or_todo(t("flow_security"), f.security_measures)
        w.labelled_or_todo(t("flow_authorisation"), f.authorisation)
        dpia = self.cat.label(f.dpia) + (f" ({f.dpia_reference})" if f.dpia_reference.strip() else "")
        w.labelled(t("flow_dpia"), dpia)
        roles = self.cat.label(f.controller_role)
        if f.art26_arrangement:
            roles += "; " + t("flow_art26")
        if f.art28_agreement:
            roles += "; " + t("flow_art28")
        w.labelled(t("flow_roles"), roles)

    def duration(self) -> None:
        g = self.c.governance
        for value, key, missing in (
            (g.start_date, "duration_start", "duration_start_missing"),
            (g.end_date, "duration_end", "duration_end_missing"),
            (g.mid_term_review_date, "duration_review", "duration_review_missing"),
        ):
            if value is not None:
                self.w.para(self.t(key, date=self.cat.date(value)))
            else:
                self.w.para(self.t("todo_field", label=self.t(missing)), S.PLACEHOLDER)
        scored = [h for h in self.c.health_checks if h.scores]
        if scored:
            self._health(scored[-1], scored[-2] if len(scored) > 1 else None)

    def _health(self, check: HealthCheck, previous: HealthCheck | None) -> None:
        self.subheading(self.t("health_heading"))
        self.w.para(
            self.t("health_intro", occasion=self.cat.label(check.occasion), date=self.cat.date(check.date))
        )
        rows = []
        for dim in HealthDimension:
            scores = [s.score for s in check.scores if s.dimension == dim]
            before = [s.score for s in previous.scores if s.dimension == dim] if previous else []
            if not scores and not before:
                continue
            rows.append(HealthRow(self.cat.label(dim), scores, sum(before) / len(before) if before else None))
        png = health_check_chart(
            rows,
            average_label=self.t("chart_average"),
            comparison_label=self.t("chart_comparison"),
            partner_label=self.t("chart_partner"),
        )
        self.w.figures += 1
        self.w.figure(png, self.t("figure_health", n=self.w.figures), width_cm=15.5)

    # -- back matter ---------------------------------------------------------------------------------

    def signatures(self) -> None:
        with self.w.anchor("signatures"):
            self.w.heading(1, self.t("signatures_heading"), page_break=True)
            self.w.para(self.t("signatures_intro"))
            if not self.c.partners:
                self.w.todo(self.t("parties_none"))
            signed = {s.partner_id: s for s in self.c.signatures}
            self.w.side_by_side(
                [partial(self._signature_block, p, signed.get(p.id)) for p in self.c.partners]
            )
            self.review("signatures", "signatures")

    def _signature_block(self, p: Partner, sig: Signature | None) -> None:
        blank = self.t("sig_blank")
        rep = self._signatory(p)
        with self.w.anchor(p.id):
            self._signature_lines(p, sig, rep, blank)

    def _signature_lines(
        self, p: Partner, sig: Signature | None, rep: Representative | None, blank: str
    ) -> None:
        name = sig.name if sig and sig.name.strip() else (rep.name if rep and rep.name.strip() else blank)
        function = (
            sig.function
            if sig and sig.function.strip()
            else (rep.function if rep and rep.function.strip() else blank)
        )
        mandate = ""
        if rep is not None:
            level = self.cat.label(rep.mandate_level) if rep.mandate_level else ""
            mandate = " — ".join(x for x in (level, rep.mandate) if x.strip())
        self.w.para(p.name or p.display_name, S.SIGNATURE_PARTY)
        for label_key, value in (
            ("sig_name", name),
            ("sig_function", function),
            ("sig_mandate", mandate or blank),
            ("sig_date", self.cat.date(sig.signed_on) if sig else blank),
            ("sig_place", sig.place if sig and sig.place.strip() else blank),
        ):
            self.w.lead(self.t(label_key), value, S.SIGNATURE, hanging=True)
        self.w.lead(self.t("sig_signature"), blank, S.SIGNATURE_LINE)

    def revisions(self) -> None:
        if not self.c.revisions:
            return
        with self.w.anchor("revisions"):
            self._revisions()

    def _revisions(self) -> None:
        self.w.heading(1, self.t("annex_revisions"), page_break=True)
        self.w.table(
            [
                self.t("col_version"),
                self.t("col_date"),
                self.t("col_author"),
                self.t("col_summary"),
                self.t("col_agreed"),
            ],
            [
                [
                    str(r.version),
                    self.cat.date(r.date),
                    r.author,
                    [x for x in (r.summary, r.reason) if x.strip()] or [""],
                    ", ".join(self.name(p) for p in r.agreed_by),
                ]
                for r in self.c.revisions
            ],
            (0.09, 0.16, 0.18, 0.35, 0.22),
            row_targets=[r.id for r in self.c.revisions],
        )

    def general_review(self) -> None:
        if self.notes is None:
            return
        with self.w.anchor("general", note=True):
            self.w.heading(1, self.t("review_general"), page_break=True)
            lines = self.notes.get("general", [])
            if not lines and not any(self.notes.values()):
                self.w.para(self.t("review_none"))
            for line in lines:
                self.w.para(line, S.REVIEW_NOTE)

    def provenance(self, fp: str) -> None:
        with self.w.anchor("provenance", note=True):
            self.w.heading(2, self.t("provenance_heading"), in_toc=False)
            self.w.para(self.t("provenance_text"))
            self.w.para(fp, S.FINGERPRINT)
