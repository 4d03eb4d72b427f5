"""Atomic file replacement: a charter on disk is always the old version or the new one, never half."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from pathlib import Path


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every OS (Windows), where it is skipped.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(target: Path | str, data: bytes, *, backup: bool = False, mode: int = 0o600) -> None:
    """Write ``data`` to ``target`` so that a crash at any moment leaves either the old or the new file.

    The data goes to a temporary file in the same folder (same file system, so the rename is
    atomic), is flushed and fsynced, and then replaces the target. With ``backup`` the previous
    file is first copied (atomically too) to ``<target>.bak``. New files get user-only
    permissions (``mode``) where the OS honours them. Raises ``OSError`` on failure, after
    removing the temporary file; the target is untouched in that case.
    """
    target = Path(target)
    folder = target.parent
    if backup and target.exists():
        atomic_write_bytes(target.with_name(target.name + ".bak"), target.read_bytes(), mode=mode)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(folder)
    remove_stale_temp_files(target)


#: A temporary file this old belongs to a save that was killed; no save takes this long.
STALE_TEMP_SECONDS = 3600


def remove_stale_temp_files(target: Path | str, older_than: float = STALE_TEMP_SECONDS) -> int:
    """Remove temporary files of ``target`` left by a killed save; return how many were removed.

    Only this writer's own pattern (``.<name>.*.tmp`` beside the target) and only files older
    than ``older_than`` seconds, so a save in progress on another computer is never touched.
    They never hurt a load, but they would pile up in a shared folder. Best effort: never raises.
    """
    target = Path(target)
    removed = 0
    now = time.time()
    try:
        candidates = list(target.parent.glob(f".{glob.escape(target.name)}.*.tmp"))
    except OSError:
        return 0
    for tmp in candidates:
        with contextlib.suppress(OSError):
            if now - tmp.stat().st_mtime > older_than:
                tmp.unlink()
                removed += 1
    return removed
