"""The *.charter.json save format: round trip, atomic saves, specific load errors, nothing changed on disk."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from charter_builder.model import SCHEMA_VERSION, Charter
from charter_builder.storage import (
    CharterFileError,
    FileErrorKind,
    canonical_json,
    dump_charter,
    fingerprint,
    jsonfile,
    load_charter,
    save_charter,
)
from tests.support.synthetic import large_charter

from .helpers import small_charter


def test_load_save_load_is_identical_and_byte_stable(tmp_path: Path) -> None:
    path = tmp_path / "a.charter.json"
    original = large_charter()
    save_charter(original, path)
    first = path.read_bytes()
    loaded = load_charter(path)
    assert loaded == original
    save_charter(loaded, path)
    assert path.read_bytes() == first
    assert load_charter(path) == original


def test_save_format_is_readable_utf8_json(tmp_path: Path) -> None:
    c = small_charter()
    c.purpose.problem = "Ondermijning raakt wijken – ‘écht’ 🤝"
    path = tmp_path / "a.charter.json"
    save_charter(c, path)
    text = path.read_text("utf-8")
    assert "‘écht’ 🤝" in text  # not \u-escaped: people diff and read these files
    data = json.loads(text)
    assert list(data)[:3] == ["format", "schema_version", "metadata"]
    assert data["schema_version"] == SCHEMA_VERSION
    assert text.endswith("}\n")


def test_fingerprint_ignores_layout_but_not_content() -> None:
    c = small_charter()
    same = Charter.model_validate_json(dump_charter(c))
    assert fingerprint(same) == fingerprint(c)
    assert json.loads(canonical_json(c)) == json.loads(dump_charter(c))
    same.purpose.problem = "anders"
    assert fingerprint(same) != fingerprint(c)


def test_save_keeps_the_previous_file_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "a.charter.json"
    c = small_charter()
    save_charter(c, path)
    before = path.read_bytes()
    c.vision.statement = "Wij willen een veilige regio."
    save_charter(c, path)
    assert (tmp_path / "a.charter.json.bak").read_bytes() == before
    assert load_charter(path).vision.statement == "Wij willen een veilige regio."


def test_saved_file_is_user_only(tmp_path: Path) -> None:
    path = tmp_path / "a.charter.json"
    save_charter(small_charter(), path)
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("fail_at", ["write", "fsync", "replace"])
def test_a_crash_mid_save_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str
) -> None:
    path = tmp_path / "a.charter.json"
    old = small_charter()
    save_charter(old, path, backup=False)
    before = path.read_bytes()

    def boom(*_a: object, **_k: object) -> None:
        raise OSError(28, "No space left on device")

    target = {
        "write": "charter_builder.storage.atomic.os.fdopen",
        "fsync": "os.fsync",
        "replace": "os.replace",
    }
    if fail_at == "write":

        class HalfWriter:
            def __init__(self, fd: int, mode: str) -> None:
                self._fh = open(fd, mode)  # noqa: SIM115

            def __enter__(self) -> HalfWriter:
                return self

            def __exit__(self, *exc: object) -> None:
                self._fh.close()

            def write(self, data: bytes) -> None:
                self._fh.write(data[: len(data) // 2])
                raise OSError(28, "No space left on device")

        monkeypatch.setattr(target[fail_at], HalfWriter)
    else:
        monkeypatch.setattr(target[fail_at], boom)
    new = small_charter()
    new.vision.statement = "nieuw"
    with pytest.raises(CharterFileError) as info:
        save_charter(new, path, backup=False)
    monkeypatch.undo()
    assert info.value.kind is FileErrorKind.WRITE_FAILED
    assert "schijf is vol" in info.value.describe("nl")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.charter.json"]  # no temp file left behind


def _write(tmp_path: Path, content: bytes | str, name: str = "x.charter.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _load_error(path: Path) -> CharterFileError:
    before = path.read_bytes() if path.is_file() else None
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(CharterFileError) as info:
        load_charter(path)
    # Loading never changes anything on disk.
    assert (path.read_bytes() if path.is_file() else None) == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing
    assert str(path) in info.value.describe("en")
    return info.value


def _valid_raw() -> dict:
    return small_charter().model_dump(mode="json")


def test_missing_file(tmp_path: Path) -> None:
    err = _load_error(tmp_path / "nope.charter.json")
    assert err.kind is FileErrorKind.NOT_FOUND
    assert "bestaat niet" in err.describe("nl")


def test_not_json_names_line_and_column(tmp_path: Path) -> None:
    err = _load_error(_write(tmp_path, '{\n  "schema_version": 2,\n  "metadata": {,}\n}'))
    assert err.kind is FileErrorKind.NOT_JSON
    assert err.problems[0].path == "line 3, column 16"
    assert "regel 3, kolom 16: hier wordt een veldnaam" in err.describe("nl")
    assert "line 3, column 16: Expecting property name" in err.describe("en")
    assert "hier wordt een veldnaam" in err.problems[0].nl
    assert "Expecting property name" in err.problems[0].en


def test_truncated_file(tmp_path: Path) -> None:
    data = dump_charter(small_charter())
    err = _load_error(_write(tmp_path, data[: len(data) // 2]))
    assert err.kind is FileErrorKind.NOT_JSON


def test_binary_file(tmp_path: Path) -> None:
    err = _load_error(_write(tmp_path, b"PK\x03\x04\x00\xff\xfe binary"))
    assert err.kind is FileErrorKind.NOT_TEXT
    assert "UTF-8" in err.describe("en")


@pytest.mark.parametrize("content", ["[1, 2]", '"text"', "42", '{"hello": "world"}'])
def test_json_that_is_not_a_charter(tmp_path: Path, content: str) -> None:
    err = _load_error(_write(tmp_path, content))
    assert err.kind is FileErrorKind.NOT_A_CHARTER
    assert "not a Charter Builder charter" in err.describe("en")


def test_other_format_marker(tmp_path: Path) -> None:
    raw = _valid_raw()
    raw["format"] = "charter-builder/partner-package"
    err = _load_error(_write(tmp_path, json.dumps(raw)))
    assert err.kind is FileErrorKind.NOT_A_CHARTER
    assert err.problems[0].path == "format"


def test_newer_schema_version_is_refused(tmp_path: Path) -> None:
    raw = _valid_raw()
    raw["schema_version"] = SCHEMA_VERSION + 1
    err = _load_error(_write(tmp_path, json.dumps(raw)))
    assert err.kind is FileErrorKind.NEWER_VERSION
    assert "Update Charter Builder" in err.describe("en")
    assert "Werk Charter Builder bij" in err.describe("nl")


@pytest.mark.parametrize("version", ["2", 0, -1, True, 1.5])
def test_nonsense_schema_version(tmp_path: Path, version: object) -> None:
    raw = _valid_raw()
    raw["schema_version"] = version
    err = _load_error(_write(tmp_path, json.dumps(raw)))
    assert err.problems[0].path == "schema_version"


def test_invalid_charter_lists_each_field(tmp_path: Path) -> None:
    raw = _valid_raw()
    raw["partners"][1]["type"] = "bank"
    raw["governance"]["kpis"][0]["baseline"] = "laag"
    err = _load_error(_write(tmp_path, json.dumps(raw)))
    assert err.kind is FileErrorKind.INVALID
    text = err.describe("en")
    assert "partners[1].type: must be one of" in text
    assert "governance.kpis[0].baseline: must be a number (found: 'laag')" in text


def test_dangling_reference_is_reported_once_types_are_right(tmp_path: Path) -> None:
    # References are checked on a well-typed charter: a file with type errors reports those first.
    raw = _valid_raw()
    raw["governance"]["kpis"][0]["owner_id"] = "ghost"
    err = _load_error(_write(tmp_path, json.dumps(raw)))
    assert "governance.kpis[0].owner_id: refers to partner 'ghost'" in err.describe("en")
    assert "verwijst naar partner 'ghost'" in err.describe("nl")


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonfile, "MAX_FILE_BYTES", 1000)
    err = _load_error(
        _write(tmp_path, dump_charter(large_charter(partners=3, kpis=3, activities=3, flows=3)))
    )
    assert err.kind is FileErrorKind.TOO_LARGE
    assert "MB" in err.describe("en")


def test_deeply_nested_json_is_refused(tmp_path: Path) -> None:
    raw = _valid_raw()
    text = json.dumps(raw)[:-1] + ', "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    err = _load_error(_write(tmp_path, text))
    assert "deeper than" in err.describe("en")


def test_brackets_inside_text_do_not_count_as_nesting(tmp_path: Path) -> None:
    c = small_charter()
    c.purpose.problem = "[" * 500 + '{"' * 100
    path = tmp_path / "a.charter.json"
    save_charter(c, path)
    assert load_charter(path).purpose.problem == c.purpose.problem


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    c = small_charter()
    path = _write(tmp_path, b"\xef\xbb\xbf" + dump_charter(c))
    assert load_charter(path) == c


def test_folder_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "dir.charter.json"
    folder.mkdir()
    err = _load_error(folder)
    assert err.kind is FileErrorKind.UNREADABLE
