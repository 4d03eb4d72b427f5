"""The guidance texts: the loader, and (as data) every step and every field has a text in both languages."""

from __future__ import annotations

import pytest

from charter_builder.checks import Step
from charter_builder.guidance import (
    LANGUAGES,
    load_guidance,
    model_field_paths,
    normalise_path,
    parse_guidance,
    step_of,
    summarise,
)

# --- the loader ------------------------------------------------------------------------------------


def test_parse_splits_step_text_from_field_sections() -> None:
    text = (
        "# Title\n\nStep text.\n\n## a.b\nField one. More.\n\n### Sub\nstill a.b\n\n"
        "```\n## not a heading inside code\n```\n## a.c\nField two.\n"
    )
    intro, sections = parse_guidance(text)
    assert intro == "# Title\n\nStep text."
    assert [p for p, _ in sections] == ["a.b", "a.c"]
    assert "### Sub\nstill a.b" in sections[0][1]
    assert "## not a heading inside code" in sections[0][1]
    assert sections[1][1] == "Field two."


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("partners[2].name", "partners.name"),
        ("partners[0].representatives[13].mandate", "partners.representatives.mandate"),
        ("purpose.problem", "purpose.problem"),
        ("governance.kpis[3]", "governance.kpis"),
    ],
)
def test_normalise_path_drops_indices(path: str, expected: str) -> None:
    assert normalise_path(path) == expected


def test_summary_is_the_first_sentence_as_plain_text() -> None:
    md = "\n**The mandate** in words, e.g. the `amount`. Second sentence.\n\n**Why it matters:** x."
    assert summarise(md) == "The mandate in words, e.g. the amount."
    assert summarise("One line\ncontinues here. Next one.") == "One line continues here."
    assert summarise("") == ""


def test_step_of_maps_lifecycle_parts_to_review() -> None:
    assert step_of("partners[1].name") is Step.PARTNERS
    assert step_of("data_sharing.flows[0].purpose") is Step.DATA_SHARING
    assert step_of("metadata.title") is Step.REVIEW
    assert step_of("reviews[0].conclusions") is Step.REVIEW


def test_load_is_cached_and_rejects_unknown_languages() -> None:
    assert load_guidance("nl") is load_guidance("nl")
    assert load_guidance("nl") is not load_guidance("en")
    with pytest.raises(ValueError, match="fr"):
        load_guidance("fr")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_field_lookup_accepts_indices_and_gives_a_tooltip(lang: str) -> None:
    g = load_guidance(lang)
    f = g.field("partners[2].representatives[0].mandate")
    assert f is not None
    assert f.path == "partners.representatives.mandate"
    assert f.step is Step.PARTNERS
    assert f.summary
    assert f.summary in f.markdown.replace("\n", " ")
    assert len(f.summary) < len(f.markdown)
    assert g.field("partners.no_such_field") is None
    assert g.field("") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_common_text_serves_recurring_fields_under_their_own_path(lang: str) -> None:
    g = load_guidance(lang)
    f = g.field("governance.kpis[1].id")
    assert f is not None
    assert f.path == "governance.kpis.id"
    assert f.step is Step.GOVERNANCE
    # A common text only answers for real model paths.
    assert g.field("governance.nothing.id") is None


def test_step_accepts_enum_and_string() -> None:
    g = load_guidance("en")
    assert g.step(Step.TRUST) == g.step("trust")
    with pytest.raises(ValueError, match="nonsense"):
        g.step("nonsense")


def test_model_field_paths_walk_nested_and_list_records() -> None:
    paths = model_field_paths()
    assert "partners.representatives.mandate" in paths
    assert "governance.bodies.members.role" in paths
    assert "roles.activities.raci" in paths
    assert "format" not in paths
    assert "schema_version" not in paths
    assert len(paths) == len(set(paths))


# --- the texts as data -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("step", list(Step))
def test_every_step_has_step_guidance(lang: str, step: Step) -> None:
    text = load_guidance(lang).step(step)
    assert text.startswith("# "), f"{lang}/{step.value}.md should start with a title"
    assert len(text) > 300, f"{lang}/{step.value}.md: the step guidance is too short"
