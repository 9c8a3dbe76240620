"""Trends for quality managers: which sellers, models, checks and months go wrong.

The nine charts of `labapp trends`, drawn by the same pure functions on canvases in two
columns, for a period, a seller and a model. The figures are counted off the GUI
thread (the long lane: progress, cancel); a change of filter counts again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from pathlib import Path

from matplotlib.axes import Axes
from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.domain.permissions import Action
from labapp.domain.protocol import AuditProtocol
from labapp.domain.sanctions import SanctionGrade
from labapp.reports import trend_charts as charts
from labapp.reports.i18n import Catalog
from labapp.services.ports import TrendWindow
from labapp.services.seller_history import SellerHistoryService
from labapp.services.trends import TrendFigures
from labapp.ui.chart_canvas import ChartBoard, ChartPlace, chart_language
from labapp.ui.language import day_pattern
from labapp.ui.messages import show_error
from labapp.ui.session import BenchSession
from labapp.ui.tasks import TaskRunner, TaskToken

# Each figure is one step of the progress; asking for one waits for its own query only.
STEPS = tuple(field.name for field in fields(TrendFigures))
DATES_PAUSE_MS = 400
CUSTOM = "custom"
Draw = Callable[[Axes, TrendFigures, Catalog, dict[str, str]], None]


# Side by side where they answer related questions; months run along the full-width
# strip at the end.
PLACES = (
    ChartPlace("monthly-defects", 0.56, 0, 0),
    ChartPlace("grades-by-month", 0.56, 0, 1),
    ChartPlace("failures-by-check", 0.7, 1, 0),
    ChartPlace("by-model", 0.7, 1, 1),
    ChartPlace("worst-sellers", 0.8, 2, 0),
    ChartPlace("repeat-offenders", 0.8, 2, 1),
    ChartPlace("battery-health", 0.56, 3, 0),
    ChartPlace("days-to-ship-and-deliver", 0.56, 3, 1),
    ChartPlace("logistics", 0.24, 4, 0, 2),
)
# Charts that rank sellers, left out when one seller is chosen.
SELLER_RANKINGS = ("worst-sellers", "repeat-offenders")
SERIOUS = {g.value for g in SanctionGrade if g.rank >= SanctionGrade.SURVEILLANCE.rank}
# Each chart's drawing, by the PNG name `labapp trends` gives it.
DRAWINGS: dict[str, Draw] = {
    "monthly-defects": lambda ax, f, c, _: charts.draw_monthly_defects(ax, f.monthly, c),
    "grades-by-month": lambda ax, f, c, _: charts.draw_grades_by_month(ax, f.grades_by_month, c),
    "failures-by-check": lambda ax, f, c, labels: charts.draw_failures_pareto(
        ax, f.by_check, c, labels
    ),
    "by-model": lambda ax, f, c, _: charts.draw_by_model(ax, f.by_model, c),
    "worst-sellers": lambda ax, f, c, _: charts.draw_worst_sellers(ax, f.by_seller, c),
    "repeat-offenders": lambda ax, f, c, _: charts.draw_repeat_offenders(ax, f.repeat_offenders, c),
    "battery-health": lambda ax, f, c, _: charts.draw_battery_histogram(ax, f.battery_buckets, c),
    "days-to-ship-and-deliver": lambda ax, f, c, _: charts.draw_days_to_ship_and_deliver(
        ax, f.days_to_ship, f.days_to_deliver, c, f.ship_within_business_days, f.deliver_within_days
    ),
    "logistics": lambda ax, f, c, _: charts.draw_logistics(ax, f.logistics_by_month, c),
}


def _on(
    draw: Draw, figures: TrendFigures, catalog: Catalog, labels: dict[str, str]
) -> Callable[[Axes], None]:
    """One chart's drawing with its figures, for the canvas to call with its axes."""
    return lambda ax: draw(ax, figures, catalog, labels)


def _choice(name: str, everything: str, letters: int) -> QComboBox:
    """A filter whose first entry, meaning "any", is None."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(everything, None)
    combo.setMinimumContentsLength(letters)
    combo.setMaxVisibleItems(20)
    return combo


def _midnight(edit: QDateEdit, days_after: int = 0) -> datetime:
    """The start of the day chosen (or of a day after it), in this computer's time zone."""
    chosen = edit.date()
    day = date(chosen.year(), chosen.month(), chosen.day()) + timedelta(days=days_after)
    return datetime.combine(day, time.min).astimezone()


@dataclass(frozen=True)
class TrendLoad:
    window: TrendWindow
    figures: TrendFigures
    protocol: AuditProtocol


class TrendsPage(QWidget):
    charts_drawn = Signal()  # after a load: the charts, or the "no audits" state, are shown
    exported = Signal(str)  # the folder the charts and the workbook were written to

    def __init__(self, lab: Lab, runner: TaskRunner, session: BenchSession) -> None:
        super().__init__()
        self._lab, self._runner, self._session = lab, runner, session
        self._history = SellerHistoryService(lab.database.unit_of_work)
        self.catalog = Catalog.of(chart_language())
        self._label = self.tr("Trend figures")  # the long task's name, in its progress
        self.load: TrendLoad | None = None
        self._token: TaskToken | None = None
        self._generation = 0
        self._started = False
        self._build()
        self._connect_signals()
        self._choose_period(self.period.currentIndex())

    def showEvent(self, event: QShowEvent) -> None:
        # Counted when first looked at: a window opens on another page, and the
        # figures of a big database are not worth counting for nothing.
        super().showEvent(event)
        if not self._started:
            self._started = True
            self._load_choices()
            self.reload()

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        self._build_filters()
        self.board = ChartBoard(PLACES)
        self.board.setObjectName("trendCharts")
        self.canvases = self.board.canvases
        self.status, self.progress = self.board.status, self.board.progress
        self.cancel = self.board.cancel
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        layout.addWidget(self.board, 1)

    def _build_filters(self) -> None:
        self.period = QComboBox()
        self.period.setObjectName("trendPeriod")
        self.period.addItem(self.tr("Last 3 months"), 3)
        self.period.addItem(self.tr("Last 12 months"), 12)
        self.period.addItem(self.tr("All time"), None)
        self.period.addItem(self.tr("Between these dates"), CUSTOM)
        self.period.setCurrentIndex(1)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-12))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, "trendFrom"), (self.date_to, "trendTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(day_pattern())
        self.seller = _choice("trendSeller", self.tr("All sellers"), 24)
        self.model = _choice("trendModel", self.tr("All models"), 14)
        self.refresh = QPushButton(self.tr("Refresh"))
        self.refresh.setToolTip(self.tr("Count again, with the audits finalised since"))
        self.export = QPushButton(self.tr("Export…"))
        self.export.setToolTip(self.tr("Write the nine charts (PNG) and trends.xlsx to a folder"))
        self.export.setVisible(self._session.may(Action.EXPORT_REPORTS))
        self.export.setEnabled(False)
        self._dates_pause = QTimer(self)
        self._dates_pause.setSingleShot(True)
        self._dates_pause.setInterval(DATES_PAUSE_MS)

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("Period"), self.period),
            (self.tr("from"), self.date_from),
            (self.tr("to"), self.date_to),
            (self.tr("Seller"), self.seller),
            (self.tr("Model"), self.model),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            row.addSpacing(6)
        row.addStretch(1)
        row.addWidget(self.refresh)
        row.addWidget(self.export)
        return row

    def _connect_signals(self) -> None:
        self.period.currentIndexChanged.connect(self._on_period_changed)
        self.date_from.dateChanged.connect(self._on_date_edited)
        self.date_to.dateChanged.connect(self._on_date_edited)
        self._dates_pause.timeout.connect(self.reload)
        self.seller.currentIndexChanged.connect(lambda _: self.reload())
        self.model.currentIndexChanged.connect(lambda _: self.reload())
        self.refresh.clicked.connect(self.reload)
        self.cancel.clicked.connect(self.cancel_loading)
        self.export.clicked.connect(self._on_export_clicked)
        self.board.drawn.connect(self.charts_drawn)
        self._runner.long_task_progressed.connect(self._on_runner_progressed)

    # -- the filters --------------------------------------------------------------

    def trend_window(self) -> TrendWindow:
        """The audits the filters choose: the "to" day is included."""
        since = before = None
        if self.period.currentData() is not None:
            since = _midnight(self.date_from)
            before = _midnight(self.date_to, days_after=1)
        return TrendWindow(
            since=since,
            before=before,
            seller_ref=self.seller.currentData(),
            model=self.model.currentData(),
        )

    def _choose_period(self, index: int) -> None:
        months = self.period.itemData(index)
        chosen_dates = months is not None
        self.date_from.setEnabled(chosen_dates)
        self.date_to.setEnabled(chosen_dates)
        if isinstance(months, int):
            today = QDate.currentDate()
            for edit, day in ((self.date_from, today.addMonths(-months)), (self.date_to, today)):
                edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(False)

    def _on_period_changed(self, index: int) -> None:
        self._choose_period(index)
        self.reload()

    def _on_date_edited(self, _: QDate) -> None:
        # A date typed in is a period of its own; wait for the typing to pause.
        custom = self.period.findData(CUSTOM)
        if self.period.currentIndex() != custom:
            self.period.blockSignals(True)
            self.period.setCurrentIndex(custom)
            self.period.blockSignals(False)
        self._dates_pause.start()

    def _load_choices(self) -> None:
        """Sellers with audits and models with finalised audits, for the two combos."""

        def ask() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            audited = [s for s in self._history.standings() if s.audits]
            sellers = [(f"{s.name} ({s.marketplace_ref})", s.marketplace_ref) for s in audited]
            models = [(model, model) for model in self._history.audited_models()]
            return sorted(sellers, key=lambda s: s[0].casefold()), models

        def landed(choices: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
            for combo, items in zip((self.seller, self.model), choices, strict=True):
                combo.blockSignals(True)  # filling the list is not choosing
                for text, value in items:
                    combo.addItem(text, value)
                combo.blockSignals(False)

        self._runner.run(ask, landed, self._failed)

    # -- loading --------------------------------------------------------------------

    def reload(self) -> None:
        """Count the figures for the filters as they are; a load under way is dropped."""
        self._dates_pause.stop()
        if self._token is not None:
            self._token.cancel()
        self._generation += 1
        generation = self._generation
        window = self.trend_window()
        known_protocol = self.load.protocol if self.load else None
        trends, library = self._lab.trends, self._lab.library

        # The worker gets no reference to the page: a widget whose last reference drops
        # on a worker thread is destroyed there, which crashes Qt.
        def count(token: TaskToken) -> TrendLoad:
            protocol = known_protocol or library.protocol()[0]
            answers = trends.begin(window)
            token.progress(0, len(STEPS))
            for done, figure in enumerate(STEPS, start=1):
                getattr(answers, figure)
                token.progress(done, len(STEPS))
            return TrendLoad(window, answers.settle(), protocol)

        def landed(load: TrendLoad) -> None:
            if generation == self._generation:
                self._token = None
                self._show(load)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._token = None
                self.board.show_busy(False)
                self.status.setText(self.tr("The figures could not be counted."))
                show_error(self, error)

        self.board.show_busy(True)
        self.export.setEnabled(False)
        self.status.setText(self.tr("Counting the audits…"))
        self._token = self._runner.run_long(self._label, count, landed, failed)

    @property
    def loading(self) -> bool:
        return self._token is not None

    def cancel_loading(self) -> None:
        if self._token is None:
            return
        self._token.cancel()
        self._token = None
        self._generation += 1  # whatever still lands is dropped
        self.board.show_busy(False)
        self.export.setEnabled(False)
        self.status.setText(self.tr("Cancelled."))
        self.board.show_message(
            self.tr("Loading cancelled"),
            self.tr("Press Refresh, or change a filter, to count the figures for this choice."),
        )

    def _on_runner_progressed(self, label: str, done: int, total: int) -> None:
        if label == self._label and self._token is not None:
            self.board.show_progress(done, total)

    # -- showing -----------------------------------------------------------------------

    def _show(self, load: TrendLoad) -> None:
        self.load = load
        self.board.show_busy(False)
        audits = load.figures.audits
        if not audits:
            self.status.setText(self.tr("No finalised audits in this period."))
            self.board.show_message(
                self.tr("No finalised audits in this period"),
                self.tr(
                    "Only finalised and sent audits are counted. Choose a longer period, "
                    "or all sellers and all models."
                ),
            )
            self.charts_drawn.emit()
            return
        self.status.setText(self._summary(load.figures))
        labels = {check.id: check.label(self.catalog.language) for check in load.protocol.checks}
        # One seller's "worst sellers" is one long bar: its figures are in the summary.
        shown = {
            name: _on(draw, load.figures, self.catalog, labels)
            for name, draw in DRAWINGS.items()
            if not (load.window.seller_ref and name in SELLER_RANKINGS)
        }
        self.board.draw(shown)
        self.export.setEnabled(True)

    def _summary(self, figures: TrendFigures) -> str:
        failed = sum(row[2] for row in figures.monthly)
        serious = sum(row[2] for row in figures.grades_by_month if row[1] in SERIOUS)
        return " · ".join(
            (
                self.tr("%n finalised audit(s)", "", figures.audits),
                self.tr("%n with a failed check", "", failed),
                self.tr("%n graded surveillance or worse", "", serious),
            )
        )

    @property
    def showing_charts(self) -> bool:
        return self.board.showing_charts

    @property
    def settled(self) -> bool:
        """Nothing being counted and every chart drawn (tests wait for this)."""
        return not self.loading and not self.board.drawing

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    # -- export --------------------------------------------------------------------------

    def _on_export_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the trend charts and workbook")
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Write the charts on show (PNG) and their figures (trends.xlsx) into `folder`."""
        if self.load is None or not self.load.figures.audits:
            return
        load, catalog = self.load, self.catalog
        from labapp.reports.trends_report import write_trends

        def write(token: TaskToken) -> list[Path]:
            token.progress(0, 0)
            return write_trends(load.figures, load.protocol, catalog, folder)

        def written(paths: list[Path]) -> None:
            self.board.show_busy(self.loading)
            self.status.setText(
                self.tr("%n file(s) written to {folder}", "", len(paths)).format(folder=folder)
            )
            self.exported.emit(str(folder))

        def failed(error: BaseException) -> None:
            self.board.show_busy(self.loading)
            show_error(self, error)

        # Not cancellable: writing nine PNGs is quick, and half a folder is worse.
        self.board.show_busy(True, cancellable=False)
        self.status.setText(self.tr("Writing the charts…"))
        self._runner.run_long(self.tr("Trend export"), write, written, failed)
