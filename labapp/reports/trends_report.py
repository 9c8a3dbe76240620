"""`labapp trends --out DIR`: the trend charts as PNGs and their figures as a workbook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matplotlib.axes import Axes
from openpyxl import Workbook

from labapp.domain.errors import InvalidInput
from labapp.domain.protocol import AuditProtocol
from labapp.reports import trend_charts as charts
from labapp.reports.cells import openpyxl_cell
from labapp.reports.charts import render_png
from labapp.reports.i18n import Catalog
from labapp.services.trends import TrendAnswers, TrendFigures

Margins = tuple[float, float, float, float]


def write_trends(
    figures: TrendFigures | TrendAnswers, protocol: AuditProtocol, catalog: Catalog, folder: Path
) -> list[Path]:
    if not folder.is_dir():
        try:
            folder.mkdir(parents=True)
        except OSError as error:
            raise InvalidInput(
                "{folder}: cannot create the folder ({reason})",
                folder=folder,
                reason=error.strerror,
            ) from None
    labels = {check.id: check.label(catalog.language) for check in protocol.checks}
    # name: (drawing, width and height in inches, margins left, bottom, right, top).
    # Fixed margins, sized for the longest labels the charts allow (trend_charts._short),
    # spare each chart a layout pass that measures every label: a third of its time.
    drawings: dict[str, tuple[Callable[[Axes], None], tuple[float, float], Margins]] = {
        "monthly-defects": (
            lambda ax: charts.draw_monthly_defects(ax, figures.monthly, catalog),
            (9, 4),
            (0.08, 0.16, 0.93, 0.92),
        ),
        "failures-by-check": (
            lambda ax: charts.draw_failures_pareto(ax, figures.by_check, catalog, labels),
            (9, 4.5),
            (0.13, 0.27, 0.93, 0.93),
        ),
        "worst-sellers": (
            lambda ax: charts.draw_worst_sellers(ax, figures.by_seller, catalog),
            (8, 5),
            (0.3, 0.1, 0.95, 0.93),
        ),
        "by-model": (
            lambda ax: charts.draw_by_model(ax, figures.by_model, catalog),
            (9, 4.5),
            (0.13, 0.27, 0.98, 0.93),
        ),
        "battery-health": (
            lambda ax: charts.draw_battery_histogram(ax, figures.battery_buckets, catalog),
            (7, 3.5),
            (0.1, 0.15, 0.97, 0.9),
        ),
        "grades-by-month": (
            lambda ax: charts.draw_grades_by_month(ax, figures.grades_by_month, catalog),
            (9, 4),
            (0.08, 0.16, 0.98, 0.92),
        ),
        "logistics": (
            lambda ax: charts.draw_logistics(ax, figures.logistics_by_month, catalog),
            (9, 3.5),
            (0.08, 0.18, 0.98, 0.91),
        ),
        "days-to-ship-and-deliver": (
            lambda ax: charts.draw_days_to_ship_and_deliver(
                ax,
                figures.days_to_ship,
                figures.days_to_deliver,
                catalog,
                figures.ship_within_business_days,
                figures.deliver_within_days,
            ),
            (9, 3.5),
            (0.09, 0.15, 0.98, 0.91),
        ),
        "repeat-offenders": (
            lambda ax: charts.draw_repeat_offenders(ax, figures.repeat_offenders, catalog),
            (8, 5),
            (0.3, 0.1, 0.95, 0.93),
        ),
    }
    written = []
    for name, (draw, (width, height), margins) in drawings.items():
        path = folder / f"{name}.png"
        path.write_bytes(render_png(draw, width, height, dpi=110, margins=margins))
        written.append(path)
    written.append(_workbook(figures, folder / "trends.xlsx"))
    return written


def _workbook(figures: TrendFigures | TrendAnswers, path: Path) -> Path:
    workbook = Workbook(write_only=True)
    tables = {
        "monthly": (("month", "audits", "audits with a failure"), figures.monthly),
        "by check": (("check", "failures", "applied"), figures.by_check),
        "worst sellers": (("seller", "name", "audits", "audits with a failure"), figures.by_seller),
        "by model": (
            (
                "model",
                "audits",
                "audits with a failure",
                "screen substitutions",
                "non-genuine parts",
            ),
            figures.by_model,
        ),
        "battery health": (("from %", "audits"), figures.battery_buckets),
        "grades by month": (("month", "grade", "audits"), figures.grades_by_month),
        "logistics": (
            ("month", "late shipments", "late deliveries", "audits"),
            figures.logistics_by_month,
        ),
        "repeat offenders": (
            ("seller", "name", "audits surveillance or worse", "audits"),
            figures.repeat_offenders,
        ),
        "days to ship": (("calendar days after the order", "orders"), figures.days_to_ship),
        "days to deliver": (
            ("calendar days after the order", "orders"),
            figures.days_to_deliver,
        ),
    }
    for title, (header, rows) in tables.items():
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        sheet.append(list(header))
        for row in rows:
            sheet.append([openpyxl_cell(value) for value in row])
    workbook.save(path)
    return path
