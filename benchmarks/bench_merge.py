"""How long merging 20 returned partner packages into the large charter takes (goal: under 1 s).

Run with ``uv run python benchmarks/bench_merge.py``. Each package is written to disk, edited as
JSON the way another program would, read back and merged; the timed part is ``merge_packages``
alone (and, separately, loading the 20 files). Prints the best and median of several runs.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the test-data generator lives in tests/support

from charter_builder.packages import export_package, load_package, merge_packages, save_package  # noqa: E402
from tests.support.synthetic import large_charter  # noqa: E402

PACKAGES = 20
RUNS = 7
LIMIT_S = 1.0


def _edited_packages(folder: Path) -> list[Path]:
    charter = large_charter()
    paths = []
    for n in range(PACKAGES):
        pid = f"p{n * 2:03d}"
        path = folder / f"large-{pid}.partner.json"
        save_package(export_package(charter, pid, "bench"), path)
        raw = json.loads(path.read_text("utf-8"))
        s = raw["sections"]
        s["partner"]["legal_powers"] = f"Bevoegdheden van partner {n}, opnieuw beschreven."
        s["partner"]["representatives"][0]["mandate"] = "Tot 25.000 euro zonder ruggenspraak."
        s["contributions"][0]["amount"] = 8 + n
        s["contributions"].append(
            {"id": f"con-{pid}-extra", "partner_id": pid, "kind": "budget", "amount": 1000}
        )
        for flow in s["flows"]:
            flow["retention_months"] = 12
        s["interests"][0]["interest"] = "Minder ondermijning in de eigen gemeente."
        path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
        paths.append(path)
    return paths


def main() -> int:
    charter = large_charter()
    with tempfile.TemporaryDirectory() as tmp:
        paths = _edited_packages(Path(tmp))
        t0 = time.perf_counter()
        packages = [load_package(p) for p in paths]
        load_s = time.perf_counter() - t0
        timings = []
        for _ in range(RUNS):
            t0 = time.perf_counter()
            result = merge_packages(charter, packages, coordinator="bench", names=[p.name for p in paths])
            timings.append(time.perf_counter() - t0)
    assert not result.conflicts, result.conflicts
    best, median = min(timings), statistics.median(timings)
    print(
        f"merge {PACKAGES} packages into large_charter() "
        f"({len(charter.partners)} partners, {len(charter.governance.kpis)} KPIs, "
        f"{len(charter.roles.activities)} activities, {len(charter.data_sharing.flows)} flows): "
        f"best {best * 1000:.0f} ms, median {median * 1000:.0f} ms over {RUNS} runs; "
        f"{len(result.changes)} changes applied; loading the {PACKAGES} files: {load_s * 1000:.0f} ms"
    )
    ok = median < LIMIT_S
    print("OK: under 1 s" if ok else "TOO SLOW: the goal is under 1 s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
