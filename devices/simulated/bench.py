"""A bench without hardware: a simulated usbmuxd and adb server in this process, and
the demo phones to plug into them.

Apply `environment()` to the process before the first reading or watcher starts:
pymobiledevice3 and adbutils then talk to these daemons exactly as to the real
ones, so the readers, the hot-plug watcher and everything above them run
unchanged. `plug`, `unplug` and `unlock` may be called from any thread (the
window's menu) while the libraries talk to the daemons from theirs.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable

from devices.simulated.adb_server import SimulatedAdbServer
from devices.simulated.lab_phones import CATALOGUE, DemoPhone, Simulator
from devices.simulated.usbmuxd import SimulatedIPhone, SimulatedUsbmuxd


class SimulatedBench:
    def __init__(self, phones: Iterable[DemoPhone] = CATALOGUE) -> None:
        self._catalogue = {phone.id: phone for phone in phones}
        self._lock = threading.Lock()
        self._plugged: dict[str, Simulator] = {}
        self._closed = False
        self._usbmuxd = SimulatedUsbmuxd()
        self._adb = SimulatedAdbServer()

    def environment(self) -> dict[str, str]:
        """The variables that point pymobiledevice3 and adbutils at this bench."""
        return {
            "USBMUXD_SOCKET_ADDRESS": self._usbmuxd.address,
            "ANDROID_ADB_SERVER_HOST": "127.0.0.1",
            "ANDROID_ADB_SERVER_PORT": str(self._adb.port),
            # adbutils starts `adb start-server` when it finds no server (after close(),
            # say): the null device is never executable, so no real adb takes the port.
            "ADBUTILS_ADB_PATH": os.devnull,
        }

    def catalogue(self) -> list[DemoPhone]:
        return list(self._catalogue.values())

    def plug(self, phone_id: str) -> None:
        """Plug a phone in (a fresh one, locked again if it is a locked one); no-op if in."""
        phone = self._phone(phone_id)
        with self._lock:
            if self._closed:
                raise RuntimeError("the simulated bench is closed")
            if phone_id in self._plugged:
                return
            simulator = phone.build()
            self._plugged[phone_id] = simulator
            if isinstance(simulator, SimulatedIPhone):
                self._usbmuxd.attach(simulator)
            else:
                self._adb.attach(simulator)

    def unplug(self, phone_id: str) -> None:
        """Unplug a phone; no-op if it is not in."""
        self._phone(phone_id)
        with self._lock:
            simulator = self._plugged.pop(phone_id, None)
            if isinstance(simulator, SimulatedIPhone):
                self._usbmuxd.detach(simulator.udid)
            elif simulator is not None:
                self._adb.detach(simulator.serial)

    def unlock(self, phone_id: str) -> None:
        """The technician types the passcode: a locked iPhone opens sessions from now on."""
        self._phone(phone_id)
        with self._lock:
            simulator = self._plugged.get(phone_id)
            if simulator is None:
                raise ValueError(f"demo phone {phone_id!r} is not plugged in")
            if isinstance(simulator, SimulatedIPhone):
                simulator.refusal = None

    def plugged(self) -> list[str]:
        """The ids of the phones plugged in, in catalogue order."""
        with self._lock:
            return [phone_id for phone_id in self._catalogue if phone_id in self._plugged]

    def close(self) -> None:
        """Stop both daemons: watchers see the phones go and the daemons gone."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._plugged.clear()
        self._usbmuxd.close()
        self._adb.close()

    def __enter__(self) -> SimulatedBench:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _phone(self, phone_id: str) -> DemoPhone:
        try:
            return self._catalogue[phone_id]
        except KeyError:
            known = ", ".join(self._catalogue)
            raise ValueError(f"no demo phone {phone_id!r}; the bench has {known}") from None
