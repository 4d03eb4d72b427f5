"""A lock file next to the charter tells colleagues on a shared drive who has it open, and since when.

The lock is advisory: it never stops anyone from opening the charter, it lets the program say
"Jan (on PC-12) has had this open since 09:14" and offer read-only or "open anyway". It holds only
the user name and host name (so people recognise each other), the process id (to detect a crashed
program on the same computer), two timestamps and the program version: nothing else.

The lock file is ``.<charter file name>.lock`` in the charter's folder, created atomically
(``O_CREAT | O_EXCL``) with user-only permissions where the OS honours them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .. import __version__
from ..identity import current_user
from .atomic import atomic_write_bytes

LOCK_FORMAT = "charter-builder/lock"
#: A lock whose heartbeat is older than this is stale even when its owner's computer is unknown
#: (another host on the shared drive). The program refreshes the heartbeat every few minutes.
DEFAULT_STALE_HOURS = 12.0
#: How often a program holding a lock should call ``refresh``; far below ``DEFAULT_STALE_HOURS``.
HEARTBEAT_SECONDS = 300
#: A lock file that cannot be parsed is treated as stale once it is this old; younger than this,
#: it may be a lock another program is writing this very moment.
UNREADABLE_GRACE_SECONDS = 10.0
_PLAUSIBLE = (1971, 9000)
#: Lock files are tiny; anything larger is not ours and is not read into memory.
_MAX_LOCK_BYTES = 4096


def lock_path(charter_path: Path | str) -> Path:
    """Return where the lock file of ``charter_path`` lives: ``.<name>.lock`` beside it."""
    p = Path(charter_path)
    return p.with_name(f".{p.name}.lock")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _current_user() -> str:
    return current_user() or "?"


def _current_host() -> str:
    # gethostname reads the local name only; it never touches the network.
    try:
        return socket.gethostname() or "?"
    except OSError:
        return "?"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock: user and host, the process, since when, and the last sign of life."""

    user: str
    host: str
    pid: int
    since: dt.datetime
    heartbeat: dt.datetime
    version: str

    @classmethod
    def mine(cls, now: dt.datetime | None = None) -> LockInfo:
        """Return the lock this program would write now."""
        t = now or _now()
        return cls(_current_user(), _current_host(), os.getpid(), t, t, __version__)

    def to_bytes(self) -> bytes:
        data = {
            "format": LOCK_FORMAT,
            "user": self.user,
            "host": self.host,
            "pid": self.pid,
            "since": self.since.isoformat(),
            "heartbeat": self.heartbeat.isoformat(),
            "version": self.version,
        }
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> LockInfo:
        """Parse a lock file; raises ``ValueError`` for anything that is not a well-formed lock."""
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, RecursionError) as exc:
            raise ValueError(str(exc)) from exc
        if not isinstance(raw, dict) or raw.get("format") != LOCK_FORMAT:
            raise ValueError("not a Charter Builder lock file")
        try:
            user, host, pid = raw["user"], raw["host"], raw["pid"]
            since = dt.datetime.fromisoformat(raw["since"])
            heartbeat = dt.datetime.fromisoformat(raw["heartbeat"] if "heartbeat" in raw else raw["since"])
            version = raw.get("version", "?")
        except (KeyError, TypeError) as exc:
            raise ValueError(f"lock file lacks {exc}") from exc
        if not (isinstance(user, str) and isinstance(host, str) and isinstance(version, str)):
            raise ValueError("lock file has wrong types")
        if not isinstance(pid, int) or isinstance(pid, bool):
            raise ValueError("lock file has no valid pid")
        since, heartbeat = _aware(since), _aware(heartbeat)
        if not all(_PLAUSIBLE[0] <= t.year <= _PLAUSIBLE[1] for t in (since, heartbeat)):
            # Far-off years overflow when converted to local time for the message.
            raise ValueError("lock file has an implausible time")
        return cls(user, host, pid, since, heartbeat, version)

    def is_mine(self) -> bool:
        """Return whether this very process wrote the lock."""
        return self.pid == os.getpid() and self.host == _current_host()

    def is_stale(
        self, *, now: dt.datetime | None = None, stale_after_hours: float = DEFAULT_STALE_HOURS
    ) -> bool:
        """Return whether the holder is evidently gone.

        Stale means: written on this computer by a process that no longer runs, or no heartbeat
        for ``stale_after_hours`` (the holder's computer may have crashed or lost the share).
        """
        t = now or _now()
        if self.host == _current_host() and not pid_alive(self.pid):
            return True
        return t - self.heartbeat > dt.timedelta(hours=stale_after_hours)

    def describe(self, lang: str = "en") -> str:
        """Return a sentence for the "someone has this open" dialog."""
        since = self.since.astimezone()
        if lang == "nl":
            return (
                f"{self.user} (computer {self.host}) heeft dit convenant open sinds {since:%d-%m-%Y %H:%M}."
            )
        return f"{self.user} (computer {self.host}) has had this charter open since {since:%Y-%m-%d %H:%M}."


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def pid_alive(pid: int) -> bool:
    """Return whether a process with this id runs on this computer (when unsure: yes)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, owned by someone else
        return True
    except OSError:
        return True
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    # os.kill(pid, 0) would send CTRL_C_EVENT on Windows; ask the kernel instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


class LockStatus(StrEnum):
    ACQUIRED = "acquired"
    """This program holds the lock now."""
    HELD = "held"
    """Someone else holds it; ``holder`` says who (``None`` when their lock cannot be read)."""
    UNAVAILABLE = "unavailable"
    """No lock could be written (read-only folder and the like); the charter can be opened read-only."""


@dataclass(frozen=True)
class LockResult:
    status: LockStatus
    path: Path
    """The lock file."""
    holder: LockInfo | None = None
    """The lock now in the file: ours when acquired, theirs when held."""
    stale: bool = False
    """When held: the holder is evidently gone, so ``break_stale`` may remove the lock."""
    error: str = ""
    """When unavailable: the operating system's reason."""

    @property
    def acquired(self) -> bool:
        return self.status is LockStatus.ACQUIRED

    @property
    def held_by_other(self) -> bool:
        return self.status is LockStatus.HELD

    def describe(self, lang: str = "en") -> str:
        """Return what to tell the user, in ``lang``."""
        nl = lang == "nl"
        if self.status is LockStatus.ACQUIRED:
            return "Je hebt dit convenant nu geopend." if nl else "You have this charter open now."
        if self.status is LockStatus.UNAVAILABLE:
            return (
                f"Er kan geen vergrendeling naast het convenant worden geschreven ({self.error}); "
                "anderen zien niet dat je het open hebt."
                if nl
                else f"No lock can be written beside the charter ({self.error}); "
                "others will not see that you have it open."
            )
        who = (
            self.holder.describe(lang)
            if self.holder
            else ("Iemand anders heeft dit convenant open." if nl else "Someone else has this charter open.")
        )
        if self.stale:
            who += (
                " Die vergrendeling lijkt achtergebleven na een vastgelopen programma."
                if nl
                else " That lock looks left behind by a program that stopped."
            )
        return who


def read_lock(charter_path: Path | str) -> LockInfo | None:
    """Return the lock beside ``charter_path``, or ``None`` when there is none or it is unreadable."""
    try:
        return LockInfo.from_bytes(_read_small(lock_path(charter_path)))
    except (OSError, ValueError):
        return None


def _read_small(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(_MAX_LOCK_BYTES + 1)


def _create_exclusive(path: Path, info: LockInfo) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        data = info.to_bytes()
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            view = view[n:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    os.close(fd)


def _inspect(path: Path, now: dt.datetime, stale_after_hours: float) -> tuple[LockInfo | None, bool, bool]:
    """Return (holder, stale, exists) for the lock file at ``path``."""
    try:
        data = _read_small(path)
        info = LockInfo.from_bytes(data)
    except FileNotFoundError:
        return None, False, False
    except (OSError, ValueError) as exc:
        # Unreadable: judge by the file's age alone. Another user's lock (user-only permissions)
        # is alive while its heartbeat rewrites it; a half-written or foreign one only briefly.
        grace = stale_after_hours * 3600 if isinstance(exc, PermissionError) else UNREADABLE_GRACE_SECONDS
        try:
            age = now.timestamp() - path.stat().st_mtime
        except FileNotFoundError:
            return None, False, False
        except OSError:
            return None, False, True
        return None, age > grace, True
    return info, info.is_stale(now=now, stale_after_hours=stale_after_hours), True


def acquire(
    charter_path: Path | str,
    *,
    stale_after_hours: float = DEFAULT_STALE_HOURS,
    force: bool = False,
    now: dt.datetime | None = None,
) -> LockResult:
    """Try to lock the charter for this program.

    Returns a ``LockResult``: acquired, held by someone else (who, where, since, and whether
    their lock is stale), or unavailable (the folder is read-only). A lock this process already
    holds counts as acquired. With ``force`` ("open anyway") someone else's lock is replaced by
    ours. Never raises for file-system reasons.
    """
    path = lock_path(charter_path)
    t = now or _now()
    mine = LockInfo.mine(t)
    for _ in range(3):  # the lock may vanish between our attempt and our look at it
        try:
            _create_exclusive(path, mine)
            return LockResult(LockStatus.ACQUIRED, path, mine)
        except FileExistsError:
            pass
        except OSError as exc:
            return LockResult(LockStatus.UNAVAILABLE, path, error=exc.strerror or str(exc))
        holder, stale, exists = _inspect(path, t, stale_after_hours)
        if not exists:
            continue
        if holder is not None and holder.is_mine():
            return LockResult(LockStatus.ACQUIRED, path, holder)
        if force:
            try:
                atomic_write_bytes(path, mine.to_bytes(), mode=0o600)
            except OSError as exc:
                return LockResult(LockStatus.UNAVAILABLE, path, error=exc.strerror or str(exc))
            return LockResult(LockStatus.ACQUIRED, path, mine)
        return LockResult(LockStatus.HELD, path, holder, stale)
    return LockResult(LockStatus.UNAVAILABLE, path, error="lock file keeps changing")


def break_stale(
    charter_path: Path | str,
    *,
    stale_after_hours: float = DEFAULT_STALE_HOURS,
    now: dt.datetime | None = None,
) -> bool:
    """Remove the lock if (and only if) it is stale; return whether one was removed.

    The stale lock is first renamed aside, then its content compared with what was judged
    stale: if another program replaced it with a fresh lock in between, that lock is put back
    instead of deleted, so two programs breaking the same stale lock never delete a live one.
    """
    path = lock_path(charter_path)
    t = now or _now()
    try:
        before = _read_small(path)
    except OSError:
        before = None
    holder, stale, exists = _inspect(path, t, stale_after_hours)
    if not exists or not stale:
        return False
    aside = path.with_name(f"{path.name}.broken-{os.getpid()}-{os.urandom(4).hex()}")
    try:
        os.replace(path, aside)
    except OSError:
        return False
    try:
        now_there = _read_small(aside)
    except OSError:
        now_there = None
    if before is not None and now_there != before:
        # A fresh lock slipped in: give it back unless yet another one exists already.
        try:
            os.link(aside, path)
        except FileExistsError:
            pass
        except OSError:  # no hard links on this file system: a plain rename, if still free
            if not path.exists():
                with contextlib.suppress(OSError):
                    os.replace(aside, path)
        with contextlib.suppress(OSError):
            aside.unlink()
        return False
    with contextlib.suppress(OSError):
        aside.unlink()
    return True


def refresh(charter_path: Path | str, *, now: dt.datetime | None = None) -> bool:
    """Renew the heartbeat of our lock; return ``False`` when the lock is no longer ours.

    A lock that someone took over with "open anyway" is left alone, so the caller learns that
    another person now edits the charter too.
    """
    path = lock_path(charter_path)
    current = read_lock(charter_path)
    if current is None or not current.is_mine():
        return False
    updated = LockInfo(current.user, current.host, current.pid, current.since, now or _now(), current.version)
    try:
        atomic_write_bytes(path, updated.to_bytes(), mode=0o600)
    except OSError:
        return False
    return True


def release(charter_path: Path | str) -> bool:
    """Remove our lock; someone else's lock is never removed. Return whether ours was removed."""
    current = read_lock(charter_path)
    if current is None or not current.is_mine():
        return False
    try:
        lock_path(charter_path).unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True
