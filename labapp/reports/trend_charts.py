"""Trend charts as pure functions on a matplotlib Axes: the window's canvas and the
`labapp trends` PNGs draw the very same thing."""

from __future__ import annotations

from typing import Any

from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from labapp.reports.charts import INK, LATE, MUTED, OK
from labapp.reports.i18n import Catalog
from labapp.reports.pdf_style import GRADE_COLOURS
from labapp.services.trends import LONGEST_DAYS_SHOWN

Rows = list[tuple[Any, ...]]
LADDER = (
    "compliant",
    "advisory",
    "surveillance",
    "sales_limitation",
    "suspension",
    "deregistration",
)


def _short(text: str, room: int = 26) -> str:
    """Labels cut to a fixed room, so that fixed chart margins always hold them."""
    return text if len(text) <= room else text[: room - 1] + "…"


def _seller(name: str, ref: str) -> str:
    # Two sellers may trade under the same name: the marketplace ref tells them apart.
    return f"{_short(name, 22)} ({ref})"


def _month(code: int) -> str:
    return f"{code % 100:02d}/{str(code // 100)[2:]}"


def _tidy(ax: Axes, title: str) -> None:
    ax.set_title(title, fontsize=10, color=INK, loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=7, colors=MUTED)


def _counted(ax: Axes) -> None:
    """A count axis ticks whole numbers: no 2.5 audits, in any language's decimals."""
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


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
    _counted(ax)
    _tidy(ax, c.t("trend_monthly"))


def draw_failures_pareto(ax: Axes, rows: Rows, c: Catalog, labels: dict[str, str]) -> None:
    failing = [r for r in rows if r[1]]
    names = [_short(str(labels.get(r[0], r[0]))) for r in failing]
    counts = [r[1] for r in failing]
    ax.bar(range(len(names)), counts, color=INK)
    ax.set_xticks(range(len(names)), names, rotation=40, ha="right", fontsize=7)
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
    _counted(ax)
    _tidy(ax, c.t("trend_by_check"))


def draw_worst_sellers(ax: Axes, rows: Rows, c: Catalog) -> None:
    labels = [_seller(r[1], r[0]) for r in rows][::-1]
    rates = [100 * r[3] / r[2] if r[2] else 0 for r in rows][::-1]
    bars = ax.barh(labels, rates, color=LATE)
    ax.bar_label(bars, [f"{r[3]}/{r[2]}" for r in rows][::-1], fontsize=6.5, padding=2)
    ax.set_xlabel(f"{c.t('defect_rate')} % ({c.t('failed_audits')} / {c.t('audits')})", fontsize=8)
    _tidy(ax, c.t("trend_by_seller"))


def draw_by_model(ax: Axes, rows: Rows, c: Catalog) -> None:
    models = [_short(r[0]) for r in rows]
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
    ax.set_xticks(list(positions), models, rotation=40, ha="right", fontsize=7)
    # Headroom above the tallest bar for the legend.
    ax.set_ylim(0, max((r[2] for r in rows), default=1) * 1.3)
    ax.legend(fontsize=7, frameon=False, ncol=3, loc="upper right")
    _counted(ax)
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
    _counted(ax)
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
    _counted(ax)
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


def draw_repeat_offenders(ax: Axes, rows: Rows, c: Catalog, shown: int = 15) -> None:
    """Sellers with two or more audits graded surveillance or worse, most first."""
    top = rows[:shown][::-1]
    if not top:
        ax.text(0.5, 0.5, c.t("no_repeat_offenders"), ha="center", va="center", color=MUTED)
        ax.set_axis_off()
        _tidy(ax, c.t("trend_repeat_offenders"))
        return
    labels = [_seller(r[1], r[0]) for r in top]
    bars = ax.barh(labels, [r[2] for r in top], color=GRADE_COLOURS["suspension"])
    ax.bar_label(bars, [f"{r[2]}/{r[3]}" for r in top], fontsize=6.5, padding=2)
    ax.set_xlabel(c.t("serious_audits"), fontsize=8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    _tidy(ax, c.t("trend_repeat_offenders"))


def draw_days_to_ship_and_deliver(
    ax: Axes,
    to_ship: Rows,
    to_deliver: Rows,
    c: Catalog,
    ship_within_business_days: int,
    deliver_within_days: int,
) -> None:
    """How many calendar days orders took to ship and to arrive, with the deadlines.

    Shipping is due within business days, so its line is where the deadline falls with
    no weekend in between: orders just past it may still be on time.
    """
    ship: dict[int, int] = dict(to_ship)
    deliver: dict[int, int] = dict(to_deliver)
    days = list(range(0, max([*ship, *deliver, deliver_within_days + 1]) + 1))
    width = 0.4
    ax.bar(
        [d - width / 2 for d in days],
        [ship.get(d, 0) for d in days],
        width,
        color=INK,
        label=c.t("days_to_ship"),
    )
    ax.bar(
        [d + width / 2 for d in days],
        [deliver.get(d, 0) for d in days],
        width,
        color="#9fb4c9",
        label=c.t("days_to_deliver"),
    )
    ax.axvline(
        ship_within_business_days + 0.5,
        color=OK,
        linestyle="--",
        linewidth=1,
        label=c.t("trend_ship_deadline", days=ship_within_business_days),
    )
    ax.axvline(
        deliver_within_days + 0.5,
        color=LATE,
        linestyle="--",
        linewidth=1,
        label=c.t("trend_deliver_deadline", days=deliver_within_days),
    )
    ax.set_xticks(days, [f"{d}+" if d == LONGEST_DAYS_SHOWN else str(d) for d in days], fontsize=7)
    ax.set_xlabel(c.t("days_after_order"), fontsize=8)
    ax.set_ylabel(c.t("orders"), fontsize=8)
    ax.legend(fontsize=7, frameon=False)
    _counted(ax)
    _tidy(ax, c.t("trend_days"))
