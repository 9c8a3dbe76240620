"""The trend charts count audits and orders: their axes never tick a fraction of one."""

from __future__ import annotations

from matplotlib.figure import Figure

from labapp.reports.i18n import Catalog
from labapp.reports.trend_charts import draw_grades_by_month, draw_monthly_defects


def ticks_of(draw, rows) -> list[float]:
    figure = Figure()
    ax = figure.add_subplot()
    draw(ax, rows, Catalog.of("fr"))
    figure.canvas.draw()
    return [tick for tick in ax.get_yticks() if 0 <= tick <= ax.get_ylim()[1]]


def test_a_few_audits_a_month_tick_whole_audits():
    # (month as YYYYMM, grade, audits): January to March 2026, one to three audits.
    rows = [(202601, "compliant", 1), (202602, "advisory", 3), (202603, "compliant", 2)]
    ticks = ticks_of(draw_grades_by_month, rows)
    assert ticks and all(tick == int(tick) for tick in ticks), ticks
    monthly = [(202601, 1, 0), (202602, 3, 1), (202603, 2, 1)]
    ticks = ticks_of(draw_monthly_defects, monthly)
    assert ticks and all(tick == int(tick) for tick in ticks), ticks
