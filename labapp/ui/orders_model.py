"""The order queue as a lazy table: a page of rows at a time, fetched as the view
scrolls, off the GUI thread. 50,000 orders are never all loaded."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from labapp.services.ports import OrderLine, OrderQuery
from labapp.ui.language import moment_text
from labapp.ui.table_model import HeadedTableModel
from labapp.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
PAGE_ROWS = 200


def status_label(status: str) -> str:
    labels = {
        "ordered": QCoreApplication.translate("status", "ordered"),
        "shipped": QCoreApplication.translate("status", "shipped"),
        "delivered": QCoreApplication.translate("status", "delivered"),
        "received": QCoreApplication.translate("status", "received"),
        "on_bench": QCoreApplication.translate("status", "on the bench"),
        "awaiting_review": QCoreApplication.translate("status", "awaiting review"),
        "finalised": QCoreApplication.translate("status", "finalised"),
        "sent": QCoreApplication.translate("status", "sent"),
    }
    return labels.get(status, status)


class OrderQueueModel(HeadedTableModel):
    """Rows of OrderLine; `search()` starts over, scrolling fetches the next page."""

    counted = Signal(int)  # how many orders match, once known

    def __init__(
        self,
        runner: TaskRunner,
        lines: Callable[[OrderQuery], Sequence[OrderLine]],
        count: Callable[[OrderQuery], int],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._lines, self._count = runner, lines, count
        self._rows: list[OrderLine] = []
        self._total = 0
        self._query = OrderQuery()
        self._loading = False
        # Bumped by each search: pages of an older search are dropped when they land.
        self._generation = 0
        self.headers = [
            self.tr("Order"),
            self.tr("Seller"),
            self.tr("Model"),
            self.tr("State"),
            self.tr("Ordered"),
            self.tr("Tracking"),
            self.tr("IMEI"),
        ]

    # -- the queue ------------------------------------------------------------

    def search(self, query: OrderQuery) -> None:
        """The first page as soon as the database has it; the count follows (the
        list answers first, the "N orders" line a moment later)."""
        self._generation += 1
        generation = self._generation
        self._query = replace(query, limit=PAGE_ROWS, offset=0)
        self._loading = True
        first_page = self._query

        def landed(rows: Sequence[OrderLine]) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._rows, self._loading = list(rows), False
            # Until counted: more may follow only if the page came back full.
            self._total = len(rows) + (1 if len(rows) == PAGE_ROWS else 0)
            self.endResetModel()

        def counted(total: int) -> None:
            if generation != self._generation:
                return
            self._total = total
            self.counted.emit(total)

        self._runner.run(lambda: self._lines(first_page), landed, self._failed(generation))
        self._runner.run(lambda: self._count(first_page), counted, self._failed(generation))

    def _failed(self, generation: int) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._loading = False
            from labapp.ui.messages import show_error

            show_error(None, error)

        return failed

    def line(self, row: int) -> OrderLine:
        return self._rows[row]

    def row_of(self, order_ref: str) -> int | None:
        for number, line in enumerate(self._rows):
            if line.order_ref == order_ref:
                return number
        return None

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    # -- Qt's lazy loading ----------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        page = replace(self._query, offset=len(self._rows))

        def landed(rows: Sequence[OrderLine]) -> None:
            if generation != self._generation:
                return
            self._loading = False
            if not rows:
                self._total = len(self._rows)
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

        self._runner.run(lambda: self._lines(page), landed, self._failed(generation))

    # -- the table --------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return line.seller_ref
        if role == Qt.ItemDataRole.UserRole:
            return line.order_ref
        return None

    @staticmethod
    def _cell(line: OrderLine, column: int) -> str | None:
        if column == 0:
            return line.order_ref
        if column == 1:
            return line.seller_name
        if column == 2:
            return (
                QCoreApplication.translate("OrderQueueModel", "%1 %2 GB")
                .replace("%1", line.listing_model)
                .replace("%2", str(line.listing_storage_gb))
            )
        if column == 3:
            return status_label(line.status.value)
        if column == 4:
            return moment_text(line.ordered_at)
        if column == 5:
            return " ".join(x for x in (line.carrier, line.tracking_number) if x) or "—"
        if column == 6:
            return line.device_imei or ""
        return None
