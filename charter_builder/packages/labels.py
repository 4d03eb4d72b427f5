"""Plain Dutch and English words for the fields and records a package holds, for merge messages."""

from __future__ import annotations

from typing import Any

#: field name -> (nl, en). Fields missing here are shown by their JSON name.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "name": ("naam", "name"),
    "short_name": ("korte naam", "short name"),
    "type": ("soort organisatie", "type of organisation"),
    "legal_powers": ("wettelijke bevoegdheden", "legal powers"),
    "representatives": ("vertegenwoordigers", "representatives"),
    "support_in_parent": ("steun in de moederorganisatie", "support in the parent organisation"),
    "reporting_cadence": ("frequentie van terugkoppeling", "reporting cadence"),
    "reporting_channel": ("manier van terugkoppeling", "reporting channel"),
    "joined_on": ("datum van toetreding", "date of joining"),
    "left_on": ("datum van uittreding", "date of leaving"),
    "function": ("functie", "function"),
    "email": ("e-mailadres", "email address"),
    "phone": ("telefoonnummer", "phone number"),
    "mandate_level": ("mandaatniveau", "mandate level"),
    "mandate": ("mandaat", "mandate"),
    "is_signatory": ("tekenbevoegdheid", "signatory"),
    "interest": ("belang", "interest"),
    "kind": ("soort bijdrage", "kind of contribution"),
    "description": ("omschrijving", "description"),
    "amount": ("omvang", "amount"),
    "unit": ("eenheid", "unit"),
    "recipient_ids": ("ontvangers", "recipients"),
    "purpose": ("doel", "purpose"),
    "art6_ground": ("grondslag (AVG art. 6)", "lawful basis (GDPR art. 6)"),
    "art9_exception": ("uitzondering (AVG art. 9)", "exception (GDPR art. 9)"),
    "art10_basis": (
        "grondslag strafrechtelijke gegevens (AVG art. 10)",
        "basis for criminal data (GDPR art. 10)",
    ),
    "wpg_article": ("WPG-artikel", "WPG article"),
    "legal_basis_explanation": ("toelichting op de grondslag", "explanation of the legal basis"),
    "data_subjects": ("betrokkenen", "data subjects"),
    "data_categories": ("categorieën gegevens", "data categories"),
    "necessity": ("noodzaak", "necessity"),
    "proportionality": ("proportionaliteit", "proportionality"),
    "subsidiarity": ("subsidiariteit", "subsidiarity"),
    "minimisation": ("dataminimalisatie", "data minimisation"),
    "technique": ("manier van delen", "sharing technique"),
    "frequency": ("frequentie", "frequency"),
    "retention_months": ("bewaartermijn (maanden)", "retention period (months)"),
    "retention_note": ("toelichting bewaartermijn", "retention note"),
    "security_measures": ("beveiligingsmaatregelen", "security measures"),
    "authorisation": ("autorisatie", "authorisation"),
    "dpia": ("DPIA", "DPIA"),
    "dpia_reference": ("verwijzing naar de DPIA", "DPIA reference"),
    "controller_role": ("rol verwerkingsverantwoordelijke", "controller role"),
    "art26_arrangement": (
        "regeling gezamenlijke verwerkingsverantwoordelijken",
        "joint-controller arrangement",
    ),
    "art28_agreement": ("verwerkersovereenkomst", "processing agreement"),
}

#: collection name -> (nl, en) for one record of it.
RECORD_LABELS: dict[str, tuple[str, str]] = {
    "partners": ("partner", "partner"),
    "representatives": ("vertegenwoordiger", "representative"),
    "interests": ("belang", "interest"),
    "contributions": ("bijdrage", "contribution"),
    "flows": ("gegevensstroom", "data flow"),
    "dpo_contacts": ("FG-contact", "DPO contact"),
}


def field_label(name: str | None, lang: str) -> str:
    if name is None:
        return ""
    nl, en = FIELD_LABELS.get(name, (name, name))
    return nl if lang == "nl" else en


def record_label(collection: str, lang: str) -> str:
    nl, en = RECORD_LABELS.get(collection, (collection, collection))
    return nl if lang == "nl" else en


def record_title(record: dict[str, Any] | None) -> str:
    """Return a short recognisable name for a record dict: its name, or the start of its text, or its id."""
    if not record:
        return ""
    for key in ("name", "short_name", "interest", "description"):
        text = record.get(key)
        if isinstance(text, str) and text.strip():
            text = text.strip()
            return text if len(text) <= 40 else text[:37] + "..."
    return str(record.get("id", ""))


def show_value(value: Any, lang: str, *, record: bool = False) -> str:
    """Return a value as a person reads it in a message; ``record`` values of ``None`` mean 'absent'."""
    if value is None:
        if record:
            return "(verwijderd)" if lang == "nl" else "(removed)"
        return "(leeg)" if lang == "nl" else "(empty)"
    if isinstance(value, bool):
        return ("ja" if value else "nee") if lang == "nl" else ("yes" if value else "no")
    if isinstance(value, dict):
        return f"'{record_title(value)}'"
    if isinstance(value, list):
        if not value:
            return "(leeg)" if lang == "nl" else "(empty)"
        return "[" + ", ".join(show_value(v, lang) for v in value) + "]"
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return f"'{text}'"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
