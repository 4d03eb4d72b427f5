"""The lock file beside a charter: who has it open, stale locks, heartbeat, release, privacy."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from charter_builder.storage import lock
from charter_builder.storage.lock import LockInfo, LockStatus


@pytest.fixture
def charter(tmp_path: Path) -> Path:
    p = tmp_path / "regio.charter.json"
    p.write_text("{}", encoding="utf-8")
    return p


def _foreign(pid: int, host: str, hours_ago: float = 0.0, user: str = "jan") -> LockInfo:
    t = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=hours_ago)
    return LockInfo(user, host, pid, t, t, "0.0.9")


def _write(charter: Path, info: LockInfo) -> None:
    lock.lock_path(charter).write_bytes(info.to_bytes())


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_lock_file_sits_beside_the_charter_hidden() -> None:
    assert lock.lock_path("/share/regio.charter.json") == Path("/share/.regio.charter.json.lock")


def test_acquire_writes_who_where_since_and_nothing_else(charter: Path) -> None:
    res = lock.acquire(charter)
    assert res.acquired
    assert res.status is LockStatus.ACQUIRED
    raw = json.loads(lock.lock_path(charter).read_text(encoding="utf-8"))
    assert set(raw) == {"format", "user", "host", "pid", "since", "heartbeat", "version"}
    assert raw["pid"] == os.getpid()
    assert raw["format"] == lock.LOCK_FORMAT
    assert dt.datetime.fromisoformat(raw["since"]).tzinfo is not None
    # No path, no home folder, no environment: only the user and host names.
    text = lock.lock_path(charter).read_text(encoding="utf-8")
    assert str(charter.parent) not in text
    assert os.environ["HOME"] not in text


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_lock_file_is_user_only(charter: Path) -> None:
    lock.acquire(charter)
    assert stat.S_IMODE(lock.lock_path(charter).stat().st_mode) == 0o600
    lock.refresh(charter)
    assert stat.S_IMODE(lock.lock_path(charter).stat().st_mode) == 0o600


def test_acquire_twice_in_the_same_program_is_fine(charter: Path) -> None:
    first = lock.acquire(charter)
    again = lock.acquire(charter)
    assert again.acquired
    assert again.holder == first.holder


def test_someone_else_holding_it_is_reported_with_who_and_since(charter: Path) -> None:
    other = _foreign(pid=os.getppid(), host="pc-collega-12")
    _write(charter, other)
    res = lock.acquire(charter)
    assert res.held_by_other
    assert not res.acquired
    assert res.holder == other
    assert not res.stale
    nl = res.describe("nl")
    en = res.describe("en")
    assert "jan" in nl
    assert "pc-collega-12" in nl
    assert "open sinds" in nl
    assert "jan" in en
    assert "pc-collega-12" in en
    assert "open since" in en
    # Their lock is untouched.
    assert LockInfo.from_bytes(lock.lock_path(charter).read_bytes()) == other


def test_same_host_dead_process_is_stale_and_can_be_broken(charter: Path) -> None:
    dead = _foreign(pid=_dead_pid(), host=lock._current_host())
    _write(charter, dead)
    res = lock.acquire(charter)
    assert res.held_by_other
    assert res.stale
    assert "vastgelopen" in res.describe("nl")
    assert lock.break_stale(charter)
    assert not lock.lock_path(charter).exists()
    assert lock.acquire(charter).acquired


def test_same_host_live_process_is_not_stale(charter: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        _write(charter, _foreign(pid=proc.pid, host=lock._current_host()))
        res = lock.acquire(charter)
        assert res.held_by_other
        assert not res.stale
        assert not lock.break_stale(charter)
        assert lock.lock_path(charter).exists()
    finally:
        proc.kill()
        proc.wait()


def test_other_host_is_stale_only_after_hours_without_heartbeat(charter: Path) -> None:
    _write(charter, _foreign(pid=1, host="elders", hours_ago=11))
    assert not lock.acquire(charter, stale_after_hours=12).stale
    assert not lock.break_stale(charter, stale_after_hours=12)
    _write(charter, _foreign(pid=1, host="elders", hours_ago=13))
    assert lock.acquire(charter, stale_after_hours=12).stale
    assert lock.break_stale(charter, stale_after_hours=12)


def test_refresh_moves_the_heartbeat_and_keeps_since(charter: Path) -> None:
    res = lock.acquire(charter)
    later = res.holder.since + dt.timedelta(hours=20)
    assert lock.refresh(charter, now=later)
    info = lock.read_lock(charter)
    assert info is not None
    assert info.since == res.holder.since
    assert info.heartbeat == later
    # With a recent heartbeat the lock is not stale, however old "since" is.
    assert not info.is_stale(now=later + dt.timedelta(hours=1))


def test_refresh_and_release_leave_a_lock_taken_over_by_someone_else(charter: Path) -> None:
    lock.acquire(charter)
    other = _foreign(pid=os.getppid(), host="pc-collega-12")
    _write(charter, other)  # they chose "open anyway"
    assert not lock.refresh(charter)
    assert not lock.release(charter)
    assert lock.read_lock(charter) == other


def test_release_removes_our_lock(charter: Path) -> None:
    lock.acquire(charter)
    assert lock.release(charter)
    assert not lock.lock_path(charter).exists()
    assert not lock.release(charter)


def test_force_takes_over_a_live_lock(charter: Path) -> None:
    _write(charter, _foreign(pid=os.getppid(), host="pc-collega-12"))
    res = lock.acquire(charter, force=True)
    assert res.acquired
    info = lock.read_lock(charter)
    assert info is not None
    assert info.is_mine()


def test_garbage_lock_is_held_until_it_is_old(charter: Path) -> None:
    path = lock.lock_path(charter)
    path.write_bytes(b"")  # a program died between creating and writing the lock
    res = lock.acquire(charter)
    assert res.held_by_other
    assert res.holder is None
    assert not res.stale
    assert "Iemand anders" in res.describe("nl")
    old = path.stat().st_mtime - 3600
    os.utime(path, (old, old))
    assert lock.acquire(charter).stale
    assert lock.break_stale(charter)
    assert lock.acquire(charter).acquired


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe not utf-8",
        b"[1, 2]",
        b'{"format": "charter-builder/lock", "user": 5, "host": "x", "pid": 1, "since": "2026-01-01T00:00:00"}',
        b'{"format": "charter-builder/lock", "user": "a", "host": "x", "pid": "1", "since": "2026-01-01"}',
        b'{"format": "charter-builder/lock", "user": "a", "host": "x", "pid": 1, "since": "gisteren"}',
        b'{"format": "something-else"}',
        b"[" * 100_000,
    ],
)
def test_malformed_lock_never_raises(charter: Path, content: bytes) -> None:
    lock.lock_path(charter).write_bytes(content)
    assert lock.read_lock(charter) is None
    res = lock.acquire(charter)
    assert res.held_by_other
    assert res.holder is None


def test_read_only_folder_gives_unavailable_not_an_exception(
    charter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock.os, "open", refuse)
    res = lock.acquire(charter)
    assert res.status is LockStatus.UNAVAILABLE
    assert "Permission denied" in res.describe("en")
    assert "vergrendeling" in res.describe("nl")


def test_a_second_process_sees_the_first_one(charter: Path) -> None:
    """Two real programs: the child acquires, the parent is told who holds it, then the child releases."""
    code = (
        "import sys, time\n"
        "from charter_builder.storage import lock\n"
        "r = lock.acquire(sys.argv[1])\n"
        "print(r.status.value, flush=True)\n"
        "sys.stdin.readline()\n"
        "print(lock.release(sys.argv[1]), flush=True)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(charter)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdin is not None
        assert proc.stdout.readline().strip() == "acquired"
        res = lock.acquire(charter)
        assert res.held_by_other
        assert not res.stale
        assert res.holder is not None
        assert res.holder.pid == proc.pid
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "True"
    finally:
        proc.wait(timeout=30)
    assert lock.acquire(charter).acquired


def test_killed_holder_leaves_a_stale_lock(charter: Path) -> None:
    code = "import sys\nfrom charter_builder.storage import lock\nlock.acquire(sys.argv[1])\n"
    subprocess.run([sys.executable, "-c", code, str(charter)], check=True, timeout=60)
    res = lock.acquire(charter)
    assert res.held_by_other
    assert res.stale
    assert lock.break_stale(charter)
    assert lock.acquire(charter).acquired


def test_break_stale_puts_back_a_fresh_lock_that_slipped_in(
    charter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between judging a lock stale and renaming it, another program may have written a fresh one."""
    _write(charter, _foreign(pid=_dead_pid(), host=lock._current_host()))
    fresh = _foreign(pid=os.getppid(), host="pc-collega-12")
    real_replace = os.replace

    def sneaky_replace(src: object, dst: object) -> None:
        if str(dst).endswith(tuple("0123456789abcdef")) and ".broken-" in str(dst):
            _write(charter, fresh)
        real_replace(src, dst)

    monkeypatch.setattr(lock.os, "replace", sneaky_replace)
    assert not lock.break_stale(charter)
    assert lock.read_lock(charter) == fresh
    assert not list(charter.parent.glob("*.broken-*"))


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=300).map(str.encode))
def test_any_lock_file_content_is_handled(tmp_path_factory: pytest.TempPathFactory, content: bytes) -> None:
    charter = tmp_path_factory.mktemp("lock") / "c.charter.json"
    lock.lock_path(charter).write_bytes(content)
    with contextlib.suppress(ValueError):
        LockInfo.from_bytes(content)
    res = lock.acquire(charter)
    assert res.status in {LockStatus.HELD, LockStatus.ACQUIRED}
    res.describe("nl")
    lock.break_stale(charter)


@settings(max_examples=50, derandomize=True, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_any_user_and_host_name_round_trips(user: str, host: str) -> None:
    t = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    info = LockInfo(user, host, 4242, t, t, "1.0")
    assert LockInfo.from_bytes(info.to_bytes()) == info


@settings(max_examples=100, derandomize=True, deadline=None)
@example(
    dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14))),
    dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-14))),
)
@given(st.datetimes(timezones=st.timezones() | st.none()), st.datetimes(timezones=st.timezones() | st.none()))
def test_any_time_in_a_lock_file_is_handled(since: dt.datetime, heartbeat: dt.datetime) -> None:
    raw = {
        "format": lock.LOCK_FORMAT,
        "user": "jan",
        "host": "elders",
        "pid": 1,
        "since": since.isoformat(),
        "heartbeat": heartbeat.isoformat(),
    }
    try:
        info = LockInfo.from_bytes(json.dumps(raw).encode())
    except ValueError:
        return
    info.is_stale()
    assert "jan" in info.describe("nl")
    assert "jan" in info.describe("en")


def test_another_users_unreadable_lock_lives_as_long_as_its_heartbeat(
    charter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a POSIX share a colleague's 0600 lock cannot be read; its modification time is its heartbeat."""
    path = lock.lock_path(charter)
    _write(charter, _foreign(pid=1, host="elders"))
    real = lock._read_small

    def denied(p: Path) -> bytes:
        if p == path:
            raise PermissionError(13, "Permission denied")
        return real(p)

    monkeypatch.setattr(lock, "_read_small", denied)
    hour_ago = time.time() - 3600
    os.utime(path, (hour_ago, hour_ago))
    res = lock.acquire(charter)
    assert res.held_by_other
    assert res.holder is None
    assert not res.stale
    assert not lock.break_stale(charter)
    assert path.exists()
    long_ago = time.time() - 13 * 3600
    os.utime(path, (long_ago, long_ago))
    assert lock.acquire(charter, stale_after_hours=12).stale
