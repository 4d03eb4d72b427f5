"""Recovery files: where they live, that they are private and atomic, and that they round-trip."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from charter_builder.model import Charter
from charter_builder.storage import CharterFileError, FileErrorKind
from charter_builder.storage.recovery import (
    list_recoveries,
    recovery_dir,
    remove_recovery,
    write_recovery,
)


def _charter(title: str = "Convenant Test") -> Charter:
    return Charter.new(title=title, partnership_name="Samenwerking Test")


def test_recovery_dir_follows_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CHARTER_BUILDER_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform != "win32":
        assert recovery_dir() == tmp_path / "xdg" / "charter-builder" / "recovery"
    monkeypatch.setenv("CHARTER_BUILDER_DATA_DIR", str(tmp_path / "explicit"))
    assert recovery_dir() == tmp_path / "explicit" / "recovery"


def test_recovery_dir_without_xdg_uses_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("Windows uses LOCALAPPDATA")
    monkeypatch.delenv("CHARTER_BUILDER_DATA_DIR", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert recovery_dir() == tmp_path / ".local" / "share" / "charter-builder" / "recovery"


def test_write_list_load_remove_round_trip(tmp_path: Path) -> None:
    charter = _charter()
    source = tmp_path / "mijn.charter.json"
    path = write_recovery(charter, source)
    assert path.parent == recovery_dir()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    [entry] = list_recoveries()
    assert entry.path == path
    assert entry.source_path == source.resolve()
    assert entry.title == "Convenant Test"
    assert entry.readable
    assert entry.load() == charter
    remove_recovery(path)
    assert list_recoveries() == []
    remove_recovery(path)  # already gone: no error


def test_same_file_overwrites_its_recovery_and_new_charters_are_separate(tmp_path: Path) -> None:
    a, b = _charter("A"), _charter("B")
    first = write_recovery(a, tmp_path / "a.charter.json")
    a.metadata.title = "A2"
    second = write_recovery(a, tmp_path / "a.charter.json")
    assert first == second
    unsaved = write_recovery(b, None)
    assert unsaved != first
    entries = list_recoveries()
    assert {e.title for e in entries} == {"A2", "B"}
    assert next(e for e in entries if e.path == unsaved).source_path is None
    # no temporary files are left behind by the atomic writes
    assert sorted(p.name for p in recovery_dir().iterdir()) == sorted([first.name, unsaved.name])


def test_damaged_recovery_is_listed_but_cannot_load() -> None:
    folder = recovery_dir()
    folder.mkdir(parents=True)
    bad = folder / "broken-000000000000.recovery.json"
    bad.write_text('{"format": "charter-builder/recov', encoding="utf-8")
    [entry] = list_recoveries()
    assert not entry.readable
    with pytest.raises(CharterFileError):
        entry.load()


def test_recovery_with_invalid_charter_reports_problems() -> None:
    path = write_recovery(_charter(), None)
    text = path.read_text(encoding="utf-8").replace('"title": "Convenant Test"', '"title": 12')
    path.write_text(text, encoding="utf-8")
    [entry] = list_recoveries()
    with pytest.raises(CharterFileError) as info:
        entry.load()
    assert info.value.kind is FileErrorKind.INVALID


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_unwritable_data_dir_raises_write_failed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    monkeypatch.setenv("CHARTER_BUILDER_DATA_DIR", str(ro))
    try:
        with pytest.raises(CharterFileError) as info:
            write_recovery(_charter(), None)
        assert info.value.kind is FileErrorKind.WRITE_FAILED
    finally:
        ro.chmod(0o700)


def test_temporaries_of_killed_writes_are_cleaned_up_when_old() -> None:
    path = write_recovery(_charter(), None)
    old = path.parent / f".{path.name}.abc123.tmp"
    young = path.parent / f".{path.name}.def456.tmp"
    old.write_bytes(b"{half")
    young.write_bytes(b"{half")
    long_ago = old.stat().st_mtime - 3600
    os.utime(old, (long_ago, long_ago))
    assert [e.path for e in list_recoveries()] == [path]  # temporaries are never listed
    assert not old.exists()
    assert young.exists()  # may belong to a write in progress
