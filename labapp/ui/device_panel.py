"""The phones on the bench: attached ones appear and vanish by themselves (hot-plug),
and the reading of the audit's phone is shown with pass/fail marks from its checks.

Watcher threads report attach and detach; `DeviceBridge` turns those calls into a
queued Qt signal so the list only ever changes on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from devices.catalog import AttachedDevice
from devices.models import find_model
from devices.watcher import DeviceEvent
from labapp.domain.audit_inputs import CheckOutcome
from labapp.domain.grading import GradeResult
from labapp.reports.i18n import Catalog
from labapp.reports.phrases import say
from labapp.ui.language import SOURCE_LANGUAGE, number_text, window_language

_KINDS = {"ios": "iPhone", "android": "Android"}  # names, the same in every language
_MARKS = {CheckOutcome.PASS: "✔", CheckOutcome.FAIL: "✘"}
# usbmuxd's names for how an iPhone is connected, as a technician says them.
_CONNECTIONS = {"USB": "USB", "Network": "Wi-Fi"}
# An iPhone's 25-character UDID is shown by its end, enough to tell two phones apart
# (the whole one is in the tooltip); other ids are short, or start with the serial.
_SHORT_ID = 12


@dataclass
class AttachedPhone:
    """What the list says of one attached phone; the model and the connection come
    after the attach event (which has neither), from the device list or a reading."""

    kind: str
    id: str
    state: str = ""
    model: str = ""
    connection: str = ""
    serial: str = ""

    def learn(self, found: AttachedDevice) -> None:
        # The state stays the events' (the watchers see every change; a list may be
        # older than the last event by the time it lands).
        if self.kind == "ios":
            self.connection = _CONNECTIONS.get(found.detail, found.detail)
        elif self.kind == "android" and found.detail and not self.model:
            # adb lists the model with its spaces and dashes as "_" ("SM_A356E").
            listed = found.detail.replace("_", " ")
            known = find_model("android", found.detail, found.detail.replace("_", "-"), listed)
            self.model = known.marketing_name if known else listed

    def learn_reading(self, reading: dict[str, Any]) -> None:
        identity = reading.get("identity") or {}
        self.model = identity.get("marketing_name") or identity.get("model_identifier") or ""
        self.serial = identity.get("serial") or ""

    def label(self, kinds: dict[str, str]) -> str:
        """The model as the technician sees it on the phone and how it is plugged in,
        then its serial (or the end of its id): "iPhone 12 · USB", "F2LXK0ABCD"."""
        ident = self.serial or self.id
        if not self.serial and self.kind == "ios" and len(self.id) > _SHORT_ID:
            ident = "…" + self.id[-(_SHORT_ID - 1) :]
        if self.kind == "samsung-modem":
            connection = kinds[self.kind]  # the port is the id: "Samsung modem port · COM3"
            ident = self.id
        elif self.kind == "android" and not self.connection:
            # adb names a phone reached over the network by its address ("host:port",
            # or an mDNS "…._adb-tls-connect._tcp" name), one on a cable by its serial.
            connection = "Wi-Fi" if ":" in self.id or "._tcp" in self.id else "USB"
        else:
            connection = self.connection  # an iPhone's, once usbmuxd has said it
        # Two lines, so that the narrow list never cuts the model short.
        name = self.model or kinds.get(self.kind, self.kind)
        first = " · ".join(dict.fromkeys(p for p in (name, connection) if p))  # said once
        state = f" — {self.state}" if self.state and self.state != "device" else ""
        return f"{first}\n{ident}{state}"


class DeviceBridge(QObject):
    """Called from watcher threads; emits on the GUI thread (queued connection)."""

    event_seen = Signal(object)

    def report(self, event: DeviceEvent) -> None:
        self.event_seen.emit(event)


class DevicePanel(QGroupBox):
    read_asked = Signal(str)  # the attached phone's id
    phone_attached = Signal(str)  # a phone arrived: its model and connection are wanted

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Phones on the bench"))
        self.attached = QListWidget()
        self.attached.setObjectName("attachedPhones")
        # Three phones of two lines each in view; more scroll.
        self.attached.setMaximumHeight(112)
        self.attached.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Each phone is two lines (model, serial): a gap tells one phone from the next.
        self.attached.setSpacing(3)
        self.attached.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.read = QPushButton(self.tr("Read phone (F5)"))
        self.read.setObjectName("readPhone")
        self.read.setEnabled(False)
        self.notice = QLabel()
        self.notice.setObjectName("deviceNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.reading = QWidget()
        self._form = QFormLayout(self.reading)
        self._form.setContentsMargins(0, 4, 0, 0)
        self._fields: dict[str, QLabel] = {}
        for key, label in (
            ("model", self.tr("Model")),
            ("imei", self.tr("IMEI")),
            ("serial", self.tr("Serial")),
            ("os", self.tr("System")),
            ("battery", self.tr("Battery")),
            ("screen", self.tr("Screen")),
            ("parts", self.tr("Parts")),
            ("locks", self.tr("Locks")),
        ):
            value = QLabel("—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._fields[key] = value
            self._form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.attached)
        layout.addWidget(self.read)
        layout.addWidget(self.notice)
        layout.addWidget(self.reading, 1)
        self.attached.currentItemChanged.connect(lambda *_: self._update_read_button())
        self.read.clicked.connect(self._on_read_clicked)
        self._can_read = False
        self._phones: dict[str, AttachedPhone] = {}

    # -- attached phones ------------------------------------------------------

    def on_device_event(self, event: DeviceEvent) -> None:
        existing = self._item(event.id)
        if not event.attached:
            # Forgotten: another phone may come on the same modem port.
            self._phones.pop(event.id, None)
            if existing is not None:
                self.attached.takeItem(self.attached.row(existing))
        else:
            phone = self._phones.setdefault(event.id, AttachedPhone(event.kind, event.id))
            phone.state = event.state
            if existing is None:
                existing = QListWidgetItem()
                existing.setData(Qt.ItemDataRole.UserRole, event.id)
                self.attached.addItem(existing)
            self._show_phone(phone)
            self.phone_attached.emit(event.id)
            if event.state == "unauthorized":
                self.say(self.tr("Accept this computer on the phone ('Allow USB debugging?')."))
        if self.attached.currentItem() is None and self.attached.count():
            self.attached.setCurrentRow(0)
        self._update_read_button()

    def show_attached(self, found: list[AttachedDevice]) -> None:
        """The device list's details (an iPhone's connection, an Android phone's model)
        for the phones in the list."""
        for device in found:
            phone = self._phones.get(device.id)
            if phone is not None and self._item(device.id) is not None:
                phone.learn(device)
                self._show_phone(phone)

    def learn_reading(self, ident: str, reading: dict[str, Any]) -> None:
        """The model and serial the phone gave: the surest names, kept while it stays."""
        phone = self._phones.get(ident)
        if phone is not None:
            phone.learn_reading(reading)
            self._show_phone(phone)

    def _show_phone(self, phone: AttachedPhone) -> None:
        item = self._item(phone.id)
        if item is None:
            return
        kinds = {**_KINDS, "samsung-modem": self.tr("Samsung modem port")}
        item.setText(phone.label(kinds))
        item.setToolTip(f"{kinds.get(phone.kind, phone.kind)} · {phone.id}")

    def _item(self, ident: str) -> QListWidgetItem | None:
        for row in range(self.attached.count()):
            item = self.attached.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == ident:
                return item
        return None

    def chosen_phone(self) -> str | None:
        item = self.attached.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def allow_reading(self, allowed: bool) -> None:
        self._can_read = allowed
        self._update_read_button()

    def _update_read_button(self) -> None:
        self.read.setEnabled(self._can_read and self.chosen_phone() is not None)

    def _on_read_clicked(self) -> None:
        phone = self.chosen_phone()
        if phone is not None:
            self.read_asked.emit(phone)

    # -- messages and the reading ----------------------------------------------

    def say(self, text: str, trouble: bool = True) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(
            "background: #fbeee0; border: 1px solid #e0b07a; padding: 6px;"
            if trouble
            else "background: #e6f2ea; border: 1px solid #9cc7a9; padding: 6px;"
        )
        self.notice.setVisible(bool(text))

    def show_reading(self, reading: dict[str, Any] | None, result: GradeResult | None) -> None:
        if not reading:
            for value in self._fields.values():
                value.setText("—")
            return
        outcomes = {c.check_id: c for c in result.checks} if result else {}

        def mark(check_id: str) -> str:
            found = outcomes.get(check_id)
            return f"{_MARKS.get(found.outcome, '')} " if found else ""

        identity = reading.get("identity") or {}
        battery = reading.get("battery") or {}
        screen = reading.get("screen") or {}
        locks = reading.get("locks") or {}
        model = identity.get("marketing_name") or identity.get("model_identifier") or "?"
        storage = identity.get("storage_gb")
        self._fields["model"].setText(
            mark("model_as_listed")
            + model
            + (self.tr(", %1 GB").replace("%1", str(storage)) if storage else "")
        )
        self._fields["imei"].setText(
            mark("imei_valid") + (", ".join(identity.get("imei") or []) or "—")
        )
        self._fields["serial"].setText(identity.get("serial") or "—")
        self._fields["os"].setText(identity.get("os_version") or "—")
        health = battery.get("health_percent")
        expected = outcomes.get("battery_health")
        battery_text = (
            self.tr("%1 %").replace("%1", number_text(health))
            if health is not None
            else self.tr("not reported")
        )
        if expected is not None and expected.expected:
            battery_text += f" ({say(expected.expected, Catalog.of(window_language()))})"
        if battery.get("cycle_count") is not None:
            battery_text += self.tr(", %1 cycles").replace("%1", str(battery["cycle_count"]))
        self._fields["battery"].setText(mark("battery_health") + battery_text)
        factory = screen.get("factory_technology") or "?"
        fitted = screen.get("fitted_technology") or self.tr("to confirm at the bench")
        self._fields["screen"].setText(
            mark("screen_technology")
            + self.tr("factory %1, fitted %2").replace("%1", factory).replace("%2", fitted)
        )
        parts = reading.get("parts") or []
        parts_text = ", ".join(f"{p.get('part')}: {p.get('status')}" for p in parts)
        if parts_text and window_language() != SOURCE_LANGUAGE:
            # The readers name parts and statuses in English; the seller's report has
            # the words for them ("batterie : d'origine").
            parts_text = say(parts_text, Catalog.of(window_language()))
        self._fields["parts"].setText(mark("parts_genuine") + (parts_text or "—"))
        lock_names = {
            "activation_lock": self.tr("activation"),
            "mdm": "MDM",
            "carrier_lock": self.tr("carrier"),
        }
        on = [name for key, name in lock_names.items() if locks.get(key)]
        unknown = [name for key, name in lock_names.items() if locks.get(key) is None]
        text = self.tr("locked: %1").replace("%1", ", ".join(on)) if on else self.tr("none found")
        if unknown:
            text += " · " + self.tr("not read: %1").replace("%1", ", ".join(unknown))
        self._fields["locks"].setText(mark("locks_removed") + text)
