"""Hot-plug: attach and detach events for iPhones, Android phones and Samsung modem ports.

Three watchers, each on its own thread (iPhones on the device loop): usbmuxd's
Listen, adb's track-devices, and a scan of serial ports. A daemon that goes
away turns its phones into detach events and is retried until it comes back;
the caller is never blocked and receives events through a callback.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from devices.device_loop import DeviceLoop

RETRY_SECONDS = 1.0


@dataclass(frozen=True)
class DeviceEvent:
    kind: str  # ios, android or samsung-modem
    id: str
    attached: bool
    state: str = ""  # device, unauthorized, ... for Android

    def to_json(self) -> dict[str, Any]:
        return {
            "event": "attached" if self.attached else "detached",
            "kind": self.kind,
            "id": self.id,
            "state": self.state,
        }


Listener = Callable[[DeviceEvent], None]


class _Seen:
    """What one watcher last reported, to turn snapshots into events."""

    def __init__(self, kind: str, emit: Listener) -> None:
        self.kind, self.emit = kind, emit
        self.current: dict[str, str] = {}

    def update(self, now: dict[str, str]) -> None:
        for ident in sorted(set(self.current) - set(now)):
            self.emit(DeviceEvent(self.kind, ident, False))
        for ident, state in sorted(now.items()):
            if self.current.get(ident) != state:
                self.emit(DeviceEvent(self.kind, ident, True, state))
        self.current = dict(now)


class DeviceWatcher:
    def __init__(
        self,
        on_event: Listener,
        loop: DeviceLoop,
        *,
        ios: bool = True,
        android: bool = True,
        modem: bool = True,
        scan_seconds: float = 1.0,
    ) -> None:
        self._emit = on_event
        self._loop = loop
        self._wanted = {"ios": ios, "android": android, "samsung-modem": modem}
        self._scan_seconds = scan_seconds
        self._stop = threading.Event()
        self._ios_future: Any = None

    def start(self) -> None:
        if self._wanted["ios"]:
            self._ios_future = self._loop.spawn(self._watch_ios())
        if self._wanted["android"]:
            threading.Thread(target=self._watch_android, name="watch-adb", daemon=True).start()
        if self._wanted["samsung-modem"]:
            threading.Thread(target=self._watch_modems, name="watch-modem", daemon=True).start()

    def stop(self) -> None:
        self._stop.set()
        if self._ios_future is not None:
            self._ios_future.cancel()

    async def _watch_ios(self) -> None:
        from pymobiledevice3 import usbmux

        seen = _Seen("ios", self._emit)
        while not self._stop.is_set():
            try:
                mux: Any = await usbmux.create_mux()
                try:
                    await mux.listen()
                    while not self._stop.is_set():
                        seen.update({d.serial: "device" for d in mux.devices})
                        await mux.receive_device_state_update()
                finally:
                    await mux.close()
            except asyncio.CancelledError:
                raise
            except Exception:  # usbmuxd gone or restarting: report phones gone, retry
                seen.update({})
            await asyncio.sleep(RETRY_SECONDS)

    def _watch_android(self) -> None:
        from adbutils import AdbClient, AdbError

        seen = _Seen("android", self._emit)
        while not self._stop.is_set():
            try:
                client = AdbClient()
                for event in client.track_devices():
                    if self._stop.is_set():
                        return
                    now = dict(seen.current)
                    if event.present:
                        now[event.serial] = event.status
                    else:
                        now.pop(event.serial, None)
                    seen.update(now)
            except (AdbError, OSError):  # adb server gone: report phones gone, retry
                seen.update({})
            self._stop.wait(RETRY_SECONDS)

    def _watch_modems(self) -> None:
        from devices.samsung_modem import modem_ports

        seen = _Seen("samsung-modem", self._emit)
        while not self._stop.is_set():
            try:
                seen.update({port: "device" for port in modem_ports()})
            except OSError:
                seen.update({})
            self._stop.wait(self._scan_seconds)
