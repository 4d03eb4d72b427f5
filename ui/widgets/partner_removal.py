"""Removing partners that other parts of the charter still refer to.

The model refuses a charter with a reference to a partner that does not exist. Instead of making
the user hunt down every KPI owner, RACI letter and data-flow recipient first, the Partners page
offers to remove those references in the same undo step (one macro on the undo stack).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from charter_builder.model import Charter, Record


@dataclass(frozen=True)
class Edit:
    """One field to set so that no record refers to the removed partners any more."""

    owner: Record
    field: str
    value: Any
    path: str
    is_list: bool


def reference_edits(charter: Charter, ids: Collection[str]) -> list[Edit]:
    """Return the edits that drop every reference to the partners ``ids`` (empty: none refer)."""
    gone = set(ids)
    edits: list[Edit] = []

    def drop_records(owner: Record, field: str, path: str, key: str = "partner_id") -> None:
        items = getattr(owner, field)
        kept = [r for r in items if getattr(r, key) not in gone]
        if len(kept) != len(items):
            edits.append(Edit(owner, field, kept, path, True))

    def drop_ids(owner: Record, field: str, path: str) -> None:
        values = getattr(owner, field)
        kept = [v for v in values if v not in gone]
        if len(kept) != len(values):
            edits.append(Edit(owner, field, kept, path, False))

    def clear(owner: Record, field: str, path: str) -> None:
        if getattr(owner, field) in gone:
            edits.append(Edit(owner, field, None, path, False))

    c = charter
    drop_records(c.purpose, "interests", "purpose.interests")
    drop_records(c.strategy, "contributions", "strategy.contributions")
    for b, body in enumerate(c.governance.bodies):
        drop_records(body, "members", f"governance.bodies[{b}].members")
        drop_ids(body, "veto_partner_ids", f"governance.bodies[{b}].veto_partner_ids")
    for k, kpi in enumerate(c.governance.kpis):
        clear(kpi, "owner_id", f"governance.kpis[{k}].owner_id")
    for a, activity in enumerate(c.roles.activities):
        if gone & activity.raci.keys():
            raci = {pid: letter for pid, letter in activity.raci.items() if pid not in gone}
            edits.append(Edit(activity, "raci", raci, f"roles.activities[{a}].raci", False))
    drop_records(c.roles, "boundary_spanners", "roles.boundary_spanners")
    for f, flow in enumerate(c.data_sharing.flows):
        clear(flow, "provider_id", f"data_sharing.flows[{f}].provider_id")
        drop_ids(flow, "recipient_ids", f"data_sharing.flows[{f}].recipient_ids")
    drop_records(c.data_sharing, "dpo_contacts", "data_sharing.dpo_contacts")
    for r, revision in enumerate(c.revisions):
        drop_ids(revision, "agreed_by", f"revisions[{r}].agreed_by")
    drop_records(c, "signatures", "signatures")
    for h, check in enumerate(c.health_checks):
        drop_records(check, "scores", f"health_checks[{h}].scores")
    for r, review in enumerate(c.reviews):
        for a, action in enumerate(review.actions):
            clear(action, "owner_id", f"reviews[{r}].actions[{a}].owner_id")
    return edits
