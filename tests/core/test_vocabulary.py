"""The one vocabulary: complete (every record, field, enum value and step has both words) and single.

"Single" is tested on the source: the words for a thing are written down in ``charter_builder/vocabulary``
and nowhere else in the core, so two places cannot drift apart again ("mandaat" in the diff,
"mandaatniveau" in the packages).
"""

from __future__ import annotations

import ast
import enum
import typing
from pathlib import Path

import pytest

import charter_builder
import charter_builder.model as model
from charter_builder import vocabulary
from charter_builder.model import (
    Art6Ground,
    Art9Exception,
    Charter,
    Contribution,
    DataFlow,
    HealthDimension,
    Kpi,
    MandateLevel,
    Record,
    Representative,
    Status,
    Step,
)
from charter_builder.vocabulary import Form, field_label, label, record_label, step_label
from charter_builder.vocabulary.enums import ENUM_WORDS
from charter_builder.vocabulary.records import FIELD_WORDS, RECORD_WORDS

CORE = Path(charter_builder.__file__).parent
VOCABULARY = CORE / "vocabulary"


def _model_enums() -> list[type[enum.Enum]]:
    return [
        o
        for o in vars(model).values()
        if isinstance(o, type) and issubclass(o, enum.Enum) and o is not enum.Enum
    ]


def _records() -> list[type[Record]]:
    """Every record type reachable from ``Charter``."""
    seen: list[type[Record]] = []

    def walk(t: type[Record]) -> None:
        if t in seen:
            return
        seen.append(t)
        for info in t.model_fields.values():
            stack: list[object] = [info.annotation]
            while stack:
                a = stack.pop()
                if isinstance(a, type) and issubclass(a, Record):
                    walk(a)
                stack.extend(typing.get_args(a))

    walk(Charter)
    return seen


# -- complete ------------------------------------------------------------------------------------


@pytest.mark.parametrize("enum_type", _model_enums(), ids=lambda e: e.__name__)
def test_every_enum_member_has_dutch_and_english_words(enum_type: type[enum.StrEnum]) -> None:
    for member in enum_type:
        assert label(member, "nl").strip(), member
        assert label(member, "en").strip(), member


@pytest.mark.parametrize("record_type", _records(), ids=lambda t: t.__name__)
def test_every_record_and_every_field_has_dutch_and_english_words(record_type: type[Record]) -> None:
    assert record_label(record_type, "nl").strip()
    assert record_label(record_type, "en").strip()
    for name in record_type.model_fields:
        assert field_label(record_type, name, "nl").strip(), f"{record_type.__name__}.{name}"
        assert field_label(record_type, name, "en").strip(), f"{record_type.__name__}.{name}"


def test_every_record_in_a_list_has_a_plural() -> None:
    for t in _records():
        if t is not Charter and t not in {
            model.Metadata,
            model.Purpose,
            model.Vision,
            model.Strategy,
            model.TrustAgreements,
            model.Governance,
            model.Roles,
            model.DataSharing,
        }:
            assert RECORD_WORDS[t].has(Form.PLURAL), t.__name__


def test_every_step_has_a_name() -> None:
    for step in Step:
        assert step_label(step, "nl")
        assert step_label(step, "en")


def test_the_vocabulary_knows_only_things_that_exist() -> None:
    records = set(_records())
    assert set(RECORD_WORDS) <= records
    all_fields = {name for t in records for name in t.model_fields}
    # vision_horizon_year is the partner package's shared context (SharedContext), outside the charter
    for key in FIELD_WORDS:
        if isinstance(key, tuple):
            assert key[0] in records
            assert key[1] in key[0].model_fields, key
        else:
            assert key in all_fields | {"vision_horizon_year"}, key


# -- single ---------------------------------------------------------------------------------------


def _dict_keys(node: ast.Dict) -> list[str]:
    return [ast.unparse(k) for k in node.keys if k is not None]


def test_no_entry_is_written_twice() -> None:
    """A dict literal keeps the last of two equal keys silently; the source must not have any."""
    for path in VOCABULARY.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = _dict_keys(node)
                assert len(keys) == len(set(keys)), (
                    f"{path.name}: {sorted(k for k in keys if keys.count(k) > 1)}"
                )
    members = [(type(m), m.value) for m, _ in ENUM_WORDS]
    assert len(members) == len(set(members))


def _label_tables(tree: ast.AST) -> list[tuple[int, str]]:
    """Return (line, first key) of dict literals that map enum members or field names to (nl, en) words."""
    enum_names = {e.__name__ for e in _model_enums()}
    field_names = {name for t in _records() for name in t.model_fields}
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict) or len(node.keys) < 2:
            continue
        pairs = [
            v
            for v in node.values
            if isinstance(v, ast.Tuple)
            and len(v.elts) == 2
            and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in v.elts)
        ]
        if len(pairs) < len(node.values) / 2:
            continue
        keys = [k for k in node.keys if k is not None]
        by_enum = [
            k
            for k in keys
            if isinstance(k, ast.Attribute) and isinstance(k.value, ast.Name) and k.value.id in enum_names
        ]
        by_field = [k for k in keys if isinstance(k, ast.Constant) and k.value in field_names]
        if len(by_enum) > len(keys) / 2 or len(by_field) > len(keys) / 2:
            out.append((node.lineno, ast.unparse(keys[0])))
    return out


#: Tables keyed like the vocabulary that are not words for things, each with the reason.
PROSE_TABLES = {
    # the ten lessons as review questions: whole sentences, not names
    ("health.py", "Lesson.ACKNOWLEDGE_DIFFICULTY"),
    # where a package section's records live in the charter's JSON: paths, not words
    ("merge.py", "'interests'"),
}


def test_no_other_module_of_the_core_defines_words_for_enum_values_or_fields() -> None:
    found = []
    for path in CORE.rglob("*.py"):
        if VOCABULARY in path.parents:
            continue
        for line, first in _label_tables(ast.parse(path.read_text(encoding="utf-8"))):
            if (path.name, first) not in PROSE_TABLES:
                found.append(f"{path.relative_to(CORE)}:{line} ({first}: ...)")
    assert not found, "labels outside the vocabulary:\n" + "\n".join(found)


def test_the_scan_would_see_a_second_table() -> None:
    tree = ast.parse(
        'X = {MandateLevel.FULL: ("volledig", "full"), MandateLevel.NONE: ("geen", "none")}\n'
        'Y = {"mandate_level": ("mandaat", "mandate"), "is_signatory": ("tekenbevoegd", "signatory")}'
    )
    assert len(_label_tables(tree)) == 2


# -- the API ----------------------------------------------------------------------------------------


def test_lookups_and_forms() -> None:
    assert label(MandateLevel.FULL, "nl") == "volledig mandaat"
    assert label(MandateLevel.FULL, "nl", Form.SHORT) == "volledig"
    assert label(Status.IN_REVIEW, "nl", Form.PROCESS) == "in beoordeling"
    assert label(None, "nl") == ""
    assert field_label(Representative, "mandate_level", "nl") == "mandaatniveau"
    assert field_label(Representative, "mandate_level", "nl", Form.SHORT) == "mandaat"
    assert (
        field_label(Representative, "mandate", "nl", Form.SHORT) == "omschrijving van het mandaat"
    )  # no short form
    assert field_label(Contribution, "kind", "en") == "kind of contribution"
    assert field_label(Kpi, "kind", "en") == "kind of KPI"
    assert field_label(Charter, "governance", "nl") == "sturing"  # a section takes its record's words
    assert field_label(Charter, "partners", "en") == "partners"  # a list its record's plural
    assert record_label(Kpi, "nl", Form.PLURAL) == "KPI's"
    assert step_label(Step.REVIEW, "en") == "Review and signing"
    assert label(HealthDimension.PARENT_INVOLVEMENT, "nl", Form.LONG) == "Betrokkenheid moederorganisatie"
    assert label(HealthDimension.SHARED_AMBITION, "nl", Form.LONG) == label(
        HealthDimension.SHARED_AMBITION, "nl"
    )
    with pytest.raises(KeyError):
        field_label(DataFlow, "no_such_field", "nl")


def test_enums_that_share_a_value_keep_their_own_words() -> None:
    assert label(Art6Ground.PUBLIC_TASK, "nl") != label(Art9Exception.MADE_PUBLIC, "nl")
    assert vocabulary.enum_words(Art6Ground.PUBLIC_TASK) is not vocabulary.enum_words(
        Art9Exception.MADE_PUBLIC
    )


def test_the_core_has_no_lazy_import_of_the_word_catalogue_in_the_diff() -> None:
    text = (CORE / "diff.py").read_text(encoding="utf-8")
    assert "word.catalogue" not in text
    assert "except Exception" not in text
