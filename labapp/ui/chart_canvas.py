"""A matplotlib figure in a widget: the pure `draw_x(ax, ...)` chart functions of
labapp.reports, drawn on the window's own canvas (never pyplot, which keeps global
figures and would need its own event loop)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from labapp.reports.i18n import LOCALES


def chart_language() -> str:
    """Chart wording (the report catalogs) in the person's language when there is one."""
    language = QLocale().name()[:2]
    return language if language in LOCALES else "en"


class ChartCanvas(FigureCanvasQTAgg):
    """One chart; `draw_chart` replaces what it shows."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        # Constrained layout makes room for rotated labels, twin axes and legends at
        # whatever size the page gives the chart; the PNG export uses fixed margins.
        figure = Figure(figsize=(6, 3.2), layout="constrained", facecolor="white")
        super().__init__(figure)  # type: ignore[no-untyped-call]  # matplotlib's backends are untyped
        self.setParent(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)

    @property
    def axes(self) -> Axes | None:
        """The chart's main axes (a twin axis, if any, comes after it)."""
        axes = self.figure.axes
        return axes[0] if axes else None

    def draw_chart(self, draw: Callable[[Axes], None]) -> None:
        self.figure.clear()
        draw(self.figure.add_subplot(1, 1, 1))
        # Rendered when Qt next paints the canvas: a chart scrolled out of sight costs
        # nothing until it is scrolled into view.
        self.draw_idle()  # type: ignore[no-untyped-call]

    def clear_chart(self) -> None:
        self.figure.clear()
        self.draw_idle()  # type: ignore[no-untyped-call]


@dataclass(frozen=True)
class ChartPlace:
    """Where a chart sits on a ChartBoard and how tall it is for its width."""

    name: str
    height_per_width: float  # horizontal bars and slanted labels need more height
    row: int
    column: int
    columns: int = 1


class ChartGrid(QScrollArea):
    """Charts in two columns that scroll together, each as tall as its width calls for:
    never squashed on a 1366×768 laptop, never a thin strip on a large screen."""

    MIN_HEIGHT, MAX_HEIGHT = 260, 560
    SPACING = 12

    def __init__(self, places: Sequence[ChartPlace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._places = tuple(places)
        self.canvases: dict[str, ChartCanvas] = {}
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(self.SPACING)
        for place in self._places:
            canvas = ChartCanvas(place.name)
            self.canvases[place.name] = canvas
            grid.addWidget(canvas, place.row, place.column, 1, place.columns)
        grid.setRowStretch(max((p.row for p in self._places), default=0) + 1, 1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Charts shrink to the width instead: a sideways scroll hides half a chart.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so that fitting the heights never makes it come and go and
        # change the width the heights were fitted to.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setWidget(holder)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit(self.viewport().width())
        return super().viewportEvent(event)

    def _fit(self, width: int) -> None:
        column = max((width - 3 * self.SPACING) // 2, 1)
        for place in self._places:
            wanted = int(column * place.columns * place.height_per_width)
            height = min(max(wanted, self.MIN_HEIGHT), self.MAX_HEIGHT)
            self.canvases[place.name].setFixedHeight(height)


class ChartBoard(QWidget):
    """A ChartGrid under a status line (what is shown, progress, Cancel), or a message in
    the grid's place when there is nothing to chart.

    `draw` draws one chart per turn of the event loop, so that a click or a key is
    answered between two charts instead of after all of them.
    """

    drawn = Signal()  # the last chart of a `draw` is drawn

    def __init__(self, places: Sequence[ChartPlace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = ChartGrid(places)
        self.canvases = self.grid.canvases
        self.message = QLabel()
        self.message.setObjectName("chartMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.grid)
        self._stack.addWidget(self.message)
        self.status = QLabel()
        self.status.setObjectName("chartStatus")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(240)
        self.progress.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        line = QHBoxLayout()
        line.addWidget(self.status, 1)
        line.addWidget(self.progress)
        line.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self._stack, 1)
        self.show_busy(False)
        self._waiting: list[tuple[str, Callable[[Axes], None]]] = []
        self._next = QTimer(self)
        self._next.setInterval(0)
        self._next.timeout.connect(self._draw_next)

    def show_busy(self, busy: bool, cancellable: bool = True) -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy and cancellable)
        if busy:
            self.progress.setRange(0, 0)  # "busy" until a first step is known

    def show_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def draw(self, drawings: dict[str, Callable[[Axes], None]]) -> None:
        """Draw these charts (by name) in turn and show them, and hide the others; a draw
        under way is dropped."""
        for name, canvas in self.canvases.items():
            canvas.setVisible(name in drawings)
        self._waiting = list(drawings.items())
        self._stack.setCurrentWidget(self.grid)
        self._next.start()

    def show_message(self, headline: str, detail: str) -> None:
        self._waiting = []
        self._next.stop()
        self.message.setText(
            f"<p style='font-size:15pt'>{escape(headline)}</p>"
            f"<p style='color:#5b6775'>{escape(detail)}</p>"
        )
        self._stack.setCurrentWidget(self.message)

    @property
    def showing_charts(self) -> bool:
        return self._stack.currentWidget() is self.grid

    @property
    def drawing(self) -> bool:
        return bool(self._waiting)

    def _draw_next(self) -> None:
        if self._waiting:
            name, draw = self._waiting.pop(0)
            self.canvases[name].draw_chart(draw)
            if not self._waiting:
                self.drawn.emit()
        if not self._waiting:
            self._next.stop()
