"""The lab's side of the phones: one device thread, plain events and readings,
and readings recorded into audits as evidence and as the computed checks' input."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from devices.catalog import AttachedDevice, attached_devices, read_device
from devices.device_loop import DeviceLoop
from devices.watcher import DeviceEvent, DeviceWatcher
from labapp.domain.permissions import Action
from labapp.services.access import AccessGate
from labapp.services.audits import AuditService, AuditView

log = logging.getLogger(__name__)


class DeviceService:
    """Owns the device loop (the one thread that talks USB) for the app's lifetime."""

    def __init__(self, audits: AuditService, gate: AccessGate) -> None:
        self._audits = audits
        self._gate = gate
        self._loop: DeviceLoop | None = None
        self._watcher: DeviceWatcher | None = None

    @property
    def loop(self) -> DeviceLoop:
        if self._loop is None:
            self._loop = DeviceLoop()
        return self._loop

    def watch(self, on_event: Callable[[DeviceEvent], None]) -> None:
        """Start reporting attach/detach events (called from the watcher threads)."""
        if self._watcher is None:
            self._watcher = DeviceWatcher(on_event, self.loop)
            self._watcher.start()

    def attached(self) -> tuple[list[AttachedDevice], list[str]]:
        return attached_devices(self.loop)

    def read(
        self, ident: str | None = None, port: str | None = None, trust_wait: float = 0.0
    ) -> dict[str, Any]:
        reading = read_device(self.loop, ident, port, trust_wait)
        return reading.to_json()

    def read_into_audit(
        self,
        audit_id: int,
        ident: str | None = None,
        port: str | None = None,
        trust_wait: float = 0.0,
    ) -> AuditView:
        self._gate.require(Action.TEST_AT_BENCH)  # before the phone is read, not after
        reading = self.read(ident, port, trust_wait)
        return self._audits.record_reading(audit_id, reading)

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
        if self._loop is not None:
            self._loop.close()
            self._loop = None
