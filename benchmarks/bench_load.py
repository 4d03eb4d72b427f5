"""Benchmark: loading and validating the large charter (issue 2 asks for < 100 ms).

Run: ``uv run python benchmarks/bench_load.py``. Prints the median of repeated runs of
``load_charter`` (read, parse, migrate check, validate, integrity) on a file on disk.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the test-data generator lives in tests/support

from charter_builder.storage import load_charter, save_charter  # noqa: E402
from tests.support.synthetic import large_charter  # noqa: E402


def main(repeat: int = 30) -> None:
    charter = large_charter()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.charter.json"
        save_charter(charter, path, backup=False)
        load_charter(path)  # warm-up: imports, caches
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            load_charter(path)
            times.append(time.perf_counter() - start)
        size = path.stat().st_size
    print(
        f"load+validate large charter (40 partners, 150 KPIs, 300 activities, 60 flows; {size / 1024:.0f} KiB): "
        f"median {statistics.median(times) * 1000:.1f} ms, min {min(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms over {repeat} runs (budget 100 ms)"
    )


if __name__ == "__main__":
    main()
