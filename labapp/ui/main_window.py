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
from labapp.ui.device_panel import DeviceBridge
from labapp.ui.messages import show_error
from labapp.ui.session import BenchSession
from labapp.ui.sign_in import role_label
from labapp.ui.tasks import TaskRunner

BEFORE_RECEPTION = (OrderStatus.ORDERED, OrderStatus.SHIPPED, OrderStatus.DELIVERED)
# (name, module, class, what the person must be allowed): built when first shown, so
# the window opens without importing matplotlib or querying a large database for pages
# nobody has looked at yet.
PAGES: tuple[tuple[str, str, str, Action | None], ...] = (
    ("orders", "labapp.ui.orders_page", "OrdersPage", Action.VIEW_ORDERS),
    ("reception", "labapp.ui.reception_page", "ReceptionPage", Action.RECEIVE_PARCELS),
    ("bench", "labapp.ui.bench_page", "BenchPage", Action.TEST_AT_BENCH),
    ("review", "labapp.ui.review_page", "ReviewPage", Action.REVIEW_AUDITS),
    ("sellers", "labapp.ui.sellers_page", "SellersPage", Action.VIEW_SELLERS),
    ("trends", "labapp.ui.trends_page", "TrendsPage", Action.VIEW_TRENDS),
    ("settings", "labapp.ui.settings_page", "SettingsPage", None),
)


class PageShelf:
    """The window's pages by name: `shelf["bench"]` builds the page on first use."""

    def __init__(self, build: Any) -> None:
        self._build = build
        self.allowed: list[str] = []
        self.built: dict[str, Any] = {}

    def __contains__(self, name: object) -> bool:
        return name in self.allowed

    def __getitem__(self, name: str) -> Any:
        if name not in self.allowed:
            raise KeyError(name)
        if name not in self.built:
            self.built[name] = self._build(name)
        return self.built[name]

    def get(self, name: str) -> Any:
        return self[name] if name in self.allowed else None


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
        self.pages = PageShelf(self._build_page)
        # The phones attached now, kept here so a bench built later shows them too.
        self._attached: dict[str, Any] = {}
        self._build_pages()
        self._build_status_bar(database_label)
        self._build_menus()
        self._connect_signals()
        self.navigation.setCurrentRow(0)
        self.bridge = DeviceBridge(self)
        self.bridge.event_seen.connect(self._on_device_event)
        if watch_devices and session.may(Action.TEST_AT_BENCH):
            lab.devices.watch(self.bridge.report)
        self.resize(QSize(1340, 760))

    # -- building ---------------------------------------------------------------------

    def _build_pages(self) -> None:
        labels = {
            "orders": self.tr("Orders"),
            "reception": self.tr("Reception"),
            "bench": self.tr("Bench"),
            "review": self.tr("Review"),
            "sellers": self.tr("Sellers"),
            "trends": self.tr("Trends"),
            "settings": self.tr("Settings"),
        }
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(150)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 14px; } QListWidget::item { padding: 8px; }"
        )
        self.stack = QStackedWidget()
        self._placeholders: dict[str, QWidget] = {}
        for name, _, _, action in PAGES:
            if action is not None and not self._session.may(action):
                continue
            self.pages.allowed.append(name)
            item = QListWidgetItem(labels[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
            placeholder = QWidget()
            self._placeholders[name] = placeholder
            self.stack.addWidget(placeholder)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_page(self, name: str) -> QWidget:
        import importlib

        _, module, class_name, _ = next(entry for entry in PAGES if entry[0] == name)
        page_class = getattr(importlib.import_module(module), class_name)
        page: QWidget = page_class(self._lab, self._runner, self._session)
        page.setObjectName(f"{name}Page")
        placeholder = self._placeholders.pop(name)
        index = self.stack.indexOf(placeholder)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        self._wire(name, page)
        return page

    def _build_status_bar(self, database_label: str) -> None:
        bar = self.statusBar()
        self.who = QLabel(f"{self._session.user} — {role_label(self._session.role)}")
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
        password = QAction(self.tr("Change my password…"), self)
        password.setObjectName("changeMyPassword")
        password.triggered.connect(self._on_change_password_triggered)
        file_menu.addAction(password)
        file_menu.addSeparator()
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

    def _on_change_password_triggered(self) -> None:
        from labapp.ui.password_dialog import PasswordDialog

        person = self._session.user
        accounts = self._lab.accounts
        PasswordDialog(
            person, lambda new, current: accounts.set_password(person, new, current), True, self
        ).exec()

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        self._runner.long_task_started.connect(self._on_long_task_started)
        self._runner.long_task_progressed.connect(self._on_long_task_progressed)
        self._runner.long_task_ended.connect(self._on_long_task_ended)
        self.cancel.clicked.connect(self._runner.cancel_long_task)

    def _wire(self, name: str, page: Any) -> None:
        """A page's signals, as it is built: the one place pages meet."""
        built = self.pages.built
        if name == "orders":
            page.order_opened.connect(self.open_order)
        elif name == "reception":
            page.bench_asked.connect(self._open_at_bench)
        elif name == "bench":
            page.submitted.connect(
                lambda _: built["review"].refresh_queue() if "review" in built else None
            )
            for event in self._attached.values():
                page.devices.on_device_event(event)
        elif name == "review":
            page.sent_back.connect(self._open_audit_at_bench)
            page.amended.connect(self._open_audit_at_bench)
        elif name == "sellers":
            page.audit_opened.connect(self._open_audit_for_review)

    # -- routing ------------------------------------------------------------------------

    def show_page(self, name: str) -> bool:
        if name not in self.pages:
            return False
        self.navigation.setCurrentRow(self.pages.allowed.index(name))
        return True

    def _on_navigation_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages.allowed):
            page = self.pages[self.pages.allowed[row]]
            self.stack.setCurrentWidget(page)

    def open_order(self, order_ref: str) -> None:
        """A scanned or chosen order opens where its work is."""
        self._runner.run(lambda: self._lab.orders.get(order_ref), self._route, self._failed)

    def _route(self, order: OrderView) -> None:
        status = order.status
        if status in BEFORE_RECEPTION and self.show_page("reception"):
            self.pages["reception"].open_order(order.order_ref)
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
        if self.show_page("bench"):
            self.pages["bench"].open_order(order_ref)
            return True
        return False

    def _open_audit_at_bench(self, audit_id: int) -> None:
        if self.show_page("bench"):
            self.pages["bench"].open_audit(audit_id)

    def _open_audit_for_review(self, audit_id: int) -> None:
        if self.show_page("review"):
            self.pages["review"].open_audit(audit_id)
            return
        # A scanned order past the bench, for someone who does not review: say where it
        # is rather than clear the search box and do nothing.
        self.statusBar().showMessage(
            self.tr("Audit %1 is past the bench, with the auditors: nothing to do here.").replace(
                "%1", str(audit_id)
            ),
            8000,
        )

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    # -- slots ----------------------------------------------------------------------------

    def _on_find_triggered(self) -> None:
        if self.show_page("orders"):
            self.pages["orders"].focus_search()

    def _on_device_event(self, event: Any) -> None:
        if event.attached:
            self._attached[event.id] = event
        else:
            self._attached.pop(event.id, None)
        bench = self.pages.built.get("bench")
        if bench is not None:
            bench.devices.on_device_event(event)
        count = len(self._attached)
        self.phones.setText(
            self.tr("%n phone(s) attached", "", count) if count else self.tr("no phone attached")
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
