"""Small builders shared by the core tests."""

from __future__ import annotations

from charter_builder.model import (
    Activity,
    Charter,
    DataFlow,
    Kpi,
    Partner,
    Raci,
    Representative,
)


def small_charter() -> Charter:
    """Return a small valid charter with two partners and one record of each referencing kind."""
    c = Charter.new(title="Convenant Testregio", partnership_name="Testregio")
    c.partners = [
        Partner(
            id="gem",
            name="Gemeente Teststad",
            representatives=[Representative(id="gem-r1", name="A. de Vries", function="Burgemeester")],
        ),
        Partner(id="pol", name="Politie eenheid Test"),
    ]
    c.governance.kpis = [Kpi(id="kpi-1", name="Signalen", owner_id="gem", target=10)]
    c.roles.activities = [Activity(id="act-1", name="Casusoverleg", raci={"gem": Raci.ACCOUNTABLE})]
    c.data_sharing.flows = [DataFlow(id="flow-1", provider_id="pol", recipient_ids=["gem"])]
    return c
