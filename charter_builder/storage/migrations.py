"""Upgrades of charter files written by older releases, one step per schema version.

A migration is a pure function from the raw JSON object of version N to that of version N+1.
Coordinators reopen charters years later, so every step stays here for good.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.charter import FORMAT, SCHEMA_VERSION

Raw = dict[str, Any]


def _v1_to_v2(raw: Raw) -> Raw:
    """Version 1 (the 0.0 preview) had one ``representative`` object per partner and KPIs at the top.

    Version 2 allows several representatives per partner, keeps KPIs under ``governance`` and
    adds the ``format`` marker.
    """
    out = dict(raw)
    # Shapes the old release could not have written are passed on untouched: validation then
    # reports them with their field path, which says more than a failed upgrade step.
    if isinstance(out.get("partners"), list):
        partners = []
        for p in out["partners"]:
            if (
                isinstance(p, dict)
                and isinstance(p.get("representative"), dict)
                and "representatives" not in p
            ):
                p = dict(p)
                rep = dict(p.pop("representative"))
                rep.setdefault("id", f"{p.get('id', 'partner')}-rep")
                p["representatives"] = [rep]
            partners.append(p)
        out["partners"] = partners
    if isinstance(out.get("kpis"), list) and isinstance(out.get("governance", {}), dict):
        governance = dict(out.get("governance", {}))
        governance["kpis"] = list(governance.get("kpis", [])) + list(out.pop("kpis"))
        out["governance"] = governance
    out["format"] = FORMAT
    out["schema_version"] = 2
    return out


#: MIGRATIONS[n] upgrades a version-n file to version n+1.
MIGRATIONS: dict[int, Callable[[Raw], Raw]] = {1: _v1_to_v2}
OLDEST_SUPPORTED = min(MIGRATIONS) if MIGRATIONS else SCHEMA_VERSION


def migrate(raw: Raw) -> tuple[Raw, list[int]]:
    """Return ``raw`` upgraded to the current schema and the versions it passed through.

    The caller has checked that ``raw["schema_version"]`` is an int not newer than the current one.
    """
    version = raw["schema_version"]
    steps: list[int] = []
    while version < SCHEMA_VERSION:
        raw = MIGRATIONS[version](raw)
        steps.append(version)
        version = raw["schema_version"]
    return raw, steps
