"""Starter charters: realistic starting points for common kinds of partnership (File → New from template).

The starters live as ordinary charter files in ``templates/starters/`` with an ``index.json`` that
names them in Dutch and English. They are drafts written for a typical case; texts the partners must
check carry a ``[Controleer: …]`` marker and the title starts with ``[Startconvenant]``, so nothing
from a starter reaches a signed charter unnoticed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from .model import Charter, Revision, Status, new_id
from .resources import template_path
from .storage import load_charter

STARTERS_FOLDER = "starters"
INDEX_FILE = "index.json"
#: Marker in starter texts for what the partners must check or fill in.
CHECK_MARKER = "[Controleer:"
TITLE_PREFIX = "[Startconvenant]"

_INDEX_KEYS = ("id", "file", "title_nl", "title_en", "description_nl", "description_en")
#: Parts of a charter that record its own life (reviews, signatures, …); a new charter starts without them.
_LIFECYCLE_LISTS = ("comments", "signatures", "health_checks", "reviews", "history")


class UnknownStarterError(KeyError):
    """Raised when no starter has the requested id."""


@dataclass(frozen=True)
class Starter:
    """One entry of the starter index."""

    id: str
    file: str
    title_nl: str
    title_en: str
    description_nl: str
    description_en: str

    def title(self, lang: str) -> str:
        return self.title_nl if lang == "nl" else self.title_en

    def description(self, lang: str) -> str:
        return self.description_nl if lang == "nl" else self.description_en

    @property
    def path(self) -> Path:
        return template_path(STARTERS_FOLDER, self.file)

    def load(self) -> Charter:
        """Return the starter charter exactly as stored (its own charter id and example dates)."""
        return load_charter(self.path)


def index_path() -> Path:
    return template_path(STARTERS_FOLDER, INDEX_FILE)


def list_starters() -> list[Starter]:
    """Return the starters in the order of the index.

    Raises ``ValueError`` when the index is malformed: a broken bundle should fail loudly in the
    tests, not show a half-empty menu to a user.
    """
    raw = json.loads(index_path().read_text(encoding="utf-8"))
    if not isinstance(raw, list):
        raise ValueError(f"{index_path()}: expected a list of starters")
    starters: list[Starter] = []
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict) or set(entry) != set(_INDEX_KEYS):
            raise ValueError(f"{index_path()}: entry {i} must have exactly the keys {', '.join(_INDEX_KEYS)}")
        if not all(isinstance(entry[k], str) and entry[k].strip() for k in _INDEX_KEYS):
            raise ValueError(f"{index_path()}: entry {i} has an empty or non-text value")
        starters.append(Starter(**{k: entry[k] for k in _INDEX_KEYS}))
    ids = [s.id for s in starters]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{index_path()}: starter ids are not unique")
    return starters


def get_starter(starter_id: str) -> Starter:
    """Return the starter with this id; raises ``UnknownStarterError`` naming the known ids."""
    starters = list_starters()
    for s in starters:
        if s.id == starter_id:
            return s
    raise UnknownStarterError(f"unknown starter '{starter_id}'; known: {', '.join(s.id for s in starters)}")


def new_from_starter(starter_id: str, *, today: dt.date | None = None) -> Charter:
    """Return a new draft charter based on a starter.

    The charter gets a fresh charter id, version 1, status draft and today's date; its own history
    (reviews, signatures, comments, health checks) starts empty. The starter's example term is moved
    so that it begins on the first day of next month, keeping its length, the mid-term review and the
    result due dates in the same place relative to the start.
    """
    today = today or dt.date.today()
    starter = get_starter(starter_id)
    charter = starter.load()
    meta = charter.metadata
    meta.charter_id = new_id("charter")
    meta.version = 1
    meta.status = Status.DRAFT
    meta.created_on = today
    meta.updated_at = None
    meta.authors = []
    for name in _LIFECYCLE_LISTS:
        if name in type(charter).model_fields:
            setattr(charter, name, [])
    _move_term(charter, _first_of_next_month(today))
    charter.revisions = [
        Revision(
            id="rev-1",
            version=1,
            date=today,
            summary=f"Nieuw convenant op basis van het startconvenant '{starter.title_nl}'.",
            reason="Start van het schrijven van het convenant.",
        )
    ]
    return charter


def _first_of_next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` moved by whole months; a day past the end of the target month becomes its last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        return dt.date(year, month + 1, last)  # a month end stays a month end
    return dt.date(year, month + 1, min(day.day, last))


def _move_term(charter: Charter, new_start: dt.date) -> None:
    gov = charter.governance
    if gov.start_date is None:
        return
    months = (new_start.year - gov.start_date.year) * 12 + (new_start.month - gov.start_date.month)
    if months == 0:
        return
    # Move the end and review dates first, later dates before earlier ones, so that the model's
    # "end after start" check holds after every single assignment.
    moves_forward = months > 0
    fields = ["end_date", "mid_term_review_date", "start_date"]
    for name in fields if moves_forward else reversed(fields):
        value = getattr(gov, name)
        if value is not None:
            setattr(gov, name, _add_months(value, months))
    for result in charter.strategy.results:
        if result.due_on is not None:
            result.due_on = _add_months(result.due_on, months)
