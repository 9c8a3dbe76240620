"""The window: pages by role on the left, the work in the middle, who and what is
busy in the status bar. `_connect_signals` is the one place pages meet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from labapp import __version__
from labapp.bootstrap import Lab
from labapp.domain.orders import OrderStatus
from labapp.domain.permissions import Action
from labapp.services.views import OrderView
from labapp.ui.bench_page import BenchPage
from labapp.ui.device_panel import DeviceBridge
from labapp.ui.messages import show_error
from labapp.ui.orders_page import OrdersPage
from labapp.ui.reception_page import ReceptionPage
from labapp.ui.review_page import ReviewPage
from labapp.ui.sellers_page import SellersPage
from labapp.ui.session import BenchSession
from labapp.ui.settings_page import SettingsPage
from labapp.ui.tasks import TaskRunner
from labapp.ui.trends_page import TrendsPage

BEFORE_RECEPTION = (OrderStatus.ORDERED, OrderStatus.SHIPPED, OrderStatus.DELIVERED)


class MainWindow(QMainWindow):
    def __init__(
        self,
        lab: Lab,
        session: BenchSession,
        runner: TaskRunner,
        database_label: str,
        simulated: Any = None,
        watch_devices: bool = True,
    ) -> None:
        super().__init__()
        self._lab, self._session, self._runner = lab, session, runner
        self._simulated = simulated
        self.setWindowTitle(
            self.tr("labapp %1 — mystery-order audit lab").replace("%1", __version__)
        )
        self.pages: dict[str, QWidget] = {}
        self._build_pages()
        self._build_status_bar(database_label)
        self._build_menus()
        self._connect_signals()
        self.bridge = DeviceBridge(self)
        self.bridge.event_seen.connect(self._on_device_event)
        if watch_devices and session.may(Action.TEST_AT_BENCH):
            lab.devices.watch(self.bridge.report)
        self.resize(QSize(1340, 760))

    # -- building ---------------------------------------------------------------------

    def _build_pages(self) -> None:
        lab, runner, session = self._lab, self._runner, self._session
        may = session.may
        candidates: list[tuple[str, str, Action | None, Any]] = [
            ("orders", self.tr("Orders"), Action.VIEW_ORDERS, OrdersPage),
            ("reception", self.tr("Reception"), Action.RECEIVE_PARCELS, ReceptionPage),
            ("bench", self.tr("Bench"), Action.TEST_AT_BENCH, BenchPage),
            ("review", self.tr("Review"), Action.REVIEW_AUDITS, ReviewPage),
            ("sellers", self.tr("Sellers"), Action.VIEW_SELLERS, SellersPage),
            ("trends", self.tr("Trends"), Action.VIEW_TRENDS, TrendsPage),
            ("settings", self.tr("Settings"), None, SettingsPage),
        ]
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(150)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 14px; } QListWidget::item { padding: 8px; }"
        )
        self.stack = QStackedWidget()
        for name, label, action, page_class in candidates:
            if action is not None and not may(action):
                continue
            page = page_class(lab, runner, session)
            page.setObjectName(f"{name}Page")
            self.pages[name] = page
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
            self.stack.addWidget(page)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.setCurrentRow(0)

    def _build_status_bar(self, database_label: str) -> None:
        bar = self.statusBar()
        role = self._session.role.value.replace("_", " ")
        self.who = QLabel(f"{self._session.user} — {role}")
        self.phones = QLabel(self.tr("no phone attached"))
        self.phones.setObjectName("phonesAttached")
        self.busy = QProgressBar()
        self.busy.setMaximumWidth(180)
        self.busy.setVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setVisible(False)
        bar.addWidget(self.who)
        bar.addWidget(QLabel("·"))
        bar.addWidget(QLabel(database_label))
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.cancel)
        bar.addPermanentWidget(self.phones)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go = self.menuBar().addMenu(self.tr("&Go"))
        find = QAction(self.tr("Find an order (scan)"), self)
        find.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("F2")])
        find.triggered.connect(self._on_find_triggered)
        go.addAction(find)
        for number in range(self.navigation.count()):
            item = self.navigation.item(number)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, row=number: self.navigation.setCurrentRow(row))
            go.addAction(action)
        if self._simulated is not None:
            from labapp.ui.demo_phones import simulated_phones_menu

            self.menuBar().addMenu(simulated_phones_menu(self, self._simulated))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("About labapp"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._runner.long_task_started.connect(self._on_long_task_started)
        self._runner.long_task_progressed.connect(self._on_long_task_progressed)
        self._runner.long_task_ended.connect(self._on_long_task_ended)
        self.cancel.clicked.connect(self._runner.cancel_long_task)
        orders = self.pages.get("orders")
        if isinstance(orders, OrdersPage):
            orders.order_opened.connect(self.open_order)
        reception = self.pages.get("reception")
        if isinstance(reception, ReceptionPage):
            reception.bench_asked.connect(self._open_at_bench)
        bench = self.pages.get("bench")
        review = self.pages.get("review")
        if isinstance(bench, BenchPage) and isinstance(review, ReviewPage):
            bench.submitted.connect(lambda audit_id: review.refresh_queue())
            review.sent_back.connect(lambda audit_id: bench.open_audit(audit_id))
            review.amended.connect(lambda audit_id: self._open_audit_at_bench(audit_id))
        sellers = self.pages.get("sellers")
        if sellers is not None and hasattr(sellers, "audit_opened"):
            sellers.audit_opened.connect(self._open_audit_for_review)

    # -- routing ------------------------------------------------------------------------

    def show_page(self, name: str) -> bool:
        page = self.pages.get(name)
        if page is None:
            return False
        self.navigation.setCurrentRow(self.stack.indexOf(page))
        return True

    def open_order(self, order_ref: str) -> None:
        """A scanned or chosen order opens where its work is."""
        self._runner.run(lambda: self._lab.orders.get(order_ref), self._route, self._failed)

    def _route(self, order: OrderView) -> None:
        status = order.status
        if status in BEFORE_RECEPTION:
            reception = self.pages.get("reception")
            if isinstance(reception, ReceptionPage) and self.show_page("reception"):
                reception.open_order(order.order_ref)
                return
        at_bench = status in (OrderStatus.RECEIVED, OrderStatus.ON_BENCH)
        if at_bench and self._open_at_bench(order.order_ref):
            return
        self._runner.run(
            lambda: self._lab.audits.list_audits(order_ref=order.order_ref),
            lambda audits: self._open_audit_for_review(audits[-1].id) if audits else None,
            self._failed,
        )

    def _open_at_bench(self, order_ref: str) -> bool:
        bench = self.pages.get("bench")
        if isinstance(bench, BenchPage) and self.show_page("bench"):
            bench.open_order(order_ref)
            return True
        return False

    def _open_audit_at_bench(self, audit_id: int) -> None:
        bench = self.pages.get("bench")
        if isinstance(bench, BenchPage) and self.show_page("bench"):
            bench.open_audit(audit_id)

    def _open_audit_for_review(self, audit_id: int) -> None:
        review = self.pages.get("review")
        if isinstance(review, ReviewPage) and self.show_page("review"):
            review.open_audit(audit_id)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    # -- slots ----------------------------------------------------------------------------

    def _on_find_triggered(self) -> None:
        orders = self.pages.get("orders")
        if isinstance(orders, OrdersPage) and self.show_page("orders"):
            orders.focus_search()

    def _on_device_event(self, event: Any) -> None:
        bench = self.pages.get("bench")
        if isinstance(bench, BenchPage):
            bench.devices.on_device_event(event)
            count = bench.devices.attached.count()
            self.phones.setText(
                self.tr("%1 phone(s) attached").replace("%1", str(count))
                if count
                else self.tr("no phone attached")
            )

    def _on_long_task_started(self, label: str) -> None:
        self.busy.setRange(0, 0)
        self.busy.setFormat(label)
        self.busy.setVisible(True)
        self.cancel.setVisible(True)
        self.statusBar().showMessage(label)

    def _on_long_task_progressed(self, label: str, done: int, total: int) -> None:
        if total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)

    def _on_long_task_ended(self, label: str) -> None:
        self.busy.setVisible(False)
        self.cancel.setVisible(False)
        self.statusBar().clearMessage()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About labapp"),
            self.tr("labapp %1\nThe mystery-order audit lab.").replace("%1", __version__),
        )
