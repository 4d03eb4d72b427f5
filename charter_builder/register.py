"""The data-sharing register: the privacy officer's questions per flow and the partners × categories matrix.

A privacy officer (FG) reviewing a covenant asks the same questions of every flow of personal data,
and wants to see at a glance which partner holds which kind of data. Both views are derived from the
``DataFlow`` records; nothing here is stored, so the register can never drift from the charter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from .model import Charter, ControllerRole, DataFlow, FieldPath

FLOWS_PATH = "data_sharing.flows"


def flow_path(index: int, field_name: str = "") -> str:
    """Return the field path of a flow (or one of its fields), as findings and ``focus_path`` use it."""
    flow = FieldPath.parse(FLOWS_PATH).item(index)
    return str(flow.field(field_name) if field_name else flow)


@dataclass(frozen=True)
class Question:
    """One question a privacy officer asks about a flow, and whether the charter answers it."""

    key: str
    nl: str
    en: str
    fields: tuple[str, ...]
    """The flow's fields that answer the question; the first is where the user should go."""
    answered: bool

    def text(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(str(v).strip() for v in value)
    return True


def privacy_questions(flow: DataFlow, names: Mapping[str, str] | None = None) -> list[Question]:
    """Return the privacy officer's questions for ``flow``, in the order of the legal reasoning.

    With ``names`` (partner id → display name) the legal-basis question names the provider and each
    recipient: every partner needs its own ground, to provide or to receive.

    Questions that only arise for some flows (special categories, criminal or police data, joint
    controllers, processors) are asked only when the flow raises them, so an answered list means
    the flow is complete, not that the user ticked boxes that do not apply.
    """
    f = flow
    q: list[Question] = []

    def ask(key: str, nl: str, en: str, fields: tuple[str, ...], answered: bool | None = None) -> None:
        done = all(_filled(getattr(f, n)) for n in fields) if answered is None else answered
        q.append(Question(key, nl, en, fields, done))

    ask(
        "parties",
        "Wie verstrekt de gegevens en wie ontvangt ze?",
        "Who provides the data, and who receives it?",
        ("provider_id", "recipient_ids"),
    )
    ask(
        "purpose",
        "Voor welk welomschreven doel worden de gegevens gedeeld?",
        "For which well-defined purpose is the data shared?",
        ("purpose",),
    )
    ask(
        "subjects",
        "Over wie gaan de gegevens (betrokkenen)?",
        "Whom is the data about (data subjects)?",
        ("data_subjects",),
    )
    ask(
        "categories",
        "Welke soorten gegevens worden gedeeld?",
        "Which kinds of data are shared?",
        ("data_categories",),
    )
    ask(
        "necessity",
        "Waarom is het delen nodig om het doel te bereiken?",
        "Why is sharing necessary to reach the purpose?",
        ("necessity",),
    )
    ask(
        "proportionality",
        "Staat de inbreuk op de privacy in verhouding tot het doel?",
        "Is the intrusion on privacy in proportion to the purpose?",
        ("proportionality",),
    )
    ask(
        "subsidiarity",
        "Kan het doel ook met een minder ingrijpend middel worden bereikt (niet delen, hit/no-hit, "
        "geanonimiseerde gegevens)?",
        "Could a less intrusive means reach the purpose (not sharing, hit/no-hit, anonymised data)?",
        ("subsidiarity",),
    )
    provider = names.get(f.provider_id or "", "") if names else ""
    recipients = ", ".join(names.get(r, r) for r in f.recipient_ids) if names else ""
    ask(
        "legal_basis",
        f"Op welke grondslag (AVG art. 6) mag {provider or 'de verstrekker'} verstrekken en mag "
        f"{recipients or 'elke ontvanger'} ontvangen, en uit welke wet volgt die taak?",
        f"On which ground (GDPR art. 6) may {provider or 'the provider'} provide and "
        f"{recipients or 'each recipient'} receive, and from which law does that task follow?",
        ("art6_ground", "legal_basis_explanation"),
    )
    if f.special_categories:
        ask(
            "art9",
            "Op welke uitzondering (AVG art. 9 lid 2) berust het delen van bijzondere persoonsgegevens?",
            "On which exception (GDPR art. 9(2)) does sharing special categories of data rest?",
            ("art9_exception",),
        )
    if f.criminal_data:
        ask(
            "art10",
            "Welke grondslag geldt voor de strafrechtelijke gegevens (AVG art. 10, UAVG)?",
            "Which basis applies to the criminal-law data (GDPR art. 10, UAVG)?",
            ("art10_basis",),
        )
    if f.police_data:
        ask(
            "wpg",
            "Welk artikel van de Wpg staat het verstrekken van politiegegevens toe?",
            "Which article of the Police Data Act (WPG) allows providing police data?",
            ("wpg_article",),
        )
    ask(
        "minimisation",
        "Worden niet meer gegevens gedeeld dan nodig (dataminimalisatie)?",
        "Is no more data shared than needed (data minimisation)?",
        ("minimisation",),
    )
    ask(
        "technique",
        "Op welke manier worden de gegevens gedeeld?",
        "In which way is the data shared?",
        ("technique",),
    )
    ask(
        "retention",
        "Hoe lang worden de gegevens bewaard?",
        "How long is the data kept?",
        ("retention_months", "retention_note"),
        answered=_filled(f.retention_months) or _filled(f.retention_note),
    )
    ask(
        "security",
        "Welke beveiligingsmaatregelen gelden?",
        "Which security measures apply?",
        ("security_measures",),
    )
    ask(
        "authorisation",
        "Wie mag welke gegevens inzien (autorisatie)?",
        "Who may see which data (authorisation)?",
        ("authorisation",),
    )
    ask(
        "dpia",
        "Is beoordeeld of een DPIA nodig is, en waar staat die?",
        "Has the need for a DPIA been assessed, and where is it?",
        ("dpia", "dpia_reference"),
        answered=f.dpia.value == "not_required"
        or (f.dpia.value in ("planned", "done") and _filled(f.dpia_reference)),
    )
    if f.controller_role == ControllerRole.JOINT_CONTROLLERS:
        ask(
            "art26",
            "Is er een regeling tussen de gezamenlijke verwerkingsverantwoordelijken (AVG art. 26)?",
            "Is there an arrangement between the joint controllers (GDPR art. 26)?",
            ("art26_arrangement",),
            answered=f.art26_arrangement,
        )
    if f.controller_role == ControllerRole.PROCESSOR:
        ask(
            "art28",
            "Is er een verwerkersovereenkomst (AVG art. 28)?",
            "Is there a processing agreement (GDPR art. 28)?",
            ("art28_agreement",),
            answered=f.art28_agreement,
        )
    return q


# -- the matrix ------------------------------------------------------------------------------------


class Role(StrEnum):
    PROVIDES = "provides"
    RECEIVES = "receives"
    BOTH = "both"


@dataclass
class Cell:
    role: Role
    flow_ids: list[str] = field(default_factory=list)


@dataclass
class Matrix:
    """Rows: data categories (first spelling seen); columns: partner ids; cells keyed by (row, column)."""

    categories: list[str]
    partner_ids: list[str]
    cells: dict[tuple[int, int], Cell]

    def cell(self, category: str, partner_id: str) -> Cell | None:
        """Return the cell for a category (any spelling) and partner, or ``None`` when empty."""
        keys = [normalise_category(c) for c in self.categories]
        key = normalise_category(category)
        if key not in keys or partner_id not in self.partner_ids:
            return None
        return self.cells.get((keys.index(key), self.partner_ids.index(partner_id)))


def normalise_category(text: str) -> str:
    """Compare categories regardless of case and spacing: 'Naam en  adres' is 'naam en adres'."""
    return " ".join(text.split()).casefold()


def category_matrix(charter: Charter) -> Matrix:
    """Return which partner provides or receives which data category, with the flows behind each cell.

    Columns are all partners in charter order (a partner without any cell shows it shares nothing),
    followed by parties a flow names that are not (or no longer) partners.
    """
    partner_ids = [p.id for p in charter.partners]
    categories: list[str] = []
    keys: list[str] = []
    found: dict[tuple[int, str], tuple[set[Role], list[str]]] = {}
    for f in charter.data_sharing.flows:
        sides = ([(f.provider_id, Role.PROVIDES)] if f.provider_id else []) + [
            (r, Role.RECEIVES) for r in f.recipient_ids
        ]
        for raw in f.data_categories:
            key = normalise_category(raw)
            if not key:
                continue
            if key not in keys:
                keys.append(key)
                categories.append(" ".join(raw.split()))
            row = keys.index(key)
            for pid, role in sides:
                if pid not in partner_ids:
                    partner_ids.append(pid)
                roles, flows = found.setdefault((row, pid), (set(), []))
                roles.add(role)
                if f.id not in flows:
                    flows.append(f.id)
    cells = {
        (row, partner_ids.index(pid)): Cell(Role.BOTH if len(roles) > 1 else next(iter(roles)), flows)
        for (row, pid), (roles, flows) in found.items()
    }
    return Matrix(categories, partner_ids, cells)
