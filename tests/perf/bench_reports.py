"""Benchmark of reports, exports and trends (not part of the test run).

    .venv/bin/python -m tests.perf.bench_reports                 # reports only
    .venv/bin/python -m tests.perf.bench_reports --big 52000     # + export and trends at scale
        [--db FILE.sqlite3]   keep the 52,000-order database between runs (seeding: ~75 s)
        [--compare-openpyxl]  also write the same rows with bare openpyxl (about 200 s)

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


def _memory_mb(field: str) -> int:
    """VmRSS (now) or VmHWM (peak) of this process; unlike ru_maxrss, the peak of a
    freshly started process is its own, not the parent's carried through exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def _export_in_child(url: str, out: str) -> None:
    from labapp.reports.xlsx_export import export_audits_xlsx
    from labapp.services.ports import ExportFilter

    lab = build_lab(url)
    before = _memory_mb("VmRSS")
    start = time.perf_counter()
    audits, checks = export_audits_xlsx(lab.exports, ExportFilter(), Path(out))
    took = time.perf_counter() - start
    peak = _memory_mb("VmHWM")
    say(f"export of {audits} audits and {checks} check results", f"{took:.1f} s")
    say(
        "  memory: peak of the exporting process, before -> after",
        f"{before} -> {peak} MB",
    )
    lab.close()


def _has_audits(database: str) -> bool:
    import sqlite3

    with sqlite3.connect(database) as connection:
        return bool(connection.execute("SELECT EXISTS (SELECT 1 FROM audits)").fetchone()[0])


def at_scale(folder: Path, orders: int, database: str | None, compare: bool) -> None:
    import multiprocessing

    from labapp.reports.i18n import Catalog
    from labapp.reports.trends_report import write_trends
    from labapp.services.ports import ExportFilter

    url = f"sqlite:///{database}" if database else f"sqlite:///{folder / 'big.sqlite3'}"
    lab = build_lab(url)
    if not database or not _has_audits(database):
        start = time.perf_counter()
        lab.demo.seed(orders=orders, seed=9)
        say(f"demo seed of {orders} orders", f"{time.perf_counter() - start:.0f} s")
    service = lab.exports
    start = time.perf_counter()
    service.stream(ExportFilter(), lambda row: None, lambda row: None)
    say("  of which reading the rows from the database", f"{time.perf_counter() - start:.1f} s")
    # A process of its own, so its peak memory is the export's alone.
    child = multiprocessing.get_context("spawn").Process(
        target=_export_in_child, args=(url, str(folder / "export.xlsx"))
    )
    child.start()
    child.join()
    if compare:
        start = time.perf_counter()
        workbook = Workbook(write_only=True)
        sheets = workbook.create_sheet("Audits"), workbook.create_sheet("Checks")
        service.stream(
            ExportFilter(),
            lambda r: sheets[0].append(list(r)),
            lambda r: sheets[1].append(list(r)),
        )
        workbook.save(folder / "bare.xlsx")
        say("bare openpyxl write-only, the same rows", f"{time.perf_counter() - start:.1f} s")
    for run in range(3):
        start = time.perf_counter()
        figures = lab.trends.figures()
        sql = time.perf_counter() - start
        start = time.perf_counter()
        answers = lab.trends.begin()
        written = write_trends(
            answers, lab.library.protocol()[0], Catalog.of("en"), folder / "trends"
        )
        say(
            f"trends on {figures.audits} audits, run {run + 1}: SQL alone / "
            f"SQL + {len(written) - 1} charts and workbook",
            f"{sql:.2f} s / {time.perf_counter() - start:.2f} s",
        )
    lab.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--big", type=int, default=0, help="orders to seed for the scale runs")
    parser.add_argument("--month", type=int, default=200)
    parser.add_argument("--db", help="SQLite file to reuse for the scale runs (seeded if empty)")
    parser.add_argument("--only-scale", action="store_true", help="skip the report runs")
    parser.add_argument(
        "--compare-openpyxl", action="store_true", help="also time bare openpyxl (minutes)"
    )
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="labapp-bench-reports-"))
    os.environ["LABAPP_HOME"] = str(folder / "home")
    if not options.only_scale:
        one_report_with_photos(folder)
        month_of_reports(folder, options.month)
    if options.big:
        at_scale(folder, options.big, options.db, options.compare_openpyxl)
    say(
        "peak memory of the benchmark process",
        f"{_memory_mb('VmHWM')} MB",
    )


if __name__ == "__main__":
    sys.exit(main())
