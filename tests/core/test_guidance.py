"""The guidance texts: the loader, and (as data) every step and every field has a text in both languages."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel

from charter_builder.guidance import (
    LANGUAGES,
    load_guidance,
    model_field_paths,
    parse_guidance,
    summarise,
)
from charter_builder.model import Charter, FieldPath, Step
from charter_builder.resources import resource_path

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
def test_guidance_finds_a_field_by_its_path_without_keys(path: str, expected: str) -> None:
    assert str(FieldPath.parse(path).without_keys) == expected
    g = load_guidance("en")
    assert g.field(path) == g.field(expected)


def test_summary_is_the_first_sentence_as_plain_text() -> None:
    md = "\n**The mandate** in words, e.g. the `amount`. Second sentence.\n\n**Why it matters:** x."
    assert summarise(md) == "The mandate in words, e.g. the amount."
    assert summarise("One line\ncontinues here. Next one.") == "One line continues here."
    assert summarise("") == ""


def test_common_texts_take_the_step_of_their_field() -> None:
    g = load_guidance("en")
    found = g.field("data_sharing.flows[0].id")
    assert found is None or found.step is Step.DATA_SHARING
    assert g.field("not[a path") is None


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


#: Section markers per language; the format a domain expert follows.
MARKERS = {
    "nl": ("**Waarom het ertoe doet:**", "**Goed voorbeeld:**", "**Zwak voorbeeld:**"),
    "en": ("**Why it matters:**", "**Good example:**", "**Weak example:**"),
}

#: Free-text fields that hold contact details or a person's name: nothing to give a good example of.
CONTACT_FIELDS = frozenset(
    {
        "partners.representatives.name",
        "partners.representatives.email",
        "partners.representatives.phone",
        "roles.boundary_spanners.name",
        "data_sharing.dpo_contacts.name",
        "data_sharing.dpo_contacts.email",
    }
)


def _sections(lang: str) -> list[tuple[str, str, str]]:
    """Return ``(file stem, path, markdown)`` for every ``##`` section of every file, read afresh."""
    folder = resource_path("guidance", lang)
    found = []
    for file in sorted(folder.glob("*.md")):
        for path, markdown in parse_guidance(file.read_text(encoding="utf-8"))[1]:
            found.append((file.stem, path, markdown))
    return found


def _prose_paths() -> list[str]:
    """Return the free-text fields (``Text``, not ids) that the partners write in the eight content steps."""
    result = []

    def walk(model: type[BaseModel], prefix: str) -> None:
        for name, info in model.model_fields.items():
            path = f"{prefix}.{name}" if prefix else name
            is_id = any(getattr(m, "pattern", None) for m in info.metadata)
            if info.annotation is str and not is_id and path not in CONTACT_FIELDS:
                result.append(path)
            for arg in typing.get_args(info.annotation) or (info.annotation,):
                if isinstance(arg, type) and issubclass(arg, BaseModel):
                    walk(arg, path)

    walk(Charter, "")
    return [p for p in result if FieldPath.parse(p).step is not Step.REVIEW]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_model_field_has_guidance(lang: str) -> None:
    """A new field in the model without a text in both languages breaks the build: write its text."""
    g = load_guidance(lang)
    missing = [p for p in model_field_paths() if g.field(p) is None]
    assert not missing, f"fields without guidance in resources/guidance/{lang}/: {missing}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_heading_is_a_real_model_path_in_the_right_file(lang: str) -> None:
    """No stale texts: a renamed or removed field must take its text along."""
    paths = set(model_field_paths())
    names = {p.rsplit(".", 1)[-1] for p in paths}
    seen: dict[str, str] = {}
    for stem, path, _ in _sections(lang):
        assert path not in seen, f"{lang}: '## {path}' appears in {seen.get(path)}.md and {stem}.md"
        seen[path] = stem
        if stem == "common":
            assert path.startswith("*."), f"{lang}/common.md: '## {path}' should be '## *.<field>'"
            assert path[2:] in names, f"{lang}/common.md: no model field is called '{path[2:]}'"
        else:
            assert path in paths, f"{lang}/{stem}.md: '## {path}' is not a field of the model"
            assert FieldPath.parse(path).step.value == stem, (
                f"{lang}: '## {path}' belongs in {FieldPath.parse(path).step.value}.md"
            )


def test_both_languages_cover_the_same_sections() -> None:
    nl = {path for _, path, _ in _sections("nl")}
    en = {path for _, path, _ in _sections("en")}
    assert nl - en == set(), f"only in Dutch: {sorted(nl - en)}"
    assert en - nl == set(), f"only in English: {sorted(en - nl)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_section_says_why_it_matters_and_pairs_its_examples(lang: str) -> None:
    why, good, weak = MARKERS[lang]
    for _, path, markdown in _sections(lang):
        assert markdown, f"{lang}: '## {path}' is empty"
        assert why in markdown, f"{lang}: '## {path}' lacks '{why}'"
        assert (good in markdown) == (weak in markdown), (
            f"{lang}: '## {path}' needs a good AND a weak example"
        )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_free_text_fields_have_a_good_and_a_weak_example(lang: str) -> None:
    g = load_guidance(lang)
    _, good, weak = MARKERS[lang]
    lacking = []
    for p in _prose_paths():
        f = g.field(p)
        if f is None or good not in f.markdown or weak not in f.markdown:
            lacking.append(p)
    assert not lacking, f"{lang}: free-text fields without a good and a weak example: {lacking}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_tooltip_is_one_short_sentence(lang: str) -> None:
    for path, f in load_guidance(lang).fields.items():
        assert 10 < len(f.summary) <= 250, f"{lang}: the summary of {path} is {len(f.summary)} characters"
        assert f.summary[-1] in ".?!:", (
            f"{lang}: the summary of {path} does not end a sentence: {f.summary!r}"
        )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_mapping_keys_get_the_mapping_text(lang: str) -> None:
    g = load_guidance(lang)
    raci = g.field("roles.activities[0].raci")
    assert raci is not None
    assert g.field("roles.activities[3].raci.partner-abc") == raci


@pytest.mark.parametrize(
    ("lang", "step", "needles"),
    [
        (
            "nl",
            Step.TRUST,
            ("tussen de leden", "moederorganisaties", "samenwerkingsverband zelf", "gedeelde ambitie"),
        ),
        (
            "en",
            Step.TRUST,
            ("between the members", "parent organisations", "partnership itself", "shared ambition"),
        ),
        ("nl", Step.ROLES, ("verbinders", "empathie en leervermogen")),
        ("en", Step.ROLES, ("boundary spanners", "empathy and the ability to learn")),
        (
            "nl",
            Step.DATA_SHARING,
            ("art. 6", "art. 9", "art. 10", "UAVG", "art. 20 WPG", "art. 35", "art. 26", "art. 28"),
        ),
        (
            "en",
            Step.DATA_SHARING,
            ("art. 6", "art. 9", "art. 10", "UAVG", "art. 20 WPG", "art. 35", "art. 26", "art. 28"),
        ),
    ],
)
def test_step_texts_carry_the_domain_prompts(lang: str, step: Step, needles: tuple[str, ...]) -> None:
    text = load_guidance(lang).step(step).lower()
    for needle in needles:
        assert needle.lower() in text, f"{lang}/{step.value}.md should mention {needle!r}"


#: One phrase per lesson from learning networks (DOMAIN.md), as the step texts word it.
LESSON_PROMPTS = {
    "nl": (
        "moeilijk",
        "barrières",
        "investeren we bewust",
        "dezelfde taal",
        "makkelijk en aantrekkelijk",
        "andere domein",
        "ruimte voor leren",
        "expliciete taak",
        "empathie en leervermogen",
        "onderzoeken we wat werkt",
    ),
    "en": (
        "hard",
        "barriers",
        "invest deliberately",
        "same language",
        "easy and attractive",
        "other field",
        "room for learning",
        "explicit task",
        "empathy and the ability to learn",
        "study what works",
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_ten_lessons_are_prompts_in_the_step_texts(lang: str) -> None:
    g = load_guidance(lang)
    all_steps = " ".join(g.step(s) for s in Step).lower().replace("\n", " ")
    for phrase in LESSON_PROMPTS[lang]:
        assert phrase.lower() in all_steps, f"{lang}: no step text prompts the lesson '{phrase}'"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_malformed_field_headings(lang: str) -> None:
    """'##partners.name' (no space) would silently become part of the previous field's text."""
    for file in resource_path("guidance", lang).glob("*.md"):
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("##") and not line.startswith("###"):
                where = f"{file.name}:{number}: {line!r}"
                assert line.startswith("## "), where
                assert len(line.split()) == 2, where
