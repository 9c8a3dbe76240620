"""Charts as pure functions drawing on a matplotlib Axes (no pyplot): the window embeds
the same functions on its canvas; reports render them to PNG."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import DateFormatter, date2num
from matplotlib.figure import Figure

INK, OK, LATE, MUTED = "#1f3b57", "#2e9d5b", "#c0392b", "#8a96a3"


@dataclass(frozen=True)
class TimelineEvent:
    label: str
    day: date
    late: bool = False


@dataclass(frozen=True)
class Deadline:
    label: str
    day: date


def draw_order_timeline(ax: Axes, events: list[TimelineEvent], deadlines: list[Deadline]) -> None:
    """The order's events on a day axis, deadlines as dashed lines, late events in red."""
    if not events:
        ax.set_axis_off()
        return
    days = [e.day for e in events] + [d.day for d in deadlines]
    start, end = min(days), max(days)
    ax.axhline(0, color=MUTED, linewidth=1, zorder=1)
    for index, event in enumerate(events):
        colour = LATE if event.late else INK
        x = float(date2num(event.day))
        ax.plot([x], [0], marker="o", markersize=7, color=colour, zorder=3)
        offset = 0.55 if index % 2 == 0 else -0.75
        ax.annotate(
            f"{event.label}\n{event.day.strftime('%d/%m')}",
            (x, 0),
            xytext=(x, offset),
            ha="center",
            fontsize=7,
            color=colour,
            arrowprops={"arrowstyle": "-", "color": MUTED, "linewidth": 0.6},
        )
    by_day: dict[date, list[str]] = {}
    for deadline in deadlines:
        by_day.setdefault(deadline.day, []).append(deadline.label)
    for index, (day, labels) in enumerate(sorted(by_day.items())):
        x = float(date2num(day))
        ax.axvline(x, color=LATE, linestyle="--", linewidth=0.8, zorder=2)
        # Deadlines on one day share a label; different days alternate heights.
        ax.text(
            x,
            1.05 if index % 2 == 0 else 0.82,
            " / ".join(labels),
            ha="center",
            fontsize=6.5,
            color=LATE,
        )
    span = max((end - start).days, 1)
    ax.set_xlim(
        float(date2num(start)) - span * 0.12 - 0.5, float(date2num(end)) + span * 0.12 + 0.5
    )
    ax.set_ylim(-1.3, 1.35)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", labelsize=7, colors=MUTED)
    ax.xaxis.set_major_formatter(_day_formatter())


def _day_formatter() -> DateFormatter:
    return DateFormatter("%d/%m")


def render_png(
    draw: Callable[[Axes], None],
    width_in: float,
    height_in: float,
    dpi: int = 200,
    margins: tuple[float, float, float, float] | None = None,
) -> bytes:
    """Draw on a fresh figure and return PNG bytes.

    ``margins`` (left, bottom, right, top, as fractions) skips tight_layout, which
    measures every label: the report's small timeline does not need it, and a report
    should not wait for it.
    """
    figure = Figure(figsize=(width_in, height_in), dpi=dpi)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot(1, 1, 1)
    draw(ax)
    if margins is None:
        figure.tight_layout(pad=0.3)
    else:
        left, bottom, right, top = margins
        figure.subplots_adjust(left=left, bottom=bottom, right=right, top=top)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
