"""One seller's sanction grades over time, as a pure function on a matplotlib Axes: the
sellers page draws it, and a seller's report or action plan can draw the same."""

from __future__ import annotations

from datetime import datetime

from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num

from labapp.reports.charts import INK, MUTED
from labapp.reports.i18n import Catalog
from labapp.reports.pdf_style import GRADE_COLOURS
from labapp.reports.trend_charts import LADDER

# (audited at, grade, finalised or sent)
GradePoint = tuple[datetime, str, bool]


def _rank(grade: str) -> int:
    return LADDER.index(grade) if grade in LADDER else 0


def _days(points: list[GradePoint]) -> list[float]:
    return [float(date2num(point[0])) for point in points]


def draw_grade_history(ax: Axes, points: list[GradePoint], c: Catalog) -> None:
    """Finalised grades joined by a step line (the sanction stands until the next audit),
    open audits as hollow markers since review may still change their grade."""
    ax.set_title(c.t("seller_grade_history"), fontsize=10, color=INK, loc="left")
    if not points:
        ax.text(0.5, 0.5, c.t("no_seller_audits"), ha="center", va="center", color=MUTED)
        ax.set_axis_off()
        return
    ordered = sorted(points, key=lambda point: point[0])
    final = [point for point in ordered if point[2]]
    still_open = [point for point in ordered if not point[2]]
    if final:
        ax.plot(
            _days(final),
            [_rank(p[1]) for p in final],
            drawstyle="steps-post",
            color=MUTED,
            linewidth=0.9,
            zorder=1,
        )
        ax.scatter(
            _days(final),
            [_rank(p[1]) for p in final],
            c=[GRADE_COLOURS.get(p[1], INK) for p in final],
            s=28,
            zorder=3,
            label=c.t("finalised_audit"),
        )
    if still_open:
        ax.scatter(
            _days(still_open),
            [_rank(p[1]) for p in still_open],
            facecolors="white",
            edgecolors=[GRADE_COLOURS.get(p[1], INK) for p in still_open],
            linewidths=1.2,
            s=34,
            zorder=3,
            label=c.t("open_audit"),
        )
    ax.set_yticks(range(len(LADDER)), [c.t(f"grade_{grade}") for grade in LADDER], fontsize=7)
    for label, grade in zip(ax.get_yticklabels(), LADDER, strict=True):
        label.set_color(GRADE_COLOURS[grade])
    ax.set_ylim(-0.5, len(LADDER) - 0.5)
    ax.grid(axis="y", color="#e3e8ee", linewidth=0.8)
    ax.set_axisbelow(True)
    locator = AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", labelsize=7, colors=MUTED)
    # Above the plot, right of the title: never over a point, whatever the grades.
    ax.legend(
        fontsize=7, frameon=False, loc="lower right", bbox_to_anchor=(1, 1), ncol=2, borderaxespad=0
    )
