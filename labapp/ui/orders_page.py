"""The order queue: find an order by scanning or typing, filter by state, open it.

A barcode scanner types the code and presses Enter: Enter looks the code up exactly
(order ref, tracking number, IMEI) and opens the order; typing narrows the list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.domain.orders import OrderStatus
from labapp.domain.permissions import Action
from labapp.services.ports import OrderQuery
from labapp.ui.messages import show_error
from labapp.ui.orders_model import OrderQueueModel
from labapp.ui.session import BenchSession
from labapp.ui.tasks import TaskRunner

# The queue's filters, in the order a parcel goes through the lab.
EXPECTED = (OrderStatus.ORDERED, OrderStatus.SHIPPED, OrderStatus.DELIVERED)
SEARCH_PAUSE_MS = 250


class OrdersPage(QWidget):
    order_opened = Signal(str)  # the order to work on (Enter, double-click, scan)
    order_selected = Signal(str)

    def __init__(self, lab: Lab, runner: TaskRunner, session: BenchSession) -> None:
        super().__init__()
        self._lab, self._runner, self._session = lab, runner, session
        self.model = OrderQueueModel(runner, lab.orders.lines, lab.orders.count, self)
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("orderSearch")
        self.search.setPlaceholderText(
            self.tr("Scan or type an order, tracking number, IMEI or seller — Enter opens it")
        )
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.addItem(self.tr("All states"), None)
        self.state.addItem(self.tr("Expected"), EXPECTED)
        for status, label in (
            (OrderStatus.RECEIVED, self.tr("Received")),
            (OrderStatus.ON_BENCH, self.tr("On the bench")),
            (OrderStatus.AWAITING_REVIEW, self.tr("Awaiting review")),
            (OrderStatus.FINALISED, self.tr("Finalised")),
            (OrderStatus.SENT, self.tr("Sent")),
        ):
            self.state.addItem(label, (status,))
        self.count = QLabel()
        self.count.setObjectName("orderCount")
        self.new_order = QPushButton(self.tr("New order…"))
        self.import_orders = QPushButton(self.tr("Import…"))
        may_edit = self._session.may(Action.EDIT_ORDERS)
        self.new_order.setVisible(may_edit)
        self.import_orders.setVisible(may_edit)

        self.table = QTableView()
        self.table.setObjectName("orderTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 190, 170, 120, 130, 200)):
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.state)
        top.addWidget(self.new_order)
        top.addWidget(self.import_orders)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)

    def _connect_signals(self) -> None:
        self.search.textEdited.connect(lambda _: self._pause.start())
        self.search.returnPressed.connect(self._on_search_entered)
        self._pause.timeout.connect(self.refresh)
        self.state.currentIndexChanged.connect(lambda _: self.refresh())
        self.model.counted.connect(self._on_model_counted)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)
        self.new_order.clicked.connect(self._on_new_order_clicked)
        self.import_orders.clicked.connect(self._on_import_clicked)

    def query(self) -> OrderQuery:
        statuses = self.state.currentData()
        return OrderQuery(text=self.search.text().strip() or None, statuses=statuses)

    def refresh(self) -> None:
        self.model.search(self.query())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- slots ------------------------------------------------------------------

    def _on_search_entered(self) -> None:
        code = self.search.text().strip()
        if not code:
            return
        self._pause.stop()

        def landed(order_ref: str | None) -> None:
            if order_ref is None:
                self.refresh()  # not an exact code: show what matches in part
                return
            self.search.clear()
            self.state.setCurrentIndex(0)
            self.refresh()
            self.order_opened.emit(order_ref)

        self._runner.run(lambda: self._lab.orders.find_by_code(code), landed, self._failed)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _on_new_order_clicked(self) -> None:
        from labapp.ui.order_dialogs import open_new_order

        open_new_order(self, self._lab, self._runner, lambda _ref: self.refresh())

    def _on_import_clicked(self) -> None:
        from labapp.ui.order_dialogs import ImportDialog

        dialog = ImportDialog(self._lab, self._runner)
        dialog.setParent(self, dialog.windowFlags())
        dialog.finished.connect(lambda _: self.refresh())
        self.import_dialog = dialog
        dialog.open()

    def _on_model_counted(self, total: int) -> None:
        self.count.setText(self.tr("%n order(s)", "", total))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.order_opened.emit(self.model.line(index.row()).order_ref)

    def _on_table_row_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        if current.isValid():
            self.order_selected.emit(self.model.line(current.row()).order_ref)
