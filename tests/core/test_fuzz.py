"""Hostile and broken files: every one gives ``CharterFileError`` with a clear message, never another exception.

Truncated, bit-flipped and structurally fuzzed JSON, huge files, deep nesting, wrong types,
duplicate keys and ids, dangling references, files of other kinds. Opening a file never reads
another file it names. Fuzzing runs a fixed seed and a bounded number of examples in CI; the long
runs are marked ``slow``.
"""

from __future__ import annotations

import builtins
import copy
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from charter_builder.examples import example_charter
from charter_builder.model import Charter, Kpi, Partner
from charter_builder.resources import template_path
from charter_builder.storage import (
    MAX_FILE_BYTES,
    CharterFileError,
    FileErrorKind,
    dump_charter,
    load_charter,
    load_charter_bytes,
    save_charter,
)
from charter_builder.storage.jsonfile import MAX_DEPTH

_CI = settings(
    max_examples=150,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_LONG = settings(max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))


def _small() -> Charter:
    c = Charter.new(title="Convenant Test", partnership_name="Test")
    c.partners = [Partner(id="gem", name="Gemeente Één 👩‍👩‍👧"), Partner(id="pol", name="Politie")]
    c.governance.kpis = [Kpi(id="kpi-1", name="Signalen", owner_id="pol", target=40)]
    return c


VALID = dump_charter(_small())
EXAMPLE = dump_charter(example_charter())


def _load_or_error(data: bytes) -> Charter | CharterFileError:
    """Load, and let any exception other than ``CharterFileError`` fail the test."""
    try:
        return load_charter_bytes(data, "fuzz.charter.json")
    except CharterFileError as exc:
        _assert_clear(exc)
        return exc


def _assert_clear(exc: CharterFileError) -> None:
    for lang in ("nl", "en"):
        text = exc.describe(lang)
        assert text.startswith("fuzz.charter.json: ") or str(exc.path) in text
        assert len(text) > len(str(exc.path)) + 10
        assert "Traceback" not in text
    assert exc.headline("nl") != exc.headline("en")


def _error(data: bytes) -> CharterFileError:
    got = _load_or_error(data)
    assert isinstance(got, CharterFileError), "expected the file to be refused"
    return got


# -- truncation and byte flips ------------------------------------------------------------------


@pytest.mark.parametrize("data", [VALID, EXAMPLE], ids=["small", "example"])
def test_every_truncation_is_refused_clearly(data: bytes) -> None:
    cuts = sorted({*range(0, 64), *range(64, len(data) - 1, max(1, len(data) // 400)), len(data) - 2})
    kinds = set()
    for cut in cuts:
        err = _error(data[:cut])
        kinds.add(err.kind)
        if err.kind is FileErrorKind.NOT_JSON and cut > 0:
            assert any(ch.isdigit() for ch in err.problems[0].path)  # the line and column
    assert kinds <= {FileErrorKind.NOT_JSON, FileErrorKind.NOT_TEXT}
    # A cut in the middle of a multi-byte character is caught as text, not JSON.
    first_multibyte = next(i for i, b in enumerate(data) if b >= 0xC0)
    assert _error(data[: first_multibyte + 1]).kind is FileErrorKind.NOT_TEXT


def test_dropping_only_the_final_newline_still_loads() -> None:
    assert isinstance(_load_or_error(VALID[:-1]), Charter)


@_CI
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_flipped_bytes_load_or_are_refused(flips: list[tuple[int, int]]) -> None:
    data = bytearray(VALID)
    for pos, byte in flips:
        data[pos] = byte
    _load_or_error(bytes(data))


@_CI
@given(st.binary(max_size=2000))
def test_random_bytes_are_refused(data: bytes) -> None:
    got = _load_or_error(data)
    assert isinstance(got, CharterFileError)


# -- structural fuzz: replace any part of a valid charter with any JSON value -------------------

_json_value = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=12),
        st.sampled_from(["", "gem", "pol", "kpi-1", "2026-13-45", "A/R", "x" * 70]),
    ),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


_RAW = json.loads(VALID)
_RAW_PATHS = _paths(_RAW)[1:]


def _replace(raw: Any, path: tuple[Any, ...], value: Any) -> Any:
    raw = copy.deepcopy(raw)
    node = raw
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return raw


@_CI
@given(st.lists(st.tuples(st.sampled_from(_RAW_PATHS), _json_value), min_size=1, max_size=3))
def test_any_part_replaced_by_any_value_loads_or_is_refused(edits: list[tuple[tuple[Any, ...], Any]]) -> None:
    raw: Any = _RAW
    for path, value in edits:
        try:
            raw = _replace(raw, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed this path
    data = json.dumps(raw, ensure_ascii=False).encode("utf-8")
    got = _load_or_error(data)
    if isinstance(got, Charter):  # accepted: then it saves and reloads identically
        assert load_charter_bytes(dump_charter(got)) == got


@_CI
@given(st.sampled_from(_RAW_PATHS))
def test_any_part_removed_loads_or_is_refused(path: tuple[Any, ...]) -> None:
    raw = copy.deepcopy(_RAW)
    node = raw
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    _load_or_error(json.dumps(raw).encode())


@pytest.mark.slow
@_LONG
@given(st.lists(st.tuples(st.sampled_from(_RAW_PATHS), _json_value), min_size=1, max_size=6))
def test_structural_fuzz_long_run(edits: list[tuple[tuple[Any, ...], Any]]) -> None:
    test_any_part_replaced_by_any_value_loads_or_is_refused.hypothesis.inner_test(edits)  # type: ignore[attr-defined]


# -- size and nesting ---------------------------------------------------------------------------


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "groot.charter.json"
    with open(big, "wb") as fh:  # sparse: takes no disk space
        fh.truncate(MAX_FILE_BYTES + 1)
    read = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or real(self))
    with pytest.raises(CharterFileError) as info:
        load_charter(big)
    assert info.value.kind is FileErrorKind.TOO_LARGE
    assert read == []
    assert "at most 52 MB is opened" in info.value.describe("en")
    assert "te groot" in info.value.describe("nl")
    assert "hoogstens" in info.value.describe("nl")


def test_huge_bytes_are_refused() -> None:
    err = _error(b" " * (MAX_FILE_BYTES + 1))
    assert err.kind is FileErrorKind.TOO_LARGE
    assert "too large" in err.describe("en")


@pytest.mark.parametrize(
    "data",
    [
        b"[" * 100_000,
        b"{" + b'"a":{' * 50_000,
        b'{"schema_version": 2, "metadata": ' + b"[" * (MAX_DEPTH + 5) + b"]" * (MAX_DEPTH + 5) + b"}",
        VALID.replace(b'"partners": [', b'"partners": [' + b"[" * 10_000, 1),
    ],
    ids=["lists", "objects", "just-over-limit", "inside-a-charter"],
)
def test_deep_nesting_is_refused_without_recursion_error(data: bytes) -> None:
    err = _error(data)
    assert err.kind is FileErrorKind.NOT_A_CHARTER
    assert f"deeper than {MAX_DEPTH} levels" in err.describe("en")
    assert "dieper genest" in err.describe("nl")


def test_brackets_inside_text_are_not_nesting() -> None:
    c = _small()
    c.purpose.problem = "[{" * 20_000 + '\\"[' * 100
    assert load_charter_bytes(dump_charter(c)) == c


# -- wrong types, wrong values, broken references -----------------------------------------------


def _mutated(fn: Any) -> bytes:
    raw = json.loads(VALID)
    fn(raw)
    return json.dumps(raw).encode()


@pytest.mark.parametrize(
    ("mutate", "kind", "en", "nl"),
    [
        (lambda r: r.update(partners="Gemeente"), FileErrorKind.INVALID, "partners: must be a list", "lijst"),
        (lambda r: r.update(metadata=5), FileErrorKind.INVALID, "metadata: must be an object", "object"),
        (
            lambda r: r["metadata"].update(version="twee"),
            FileErrorKind.INVALID,
            "metadata.version: must be a whole number",
            "geheel getal",
        ),
        (
            lambda r: r["metadata"].update(version=0),
            FileErrorKind.INVALID,
            "metadata.version: must be at least 1",
            "minstens 1",
        ),
        (
            lambda r: r["metadata"].update(status="klaar"),
            FileErrorKind.INVALID,
            "metadata.status: must be one of",
            "een van deze waarden",
        ),
        (
            lambda r: r["partners"][0].update(id="heeft spaties"),
            FileErrorKind.INVALID,
            "is not a valid id",
            "geen geldige id",
        ),
        (
            lambda r: r["partners"][0].update(name=None),
            FileErrorKind.INVALID,
            "partners[0].name: must be text",
            "tekst",
        ),
        (
            lambda r: r["partners"][0].update(naam="typo"),
            FileErrorKind.INVALID,
            "partners[0].naam: is not a known field",
            "geen bekend veld",
        ),
        (
            lambda r: r["governance"]["kpis"][0].update(target="veel"),
            FileErrorKind.INVALID,
            "governance.kpis[0].target: must be a number",
            "getal",
        ),
        (
            lambda r: r["governance"].update(start_date="2026-13-45"),
            FileErrorKind.INVALID,
            "governance.start_date: must be a date",
            "datum",
        ),
        (
            lambda r: r.update(schema_version="2"),
            FileErrorKind.INVALID,
            "schema_version: must be a positive whole number",
            "positief geheel getal",
        ),
        (
            lambda r: r.update(schema_version=True),
            FileErrorKind.INVALID,
            "schema_version: must be a positive whole number",
            "positief",
        ),
        (
            lambda r: r.update(schema_version=99),
            FileErrorKind.NEWER_VERSION,
            "reads up to 2",
            "Werk Charter Builder bij",
        ),
        (
            lambda r: r.update(format="iets-anders"),
            FileErrorKind.NOT_A_CHARTER,
            "format: is 'iets-anders'",
            "verwacht",
        ),
        (lambda r: r.pop("metadata"), FileErrorKind.NOT_A_CHARTER, "metadata: is missing", "ontbreekt"),
        (
            lambda r: r["partners"][1].update(id="gem"),
            FileErrorKind.INVALID,
            "id 'gem' is already used",
            "al gebruikt",
        ),
        (
            lambda r: r["governance"]["kpis"][0].update(id="gem"),
            FileErrorKind.INVALID,
            "id 'gem' is already used",
            "al gebruikt",
        ),
        (
            lambda r: r["governance"]["kpis"][0].update(owner_id="spook"),
            FileErrorKind.INVALID,
            "refers to partner 'spook', which does not exist",
            "bestaat niet",
        ),
        (
            lambda r: r["partners"].pop(1),
            FileErrorKind.INVALID,
            "refers to partner 'pol', which does not exist",
            "bestaat niet",
        ),
    ],
)
def test_wrong_types_and_references_name_the_field(
    mutate: Any, kind: FileErrorKind, en: str, nl: str
) -> None:
    err = _error(_mutated(mutate))
    assert err.kind is kind
    assert en in err.describe("en")
    assert nl in err.describe("nl")


def test_an_old_file_with_wrong_shapes_is_refused_clearly() -> None:
    for partners in (5, "abc", [5], [{"representative": 5}]):
        raw = {"schema_version": 1, "metadata": {"charter_id": "c"}, "partners": partners}
        err = _error(json.dumps(raw).encode())
        assert err.kind is FileErrorKind.INVALID


def test_duplicate_keys_are_refused_not_silently_dropped() -> None:
    data = VALID.replace(b'"name": "Politie"', b'"name": "Politie", "name": "Douane"', 1)
    assert data != VALID
    err = _error(data)
    assert err.kind is FileErrorKind.NOT_JSON
    assert "the key 'name' appears twice" in err.describe("en")
    assert "staat twee keer" in err.describe("nl")


def test_a_number_too_long_for_python_is_refused() -> None:
    data = VALID.replace(b'"version": 1', b'"version": ' + b"9" * 5000, 1)
    err = _error(data)
    assert err.kind is FileErrorKind.NOT_JSON
    assert "number that is too long" in err.describe("en")


@pytest.mark.parametrize("token", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_non_finite_numbers_in_integer_fields_are_refused(token: bytes) -> None:
    err = _error(VALID.replace(b'"version": 1', b'"version": ' + token, 1))
    assert err.kind is FileErrorKind.INVALID
    assert "metadata.version" in err.describe("en")


# -- files of other kinds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", FileErrorKind.NOT_JSON),
        (b"\x00" * 100, FileErrorKind.NOT_JSON),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xff\xa4", FileErrorKind.NOT_TEXT),
        ("{}".encode("utf-16"), FileErrorKind.NOT_TEXT),
        (b"[]", FileErrorKind.NOT_A_CHARTER),
        (b'"charter"', FileErrorKind.NOT_A_CHARTER),
        (b"{}", FileErrorKind.NOT_A_CHARTER),
        (b"<?xml version='1.0'?><charter/>", FileErrorKind.NOT_JSON),
    ],
)
def test_other_kinds_of_file_are_refused(data: bytes, kind: FileErrorKind) -> None:
    assert _error(data).kind is kind


def test_a_bom_is_accepted() -> None:
    assert isinstance(_load_or_error(b"\xef\xbb\xbf" + VALID), Charter)


def test_a_word_document_is_refused_as_not_text(tmp_path: Path) -> None:
    docx = template_path("charter-style.docx")
    err = pytest.raises(CharterFileError, load_charter, docx).value
    assert err.kind is FileErrorKind.NOT_TEXT
    assert "Word or zip" in err.describe("en")


def test_folders_and_missing_files(tmp_path: Path) -> None:
    assert pytest.raises(CharterFileError, load_charter, tmp_path).value.kind is FileErrorKind.UNREADABLE
    missing = pytest.raises(CharterFileError, load_charter, tmp_path / "weg.charter.json").value
    assert missing.kind is FileErrorKind.NOT_FOUND
    assert "bestaat niet" in missing.describe("nl")


# -- opening never reads what a file names ------------------------------------------------------


def test_loading_never_opens_files_the_charter_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("geheim")
    c = _small()
    c.purpose.problem = str(secret)
    c.vision.statement = f"file://{secret}"
    c.partners[0].legal_powers = '{"$ref": "' + str(secret) + '"}'
    c.metadata.title = "${HOME} $(cat /etc/passwd) `id` {{7*7}} %(x)s"
    data = dump_charter(c)
    opened: list[Any] = []

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(file)
        raise AssertionError(f"load opened {file!r}")

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_open)
    again = load_charter_bytes(data)
    assert opened == []
    assert again.purpose.problem == str(secret)
    assert again.metadata.title == c.metadata.title  # kept literally, nothing expanded


def test_a_ref_key_is_an_unknown_field_not_a_link(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text(VALID.decode())
    raw = json.loads(VALID)
    raw["purpose"] = {"$ref": str(tmp_path / "b.json")}
    err = _error(json.dumps(raw).encode())
    assert "purpose.$ref: is not a known field" in err.describe("en")


def test_saving_then_fuzzing_the_saved_file_on_disk(tmp_path: Path) -> None:
    """The same guarantees hold through ``load_charter`` on a real file."""
    path = tmp_path / "c.charter.json"
    save_charter(_small(), path)
    path.write_bytes(path.read_bytes()[:100])
    err = pytest.raises(CharterFileError, load_charter, path).value
    assert err.kind is FileErrorKind.NOT_JSON
    assert str(path) in err.describe("en")


@_CI
@example('"\\"[[[[[" ')
@given(
    st.lists(st.sampled_from(["[", "{", "]", "}", '"', '\\"', "\\\\", "\\", "a", "\n"]), max_size=120).map(
        "".join
    )
)
def test_fast_nesting_check_agrees_with_the_character_scan(text: str) -> None:
    from charter_builder.storage import jsonfile

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(jsonfile, "MAX_DEPTH", 3)
        fast = jsonfile._too_deep(text)
        slow = jsonfile._too_deep_slow(text)
    assert (fast is None) == (slow is None)
    if fast is not None:
        assert fast == slow


# -- Word documents handed to the program -------------------------------------------------------


def _evil_docx(tmp_path: Path, doctype: str, entity_use: str) -> tuple[Path, Charter]:
    import zipfile

    render = pytest.importorskip("charter_builder.word.render")
    c = _small()
    good = tmp_path / "goed.docx"
    render.render_charter(c, good)
    evil = tmp_path / "kwaad.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename in ("docProps/custom.xml", "word/document.xml"):
                text = data.decode("utf-8")
                root = text.index("<", text.index("?>"))  # the root element, after the XML declaration
                text = text[:root] + doctype + text[root:]
                text = text.replace("<w:t>", f"<w:t>{entity_use}", 1).replace(
                    "<vt:lpwstr>", f"<vt:lpwstr>{entity_use}", 1
                )
                data = text.encode("utf-8")
            dst.writestr(item, data)
    return evil, c


def test_a_word_document_naming_a_local_file_never_reads_it(tmp_path: Path) -> None:
    verify = pytest.importorskip("charter_builder.word.verify")
    secret = tmp_path / "geheim.txt"
    secret.write_text("TOPSECRET-42", encoding="utf-8")
    doctype = f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    evil, c = _evil_docx(tmp_path, doctype, "&xxe;")
    try:
        said = str(verify.verify_docx(evil, c))
    except verify.DocxReadError as exc:
        said = str(exc)
    assert "TOPSECRET" not in said


def test_a_word_document_with_an_entity_bomb_is_refused_quickly(tmp_path: Path) -> None:
    import time

    verify = pytest.importorskip("charter_builder.word.verify")
    lol = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    evil, c = _evil_docx(tmp_path, f"<!DOCTYPE x [{lol}]>", "&a9;")
    started = time.perf_counter()
    try:
        result = verify.verify_docx(evil, c)
    except verify.DocxReadError:
        pass
    else:
        assert not result.ok
    assert time.perf_counter() - started < 5
