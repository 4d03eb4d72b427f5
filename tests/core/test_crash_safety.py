"""Crash safety: killed saves, a full disk and read-only folders never cost the saved work.

Also the privacy of the files themselves: user-only permissions, and nothing in them beyond what
the user typed (plus user and host in the lock file).
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from charter_builder.model import Charter, Partner
from charter_builder.storage import CharterFileError, FileErrorKind, atomic, load_charter, lock, save_charter
from charter_builder.storage.atomic import remove_stale_temp_files

ROOT = Path(__file__).resolve().parents[2]
KILL_LOOP = ROOT / "tools" / "kill_loop.py"
POSIX = os.name == "posix" and hasattr(os, "fork")


def _charter(title: str = "Convenant") -> Charter:
    c = Charter.new(title=title, partnership_name="Testverband")
    c.partners = [Partner(id="gem", name="Gemeente"), Partner(id="pol", name="Politie")]
    return c


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    p = tmp_path / "c.charter.json"
    save_charter(_charter("Oud"), p, backup=False)
    return p


def _temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def _kill_loop(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, str(KILL_LOOP), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
        check=False,
    )


# -- the kill loop ------------------------------------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="fork and SIGKILL")
def test_twenty_kills_lose_nothing() -> None:
    result = _kill_loop("20", "--seed", "3")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == "20 kills, 0 lost"
    assert "recovery file checked: yes" in result.stdout


@pytest.mark.skipif(not POSIX, reason="fork and SIGKILL")
def test_the_kill_loop_catches_a_naive_save() -> None:
    """The checker is real: overwriting the file in place does lose work under the same kills."""
    result = _kill_loop("20", "--seed", "3", "--naive")
    assert result.returncode == 1, result.stdout + result.stderr
    kills, lost = result.stdout.splitlines()[0].split(", ")
    assert kills == "20 kills"
    assert int(lost.split()[0]) > 0


@pytest.mark.slow
@pytest.mark.skipif(not POSIX, reason="fork and SIGKILL")
def test_two_hundred_kills_lose_nothing() -> None:
    result = _kill_loop("200", "--seed", "7", timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0] == "200 kills, 0 lost"


# -- disk full ----------------------------------------------------------------------------------


def _enospc(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("backup", [True, False])
def test_disk_full_at_fsync_keeps_the_old_file(
    saved: Path, monkeypatch: pytest.MonkeyPatch, backup: bool
) -> None:
    before = saved.read_bytes()
    monkeypatch.setattr(atomic.os, "fsync", _enospc)
    with pytest.raises(CharterFileError) as info:
        save_charter(_charter("Nieuw"), saved, backup=backup)
    err = info.value
    assert err.kind is FileErrorKind.WRITE_FAILED
    assert "could not be saved" in err.describe("en")
    assert os.strerror(errno.ENOSPC) in err.describe("en")
    assert "de schijf is vol" in err.describe("nl")
    assert saved.read_bytes() == before
    assert _temp_files(saved.parent) == []


class _FullFile:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __enter__(self) -> _FullFile:
        return self

    def __exit__(self, *exc: object) -> None:
        os.close(self.fd)

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:  # pragma: no cover - not reached
        pass

    def fileno(self) -> int:  # pragma: no cover - not reached
        return self.fd


def test_disk_full_at_write_keeps_the_old_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, *a, **k: _FullFile(fd))
    with pytest.raises(CharterFileError) as info:
        save_charter(_charter("Nieuw"), saved)
    assert info.value.kind is FileErrorKind.WRITE_FAILED
    assert "de schijf is vol" in info.value.describe("nl")
    assert saved.read_bytes() == before
    assert load_charter(saved).metadata.title == "Oud"
    assert _temp_files(saved.parent) == []


def test_disk_full_during_autosave_keeps_the_previous_recovery_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recovery = pytest.importorskip("charter_builder.storage.recovery")
    monkeypatch.setenv("CHARTER_BUILDER_DATA_DIR", str(tmp_path / "data"))
    source = tmp_path / "c.charter.json"
    first = recovery.write_recovery(_charter("Eerste"), source)
    before = first.read_bytes()
    monkeypatch.setattr(atomic.os, "fsync", _enospc)
    with pytest.raises(CharterFileError) as info:
        recovery.write_recovery(_charter("Tweede"), source)
    assert info.value.kind is FileErrorKind.WRITE_FAILED
    assert first.read_bytes() == before
    assert _temp_files(first.parent) == []


# -- read-only folders --------------------------------------------------------------------------


def _chmod_is_enforced(folder: Path) -> bool:
    """Return whether a read-only folder really refuses writes here (not as root, not on every OS)."""
    os.chmod(folder, 0o555)
    try:
        probe = tempfile.NamedTemporaryFile(dir=folder)  # noqa: SIM115 - closed right away
    except OSError:
        return True
    probe.close()
    return False


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_gives_a_clear_error_and_keeps_the_file(saved: Path) -> None:
    folder = saved.parent
    before = saved.read_bytes()
    try:
        if not _chmod_is_enforced(folder):
            pytest.skip("running as root (or on a file system without permissions): chmod has no effect")
        with pytest.raises(CharterFileError) as info:
            save_charter(_charter("Nieuw"), saved)
        assert info.value.kind is FileErrorKind.WRITE_FAILED
        assert "geen schrijfrechten" in info.value.describe("nl")
        assert "Permission denied" in info.value.describe("en")
        res = lock.acquire(saved)
        assert res.status is lock.LockStatus.UNAVAILABLE
    finally:
        os.chmod(folder, 0o755)
    assert saved.read_bytes() == before


@pytest.mark.parametrize(
    ("code", "nl"),
    [(errno.EACCES, "geen schrijfrechten in deze map"), (errno.EROFS, "de map is alleen-lezen")],
)
def test_read_only_folder_simulated(saved: Path, monkeypatch: pytest.MonkeyPatch, code: int, nl: str) -> None:
    """The same, independent of who runs the tests: the OS refuses to create the temporary file."""
    before = saved.read_bytes()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(CharterFileError) as info:
        save_charter(_charter("Nieuw"), saved)
    assert info.value.kind is FileErrorKind.WRITE_FAILED
    assert nl in info.value.describe("nl")
    assert os.strerror(code) in info.value.describe("en")
    assert saved.read_bytes() == before


def test_missing_folder_is_a_write_error(tmp_path: Path) -> None:
    with pytest.raises(CharterFileError) as info:
        save_charter(_charter(), tmp_path / "weg" / "c.charter.json")
    assert info.value.kind is FileErrorKind.WRITE_FAILED
    assert "de map bestaat niet" in info.value.describe("nl")


# -- leftovers of killed saves ------------------------------------------------------------------


def test_temporary_files_of_killed_saves_are_harmless_and_cleaned_when_old(saved: Path) -> None:
    folder = saved.parent
    old = folder / f".{saved.name}.killed1.tmp"
    fresh = folder / f".{saved.name}.inflight.tmp"
    other = folder / ".ander.charter.json.x.tmp"
    for p in (old, fresh, other):
        p.write_bytes(b'{"half": ')
    long_ago = time.time() - 2 * atomic.STALE_TEMP_SECONDS
    os.utime(old, (long_ago, long_ago))
    os.utime(other, (long_ago, long_ago))
    assert load_charter(saved).metadata.title == "Oud"
    save_charter(_charter("Nieuw"), saved)
    assert load_charter(saved).metadata.title == "Nieuw"
    assert not old.exists()  # a killed save's leftover
    assert fresh.exists()  # perhaps a save in progress elsewhere: left alone
    assert other.exists()  # another file's: not ours to judge
    assert remove_stale_temp_files(saved, older_than=-1) == 1
    assert not fresh.exists()


# -- privacy of the files -----------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saved_backup_recovery_and_lock_files_are_user_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.charter.json"
    path.write_text("{}")
    os.chmod(path, 0o644)  # e.g. copied in by hand
    save_charter(_charter(), path)
    save_charter(_charter("Twee"), path)
    files = [path, path.with_name(path.name + ".bak")]
    lock.acquire(path)
    files.append(lock.lock_path(path))
    try:
        from charter_builder.storage.recovery import write_recovery
    except ImportError:  # pragma: no cover
        pass
    else:
        monkeypatch.setenv("CHARTER_BUILDER_DATA_DIR", str(tmp_path / "data"))
        files.append(write_recovery(_charter(), path))
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f


def test_files_hold_nothing_beyond_what_was_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No user name, host name, home folder, path or environment in the charter; only user and host in the lock."""
    monkeypatch.setenv("CHARTER_BUILDER_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "geheime-map-xq7"
    folder.mkdir()
    path = folder / "c.charter.json"
    c = _charter()
    save_charter(c, path)
    save_charter(c, path)
    user, host = getpass.getuser(), socket.gethostname()
    charter_text = path.read_text(encoding="utf-8")
    raw = json.loads(charter_text)
    assert raw == c.model_dump(mode="json")  # exactly the model, nothing added
    for leak in (f'"{user}"', f'"{host}"', "geheime-map-xq7", str(Path.home()), str(os.getpid())):
        assert leak not in charter_text
    assert path.with_name(path.name + ".bak").read_text(encoding="utf-8") == charter_text

    lock.acquire(path)
    lock_raw = json.loads(lock.lock_path(path).read_text(encoding="utf-8"))
    assert lock_raw["user"] == user
    assert lock_raw["host"] == host
    assert "geheime-map-xq7" not in json.dumps(lock_raw)
    assert str(Path.home()) not in json.dumps(lock_raw)

    recovery = pytest.importorskip("charter_builder.storage.recovery")
    envelope = json.loads(recovery.write_recovery(c, path).read_text(encoding="utf-8"))
    # The recovery file must say which charter it belongs to; beyond that only the charter and a time.
    assert set(envelope) == {"format", "source_path", "saved_at", "charter"}
    assert envelope["charter"] == c.model_dump(mode="json")
