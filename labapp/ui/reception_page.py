"""Reception: the parcel as it arrived — when, by whom, its condition, the invoice,
the accessories, any extra fees — with photos by file dialog or drag and drop."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.domain.audits import EvidenceItem
from labapp.domain.errors import words
from labapp.domain.orders import ExtraFees, ParcelCondition, Reception
from labapp.reports.i18n import Catalog
from labapp.services.evidence_store import accepts
from labapp.services.values import parse_price
from labapp.services.views import OrderView
from labapp.ui.language import moment_pattern, moment_text, number_text, window_language
from labapp.ui.messages import show_error
from labapp.ui.session import BenchSession
from labapp.ui.tasks import TaskRunner


class ReceptionPage(QWidget):
    bench_asked = Signal(str)  # order ref: start its audit at the bench

    def __init__(self, lab: Lab, runner: TaskRunner, session: BenchSession) -> None:
        super().__init__()
        self._lab, self._runner, self._session = lab, runner, session
        self.order: OrderView | None = None
        self._build()
        self._connect_signals()
        self.setAcceptDrops(True)
        self._show(None)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("receptionHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.received_at = QDateTimeEdit()
        self.received_at.setCalendarPopup(True)
        self.received_at.setDisplayFormat(moment_pattern())
        self.received_by = QComboBox()
        self.received_by.setEditable(True)
        self.condition = QComboBox()
        for condition, label in (
            (ParcelCondition.INTACT, self.tr("intact")),
            (ParcelCondition.DAMAGED, self.tr("damaged")),
            (ParcelCondition.OPENED, self.tr("opened before arrival")),
        ):
            self.condition.addItem(label, condition)
        self.invoice = QCheckBox(self.tr("an invoice came with the parcel or by e-mail"))
        self.accessories = QLineEdit()
        self.accessories.setPlaceholderText(self.tr("e.g. cable, charger, case — comma-separated"))
        self.fees = QLineEdit()
        self.fees.setObjectName("extraFees")
        self.fees.setPlaceholderText(self.tr("amount asked beyond the price, e.g. 12.50"))
        self.fees_note = QLineEdit()
        self.fees_note.setPlaceholderText(self.tr("what for (customs, delivery…)"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.record = QPushButton(self.tr("Record reception"))
        self.record.setObjectName("recordReception")
        self.to_bench = QPushButton(self.tr("Start the bench (F4)"))
        self.to_bench.setObjectName("toBench")
        self.to_bench.setShortcut("F4")

        form_box = QGroupBox(self.tr("The parcel"))
        form_column = QVBoxLayout(form_box)
        form = QFormLayout()
        form_column.addLayout(form)
        form_column.addStretch(1)
        form.addRow(self.tr("Received"), self.received_at)
        form.addRow(self.tr("By"), self.received_by)
        form.addRow(self.tr("Condition"), self.condition)
        form.addRow(self.tr("Invoice"), self.invoice)
        form.addRow(self.tr("Accessories"), self.accessories)
        fees_row = QHBoxLayout()
        fees_row.addWidget(self.fees)
        fees_row.addWidget(self.fees_note, 2)
        form.addRow(self.tr("Extra fees (EUR)"), fees_row)
        form.addRow(self.tr("Notes"), self.notes)

        self.photos = QListWidget()
        self.photos.setObjectName("parcelPhotos")
        self.add_photos = QPushButton(self.tr("Add photos…"))
        photo_box = QGroupBox(self.tr("Photos of the parcel (drop files here)"))
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.addWidget(self.photos, 1)
        photo_layout.addWidget(self.add_photos)

        columns = QHBoxLayout()
        columns.addWidget(form_box, 3)
        columns.addWidget(photo_box, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record)
        buttons.addWidget(self.to_bench)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.record.clicked.connect(self._on_record_clicked)
        self.to_bench.clicked.connect(self._on_to_bench_clicked)
        self.add_photos.clicked.connect(self._on_add_photos_clicked)

    # -- showing an order ---------------------------------------------------------

    def open_order(self, order_ref: str) -> None:
        def load() -> tuple[OrderView, list[EvidenceItem], list[str]]:
            users = [u.name for u in self._lab.directory.list_users() if u.active]
            photos = list(self._lab.audits.parcel_photos(order_ref))
            return self._lab.orders.get(order_ref), photos, users

        def landed(answer: tuple[OrderView, list[EvidenceItem], list[str]]) -> None:
            order, photos, users = answer
            self.received_by.clear()
            self.received_by.addItems(users)
            self.received_by.setCurrentText(self._session.user)
            self._show(order)
            self._show_photos(photos)

        self._runner.run(load, landed, self._failed)

    def _show(self, order: OrderView | None) -> None:
        self.order = order
        if order is None:
            self.heading.setText(self.tr("Open an order from the queue to record its parcel."))
            self.facts.setText("")
            self._editable(False)
            self.to_bench.setEnabled(False)
            self.add_photos.setEnabled(False)
            return
        self.heading.setText(
            self.tr("Order %1 · %2 %3 GB, listed “%4” · seller %5")
            .replace("%1", order.order_ref)
            .replace("%2", order.listing_model)
            .replace("%3", str(order.listing_storage_gb))
            .replace("%4", Catalog.of(window_language()).t(f"listing_{order.listing_grade}"))
            .replace("%5", f"{order.seller_name} ({order.seller_ref})")
        )
        shipped = (
            self.tr("shipped %1 by %2, tracking %3")
            .replace("%1", moment_text(order.shipped_at))
            .replace("%2", order.carrier or "?")
            .replace("%3", order.tracking_number or "—")
            if order.shipped_at
            else self.tr("not shipped yet")
        )
        delivered = (
            self.tr("delivered %1").replace("%1", moment_text(order.delivered_at))
            if order.delivered_at
            else self.tr("not delivered yet")
        )
        self.facts.setText(f"{shipped} · {delivered}")
        reception = order.reception
        self.add_photos.setEnabled(True)
        if reception is None:
            self.received_at.setDateTime(QDateTime.currentDateTime())
            self.invoice.setChecked(False)
            self.accessories.clear()
            self.fees.clear()
            self.fees_note.clear()
            self.notes.clear()
            self._editable(True)
            self.to_bench.setEnabled(False)
            return
        self.received_at.setDateTime(QDateTime(reception.received_at))
        self.received_by.setCurrentText(reception.received_by)
        self.condition.setCurrentIndex(
            self.condition.findData(ParcelCondition(reception.parcel_condition))
        )
        self.invoice.setChecked(reception.invoice_present)
        self.accessories.setText(", ".join(reception.accessories))
        self.fees.setText(str(reception.extra_fees_amount or ""))
        self.fees_note.setText(reception.extra_fees_note)
        self.notes.setPlainText(reception.notes)
        self._editable(False)
        self.to_bench.setEnabled(True)

    def _editable(self, editable: bool) -> None:
        for widget in (
            self.received_at, self.received_by, self.condition, self.invoice,
            self.accessories, self.fees, self.fees_note, self.record,
        ):  # fmt: skip
            widget.setEnabled(editable)
        self.notes.setReadOnly(not editable)

    def _show_photos(self, photos: list[EvidenceItem]) -> None:
        self.photos.clear()
        for photo in photos:
            size = number_text(photo.size_bytes // 1024)
            self.photos.addItem(
                self.tr("%1 · %2 KB").replace("%1", photo.original_name).replace("%2", size)
            )

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    # -- recording -------------------------------------------------------------------

    def reception_from_form(self) -> Reception:
        """What the form says, checked: a bad amount is named, nothing is saved."""
        fees = None
        if self.fees.text().strip():
            fees = ExtraFees(
                parse_price(self.fees.text(), words("extra fees")),
                "EUR",
                self.fees_note.text().strip(),
            )
        chosen = self.received_at.dateTime().toPython()
        assert isinstance(chosen, datetime)
        received = chosen.astimezone()  # the bench's local time, with its offset
        return Reception(
            received_at=received,
            received_by=self.received_by.currentText().strip(),
            parcel_condition=ParcelCondition(self.condition.currentData()),
            invoice_present=self.invoice.isChecked(),
            accessories=tuple(a.strip() for a in self.accessories.text().split(",") if a.strip()),
            extra_fees=fees,
            notes=self.notes.toPlainText().strip(),
        )

    def _on_record_clicked(self) -> None:
        if self.order is None:
            return
        try:
            reception = self.reception_from_form()
        except Exception as error:  # a bad amount or name: say which, keep the form
            show_error(self, error)
            return
        order_ref = self.order.order_ref
        self._runner.run(
            lambda: self._lab.orders.receive(order_ref, reception), self._show, self._failed
        )

    def _on_to_bench_clicked(self) -> None:
        if self.order is not None and self.order.reception is not None:
            self.bench_asked.emit(self.order.order_ref)

    # -- photos ------------------------------------------------------------------------

    def _on_add_photos_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos of the parcel"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.webp)"),
        )
        self.add_parcel_photos([Path(f) for f in files])

    def add_parcel_photos(self, photos: list[Path]) -> None:
        if self.order is None or not photos:
            return
        order_ref = self.order.order_ref
        audits = self._lab.audits

        def keep(photo: Path) -> Callable[[], list[EvidenceItem]]:
            return lambda: list(audits.add_parcel_photo(order_ref, photo))

        for photo in photos:
            self._runner.run(keep(photo), self._show_photos, self._failed)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if (
            self.order is not None
            and urls
            and all(u.isLocalFile() and accepts(u.toLocalFile()) for u in urls)
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_parcel_photos([Path(u.toLocalFile()) for u in event.mimeData().urls()])
        event.acceptProposedAction()
