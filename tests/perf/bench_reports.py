"""Benchmark of reports, exports and trends (not part of the test run).

    .venv/bin/python -m tests.perf.bench_reports                 # reports only
    .venv/bin/python -m tests.perf.bench_reports --big 52000     # + export and trends at scale

Targets from the reports issue: one report with 8 photos under 0.5 s; the month's
200 reports under 60 s; export of 50,000 audits under 20 s with flat memory and no
more than 1.5x bare openpyxl write-only on the same rows; trends on 50,000 audits
under 3 s. Figures print as each stage ends.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from labapp.bootstrap import build_lab
from labapp.domain.audits import AuditState
from labapp.services.audit_case import parse_case

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "tests" / "fixtures" / "cases" / "iphone12_lcd_premium.json"


def say(label: str, value: str) -> None:
    print(f"{label:62} {value}", flush=True)


def one_report_with_photos(folder: Path) -> None:
    from PIL import Image

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
    say("one report with 8 photos (median of 5, in-process)", f"{statistics.median(times):.2f} s")


def month_of_reports(folder: Path, count: int) -> None:
    lab = build_lab(f"sqlite:///{folder / 'month.sqlite3'}")
    lab.demo.seed(orders=int(count * 1.5), seed=3)
    audits = [
        a for a in lab.audits.list_audits() if a.state in (AuditState.FINALISED, AuditState.SENT)
    ][:count]
    start = time.perf_counter()
    for audit in audits:
        lab.reports.issue(audit.id, folder / f"month-{audit.id}.pdf")
    say(f"{len(audits)} reports one after another", f"{time.perf_counter() - start:.1f} s")
    lab.close()


def at_scale(folder: Path, orders: int) -> None:
    from labapp.reports.i18n import Catalog
    from labapp.reports.trends_report import write_trends
    from labapp.reports.xlsx_export import export_audits_xlsx
    from labapp.services.exports import AuditExportService
    from labapp.services.ports import ExportFilter
    from labapp.services.trends import TrendService

    lab = build_lab(f"sqlite:///{folder / 'big.sqlite3'}")
    lab.demo.seed(orders=orders, seed=9)
    service = AuditExportService(lab.database.unit_of_work)
    start = time.perf_counter()
    audits, checks = export_audits_xlsx(service, ExportFilter(), folder / "export.xlsx")
    ours = time.perf_counter() - start
    say(f"export of {audits} audits and {checks} check results", f"{ours:.1f} s")
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheets = workbook.create_sheet("Audits"), workbook.create_sheet("Checks")
    service.stream(
        ExportFilter(), lambda r: sheets[0].append(list(r)), lambda r: sheets[1].append(list(r))
    )
    workbook.save(folder / "bare.xlsx")
    bare = time.perf_counter() - start
    say("bare openpyxl write-only, the same rows", f"{bare:.1f} s (ratio {ours / bare:.2f})")
    start = time.perf_counter()
    figures = TrendService(lab.database.unit_of_work).figures()
    sql = time.perf_counter() - start
    write_trends(figures, lab.library.protocol()[0], Catalog.of("en"), folder / "trends")
    say(f"trend figures (SQL) on {sum(r[1] for r in figures.monthly)} audits", f"{sql:.2f} s")
    say("trend figures + 7 charts + workbook", f"{time.perf_counter() - start:.2f} s")
    lab.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", type=int, default=0, help="orders to seed for the scale runs")
    parser.add_argument("--month", type=int, default=200)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="labapp-bench-reports-"))
    os.environ["LABAPP_HOME"] = str(folder / "home")
    one_report_with_photos(folder)
    month_of_reports(folder, options.month)
    if options.big:
        at_scale(folder, options.big)
    say(
        "peak memory of the benchmark process",
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB",
    )


if __name__ == "__main__":
    sys.exit(main())
