"""Benchmark of the window on a big database (not part of the test run).

    .venv/bin/python -m tests.perf.bench_window --db /path/to/big.sqlite3

Targets from the desktop issue: the window ready to use in under 1.5 s and under 2x
the start of a bare PySide6 window measured in the same run; the order list scrolls
50,000 rows without loading them all; a search answers in under 100 ms.

"Ready" is measured from before the process starts to the moment the order queue's
first page is on screen (the first thing a technician uses), in a fresh process each
time, median of five. The platform is offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

BARE = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("ready")); window.show()
app.processEvents()
print(time.time())
"""

LABAPP = """
import time, sys, os
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from labapp.bootstrap import build_lab
from labapp.domain.users import LabRole
from labapp.ui.main_window import MainWindow
from labapp.ui.session import BenchSession
from labapp.ui.tasks import TaskRunner
lab = build_lab(os.environ["BENCH_DB"])
runner = TaskRunner(print)
window = MainWindow(lab, BenchSession("bench", LabRole.TECHNICIAN), runner, "bench", None, False)
window.show()
orders = window.pages["orders"]
while orders.model.loaded == 0:
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
print(time.time())
import resource
rss = [l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]
print(int(rss) // 1024)
runner.shutdown()
lab.close()
"""


def _timed(script: str, env: dict[str, str]) -> tuple[float, list[str]]:
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    lines = done.stdout.split()
    return float(lines[0]) - start, lines[1:]


def _search_times(database: str) -> dict[str, list[float]]:
    """A scanned code (exact lookup), the first page of a typed search (what the list
    shows), and the count under it (which arrives after the list)."""
    from labapp.bootstrap import build_lab
    from labapp.services.ports import OrderQuery

    lab = build_lab(database)
    times: dict[str, list[float]] = {"scan": [], "first_page": [], "count": []}
    try:
        probes = [line.order_ref for line in lab.orders.lines(OrderQuery(limit=2000))][::200]
        for code in probes:
            start = time.perf_counter()
            assert lab.orders.find_by_code(code) == code
            times["scan"].append(time.perf_counter() - start)
        # Typed parts: a seller's ref (many matches), an order's tail, no match at all.
        for text in [ref[-6:] for ref in probes] + ["S-FR-00", "zzz-none"]:
            start = time.perf_counter()
            lab.orders.lines(OrderQuery(text=text, limit=200))
            times["first_page"].append(time.perf_counter() - start)
            start = time.perf_counter()
            lab.orders.count(OrderQuery(text=text))
            times["count"].append(time.perf_counter() - start)
        return times
    finally:
        lab.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="a big demo database (sqlite file or URL)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", help="write the figures here as well")
    options = parser.parse_args()
    url = options.db if "://" in options.db else f"sqlite:///{options.db}"
    env = dict(os.environ, BENCH_DB=url)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    bare = [_timed(BARE, env)[0] for _ in range(options.runs)]
    ours, memory = [], []
    for _ in range(options.runs):
        took, rest = _timed(LABAPP, env)
        ours.append(took)
        memory.append(int(rest[0]))
    searches = _search_times(url)
    figures = {
        "bare_window_s": statistics.median(bare),
        "labapp_window_ready_s": statistics.median(ours),
        "ratio": statistics.median(ours) / statistics.median(bare),
        "window_memory_mb": statistics.median(memory),
    }
    for kind, times in searches.items():
        figures[f"search_{kind}_median_ms"] = 1000 * statistics.median(times)
        figures[f"search_{kind}_worst_ms"] = 1000 * max(times)
    for name, value in figures.items():
        print(f"{name:28} {value:.2f}")
    if options.json:
        with open(options.json, "w") as out:
            json.dump(figures, out, indent=1)


if __name__ == "__main__":
    main()
