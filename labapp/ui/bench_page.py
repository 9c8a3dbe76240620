"""The bench: the parcel's phone read over USB, the protocol's checklist answered from
the keyboard, photos as evidence, and the grade as it stands.

Every answer is saved the moment it is given (one database transaction each), so a
crash or a power cut loses nothing but the key being pressed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.domain.audits import AuditState
from labapp.domain.errors import ChangedElsewhere
from labapp.reports.i18n import Catalog
from labapp.services.audits import AuditView
from labapp.services.evidence_store import accepts
from labapp.ui.checklist import ChecklistTable, GradePreview
from labapp.ui.checklist_model import ChecklistModel, audit_state_label
from labapp.ui.device_panel import DevicePanel
from labapp.ui.language import window_language
from labapp.ui.messages import device_instruction, show_error
from labapp.ui.session import BenchSession
from labapp.ui.tasks import TaskRunner, TaskToken

log = logging.getLogger(__name__)


class BenchPage(QWidget):
    submitted = Signal(int)  # audit id, now awaiting review
    audit_shown = Signal(object)  # AuditView

    def __init__(self, lab: Lab, runner: TaskRunner, session: BenchSession) -> None:
        super().__init__()
        self._lab, self._runner, self._session = lab, runner, session
        self.audit: AuditView | None = None
        # The protocol's check names and the grade in the window's language.
        self._catalog = Catalog.of(window_language())
        self._build()
        self._connect_signals()
        self.setAcceptDrops(True)

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Scan a parcel or open an order to start its audit."))
        self.heading.setObjectName("benchHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.devices = DevicePanel()
        self.checklist_model = ChecklistModel(self)
        self.checklist = ChecklistTable(self.checklist_model)
        self.note = QLineEdit()
        self.note.setObjectName("checkNote")
        self.note.setPlaceholderText(self.tr("Note for the selected check — Enter saves"))
        self._keys = self.tr("P pass · F fail · N not applicable · 1–9 option · Enter note · "
                             "Ctrl+P photo · Ctrl+Enter submit")  # fmt: skip
        self.status = QLabel(self._keys)
        self.status.setObjectName("benchStatus")
        self.status.setStyleSheet("color: #5b6b7b;")
        self.status.setWordWrap(True)
        self.add_photo = QPushButton(self.tr("Add photo… (Ctrl+P)"))
        self.submit = QPushButton(self.tr("Submit for review (Ctrl+Enter)"))
        self.submit.setObjectName("submitAudit")
        self.preview = GradePreview()

        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.checklist, 1)
        column.addWidget(self.note)
        column.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_photo)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        column.addLayout(buttons)

        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.preview)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.devices)
        split.addWidget(middle)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 2)
        split.setSizes([250, 880, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self._enable(False)

    def _connect_signals(self) -> None:
        self.checklist.answered.connect(self._on_checklist_answered)
        self.checklist.note_asked.connect(self._on_checklist_note_asked)
        self.checklist.refused.connect(self._say)
        self.checklist.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.note.returnPressed.connect(self._on_note_entered)
        self.devices.read_asked.connect(self.read_phone)
        self.devices.phone_attached.connect(self._on_devices_phone_attached)
        self.add_photo.clicked.connect(self._on_add_photo_clicked)
        self.submit.clicked.connect(self._on_submit_clicked)
        for keys, slot in (
            ("F5", lambda: self.read_phone(self.devices.chosen_phone())),
            ("Ctrl+P", self._on_add_photo_clicked),
            ("Ctrl+Return", self._on_submit_clicked),
            ("Ctrl+Enter", self._on_submit_clicked),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    # -- the audit ----------------------------------------------------------------

    def open_order(self, order_ref: str) -> None:
        """Start the order's audit, or resume its draft."""
        user = self._session.user
        self._runner.run(
            lambda: self._lab.audits.start(order_ref, user), self.show_audit, self._failed
        )

    def open_audit(self, audit_id: int) -> None:
        self._runner.run(lambda: self._lab.audits.get(audit_id), self.show_audit, self._failed)

    def show_audit(self, view: AuditView) -> None:
        keep = self.checklist.currentIndex().row()
        changed_audit = self.audit is None or self.audit.summary.id != view.summary.id
        self.audit = view
        record = view.record
        order = record.case_document.get("order", {})
        grade = str(order.get("listing_grade", ""))
        self.heading.setText(
            self.tr("Order %1 · %2 %3 GB, listed “%4” · seller %5 · audit %6 (%7)")
            .replace("%1", record.order_ref)
            .replace("%2", str(order.get("listing_model", "")))
            .replace("%3", str(order.get("listing_storage_gb", "")))
            .replace("%4", self._catalog.t(f"listing_{grade}") if grade else "")
            .replace("%5", record.seller_ref)
            .replace("%6", str(view.summary.id))
            .replace("%7", audit_state_label(record.state.value))
        )
        self.checklist_model.show_audit(view, self._catalog.language)
        self.preview.show_result(record.result, self._catalog)
        self.devices.show_reading(record.case_document.get("device"), record.result)
        self._enable(record.state == AuditState.DRAFT)
        if changed_audit:
            self.checklist.go_to(0)
            if not self.checklist_model.needs_answer(0):
                self.checklist.next_waiting()
            self.checklist.setFocus()
        elif keep >= 0:
            self.checklist.go_to(keep) if self.checklist.currentIndex().row() < 0 else None
        self._show_note_of_current()
        self.audit_shown.emit(view)

    def _enable(self, editable: bool) -> None:
        for widget in (self.checklist, self.note, self.add_photo, self.submit):
            widget.setEnabled(editable)
        self.devices.allow_reading(editable)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        if isinstance(error, ChangedElsewhere) and self.audit is not None:
            self.open_audit(self.audit.summary.id)  # show what the other station saved

    def _say(self, text: str) -> None:
        """A word about the last key (why it did nothing, what is missing); the keys'
        reminder comes back once the technician answers or moves on."""
        self.status.setText(text)

    def _on_row_changed(self, *_: object) -> None:
        self.status.setText(self._keys)
        self._show_note_of_current()

    # -- answers --------------------------------------------------------------------

    def _save(self, check_id: str, observation: Any) -> None:
        if self.audit is None:
            return
        audit_id, user = self.audit.summary.id, self._session.user
        # One check's answer applies to the latest audit: another station's answers to
        # other checks are kept (the service merges them), so no version is asked for.
        self._runner.run(
            lambda: self._lab.audits.observe(audit_id, check_id, observation, by=user),
            self.show_audit,
            self._failed,
        )

    def _on_checklist_answered(self, check_id: str, observation: Any) -> None:
        self.status.setText(self._keys)
        self._save(check_id, observation)

    def _on_checklist_note_asked(self, check_id: str) -> None:
        self.note.setFocus()
        self.note.selectAll()

    def _show_note_of_current(self) -> None:
        check_id = self.checklist.current_check()
        given = self.checklist_model.observation(check_id) if check_id else None
        self.note.setText(given.get("note", "") if isinstance(given, dict) else "")

    def _on_note_entered(self) -> None:
        check_id = self.checklist.current_check()
        if check_id is None:
            return
        given = self.checklist_model.observation(check_id)
        observation: dict[str, Any] = (
            dict(given) if isinstance(given, dict) else {"outcome": given} if given else {}
        )
        observation["note"] = self.note.text().strip()
        self._save(check_id, observation)
        self.checklist.setFocus()

    # -- the phone --------------------------------------------------------------------

    def read_phone(self, phone: str | None) -> None:
        if self.audit is None or phone is None or self.audit.record.state != AuditState.DRAFT:
            return
        audit_id, user = self.audit.summary.id, self._session.user
        self.devices.say(self.tr("Reading the phone… keep it plugged in."), trouble=False)

        def read(token: TaskToken) -> dict[str, Any]:
            token.progress(0)
            return self._lab.devices.read(phone)

        def record(reading: dict[str, Any]) -> None:
            self.devices.learn_reading(phone, reading)
            self._runner.run(
                lambda: self._lab.audits.record_reading(audit_id, reading, by=user),
                self._on_reading_recorded,
                self._failed,
            )

        self._runner.run_long(self.tr("Reading the phone"), read, record, self._on_read_failed)

    def _on_devices_phone_attached(self, phone: str) -> None:
        """The attach event names the phone only by its id; the device list says how it
        is connected and, for Android, its model. Listing asks the daemons that have
        just reported the phone, a matter of milliseconds, so it goes on the database
        lane: the long lane may be reading another phone for a minute."""

        def unknown(error: BaseException) -> None:
            # The list keeps what the event said; reading the phone gives its model.
            log.info("details of phone %s not listed: %s", phone, error)

        self._runner.run(
            lambda: self._lab.devices.attached()[0], self.devices.show_attached, unknown
        )

    def _on_reading_recorded(self, view: AuditView) -> None:
        self.devices.say(self.tr("Reading saved with the audit."), trouble=False)
        self.show_audit(view)

    def _on_read_failed(self, error: BaseException) -> None:
        from devices.errors import DeviceError

        if isinstance(error, DeviceError):
            headline, step = device_instruction(error)
            self.devices.say(f"<b>{headline}</b><br>{step}")
        else:
            self.devices.say("")
            show_error(self, error)

    # -- photos -------------------------------------------------------------------------

    def _on_add_photo_clicked(self) -> None:
        if self.audit is None:
            return
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos for this check"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.webp)"),
        )
        self.attach_photos([Path(f) for f in files])

    def attach_photos(self, photos: list[Path]) -> None:
        check_id = self.checklist.current_check()
        if self.audit is None or not photos:
            return
        audit_id = self.audit.summary.id
        audits = self._lab.audits

        def attach(photo: Path) -> Callable[[], AuditView]:
            return lambda: audits.attach(audit_id, photo, check_id)

        for photo in photos:
            self._runner.run(attach(photo), self.show_audit, self._failed)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if (
            self.audit is not None
            and urls
            and all(u.isLocalFile() and accepts(u.toLocalFile()) for u in urls)
        ):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.attach_photos([Path(u.toLocalFile()) for u in event.mimeData().urls()])
        event.acceptProposedAction()

    # -- review -------------------------------------------------------------------------

    def _on_submit_clicked(self) -> None:
        if self.audit is None or self.audit.record.state != AuditState.DRAFT:
            return
        missing = self.audit.record.result.missing
        if missing:
            self.checklist.next_waiting()
            self._say(self.tr("Not yet: %n check(s) still to answer.", "", len(missing)))
            return
        audit_id, user = self.audit.summary.id, self._session.user
        seen = self.audit.record.version

        def done(view: AuditView) -> None:
            self.show_audit(view)
            self.submitted.emit(audit_id)

        self._runner.run(
            lambda: self._lab.audits.submit(audit_id, by=user, expected_version=seen),
            done,
            self._failed,
        )
