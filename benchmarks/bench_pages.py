"""Benchmark: building the step pages and switching between them on the large charter.

Run: ``uv run python benchmarks/bench_pages.py``. The large charter has 40 partners, 150 KPIs,
300 activities and 60 data flows. A "switch" is what the main window does when the user picks a
step: ``load()`` the page, make it the current page of a stacked widget, and let Qt lay it out and
paint it (the time includes every visible table cell). Issue 3 asks for < 50 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(
    0, str(Path(__file__).resolve().parent.parent)
)  # the test-data generator lives in tests/support

from PySide6.QtWidgets import QApplication, QStackedWidget  # noqa: E402

from tests.support.synthetic import large_charter  # noqa: E402
from ui.pages import page_classes  # noqa: E402
from ui.session import CharterSession  # noqa: E402


def main(rounds: int = 15) -> None:
    app = QApplication.instance() or QApplication([])
    session = CharterSession(large_charter())
    stack = QStackedWidget()
    stack.resize(1280, 800)
    stack.show()
    build: dict[str, float] = {}
    pages = []
    for cls in page_classes()[:8]:
        start = time.perf_counter()
        page = cls(session)
        page.load()
        stack.addWidget(page)
        build[cls.__name__] = (time.perf_counter() - start) * 1000
        pages.append(page)
    app.processEvents()
    switch: dict[str, list[float]] = {p.__class__.__name__: [] for p in pages}
    for _ in range(rounds):
        for page in pages:
            start = time.perf_counter()
            page.load()
            stack.setCurrentWidget(page)
            app.processEvents()  # runs the layout and the (one) paint the switch scheduled
            switch[page.__class__.__name__].append((time.perf_counter() - start) * 1000)
    print(f"{'page':<18}{'build ms':>10}{'switch median ms':>18}{'switch max ms':>15}")
    for name, times in switch.items():
        print(f"{name:<18}{build[name]:>10.1f}{statistics.median(times):>18.1f}{max(times[1:]):>15.1f}")
    worst = max(statistics.median(t) for t in switch.values())
    print(f"slowest median switch: {worst:.1f} ms (target < 50 ms)")


if __name__ == "__main__":
    main()
