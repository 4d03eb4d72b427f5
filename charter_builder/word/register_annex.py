"""The annex "Register van gegevensdeling": the data-sharing register as its own part of the charter.

The charter's article on data sharing explains the flows; a privacy officer (FG) and the partners'
processing registers (AVG art. 30) need them as a register: which partner holds which kind of data
(the partners × categories matrix) and, per flow, every field in plain words, including what is not
yet answered. ``render_charter`` writes the annex for every charter with at least one flow: a
charter without flows has nothing to register, and the article already says so.
"""

from __future__ import annotations

import math

from ..model import Charter, ControllerRole, DataFlow
from ..register import Matrix, Role, category_matrix, privacy_questions
from .document import DocWriter
from .styles import S

#: Partners per matrix table on portrait pages; beyond ``REGISTER_PORTRAIT_MAX`` partners the matrix
#: moves to landscape pages with up to ``REGISTER_LANDSCAPE_GROUP`` partners per table.
REGISTER_PORTRAIT_GROUP = 5
REGISTER_PORTRAIT_MAX = 10
REGISTER_LANDSCAPE_GROUP = 6  # ~3.2 cm a column: 'Belastingdienst' in bold fits on one line

_TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "heading": "Bijlage: Register van gegevensdeling",
        "intro": "Deze bijlage zet de gegevensdeling uit het convenant op een rij, zoals een functionaris "
        "gegevensbescherming en de verwerkingsregisters van de partners haar nodig hebben: eerst welke partner "
        "welke soorten gegevens levert of ontvangt, daarna per gegevensstroom alle vastleggingen.",
        "matrix": "Partners en soorten gegevens",
        "matrix_legend": "Per soort gegevens (rij) en partner (kolom): levert, ontvangt of beide. Tussen "
        "haakjes de nummers van de gegevensstromen hieronder.",
        "matrix_group": "Partners {first} tot en met {last} van {total}",
        "matrix_none": "Bij de gegevensstromen zijn nog geen soorten gegevens genoemd.",
        "col_category": "Soort gegevens",
        "provides": "levert",
        "receives": "ontvangt",
        "both": "beide",
        "flows": "Vastleggingen per gegevensstroom",
        "flow_heading": "{n}. {name}",
        "col_item": "Onderdeel",
        "col_record": "Vastlegging",
        "provider": "Verstrekkende partij",
        "recipients": "Ontvangende partijen",
        "purpose": "Doel",
        "art6": "Grondslag (AVG art. 6)",
        "art9": "Uitzondering bijzondere persoonsgegevens (AVG art. 9)",
        "art10": "Grondslag strafrechtelijke gegevens (AVG art. 10)",
        "wpg": "Artikel Wet politiegegevens",
        "explanation": "Wettelijke taak en toelichting",
        "subjects": "Betrokkenen",
        "categories": "Soorten gegevens",
        "special": "Bijzondere persoonsgegevens",
        "criminal": "Strafrechtelijke gegevens",
        "police": "Politiegegevens",
        "necessity": "Noodzaak",
        "proportionality": "Proportionaliteit",
        "subsidiarity": "Subsidiariteit (minder ingrijpend alternatief)",
        "minimisation": "Dataminimalisatie",
        "technique": "Wijze van delen",
        "frequency": "Frequentie",
        "retention": "Bewaartermijn",
        "security": "Beveiliging",
        "authorisation": "Autorisatie: wie mag wat zien",
        "dpia": "DPIA (AVG art. 35)",
        "role": "Rolverdeling",
        "art26": "Regeling gezamenlijke verwerkingsverantwoordelijken (AVG art. 26)",
        "art28": "Verwerkersovereenkomst (AVG art. 28)",
        "yes": "ja",
        "no": "nee",
        "not_applicable": "niet van toepassing",
        "open": "nog in te vullen",
        "open_questions": "Open vragen van de functionaris gegevensbescherming:",
        "all_answered": "Alle vragen van de functionaris gegevensbescherming zijn beantwoord.",
        "unnamed": "(naam nog in te vullen)",
    },
    "en": {
        "heading": "Annex: Data-sharing register",
        "intro": "This annex lists the data sharing in the charter the way a data-protection officer and the "
        "partners' records of processing need it: first which partner provides or receives which kinds of "
        "data, then every record per data flow.",
        "matrix": "Partners and kinds of data",
        "matrix_legend": "Per kind of data (row) and partner (column): provides, receives or both. In "
        "brackets the numbers of the data flows below.",
        "matrix_group": "Partners {first} to {last} of {total}",
        "matrix_none": "The data flows do not name any kinds of data yet.",
        "col_category": "Kind of data",
        "provides": "provides",
        "receives": "receives",
        "both": "both",
        "flows": "Records per data flow",
        "flow_heading": "{n}. {name}",
        "col_item": "Item",
        "col_record": "Record",
        "provider": "Providing party",
        "recipients": "Receiving parties",
        "purpose": "Purpose",
        "art6": "Lawful basis (GDPR art. 6)",
        "art9": "Exception for special categories (GDPR art. 9)",
        "art10": "Basis for criminal-law data (GDPR art. 10)",
        "wpg": "Police Data Act (WPG) article",
        "explanation": "Statutory task and explanation",
        "subjects": "Data subjects",
        "categories": "Kinds of data",
        "special": "Special categories of data",
        "criminal": "Criminal-law data",
        "police": "Police data",
        "necessity": "Necessity",
        "proportionality": "Proportionality",
        "subsidiarity": "Subsidiarity (less intrusive alternative)",
        "minimisation": "Data minimisation",
        "technique": "Way of sharing",
        "frequency": "Frequency",
        "retention": "Retention period",
        "security": "Security",
        "authorisation": "Authorisation: who may see what",
        "dpia": "DPIA (GDPR art. 35)",
        "role": "Roles",
        "art26": "Joint-controller arrangement (GDPR art. 26)",
        "art28": "Processing agreement (GDPR art. 28)",
        "yes": "yes",
        "no": "no",
        "not_applicable": "not applicable",
        "open": "to be completed",
        "open_questions": "Open questions of the data-protection officer:",
        "all_answered": "Every question of the data-protection officer is answered.",
        "unnamed": "(name to be completed)",
    },
}


def register_text(lang: str) -> dict[str, str]:
    """Return the annex's fixed text in ``lang`` ('nl' or 'en')."""
    return _TEXT[lang]


class _Annex:
    def __init__(self, w: DocWriter, charter: Charter) -> None:
        self.w = w
        self.c = charter
        self.cat = w.cat
        self.t = _TEXT[w.cat.lang]
        self.names = {p.id: p.display_name for p in charter.partners}
        self.number = {f.id: i + 1 for i, f in enumerate(charter.data_sharing.flows)}

    def name(self, partner_id: str | None) -> str:
        return self.names.get(partner_id or "", partner_id or "")

    def write(self) -> None:
        w, t = self.w, self.t
        matrix = category_matrix(self.c)
        wide = len(matrix.partner_ids) > REGISTER_PORTRAIT_MAX and bool(matrix.categories)
        if wide:
            w.start_landscape()
        w.heading(1, t["heading"], page_break=not wide)
        w.para(t["intro"])
        w.heading(2, t["matrix"], in_toc=False)
        if matrix.categories:
            self.matrix(matrix)
        else:
            w.todo(t["matrix_none"])
        if wide:
            w.end_landscape()
        w.heading(2, t["flows"], in_toc=False)
        for f in self.c.data_sharing.flows:
            self.flow(f)

    # -- the matrix ---------------------------------------------------------------------------------

    def cell_text(self, role: Role, flow_ids: list[str]) -> str:
        numbers = ", ".join(str(self.number[i]) for i in flow_ids if i in self.number)
        return f"{self.t[role.value]} ({numbers})" if numbers else self.t[role.value]

    def matrix(self, m: Matrix) -> None:
        w, t = self.w, self.t
        w.para(t["matrix_legend"], keep_next=True)
        n = len(m.partner_ids)
        most = REGISTER_LANDSCAPE_GROUP if n > REGISTER_PORTRAIT_MAX else REGISTER_PORTRAIT_GROUP
        size = max(1, math.ceil(n / max(1, math.ceil(n / most))))  # even groups: 8 is 4 + 4, not 5 + 3
        groups = [list(range(i, min(i + size, n))) for i in range(0, n, size)]
        for group in groups:
            if len(groups) > 1:
                w.para(
                    t["matrix_group"].format(first=group[0] + 1, last=group[-1] + 1, total=n),
                    S.CAPTION,
                    keep_next=True,
                )
            header = [t["col_category"]] + [self.name(m.partner_ids[j]) for j in group]
            rows = []
            for r, category in enumerate(m.categories):
                row = [category]
                for j in group:
                    cell = m.cells.get((r, j))
                    row.append(self.cell_text(cell.role, cell.flow_ids) if cell else "")
                rows.append(row)
            first = 0.22 if n > REGISTER_PORTRAIT_MAX else 0.3 if len(group) > 3 else 0.4
            share = (1 - first) / max(len(group), 1)
            w.table(header, rows, [first] + [share] * len(group), [None] + [S.TABLE_MARK] * len(group))

    # -- the flows ----------------------------------------------------------------------------------

    def flow(self, f: DataFlow) -> None:
        w, t = self.w, self.t
        w.heading(3, t["flow_heading"].format(n=self.number[f.id], name=f.name.strip() or t["unnamed"]))
        w.table([t["col_item"], t["col_record"]], self.rows(f), (0.34, 0.66))
        open_ = [q.text(self.cat.lang) for q in privacy_questions(f, self.names) if not q.answered]
        if open_:
            w.para(t["open_questions"], keep_next=True)
            for text in open_:
                w.para(text, S.LIST_BULLET)
        else:
            w.para(t["all_answered"])

    def rows(self, f: DataFlow) -> list[list[str]]:
        t, cat = self.t, self.cat
        na = t["not_applicable"]

        def text(value: str) -> str:
            return value.strip() or t["open"]

        def yes(flag: bool) -> str:
            return t["yes"] if flag else t["no"]

        art6 = (
            f"{cat.t('art6', letter=f.art6_ground.value)} ({cat.label(f.art6_ground)})"
            if f.art6_ground is not None
            else t["open"]
        )
        if f.art9_exception is not None:
            art9 = f"{cat.t('art9', letter=f.art9_exception.value)} ({cat.label(f.art9_exception)})"
        else:
            art9 = t["open"] if f.special_categories else na
        retention = "; ".join(
            ([cat.t("retention_months", n=f.retention_months)] if f.retention_months is not None else [])
            + ([f.retention_note.strip()] if f.retention_note.strip() else [])
        )
        dpia = cat.label(f.dpia) + (f" ({f.dpia_reference.strip()})" if f.dpia_reference.strip() else "")
        joint = f.controller_role == ControllerRole.JOINT_CONTROLLERS
        processor = f.controller_role == ControllerRole.PROCESSOR
        return [
            [t["provider"], self.name(f.provider_id) or t["open"]],
            [t["recipients"], ", ".join(self.name(r) for r in f.recipient_ids) or t["open"]],
            [t["purpose"], text(f.purpose)],
            [t["art6"], art6],
            [t["art9"], art9],
            [t["art10"], f.art10_basis.strip() or (t["open"] if f.criminal_data else na)],
            [t["wpg"], f.wpg_article.strip() or (t["open"] if f.police_data else na)],
            [t["explanation"], text(f.legal_basis_explanation)],
            [t["subjects"], text(f.data_subjects)],
            [t["categories"], "; ".join(c.strip() for c in f.data_categories if c.strip()) or t["open"]],
            [t["special"], yes(f.special_categories)],
            [t["criminal"], yes(f.criminal_data)],
            [t["police"], yes(f.police_data)],
            [t["necessity"], text(f.necessity)],
            [t["proportionality"], text(f.proportionality)],
            [t["subsidiarity"], text(f.subsidiarity)],
            [t["minimisation"], text(f.minimisation)],
            [t["technique"], cat.label(f.technique) or t["open"]],
            [t["frequency"], cat.label(f.frequency) or t["open"]],
            [t["retention"], retention or t["open"]],
            [t["security"], text(f.security_measures)],
            [t["authorisation"], text(f.authorisation)],
            [t["dpia"], dpia],
            [t["role"], cat.label(f.controller_role)],
            [t["art26"], yes(f.art26_arrangement) if joint else na],
            [t["art28"], yes(f.art28_agreement) if processor else na],
        ]


def write_register_annex(w: DocWriter, charter: Charter) -> None:
    """Write the register annex; nothing for a charter without data flows."""
    if not charter.data_sharing.flows:
        return
    _Annex(w, charter).write()
