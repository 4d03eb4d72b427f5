"""Our own text catalogue: both languages complete and consistent."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

import pytest

from charter_builder.model import CollaborationForm
from charter_builder.word.catalogue import catalogue, en, nl


def test_both_languages_have_the_same_keys() -> None:
    assert set(nl.TEXT) == set(en.TEXT)


@pytest.mark.parametrize("key", sorted(nl.TEXT))
def test_placeholders_match_between_languages(key: str) -> None:
    names = re.compile(r"{(\w*)}")
    assert set(names.findall(nl.TEXT[key])) == set(names.findall(en.TEXT[key]))


def test_every_enum_value_the_writer_prints_has_a_label_in_both_languages() -> None:
    from charter_builder.vocabulary.enums import ENUM_WORDS

    for lang in ("nl", "en"):
        cat = catalogue(lang)
        for enum in {type(m) for m, _ in ENUM_WORDS}:
            assert issubclass(enum, StrEnum)
            for member in enum:
                assert cat.label(member), member


def test_enums_that_share_a_value_keep_their_own_labels() -> None:
    """Regression: a label table keyed by value printed art. 6(1)(e) as 'made public by the data subject'."""
    from charter_builder.model import Art6Ground, Art9Exception, ContributionKind, HealthOccasion, PartnerType

    for lang in ("nl", "en"):
        cat = catalogue(lang)
        assert cat.label(Art6Ground.PUBLIC_TASK) != cat.label(Art9Exception.MADE_PUBLIC)
        assert cat.label(Art6Ground.LEGITIMATE_INTERESTS) != cat.label(Art9Exception.LEGAL_CLAIMS)
        assert (
            len(
                {
                    cat.label(PartnerType.OTHER),
                    cat.label(HealthOccasion.OTHER),
                    cat.label(ContributionKind.OTHER),
                }
            )
            >= 2
        )
    assert catalogue("nl").label(Art6Ground.PUBLIC_TASK) == "taak van algemeen belang of openbaar gezag"


def test_collaboration_forms_come_from_the_shared_labels() -> None:
    assert (
        catalogue("nl").label(CollaborationForm.JOINT_ARRANGEMENT).startswith("Gemeenschappelijke regeling")
    )
    assert catalogue("en").label(CollaborationForm.JOINT_ARRANGEMENT).startswith("Joint arrangement")


def test_dates_are_written_out() -> None:
    assert catalogue("nl").date(dt.date(2026, 3, 1)) == "1 maart 2026"
    assert catalogue("en").date(dt.date(2026, 3, 1)) == "1 March 2026"


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="'nl' or 'en'"):
        catalogue("fr")
