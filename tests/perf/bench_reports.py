"""Benchmark of reports, exports and trends (not part of the test run).

    .venv/bin/python -m tests.perf.bench_reports [--big 50000]

Targets from the reports issue: one report with 8 photos under 0.5 s; the month's
200 reports under 60 s; export of 50,000 audits under 20 s with flat memory and no
more than 1.5x bare openpyxl write-only; all trend charts on 50,000 audits under 3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "tests" / "fixtures" / "cases" / "iphone12_lcd_premium.json"


def one_report_with_photos(folder: Path) -> float:
    from PIL import Image

    from labapp.bootstrap import build_lab
    from labapp.services.audit_case import parse_case

    lab = build_lab(f"sqlite:///{folder / 'one.sqlite3'}")
    view = lab.audits.import_case(parse_case(json.loads(CASE.read_text())), "bench")
    for number in range(8):
        photo = folder / f"photo{number}.jpg"
        Image.new("RGB", (1600, 1200), (40 + 20 * number, 90, 140)).save(photo, quality=85)
        lab.audits.attach(view.summary.id, photo, "screen_condition", f"photo {number}")
    lab.audits.finalise(view.summary.id, "bench")
    lab.reports.issue(view.summary.id, folder / "warm.pdf")
    times = []
    for run in range(5):
        start = time.perf_counter()
        lab.reports.issue(view.summary.id, folder / f"r{run}.pdf")
        times.append(time.perf_counter() - start)
    lab.close()
    return statistics.median(times)


def month_of_reports(folder: Path, count: int) -> tuple[int, float]:
    from labapp.bootstrap import build_lab
    from labapp.domain.audits import AuditState

    lab = build_lab(f"sqlite:///{folder / 'month.sqlite3'}")
    lab.demo.seed(orders=int(count * 1.5), seed=3)
    audits = [
        a for a in lab.audits.list_audits() if a.state in (AuditState.FINALISED, AuditState.SENT)
    ][:count]
    start = time.perf_counter()
    for audit in audits:
        lab.reports.issue(audit.id, folder / f"month-{audit.id}.pdf")
    elapsed = time.perf_counter() - start
    lab.close()
    return len(audits), elapsed


def _child(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Run code in a fresh interpreter; returns (seconds, peak resident MB)."""
    script = (
        "import resource, time, sys\n"
        + code
        + "\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start, float(done.stdout.strip().splitlines()[-1])


def big_database(folder: Path, orders: int) -> str:
    url = f"sqlite:///{folder / 'big.sqlite3'}"
    from labapp.bootstrap import build_lab

    lab = build_lab(url)
    lab.demo.seed(orders=orders, seed=9)
    lab.close()
    return url


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", type=int, default=52_000, help="orders seeded for the big runs")
    parser.add_argument("--month", type=int, default=200)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="labapp-bench-reports-"))
    os.environ["LABAPP_HOME"] = str(folder / "home")
    rows = [("one report with 8 photos (median of 5)", f"{one_report_with_photos(folder):.2f} s")]
    issued, seconds = month_of_reports(folder, options.month)
    rows.append((f"{issued} reports one after another", f"{seconds:.1f} s"))

    url = big_database(folder, options.big)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    export = (
        "from pathlib import Path\n"
        "from labapp.bootstrap import build_lab\n"
        "from labapp.reports.xlsx_export import export_audits_xlsx\n"
        "from labapp.services.exports import AuditExportService\n"
        "from labapp.services.ports import ExportFilter\n"
        f"lab = build_lab({url!r})\n"
        "t = time.perf_counter()\n"
        f"n = export_audits_xlsx(AuditExportService(lab.database.unit_of_work), ExportFilter(), Path({str(folder / 'export.xlsx')!r}))\n"
        "print('export', n, time.perf_counter() - t, file=sys.stderr)\n"
    )
    bare = (
        "import sqlite3\n"
        "from openpyxl import Workbook\n"
        f"db = sqlite3.connect({str(folder / 'big.sqlite3')!r})\n"
        "t = time.perf_counter()\n"
        "wb = Workbook(write_only=True)\n"
        "a = wb.create_sheet('Audits'); c = wb.create_sheet('Checks')\n"
        "for row in db.execute('select * from audits'): a.append(list(row)[:20])\n"
        "for row in db.execute('select * from audit_check_results'): c.append(list(row))\n"
        f"wb.save({str(folder / 'bare.xlsx')!r})\n"
        "print('bare', time.perf_counter() - t, file=sys.stderr)\n"
    )
    export_time, export_mb = _child(export, env)
    bare_time, bare_mb = _child(bare, env)
    from labapp.bootstrap import build_lab

    lab = build_lab(url)
    audits = len(lab.audits.list_audits())
    lab.close()
    rows.append(
        (
            f"export of {audits} audits and their checks (whole process)",
            f"{export_time:.1f} s, peak {export_mb:.0f} MB",
        )
    )
    rows.append(
        (
            "bare openpyxl write-only, same rows (whole process)",
            f"{bare_time:.1f} s, peak {bare_mb:.0f} MB",
        )
    )
    trends = (
        "from pathlib import Path\n"
        "from labapp.bootstrap import build_lab\n"
        "from labapp.reports.i18n import Catalog\n"
        "from labapp.reports.trends_report import write_trends\n"
        "from labapp.services.trends import TrendService\n"
        f"lab = build_lab({url!r})\n"
        "protocol = lab.library.protocol()[0]\n"
        "t = time.perf_counter()\n"
        "figures = TrendService(lab.database.unit_of_work).figures()\n"
        "q = time.perf_counter() - t\n"
        f"write_trends(figures, protocol, Catalog.of('en'), Path({str(folder / 'trends')!r}))\n"
        "print(f'trends {q:.2f} {time.perf_counter() - t:.2f}', file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", trends],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    _, queries, total = done.stderr.strip().splitlines()[-1].split()
    rows.append((f"trend figures (SQL) on {audits} audits", f"{float(queries):.2f} s"))
    rows.append(
        (f"trend figures + 7 charts + workbook on {audits} audits", f"{float(total):.2f} s")
    )
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")
    print(
        f"(peak memory of this process: "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)"
    )


if __name__ == "__main__":
    main()
