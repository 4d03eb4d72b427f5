"""Did someone change the charter file since we opened it? A fingerprint of the file on disk.

The wizard captures the state when it opens or saves a file and compares before the next save,
so a colleague's save on the shared drive is never silently overwritten. Size and modification
time are recorded for the dialog; the SHA-256 of the content is the answer (network drives round
modification times, and "touched but identical" is no change).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..diff import Change, diff_charters
from ..model import Charter

_CHUNK = 1 << 20


@dataclass(frozen=True)
class DiskState:
    """What a file looked like at one moment; ``exists`` is ``False`` for a missing file."""

    path: Path
    exists: bool
    size: int = 0
    mtime_ns: int = 0
    sha256: str = ""

    @classmethod
    def capture(cls, path: Path | str) -> DiskState:
        """Return the state of ``path`` now. A missing file gives ``exists=False``.

        Raises ``OSError`` when the file exists but cannot be read.
        """
        p = Path(path)
        try:
            st = p.stat()
            digest = _sha256_file(p)
        except FileNotFoundError:
            return cls(p, False)
        return cls(p, True, st.st_size, st.st_mtime_ns, digest)

    @classmethod
    def of_bytes(cls, path: Path | str, data: bytes) -> DiskState:
        """Return the state a file with exactly ``data`` has, with the current size and time on disk.

        For just after a save: the content hash is known without reading the file back.
        """
        p = Path(path)
        st = p.stat()
        return cls(p, True, st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def same_content(self, other: DiskState) -> bool:
        return self.exists == other.exists and self.sha256 == other.sha256

    def changed(self) -> bool:
        """Return whether the file's content differs from this state now (see ``changed_since``)."""
        return changed_since(self)


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def changed_since(state: DiskState) -> bool:
    """Return whether the file at ``state.path`` now has other content than when ``state`` was captured.

    A file that appeared, vanished or got other bytes has changed; a file only touched (same
    bytes, new time) has not. An unreadable file counts as changed: better to ask the user once
    too often than to overwrite a colleague's work.
    """
    try:
        now = DiskState.capture(state.path)
    except OSError:
        return True
    if now.exists != state.exists:
        return True
    if not now.exists:
        return False
    return now.size != state.size or now.sha256 != state.sha256


def changed_fields(old: Charter, new: Charter) -> list[Change]:
    """Return what changed between the charter as opened and as now on disk, in plain words.

    The same as ``charter_builder.diff.diff_charters``; here so the save dialog needs one import.
    """
    return diff_charters(old, new)
