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
from .errors import CharterFileError
from .jsonfile import dump_charter, load_charter, save_charter

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


class ChangedOnDisk(Exception):
    """The file changed since it was opened; nothing was written.

    ``theirs`` is the charter now on disk (``None`` when it was deleted or cannot be read, see
    ``error``); ``changes`` says what they changed compared with the charter as opened.
    """

    def __init__(
        self,
        path: Path,
        theirs: Charter | None,
        changes: list[Change],
        error: CharterFileError | None = None,
    ) -> None:
        self.path = path
        self.theirs = theirs
        self.changes = changes
        self.error = error
        super().__init__(f"{path} changed on disk since it was opened ({len(changes)} changes)")


def save_if_unchanged(
    charter: Charter,
    path: Path | str,
    opened: DiskState,
    opened_charter: Charter | None = None,
    *,
    backup: bool = True,
) -> DiskState:
    """Save ``charter`` unless someone changed the file since ``opened``; return the new state.

    Raises ``ChangedOnDisk`` (nothing written) when the file differs from ``opened``; with
    ``opened_charter`` (the charter as it was opened) the exception lists what the other person
    changed, for the "keep mine / take theirs / compare" dialog. To overwrite after the user
    chose to, call ``save_charter`` directly. Raises ``CharterFileError`` when writing fails.
    """
    p = Path(path)
    if changed_since(opened):
        theirs: Charter | None = None
        error: CharterFileError | None = None
        changes: list[Change] = []
        try:
            theirs = load_charter(p)
        except CharterFileError as exc:
            error = exc
        if theirs is not None and opened_charter is not None:
            changes = diff_charters(opened_charter, theirs)
        raise ChangedOnDisk(p, theirs, changes, error)
    data = dump_charter(charter)
    save_charter(charter, p, backup=backup)
    return DiskState.of_bytes(p, data)
