"""Fixtures for the shared-drive tests: a charter in a 'shared folder', a colleague's lock, recorded questions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from charter_builder.model import Charter
from charter_builder.storage import load_charter, save_charter
from charter_builder.storage import lock as locks
from charter_builder.storage.lock import LockInfo, LockResult
from ui import concurrency
from ui.concurrency import ConflictChoice, DiskConflict, LockChoice


@dataclass
class Questions:
    """Answers the shared-drive questions as the test says and records what was asked."""

    lock_answers: list[LockChoice] = field(default_factory=list)
    lock_asked: list[LockResult] = field(default_factory=list)
    take_over_answer: bool = True
    take_over_asked: int = 0
    conflict_answer: ConflictChoice = ConflictChoice.CANCEL
    conflicts: list[DiskConflict] = field(default_factory=list)
    reload_answer: bool = True
    reload_asked: int = 0
    refusals: list[tuple[str, str]] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def lock_choice(_parent: object, result: LockResult, _path: Path) -> LockChoice:
            self.lock_asked.append(result)
            return self.lock_answers.pop(0) if self.lock_answers else LockChoice.CANCEL

        def take_over(_parent: object, _result: LockResult, _path: Path) -> bool:
            self.take_over_asked += 1
            return self.take_over_answer

        def changed(_parent: object, conflict: DiskConflict) -> ConflictChoice:
            self.conflicts.append(conflict)
            return self.conflict_answer

        def reload(_parent: object, _name: str, _count: int) -> bool:
            self.reload_asked += 1
            return self.reload_answer

        def refuse(_parent: object, title: str, text: str) -> None:
            self.refusals.append((title, text))

        monkeypatch.setattr(concurrency, "ask_lock_choice", lock_choice)
        monkeypatch.setattr(concurrency, "confirm_take_over", take_over)
        monkeypatch.setattr(concurrency, "ask_changed_on_disk", changed)
        monkeypatch.setattr(concurrency, "confirm_reload", reload)
        monkeypatch.setattr(concurrency, "show_refusal", refuse)


def colleague_lock(
    charter: Path, *, user: str = "an.devries", host: str = "PC-RIEC-07", hours_ago: float = 1.0
) -> LockInfo:
    """Write a colleague's lock beside ``charter``: another computer, so only its age can make it stale."""
    since = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=hours_ago)
    info = LockInfo(user, host, 4242, since, since, "0.9.0")
    locks.lock_path(charter).write_bytes(info.to_bytes())
    return info


def colleague_saves(charter: Path, change: Any) -> Charter:
    """Load the file as a colleague would, let ``change`` edit it, save it back; return their version."""
    theirs = load_charter(charter)
    change(theirs)
    save_charter(theirs, charter)
    return theirs
