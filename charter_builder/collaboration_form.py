"""The recommended form of collaboration, derived from partners, duration and complexity.

The forms sit on two axes, complexity of the shared value and formality of the arrangement. The
more parties, the longer the horizon and the more complex the value, the more formal the form
that holds the collaboration together. The recommendation is advice: the partners choose.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import vocabulary
from .model import Charter, CollaborationForm, Level

#: Position of each form on (complexity, formality), both 0..1, for the chart and the recommendation.
FORM_POSITIONS: dict[CollaborationForm, tuple[float, float]] = {
    CollaborationForm.CONSULTATION: (0.12, 0.10),
    CollaborationForm.NETWORK: (0.30, 0.22),
    CollaborationForm.PROJECT: (0.45, 0.38),
    CollaborationForm.COVENANT: (0.55, 0.52),
    CollaborationForm.COLLABORATION_AGREEMENT: (0.68, 0.64),
    CollaborationForm.JOINT_ARRANGEMENT: (0.80, 0.80),
    CollaborationForm.FOUNDATION: (0.86, 0.90),
    CollaborationForm.LEGAL_ENTITY: (0.93, 0.96),
}

#: (nl, en) per form, from the vocabulary; read by ``figures.collaboration_form`` (which is to ask the
#: vocabulary itself once the chart renderers are merged).
FORM_LABELS: dict[CollaborationForm, tuple[str, str]] = vocabulary.pairs(CollaborationForm)  # type: ignore[assignment]


@dataclass(frozen=True)
class FormAdvice:
    form: CollaborationForm
    score: int
    """0 (light) .. 6 (heavy): the sum of the three factor scores."""
    reason_nl: str
    reason_en: str

    def reason(self, lang: str) -> str:
        return self.reason_nl if lang == "nl" else self.reason_en


def recommend_form(partners: int, duration_years: float | None, complexity: Level | None) -> FormAdvice:
    """Return the advised form for this many partners, this duration and this complexity.

    Unknown duration or complexity count as the middle value, so the advice never claims more
    certainty than the input has.
    """
    p_score = 0 if partners <= 2 else 1 if partners <= 6 else 2
    d = 2.0 if duration_years is None else duration_years
    d_score = 0 if d < 1 else 1 if d <= 4 else 2
    c_score = {Level.LOW: 0, Level.MEDIUM: 1, Level.HIGH: 2, None: 1}[complexity]
    score = p_score + d_score + c_score
    if score <= 1:
        form = CollaborationForm.CONSULTATION
    elif score == 2:
        form = CollaborationForm.NETWORK if d_score >= 1 else CollaborationForm.PROJECT
    elif score == 3:
        form = CollaborationForm.PROJECT if d_score == 0 else CollaborationForm.COVENANT
    elif score == 4:
        form = CollaborationForm.COVENANT
    elif score == 5:
        form = CollaborationForm.COLLABORATION_AGREEMENT
    else:
        form = CollaborationForm.JOINT_ARRANGEMENT
    nl_c = {0: "eenvoudig", 1: "gemiddeld complex", 2: "complex"}[c_score]
    en_c = {0: "simple", 1: "moderately complex", 2: "complex"}[c_score]
    nl_d = "onbekende duur" if duration_years is None else f"{d:g} jaar"
    en_d = "unknown duration" if duration_years is None else f"{d:g} years"
    label_nl, label_en = vocabulary.enum_words(form).pair()
    return FormAdvice(
        form,
        score,
        f"{partners} partners, {nl_d}, {nl_c} gedeeld resultaat: advies '{label_nl}'.",
        f"{partners} partners, {en_d}, {en_c} shared value: advice '{label_en}'.",
    )


def recommend_for(charter: Charter) -> FormAdvice:
    """Return the advice for a charter's current partners, duration and complexity."""
    s = charter.strategy
    return recommend_form(len(charter.partners), s.expected_duration_years, s.complexity)
