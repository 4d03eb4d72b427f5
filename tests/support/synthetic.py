"""Generated charters of a chosen size, for benchmarks and stress tests (not for users).

The default size is the "large charter" the issues measure against: 40 partners, 150 KPIs,
300 activities, 60 data flows.
"""

from __future__ import annotations

import datetime as dt
import random

from charter_builder.model import (
    Activity,
    Art6Ground,
    Body,
    BodyKind,
    BodyMember,
    Cadence,
    Charter,
    CollaborationForm,
    Contribution,
    ContributionKind,
    DataFlow,
    DecisionRule,
    DpiaStatus,
    GlossaryTerm,
    Kpi,
    KpiFocus,
    KpiKind,
    MandateLevel,
    Metadata,
    Partner,
    PartnerInterest,
    PartnerType,
    Raci,
    Representative,
    Result,
)

_TYPES = list(PartnerType)
_RACI = list(Raci)


def large_charter(
    partners: int = 40, kpis: int = 150, activities: int = 300, flows: int = 60, seed: int = 7
) -> Charter:
    """Return a valid charter with the given numbers of records, deterministic for a seed."""
    rnd = random.Random(seed)
    c = Charter(
        metadata=Metadata(
            charter_id="charter-large",
            title="Samenwerkingsconvenant Grote Regio",
            partnership_name="Samenwerkingsverband Grote Regio",
            created_on=dt.date(2026, 1, 15),
        )
    )
    plist = []
    for i in range(partners):
        pid = f"p{i:03d}"
        plist.append(
            Partner(
                id=pid,
                name=f"Organisatie {i:03d}",
                short_name=f"Org{i:03d}",
                type=_TYPES[i % len(_TYPES)],
                legal_powers="Bevoegdheden op grond van de eigen wettelijke taak. " * 2,
                representatives=[
                    Representative(
                        id=f"{pid}-r{j}",
                        name=f"Vertegenwoordiger {i}-{j}",
                        function="Directeur",
                        mandate_level=MandateLevel.WITHIN_LIMITS,
                        mandate="Besluit binnen het vastgestelde jaarplan en budget.",
                        is_signatory=j == 0,
                    )
                    for j in range(2)
                ],
                reporting_cadence=Cadence.QUARTERLY,
                reporting_channel="Kwartaalnotitie aan de directie",
            )
        )
    c.partners = plist
    ids = [p.id for p in plist]
    c.purpose.problem = "Ondermijnende criminaliteit tast de lokale rechtsorde aan."
    c.purpose.interests = [
        PartnerInterest(id=f"int-{pid}", partner_id=pid, interest="Eigen belang bij een veilige regio.")
        for pid in ids
    ]
    c.vision.statement = "Wij willen een regio waarin criminelen geen ruimte krijgen."
    c.strategy.results = [Result(id=f"res-{i}", description=f"Resultaat {i}") for i in range(20)]
    c.strategy.contributions = [
        Contribution(id=f"con-{pid}", partner_id=pid, kind=ContributionKind.HOURS, amount=16, unit="uur/week")
        for pid in ids
    ]
    c.strategy.collaboration_form = CollaborationForm.COVENANT
    c.trust.glossary = [
        GlossaryTerm(id=f"term-{i}", term=f"Term {i}", definition="Betekenis.") for i in range(30)
    ]
    c.governance.bodies = [
        Body(
            id=f"body-{b}",
            name=f"Orgaan {b}",
            kind=[BodyKind.STEERING_GROUP, BodyKind.CORE_TEAM, BodyKind.CASE_MEETING][b % 3],
            members=[BodyMember(partner_id=pid, representative_id=f"{pid}-r0") for pid in ids],
            decision_rule=DecisionRule.CONSENSUS,
            meeting_cadence=Cadence.MONTHLY,
        )
        for b in range(3)
    ]
    c.governance.kpis = [
        Kpi(
            id=f"kpi-{k:03d}",
            name=f"Indicator {k}",
            kind=KpiKind.QUANTITATIVE if k % 3 else KpiKind.QUALITATIVE,
            focus=KpiFocus.APPROACH if k % 2 else KpiFocus.COLLABORATION,
            unit="aantal",
            baseline=float(rnd.randint(0, 50)),
            target=float(rnd.randint(50, 100)),
            source="Regionale monitor",
            owner_id=ids[k % len(ids)],
            frequency=Cadence.QUARTERLY,
        )
        for k in range(kpis)
    ]
    c.governance.start_date = dt.date(2026, 3, 1)
    c.governance.end_date = dt.date(2030, 3, 1)
    c.roles.activities = [
        Activity(
            id=f"act-{a:03d}",
            name=f"Activiteit {a}",
            raci={
                pid: (Raci.ACCOUNTABLE if n == 0 else _RACI[rnd.randrange(len(_RACI))])
                for n, pid in enumerate(rnd.sample(ids, k=min(5, len(ids))))
            },
        )
        for a in range(activities)
    ]
    for act in c.roles.activities:  # exactly one accountable per activity
        first = True
        for pid, role in list(act.raci.items()):
            if role.is_accountable and not first:
                act.raci[pid] = Raci.RESPONSIBLE
            first = first and not role.is_accountable
    c.data_sharing.flows = [
        DataFlow(
            id=f"flow-{f:03d}",
            name=f"Gegevensstroom {f}",
            provider_id=ids[f % len(ids)],
            recipient_ids=[ids[(f + 1) % len(ids)], ids[(f + 2) % len(ids)]],
            purpose="Integrale beoordeling van signalen van ondermijning.",
            art6_ground=Art6Ground.PUBLIC_TASK,
            data_subjects="Betrokkenen bij een signaal",
            data_categories=["NAW-gegevens", "KvK-gegevens"],
            retention_months=24,
            dpia=DpiaStatus.DONE,
        )
        for f in range(flows)
    ]
    return c
