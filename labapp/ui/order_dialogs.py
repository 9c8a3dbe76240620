"""Logging orders from the window: one by hand, or the marketplace's list from a
CSV or XLSX file, with every bad line shown in a table and nothing half-imported."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.domain.orders import (
    AuditReason,
    CosmeticGrade,
    Listing,
    MysteryOrder,
    check_order_ref,
)
from labapp.reports.i18n import Catalog
from labapp.services.order_import import ImportProblem, ImportRejected, ImportReport
from labapp.services.values import parse_price, parse_storage_gb
from labapp.services.views import SellerView
from labapp.ui.language import moment_pattern, window_language
from labapp.ui.messages import explain
from labapp.ui.problem_text import problem_text
from labapp.ui.tasks import TaskRunner, TaskToken


class NewOrderDialog(QDialog):
    """A mystery order placed on the marketplace, logged by hand."""

    def __init__(self, lab: Lab, runner: TaskRunner, sellers: Sequence[SellerView]) -> None:
        super().__init__()
        self._lab, self._runner = lab, runner
        self.setWindowTitle(self.tr("New mystery order"))
        self.order_ref = QLineEdit()
        self.order_ref.setObjectName("newOrderRef")
        self.seller = QComboBox()
        for seller in sellers:
            self.seller.addItem(f"{seller.name} ({seller.marketplace_ref})", seller.marketplace_ref)
        self.model = QLineEdit()
        self.model.setPlaceholderText(self.tr("as listed, e.g. iPhone 12"))
        self.storage = QLineEdit("128")
        self.grade = QComboBox()
        # Named as the seller's report names them, in the window's language.
        catalog = Catalog.of(window_language())
        for grade in CosmeticGrade:
            self.grade.addItem(catalog.t(f"listing_{grade.value}"), grade.value)
        self.price = QLineEdit()
        self.price.setPlaceholderText("349,90")
        self.premium_battery = QCheckBox(self.tr("the listing promises a premium battery"))
        self.reason = QComboBox()
        for reason, label in (
            (AuditReason.LOW_PERFORMANCE, self.tr("low performance")),
            (AuditReason.ONBOARDING, self.tr("onboarding")),
            (AuditReason.RE_AUDIT, self.tr("re-audit")),
            (AuditReason.COMPLAINT, self.tr("complaint")),
        ):
            self.reason.addItem(label, reason.value)
        self.ordered_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.ordered_at.setDisplayFormat(moment_pattern())
        self.problem = QLabel()
        self.problem.setObjectName("newOrderProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a33;")
        form = QFormLayout()
        form.addRow(self.tr("Order ref"), self.order_ref)
        form.addRow(self.tr("Seller"), self.seller)
        form.addRow(self.tr("Model"), self.model)
        form.addRow(self.tr("Storage (GB)"), self.storage)
        form.addRow(self.tr("Listed grade"), self.grade)
        form.addRow(self.tr("Price (EUR)"), self.price)
        form.addRow("", self.premium_battery)
        form.addRow(self.tr("Why this audit"), self.reason)
        form.addRow(self.tr("Ordered"), self.ordered_at)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.saved_ref: str | None = None

    def order_from_form(self) -> MysteryOrder:
        chosen = self.ordered_at.dateTime().toPython()
        assert hasattr(chosen, "astimezone")
        return MysteryOrder(
            order_ref=check_order_ref(self.order_ref.text()),
            seller_ref=str(self.seller.currentData()),
            listing=Listing(
                model=self.model.text().strip(),
                storage_gb=parse_storage_gb(self.storage.text()),
                grade=CosmeticGrade(self.grade.currentData()),
                price=parse_price(self.price.text()),
                premium_battery=self.premium_battery.isChecked(),
            ),
            reason=AuditReason(self.reason.currentData()),
            ordered_at=chosen.astimezone(),
        )

    def _on_save_clicked(self) -> None:
        try:
            order = self.order_from_form()
        except Exception as error:  # a bad field: named on the form, nothing saved
            self.problem.setText(explain(error)[1])
            return

        def saved(view: Any) -> None:
            self.saved_ref = view.order_ref
            self.accept()

        self._runner.run(
            lambda: self._lab.orders.add_order(order),
            saved,
            lambda error: self.problem.setText(explain(error)[1]),
        )


class ImportDialog(QDialog):
    """Choose a file, import it all or nothing (or only its good lines), see each
    problem by line and column."""

    def __init__(self, lab: Lab, runner: TaskRunner) -> None:
        super().__init__()
        self._lab, self._runner = lab, runner
        self.setWindowTitle(self.tr("Import mystery orders"))
        self.resize(760, 460)
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("a CSV (, or ;) or XLSX file of orders"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.partial = QCheckBox(self.tr("import the good lines and list the bad ones"))
        self.run_import = QPushButton(self.tr("Import"))
        self.run_import.setObjectName("runImport")
        self.run_import.clicked.connect(self._on_import_clicked)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().setVisible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        chooser = QHBoxLayout()
        chooser.addWidget(self.path, 1)
        chooser.addWidget(browse)
        actions = QHBoxLayout()
        actions.addWidget(self.partial, 1)
        actions.addWidget(self.run_import)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(close)
        self.report: ImportReport | None = None

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Orders to import"), "", self.tr("Orders (*.csv *.xlsx)")
        )
        if path:
            self.path.setText(path)

    def _on_import_clicked(self) -> None:
        source = Path(self.path.text().strip())
        partial = self.partial.isChecked()
        self.run_import.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))

        def work(token: TaskToken) -> ImportReport:
            return self._lab.importer.import_file(source, partial=partial)

        self._runner.run_long(
            self.tr("Importing orders"), work, self._on_imported, self._on_refused
        )

    def _show_problems(self, problems: Sequence[ImportProblem]) -> None:
        self.problems.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            reason = problem_text(problem.reason)
            for column, value in enumerate((str(problem.line), problem.column, reason)):
                self.problems.setItem(row, column, QTableWidgetItem(value))

    def _on_imported(self, report: ImportReport) -> None:
        self.report = report
        self.run_import.setEnabled(True)
        text = (
            self.tr("%1 order(s) imported, %2 new seller(s).")
            .replace("%1", str(report.orders_imported))
            .replace("%2", str(len(report.sellers_created)))
        )
        if report.skipped_problems:
            lines = len({p.line for p in report.skipped_problems})
            text += " " + self.tr("%n bad line(s) skipped:", "", lines)
        self.summary.setText(text)
        self._show_problems(report.skipped_problems)

    def _on_refused(self, error: BaseException) -> None:
        self.run_import.setEnabled(True)
        self.summary.setText(explain(error)[1])
        self._show_problems(error.problems if isinstance(error, ImportRejected) else [])


def open_new_order(parent: QWidget, lab: Lab, runner: TaskRunner, done: Any) -> None:
    """Sellers are read first (off the GUI thread), then the dialog opens."""

    def with_sellers(sellers: Sequence[SellerView]) -> None:
        dialog = NewOrderDialog(lab, runner, sellers)
        dialog.setParent(parent, dialog.windowFlags())
        dialog.accepted.connect(lambda: done(dialog.saved_ref))
        dialog.open()

    runner.run(lambda: list(lab.directory.list_sellers()), with_sellers)
