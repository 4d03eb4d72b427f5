"""Detecting that a colleague saved the charter since we opened it, and saying what they changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from charter_builder.diff import ChangeKind
from charter_builder.model import Charter, Partner
from charter_builder.storage import dump_charter, load_charter, save_charter
from charter_builder.storage.disk_state import DiskState, changed_fields, changed_since


def _charter() -> Charter:
    c = Charter.new(title="Convenant")
    c.partners = [Partner(id="gem", name="Gemeente"), Partner(id="pol", name="Politie")]
    return c


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    p = tmp_path / "c.charter.json"
    save_charter(_charter(), p)
    return p


def test_capture_records_size_time_and_hash(saved: Path) -> None:
    st = DiskState.capture(saved)
    assert st.exists
    assert st.size == saved.stat().st_size
    assert st.mtime_ns == saved.stat().st_mtime_ns
    assert len(st.sha256) == 64
    assert not changed_since(st)
    assert not st.changed()


def test_a_colleagues_save_is_detected_and_described(saved: Path) -> None:
    opened = load_charter(saved)
    st = DiskState.capture(saved)
    theirs = opened.model_copy(deep=True)
    theirs.partners.append(Partner(id="om", name="OM"))
    save_charter(theirs, saved)
    assert changed_since(st)
    changes = changed_fields(opened, load_charter(saved))
    assert [(c.kind, c.record_id) for c in changes] == [(ChangeKind.ADDED, "om")]
    assert changes[0].en == "Partner 'OM' joined"


def test_same_size_other_content_is_a_change(saved: Path) -> None:
    st = DiskState.capture(saved)
    data = saved.read_bytes()
    swapped = data.replace(b"Gemeente", b"Gemeenta")
    assert len(swapped) == len(data)
    saved.write_bytes(swapped)
    os.utime(saved, ns=(st.mtime_ns, st.mtime_ns))  # a share that keeps the old time
    assert changed_since(st)


def test_touched_but_identical_is_no_change(saved: Path) -> None:
    st = DiskState.capture(saved)
    os.utime(saved, ns=(st.mtime_ns + 5_000_000_000, st.mtime_ns + 5_000_000_000))
    assert not changed_since(st)


def test_deleted_or_created_file_is_a_change(saved: Path, tmp_path: Path) -> None:
    st = DiskState.capture(saved)
    saved.unlink()
    assert changed_since(st)
    missing = DiskState.capture(tmp_path / "nog-niet.charter.json")
    assert not missing.exists
    assert not changed_since(missing)
    (tmp_path / "nog-niet.charter.json").write_text("{}")
    assert changed_since(missing)


def test_unreadable_file_counts_as_changed(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    st = DiskState.capture(saved)

    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("charter_builder.storage.disk_state._sha256_file", refuse)
    assert changed_since(st)


def test_state_after_our_own_save_from_the_bytes(saved: Path) -> None:
    c = _charter()
    c.metadata.title = "Anders"
    save_charter(c, saved)
    st = DiskState.of_bytes(saved, dump_charter(c))
    assert st.same_content(DiskState.capture(saved))
    assert not changed_since(st)


def test_save_if_unchanged_saves_and_returns_the_new_state(saved: Path) -> None:
    from charter_builder.storage.disk_state import save_if_unchanged

    opened_state = DiskState.capture(saved)
    mine = load_charter(saved)
    mine.metadata.title = "Mijn versie"
    state = save_if_unchanged(mine, saved, opened_state)
    assert load_charter(saved).metadata.title == "Mijn versie"
    assert not changed_since(state)
    # The next save starts from the state the first one returned.
    mine.metadata.title = "Nog eens"
    save_if_unchanged(mine, saved, state)
    assert load_charter(saved).metadata.title == "Nog eens"


def test_save_if_unchanged_never_overwrites_a_colleagues_save(saved: Path) -> None:
    from charter_builder.storage.disk_state import ChangedOnDisk, save_if_unchanged

    opened = load_charter(saved)
    opened_state = DiskState.capture(saved)
    theirs = opened.model_copy(deep=True)
    theirs.partners[1].name = "Politie Eenheid Zee"
    save_charter(theirs, saved)
    theirs_bytes = saved.read_bytes()
    mine = opened.model_copy(deep=True)
    mine.metadata.title = "Mijn versie"
    with pytest.raises(ChangedOnDisk) as info:
        save_if_unchanged(mine, saved, opened_state, opened)
    assert saved.read_bytes() == theirs_bytes
    assert info.value.theirs == theirs
    assert [c.en for c in info.value.changes] == ["Partner 'Politie' renamed to 'Politie Eenheid Zee'"]


def test_save_if_unchanged_reports_a_damaged_or_deleted_file(saved: Path) -> None:
    from charter_builder.storage import FileErrorKind
    from charter_builder.storage.disk_state import ChangedOnDisk, save_if_unchanged

    opened_state = DiskState.capture(saved)
    saved.write_text("{ kapot", encoding="utf-8")
    with pytest.raises(ChangedOnDisk) as info:
        save_if_unchanged(_charter(), saved, opened_state, _charter())
    assert info.value.theirs is None
    assert info.value.error is not None
    assert info.value.error.kind is FileErrorKind.NOT_JSON
    saved.unlink()
    with pytest.raises(ChangedOnDisk) as info:
        save_if_unchanged(_charter(), saved, opened_state)
    assert info.value.error is not None
    assert info.value.error.kind is FileErrorKind.NOT_FOUND
