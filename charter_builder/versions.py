"""Versions of a charter: amending a signed charter archives the old version inside the same file.

Coordinators reopen a charter years later for the mid-term review; each amendment must stay
traceable, so the complete earlier version travels with the file rather than beside it.
"""

from __future__ import annotations

import datetime as dt
import json

from .model import ArchivedVersion, Charter, Revision, Status, new_id
from .storage import fingerprint, load_charter_bytes


def archive(charter: Charter, reason: str = "", now: dt.datetime | None = None) -> ArchivedVersion:
    """Return the charter as it is now, as an archive entry (its own archive left out)."""
    snapshot = charter.model_dump(mode="json")
    snapshot["history"] = []
    return ArchivedVersion(
        version=charter.metadata.version,
        status=str(charter.metadata.status),
        archived_at=now or dt.datetime.now(dt.UTC).replace(microsecond=0),
        reason=reason,
        fingerprint=fingerprint(charter.model_copy(update={"history": []})),
        snapshot=snapshot,
    )


def amend(
    charter: Charter,
    *,
    author: str,
    reason: str,
    agreed_by: list[str] | None = None,
    summary: str = "",
    today: dt.date | None = None,
) -> Charter:
    """Return version n+1 of ``charter`` as a draft, with version n archived inside it.

    The new version keeps all content, loses the signatures (it must be signed anew) and gets a
    revision entry with the reason and the partners who agreed. ``charter`` itself is unchanged.
    """
    today = today or dt.date.today()
    new = charter.model_copy(deep=True)
    new.history = [*charter.history, archive(charter, reason)]
    new.metadata.version = charter.metadata.version + 1
    new.metadata.status = Status.DRAFT
    new.signatures = []
    new.revisions = [
        *new.revisions,
        Revision(
            id=new_id("rev"),
            version=new.metadata.version,
            date=today,
            author=author,
            summary=summary,
            reason=reason,
            agreed_by=list(agreed_by or []),
        ),
    ]
    return new


def archived_charter(entry: ArchivedVersion) -> Charter:
    """Return an archived version as a charter, upgraded through the migrations if it is older.

    Raises ``CharterFileError`` when the snapshot is damaged.
    """
    data = json.dumps(entry.snapshot, ensure_ascii=False).encode("utf-8")
    return load_charter_bytes(data, f"<version {entry.version}>")


def all_versions(charter: Charter) -> list[tuple[int, Charter]]:
    """Return every version in the file, oldest first, the current one last."""
    return [(e.version, archived_charter(e)) for e in charter.history] + [(charter.metadata.version, charter)]


def version(charter: Charter, number: int) -> Charter:
    """Return version ``number`` from the file; raises ``KeyError`` when the file has no such version."""
    for n, c in all_versions(charter):
        if n == number:
            return c
    raise KeyError(number)
