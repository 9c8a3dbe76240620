"""The scale figures of the trust-and-scale issue, on one database, as JSON.

    .venv/bin/python -m tests.perf.scale_suite --db FILE.sqlite3 --json out.json
    .venv/bin/python -m tests.perf.scale_suite --db postgresql://postgres@127.0.0.1/labapp_scale

The database is seeded to --orders (about 97 % become audits, about 19 checks each)
when it has fewer audits. Targets: window ready < 1.5 s, order search < 100 ms, audit
open < 200 ms, trend charts < 3 s, export of all audits < 20 s with flat memory, the
month's 200 PDF reports < 60 s, the window's resident memory < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from labapp.bootstrap import build_lab
from tests.perf.bench_window import BARE, LABAPP, _search_times, _timed

EXPORT = """
import os, sys, time
from pathlib import Path
from labapp.bootstrap import build_lab
from labapp.reports.xlsx_export import export_audits_xlsx
from labapp.services.ports import ExportFilter
lab = build_lab(os.environ["BENCH_DB"])
start = time.perf_counter()
counts = export_audits_xlsx(lab.exports, ExportFilter(), Path(sys.argv[1]))
took = time.perf_counter() - start
peak = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(took, int(peak) // 1024, counts[0], counts[1])
"""


def _median_ms(run, times: int = 20) -> float:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return 1000 * statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--orders", type=int, default=52_000)
    parser.add_argument("--json")
    options = parser.parse_args()
    url = options.db if "://" in options.db else f"sqlite:///{options.db}"
    folder = Path(tempfile.mkdtemp(prefix="labapp-scale-"))
    os.environ.setdefault("LABAPP_HOME", str(folder / "home"))
    figures: dict[str, object] = {
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "database": url.split("@")[-1],
    }
    lab = build_lab(url)
    audits = lab.audits.list_audits(limit=1)
    if not audits:
        start = time.perf_counter()
        lab.demo.seed(orders=options.orders, seed=9)
        figures["seed_s"] = round(time.perf_counter() - start, 1)
    from labapp.services.ports import TrendWindow

    finalised = [a.id for a in lab.audits.list_audits(limit=400)]
    figures["audit_open_ms"] = round(_median_ms(lambda: lab.audits.get(finalised[7])), 1)
    from labapp.reports.i18n import Catalog
    from labapp.reports.trends_report import write_trends

    trend_runs = []
    for _ in range(3):
        start = time.perf_counter()
        answers = lab.trends.begin(TrendWindow())
        write_trends(answers, lab.library.protocol()[0], Catalog.of("en"), folder / "trends")
        trend_runs.append(time.perf_counter() - start)
    figures["trend_charts_s"] = round(statistics.median(trend_runs), 2)
    start = time.perf_counter()
    for number, audit_id in enumerate(finalised[:200]):
        lab.reports.issue(audit_id, folder / f"r{number}.pdf", draft=True)
    figures["reports_200_s"] = round(time.perf_counter() - start, 1)
    lab.close()

    env = dict(os.environ, BENCH_DB=url, QT_QPA_PLATFORM="offscreen")
    bare = statistics.median(_timed(BARE, env)[0] for _ in range(3))
    runs = [_timed(LABAPP, env) for _ in range(3)]
    figures["bare_window_s"] = round(bare, 2)
    figures["window_ready_s"] = round(statistics.median(r[0] for r in runs), 2)
    figures["window_memory_mb"] = statistics.median(int(r[1][0]) for r in runs)
    searches = _search_times(url)
    for kind, times in searches.items():
        figures[f"search_{kind}_worst_ms"] = round(1000 * max(times), 1)
    done = subprocess.run(
        [sys.executable, "-c", EXPORT, str(folder / "export.xlsx")],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    took, peak, audit_rows, check_rows = done.stdout.split()
    figures["export_s"] = round(float(took), 1)
    figures["export_peak_memory_mb"] = int(peak)
    figures["exported_audits"], figures["exported_checks"] = int(audit_rows), int(check_rows)
    for name, value in figures.items():
        print(f"{name:28} {value}")
    if options.json:
        Path(options.json).write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
