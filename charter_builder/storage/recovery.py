"""Recovery files: the wizard's autosave of unsaved work, so a crash or power cut loses at most seconds.

A recovery file is a small JSON envelope around the charter: which file the work belongs to
(``source_path``, ``null`` for a charter never saved), when it was written, and the charter
itself in the save format. There is one recovery file per open charter, named after its file
(or, before the first save, after its charter id), so each autosave replaces the previous one.
Files are written atomically with user-only permissions: a charter may name people.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model import Charter
from ..problems import Problem
from .atomic import atomic_write_bytes
from .errors import CharterFileError, FileErrorKind
from .jsonfile import load_charter_bytes

RECOVERY_FORMAT = "charter-builder/recovery"
RECOVERY_SUFFIX = ".recovery.json"
_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


def recovery_dir() -> Path:
    """Return the folder recovery files live in (not created here).

    ``CHARTER_BUILDER_DATA_DIR`` wins (tests and portable installs); then ``%LOCALAPPDATA%`` on
    Windows, ``$XDG_DATA_HOME`` elsewhere, else ``~/.local/share``; always a ``recovery`` sub-folder.
    """
    explicit = os.environ.get("CHARTER_BUILDER_DATA_DIR")
    if explicit:
        return Path(explicit) / "recovery"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"]) / "charter-builder"
    elif os.environ.get("XDG_DATA_HOME"):
        base = Path(os.environ["XDG_DATA_HOME"]) / "charter-builder"
    else:
        base = Path.home() / ".local" / "share" / "charter-builder"
    return base / "recovery"


def recovery_path(charter: Charter, source_path: Path | str | None) -> Path:
    """Return the recovery file for this charter and file: stable, so autosaves overwrite each other."""
    if source_path is not None:
        key = str(Path(source_path).resolve())
        stem = Path(source_path).name.removesuffix(".json").removesuffix(".charter")
    else:
        key = "new:" + charter.metadata.charter_id
        stem = "new"
    slug = _SLUG.sub("-", stem).strip("-")[:40] or "charter"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
    return recovery_dir() / f"{slug}-{digest}{RECOVERY_SUFFIX}"


def write_recovery(charter: Charter, source_path: Path | str | None) -> Path:
    """Write the charter's recovery file atomically (mode 0600) and return its path.

    Raises ``CharterFileError`` (kind ``WRITE_FAILED``) when the data folder cannot be written.
    """
    target = recovery_path(charter, source_path)
    envelope: dict[str, Any] = {
        "format": RECOVERY_FORMAT,
        "source_path": str(Path(source_path).resolve()) if source_path is not None else None,
        "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "charter": charter.model_dump(mode="json"),
    }
    data = (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, data, mode=0o600)
    except OSError as exc:
        raise CharterFileError(
            target,
            FileErrorKind.WRITE_FAILED,
            [Problem("", exc.strerror or str(exc), exc.strerror or str(exc), "os_error")],
        ) from exc
    return target


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery file found on disk; ``load()`` reads the charter it holds."""

    path: Path
    source_path: Path | None
    """The charter file the work belongs to; ``None`` for a charter that was never saved."""
    saved_at: dt.datetime
    title: str
    """The charter's title or partnership name, for the restore question; may be empty."""
    readable: bool = True
    """False when the envelope is damaged: the entry can only be discarded."""

    def load(self) -> Charter:
        """Return the saved charter. Raises ``CharterFileError`` when the file is damaged."""
        try:
            raw = json.loads(self.path.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CharterFileError(self.path, FileErrorKind.UNREADABLE) from exc
        if not isinstance(raw, dict) or raw.get("format") != RECOVERY_FORMAT:
            raise CharterFileError(self.path, FileErrorKind.NOT_A_CHARTER)
        body = json.dumps(raw.get("charter"), ensure_ascii=False).encode("utf-8")
        return load_charter_bytes(body, self.path)


def _read_entry(path: Path) -> RecoveryEntry:
    try:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        mtime = dt.datetime.now(dt.UTC)
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != RECOVERY_FORMAT:
            raise ValueError("not a recovery file")
        source = raw.get("source_path")
        saved_at = dt.datetime.fromisoformat(raw["saved_at"]) if raw.get("saved_at") else mtime
        meta = (raw.get("charter") or {}).get("metadata") or {}
        title = str(meta.get("title") or meta.get("partnership_name") or "")
        return RecoveryEntry(path, Path(source) if isinstance(source, str) else None, saved_at, title)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return RecoveryEntry(path, None, mtime, "", readable=False)


def list_recoveries() -> list[RecoveryEntry]:
    """Return every recovery file in ``recovery_dir()``, newest first (damaged ones included)."""
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    _remove_stale_temporaries(folder)
    entries = [_read_entry(p) for p in folder.glob("*" + RECOVERY_SUFFIX) if p.is_file()]
    return sorted(entries, key=lambda e: e.saved_at, reverse=True)


#: A temporary file older than this belongs to a write that was killed halfway; it is removed.
STALE_TEMPORARY_SECONDS = 600


def _remove_stale_temporaries(folder: Path) -> None:
    now = time.time()
    for tmp in folder.glob(".*" + RECOVERY_SUFFIX + ".*.tmp"):
        with contextlib.suppress(OSError):
            if now - tmp.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                tmp.unlink()


def remove_recovery(path: Path | str) -> None:
    """Delete a recovery file; a file that is already gone is fine."""
    with contextlib.suppress(FileNotFoundError):
        Path(path).unlink()
