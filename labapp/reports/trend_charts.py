"""Trend charts as pure functions on a matplotlib Axes: the window's canvas and the
`labapp trends` PNGs draw the very same thing."""

from __future__ import annotations

from typing import Any

from matplotlib.axes import Axes

from labapp.reports.charts import INK, LATE, MUTED, OK
from labapp.reports.i18n import Catalog
from labapp.reports.pdf_style import GRADE_COLOURS

Rows = list[tuple[Any, ...]]
LADDER = (
    "compliant",
    "advisory",
    "surveillance",
    "sales_limitation",
    "suspension",
    "deregistration",
)


def _month(code: int) -> str:
    return f"{code % 100:02d}/{str(code // 100)[2:]}"


def _tidy(ax: Axes, title: str) -> None:
    ax.set_title(title, fontsize=10, color=INK, loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=7, colors=MUTED)


def draw_monthly_defects(ax: Axes, rows: Rows, c: Catalog) -> None:
    months = [_month(r[0]) for r in rows]
    audits = [r[1] for r in rows]
    rates = [100 * r[2] / r[1] if r[1] else 0 for r in rows]
    ax.bar(months, audits, color="#c9d6e3", label=c.t("audits"))
    ax.set_ylabel(c.t("audits"), fontsize=8)
    rate_axis = ax.twinx()
    rate_axis.plot(months, rates, color=INK, marker="o", markersize=3, label=c.t("defect_rate"))
    rate_axis.axhline(4, color=LATE, linestyle="--", linewidth=0.9, label=c.t("marketplace_ref"))
    rate_axis.axhline(3, color=OK, linestyle=":", linewidth=0.9, label=c.t("new_devices_ref"))
    rate_axis.set_ylabel("%", fontsize=8)
    rate_axis.tick_params(labelsize=7, colors=MUTED)
    rate_axis.legend(fontsize=7, loc="upper left", frameon=False)
    ax.tick_params(axis="x", rotation=60)
    _tidy(ax, c.t("trend_monthly"))


def draw_failures_pareto(ax: Axes, rows: Rows, c: Catalog, labels: dict[str, str]) -> None:
    failing = [r for r in rows if r[1]]
    names = [str(labels.get(r[0], r[0])) for r in failing]
    counts = [r[1] for r in failing]
    ax.bar(range(len(names)), counts, color=INK)
    ax.set_xticks(range(len(names)), names, rotation=60, ha="right", fontsize=7)
    total = sum(counts) or 1
    cumulative, running = [], 0
    for count in counts:
        running += count
        cumulative.append(100 * running / total)
    share = ax.twinx()
    share.plot(range(len(names)), cumulative, color=LATE, marker="o", markersize=3)
    share.set_ylim(0, 105)
    share.set_ylabel(c.t("cumulative") + " %", fontsize=8)
    share.tick_params(labelsize=7, colors=MUTED)
    _tidy(ax, c.t("trend_by_check"))


def draw_worst_sellers(ax: Axes, rows: Rows, c: Catalog) -> None:
    labels = [f"{r[1][:24]} ({r[2]})" for r in rows][::-1]
    rates = [100 * r[3] / r[2] if r[2] else 0 for r in rows][::-1]
    ax.barh(labels, rates, color=LATE)
    ax.set_xlabel(c.t("defect_rate") + " %", fontsize=8)
    _tidy(ax, c.t("trend_by_seller"))


def draw_by_model(ax: Axes, rows: Rows, c: Catalog) -> None:
    models = [r[0] for r in rows]
    positions = range(len(models))
    width = 0.27
    ax.bar(
        [p - width for p in positions],
        [r[2] for r in rows],
        width,
        label=c.t("failed_audits"),
        color=INK,
    )
    ax.bar(
        list(positions),
        [r[3] or 0 for r in rows],
        width,
        label=c.t("screen_substitutions"),
        color=LATE,
    )
    ax.bar(
        [p + width for p in positions],
        [r[4] or 0 for r in rows],
        width,
        label=c.t("non_genuine_parts"),
        color="#d9822b",
    )
    ax.set_xticks(list(positions), models, rotation=60, ha="right", fontsize=7)
    ax.legend(fontsize=7, frameon=False)
    _tidy(ax, c.t("trend_by_model"))


def draw_battery_histogram(ax: Axes, buckets: Rows, c: Catalog, threshold: float = 85) -> None:
    ax.bar(
        [b[0] + 2.5 for b in buckets],
        [b[1] for b in buckets],
        width=4.6,
        color=[LATE if b[0] + 5 <= threshold else OK for b in buckets],
    )
    ax.axvline(threshold, color=INK, linestyle="--", linewidth=1, label=c.t("threshold_line"))
    ax.set_xlabel("%", fontsize=8)
    ax.legend(fontsize=7, frameon=False)
    _tidy(ax, c.t("trend_battery"))


def draw_grades_by_month(ax: Axes, rows: Rows, c: Catalog) -> None:
    months = sorted({r[0] for r in rows})
    counts = {(r[0], r[1]): r[2] for r in rows}
    bottom = [0] * len(months)
    for grade in LADDER:
        heights = [counts.get((m, grade), 0) for m in months]
        ax.bar(
            [_month(m) for m in months],
            heights,
            bottom=bottom,
            color=GRADE_COLOURS[grade],
            label=c.t(f"grade_{grade}"),
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.tick_params(axis="x", rotation=60)
    # Headroom above the tallest month so the legend never hides a bar.
    ax.set_ylim(0, max(bottom, default=1) * 1.35)
    ax.legend(fontsize=6.5, frameon=False, ncol=3, loc="upper right")
    _tidy(ax, c.t("trend_grades"))


def draw_logistics(ax: Axes, rows: Rows, c: Catalog) -> None:
    months = [_month(r[0]) for r in rows]
    ax.plot(
        months,
        [100 * (r[1] or 0) / r[3] if r[3] else 0 for r in rows],
        color=LATE,
        marker="o",
        markersize=3,
        label=c.t("late_shipments"),
    )
    ax.plot(
        months,
        [100 * (r[2] or 0) / r[3] if r[3] else 0 for r in rows],
        color=INK,
        marker="o",
        markersize=3,
        label=c.t("late_deliveries"),
    )
    ax.set_ylabel("%", fontsize=8)
    ax.tick_params(axis="x", rotation=60)
    ax.legend(fontsize=7, frameon=False)
    _tidy(ax, c.t("trend_logistics"))
