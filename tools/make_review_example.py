"""Build the bundled mid-term review example from the example charter.

``templates/examples/riec-westerdelta-toetsing.charter.json`` is the RIEC Westerdelta charter two
years on: version 1 signed in December 2026, a founding health check, the mid-term review of
December 2028 with KPI measurements, a second health check, lessons, conclusions and actions, and
the amended version 2 that followed the review (version 1 archived inside the file).

Run: ``uv run python tools/make_review_example.py`` (deterministic; the output is committed).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from charter_builder.examples import example_charter
from charter_builder.model import (
    Charter,
    HealthCheck,
    HealthDimension,
    HealthOccasion,
    HealthScore,
    KpiMeasurement,
    KpiStatus,
    Lesson,
    LessonNote,
    MidTermReview,
    ReviewAction,
    Signature,
    Status,
)
from charter_builder.resources import template_path
from charter_builder.storage import save_charter
from charter_builder.versions import amend

OUT = template_path("examples", "riec-westerdelta-toetsing.charter.json")

# Founding and review scores per partner, in the order of HealthDimension: the five conditions,
# the three trust levels, parent involvement. Trust between members grew; parent involvement lags.
FOUNDING = {
    "gem-havenstad": [4, 3, 3, 3, 3, 3, 3, 3, 4],
    "gem-zilvermonde": [4, 3, 3, 2, 3, 3, 2, 3, 3],
    "gem-polderwaard": [3, 3, 2, 2, 2, 3, 2, 3, 2],
    "pol-westerdelta": [4, 3, 3, 3, 4, 3, 3, 3, 4],
    "om-westerdelta": [4, 2, 3, 3, 4, 3, 3, 3, 3],
    "bd-westerdelta": [3, 3, 3, 2, 4, 2, 3, 3, 3],
    "nla": [3, 3, 3, 2, 3, 3, 2, 3, 2],
    "woonstede": [3, 2, 2, 2, 2, 2, 2, 2, 3],
}
REVIEW = {
    "gem-havenstad": [4, 4, 4, 4, 4, 4, 3, 4, 4],
    "gem-zilvermonde": [4, 4, 3, 4, 3, 4, 3, 4, 3],
    "gem-polderwaard": [4, 3, 3, 3, 3, 4, 3, 3, 2],
    "pol-westerdelta": [4, 4, 4, 4, 4, 4, 3, 4, 3],
    "om-westerdelta": [4, 3, 3, 4, 4, 4, 3, 4, 3],
    "bd-westerdelta": [4, 3, 3, 3, 4, 3, 3, 3, 3],
    "nla": [4, 4, 3, 3, 3, 4, 3, 3, 2],
    "woonstede": [4, 4, 3, 4, 3, 4, 3, 4, 3],
}
COMMENTS = {
    (
        "gem-polderwaard",
        HealthDimension.PARENT_INVOLVEMENT,
    ): "De gemeenteraad en het college horen weinig van "
    "het RIEC; de vertegenwoordiger moet voor elk besluit terug naar de gemeentesecretaris.",
    ("nla", HealthDimension.PARENT_INVOLVEMENT): "Landelijke prioriteiten van de inspectie gaan vaak voor; "
    "capaciteit voor regionale controles is pas laat bekend.",
    (
        "woonstede",
        HealthDimension.RECOGNITION_OF_INTERESTS,
    ): "Sinds de corporatie meedoet aan het casusoverleg "
    "woonfraude wordt ons belang (leefbaarheid en betaalbaarheid) serieus genomen.",
    (
        "om-westerdelta",
        HealthDimension.RECOGNITION_OF_INTERESTS,
    ): "De bestuurlijke aanpak krijgt soms voorrang "
    "waar strafrechtelijk optreden meer effect zou hebben; we bespreken dat nu eerder in de casus.",
}

# Measured values per KPI and year; (period, value, value in words, status, comment).
MEASUREMENTS: dict[str, list[tuple[str, float | None, str, KpiStatus | None, str]]] = {
    "kpi-signalen": [
        ("2027", 172, "", None, ""),
        ("2028", 208, "", KpiStatus.ON_TRACK, "Vooral meer signalen van wijkagenten en handhavers."),
    ],
    "kpi-integrale-casussen": [
        ("2027", 19, "", None, ""),
        (
            "2028",
            21,
            "",
            KpiStatus.AT_RISK,
            "Signalen komen binnen, maar het kernteam kan niet alle casussen tegelijk dragen.",
        ),
    ],
    "kpi-bibob-toetsen": [
        ("2027", 71, "", None, ""),
        (
            "2028",
            84,
            "",
            KpiStatus.ON_TRACK,
            "Polderwaard en Zilvermonde passen het Bibob-beleid nu ook toe op horeca en vastgoed.",
        ),
    ],
    "kpi-bestuurlijke-interventies": [
        ("2027", 38, "", None, ""),
        ("2028", 40, "", KpiStatus.AT_RISK, "Minder sluitingen dan verwacht; meer waarschuwingen."),
    ],
    "kpi-afgepakt-vermogen": [
        ("2027", 2.4, "", None, ""),
        (
            "2028",
            2.2,
            "",
            KpiStatus.ON_TRACK,
            "Twee grote fiscale navorderingen in vastgoedcasussen in 2027.",
        ),
    ],
    "kpi-arbeidsuitbuiting": [
        ("2027", 9, "", None, ""),
        (
            "2028",
            8,
            "",
            KpiStatus.OFF_TRACK,
            "Capaciteit van de inspectie regionaal niet beschikbaar; zie de actie over het jaarplan.",
        ),
    ],
    "kpi-woningen-hersteld": [
        ("2027", 21, "", None, ""),
        ("2028", 19, "", KpiStatus.ON_TRACK, ""),
    ],
    "kpi-weerbaarheid-ondernemers": [
        (
            "2028",
            None,
            "Twee bijeenkomsten met ondernemersverenigingen; de meldingsbereidheid is niet gemeten.",
            KpiStatus.AT_RISK,
            "Meetmethode ontbreekt nog.",
        ),
    ],
    "kpi-doorlooptijd": [
        ("2027", 41, "", None, ""),
        ("2028", 36, "", KpiStatus.ON_TRACK, "Sneller besluit door vaste weging op maandag."),
    ],
    "kpi-aanwezigheid": [
        ("2027", 81, "", None, ""),
        ("2028", 78, "", KpiStatus.AT_RISK, "Woonstichting en inspectie missen regelmatig het kernteam."),
    ],
    "kpi-samenwerking": [
        ("2028", None, "Gemiddeld 3,5 in de gezondheidscheck (was 2,8).", KpiStatus.ON_TRACK, ""),
    ],
    "kpi-terugkoppeling": [
        (
            "2028",
            None,
            "Signaalgevers krijgen in ongeveer de helft van de gevallen terugkoppeling.",
            KpiStatus.OFF_TRACK,
            "Afspraak over terugkoppeling wordt herzien.",
        ),
    ],
}


def _scores(table: dict[str, list[int]], comments: bool) -> list[HealthScore]:
    dims = list(HealthDimension)
    return [
        HealthScore(
            partner_id=pid,
            dimension=dim,
            score=score,
            comment=COMMENTS.get((pid, dim), "") if comments else "",
        )
        for pid, row in table.items()
        for dim, score in zip(dims, row, strict=True)
    ]


def build() -> Charter:
    v1 = example_charter()
    v1.metadata.status = Status.SIGNED
    v1.signatures = [
        Signature(
            id=f"sig-{p.id}",
            partner_id=p.id,
            representative_id=rep.id,
            name=rep.name,
            function=rep.function,
            signed_on=dt.date(2026, 12, 15),
            place="Havenstad",
        )
        for p in v1.partners
        for rep in p.representatives
        if rep.is_signatory
    ]
    v1.health_checks = [
        HealthCheck(
            id="hc-oprichting",
            date=dt.date(2026, 12, 10),
            occasion=HealthOccasion.FOUNDING,
            scores=_scores(FOUNDING, comments=False),
        ),
        HealthCheck(
            id="hc-toetsing-2028",
            date=dt.date(2028, 12, 15),
            occasion=HealthOccasion.MID_TERM_REVIEW,
            scores=_scores(REVIEW, comments=True),
        ),
    ]
    v1.reviews = [
        MidTermReview(
            id="toetsing-2028",
            date=dt.date(2028, 12, 15),
            title="Tussentijdse toetsing RIEC Westerdelta 2028",
            coordinator="N. Yilmaz (RIEC-bureau Westerdelta)",
            charter_version=1,
            health_check_id="hc-toetsing-2028",
            measurements=[
                KpiMeasurement(
                    kpi_id=kpi, period=period, value=value, value_text=text, status=status, comment=comment
                )
                for kpi, rows in MEASUREMENTS.items()
                for period, value, text, status, comment in rows
            ],
            lesson_notes=[
                LessonNote(
                    lesson=Lesson.EXPECT_BARRIERS,
                    note="De grootste drempel bleek niet juridisch maar "
                    "praktisch: wisselende capaciteit bij de inspectie en de woonstichting.",
                ),
                LessonNote(
                    lesson=Lesson.SHARED_LANGUAGE,
                    note="'Signaal' en 'casus' worden nu overal gelijk "
                    "gebruikt; over 'interventie' lopen de definities nog uiteen.",
                ),
                LessonNote(
                    lesson=Lesson.CONNECTING_TASK,
                    note="De verbinders per gemeente werken; bij de "
                    "Belastingdienst ontbreekt nog een vaste verbinder.",
                ),
            ],
            changes_noted="De Belastingdienst heeft een nieuwe regiodirecteur. Gemeente Zilvermonde heeft het "
            "mandaat van haar vertegenwoordiger verruimd tot besluiten binnen het jaarplan. De woonstichting "
            "levert sinds 2028 ook signalen over woningsluitingen.",
            conclusions="Het samenwerkingsverband ligt op koers voor de signalen, de Bibob-toetsen en de "
            "doorlooptijd. De aanpak van arbeidsuitbuiting blijft achter doordat inspectiecapaciteit niet "
            "regionaal is geborgd. Het vertrouwen tussen de leden is gegroeid; de betrokkenheid van de "
            "moederorganisaties blijft het aandachtspunt. De stuurgroep besluit het convenant op drie punten "
            "aan te passen (versie 2).",
            actions=[
                ReviewAction(
                    id="actie-kernteam",
                    what="Kernteam uitbreiden met een vaste casusregisseur.",
                    owner_id="gem-havenstad",
                    due_on=dt.date(2029, 3, 1),
                ),
                ReviewAction(
                    id="actie-inspectie",
                    what="Regionale inspectiecapaciteit vastleggen in het jaarplan 2029.",
                    owner_id="nla",
                    due_on=dt.date(2029, 2, 1),
                ),
                ReviewAction(
                    id="actie-terugkoppeling",
                    what="Werkafspraak terugkoppeling aan signaalgevers herzien en meten.",
                    owner_id="pol-westerdelta",
                    due_on=dt.date(2029, 4, 1),
                ),
                ReviewAction(
                    id="actie-raad",
                    what="Jaarlijkse informatiebijeenkomst voor de drie gemeenteraden.",
                    owner_id="gem-polderwaard",
                    due_on=dt.date(2029, 6, 1),
                    done=False,
                ),
            ],
        )
    ]
    v2 = amend(
        v1,
        author="N. Yilmaz (RIEC-bureau Westerdelta)",
        reason="Uitkomsten van de tussentijdse toetsing 2028",
        summary="Streefwaarden bijgesteld, bewaartermijn Bibob-bevindingen verlengd, doorlooptijd aangescherpt.",
        agreed_by=[p.id for p in v1.partners],
        today=dt.date(2029, 1, 20),
    )
    # Fixed id and time, so the committed file is exactly what this script writes.
    v2.revisions[-1].id = "rev-versie-2"
    v2.history[-1].archived_at = dt.datetime(2029, 1, 20, 10, 0, tzinfo=dt.UTC)
    kpis = {k.id: k for k in v2.governance.kpis}
    kpis["kpi-signalen"].target = 220
    kpis["kpi-arbeidsuitbuiting"].target = 18
    kpis["kpi-doorlooptijd"].target = 28
    flows = {f.id: f for f in v2.data_sharing.flows}
    flows["flow-bibob"].retention_months = 60
    v2.metadata.created_on = v1.metadata.created_on
    return v2


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    save_charter(build(), out, backup=False)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
