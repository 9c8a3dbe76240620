"""Sellers: who was audited how often and how it went, for auditors and quality managers.

The list is counted by the database (one query for every seller); choosing a seller
shows its audits and its grades over time; double-clicking an audit opens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.reports.i18n import Catalog
from labapp.reports.seller_charts import draw_grade_history
from labapp.services.ports import SellerAuditLine, SellerStanding
from labapp.services.seller_history import SellerHistoryService
from labapp.ui.chart_canvas import ChartCanvas, chart_language
from labapp.ui.messages import show_error
from labapp.ui.sellers_model import (
    SORT_ROLE,
    SellerAuditsModel,
    SellerStandingsModel,
    seller_status_label,
)
from labapp.ui.session import BenchSession
from labapp.ui.tasks import TaskRunner

SEARCH_PAUSE_MS = 250


def _table(
    name: str, model: QSortFilterProxyModel, widths: Sequence[int] | None, stretch: int
) -> QTableView:
    """A sortable table of rows; without widths, each column is as wide as its contents."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(
        QHeaderView.ResizeMode.Interactive if widths else QHeaderView.ResizeMode.ResizeToContents
    )
    # The widest text takes the room left, so no column slides out of view.
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in enumerate(widths or ()):
        table.setColumnWidth(column, width)
    return table


def _sorted(model: SellerStandingsModel | SellerAuditsModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy


class SellersPage(QWidget):
    audit_opened = Signal(int)  # double-click or Enter on an audit of the history
    seller_shown = Signal(str)  # a seller's history and grade chart are on screen

    def __init__(self, lab: Lab, runner: TaskRunner, session: BenchSession) -> None:
        super().__init__()
        self._lab, self._runner, self._session = lab, runner, session
        self._history = SellerHistoryService(lab.database.unit_of_work)
        self.catalog = Catalog.of(chart_language())
        self.model = SellerStandingsModel(self)
        self.audits = SellerAuditsModel(self)
        self.shown_seller: str | None = None
        # Bumped by each search and each choice of seller: older answers are dropped.
        self._search_generation = 0
        self._seller_generation = 0
        self._build()
        self._connect_signals()
        self.refresh()

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("sellerSearch")
        self.search.setPlaceholderText(self.tr("Find a seller by marketplace ref or name"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setObjectName("sellerCount")
        self.sorted_sellers = _sorted(self.model)
        self.table = _table(
            "sellerTable", self.sorted_sellers, (105, 240, 70, 80, 150, 70, 150, 110), stretch=1
        )
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.sorted_audits = _sorted(self.audits)
        # A seller's history is a few dozen rows: columns fit them, the model takes the rest.
        self.history = _table("sellerAudits", self.sorted_audits, None, stretch=2)
        self.history.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.history.setToolTip(self.tr("Double-click an audit to open it"))
        self.heading = QLabel()
        self.heading.setObjectName("sellerHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.chart = ChartCanvas("gradeHistory")
        # In a splitter the chart takes the height it is given, whatever it is.
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart.setMinimumHeight(180)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.history)
        below.addWidget(self.chart)
        below.setStretchFactor(0, 7)
        below.setStretchFactor(1, 5)
        # Room for every column of the history; the chart takes the rest.
        below.setSizes([700, 500])
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 6, 0, 0)
        details_layout.addWidget(self.heading)
        details_layout.addWidget(below, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._show_seller(None, [])

    def _connect_signals(self) -> None:
        self.search.textEdited.connect(lambda _: self._pause.start())
        self.search.returnPressed.connect(self.refresh)
        self._pause.timeout.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.history.doubleClicked.connect(self._on_history_activated)
        self.history.activated.connect(self._on_history_activated)

    # -- the list -----------------------------------------------------------------

    def refresh(self) -> None:
        """List the sellers matching the search, keeping the chosen one if it still is."""
        self._pause.stop()
        self._search_generation += 1
        generation = self._search_generation
        text = self.search.text().strip() or None

        def landed(standings: Sequence[SellerStanding]) -> None:
            if generation != self._search_generation:
                return
            self.model.set_rows(standings)
            self.count.setText(self.tr("%n seller(s)", "", len(standings)))
            if self.shown_seller is None or not self.select_seller(self.shown_seller):
                self._show_seller(None, [])

        self._runner.run(lambda: self._history.standings(text), landed, self._failed)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_seller(self, seller_ref: str) -> bool:
        """Choose a listed seller as a click would; False if the list does not hold it."""
        row = self.model.row_of(seller_ref)
        if row is None:
            return False
        index = self.sorted_sellers.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _on_table_row_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        if not current.isValid():
            return
        standing = self.model.row(self.sorted_sellers.mapToSource(current).row())
        self._load_seller(standing)

    # -- one seller ----------------------------------------------------------------

    def _load_seller(self, standing: SellerStanding) -> None:
        self._seller_generation += 1
        generation = self._seller_generation
        seller_ref = standing.marketplace_ref

        def landed(lines: Sequence[SellerAuditLine]) -> None:
            if generation == self._seller_generation:
                self._show_seller(standing, lines)

        self._runner.run(lambda: self._history.audits_of(seller_ref), landed, self._failed)

    def _show_seller(
        self, standing: SellerStanding | None, lines: Sequence[SellerAuditLine]
    ) -> None:
        self.audits.set_rows(lines)
        if standing is None:
            self.shown_seller = None
            self._seller_generation += 1  # a history still on its way is not shown
            self.heading.setText(
                "<span style='color:#5b6775'>"
                + self.tr("Choose a seller to see its audits and grades over time.")
                + "</span>"
            )
            self.chart.clear_chart()
            return
        self.shown_seller = standing.marketplace_ref
        facts = self.tr("{ref} · {country} · {status} · {audits}").format(
            ref=standing.marketplace_ref,
            country=standing.country,
            status=seller_status_label(standing.status),
            audits=self.tr("%n audit(s)", "", len(lines)),
        )
        self.heading.setText(f"<b>{escape(standing.name)}</b> &nbsp; {escape(facts)}")
        points = [(line.audited_at, line.grade, line.final) for line in lines]
        self.chart.draw_chart(lambda ax: draw_grade_history(ax, points, self.catalog))
        self.seller_shown.emit(standing.marketplace_ref)

    def _on_history_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            line = self.audits.row(self.sorted_audits.mapToSource(index).row())
            self.audit_opened.emit(line.audit_id)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
