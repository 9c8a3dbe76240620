"""Every attached phone, whatever its kind, and reading the one the technician means."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from devices.device_loop import DeviceLoop
from devices.errors import DeviceError, NoDaemon, NoDevice, SeveralDevices
from devices.reading import Reading


@dataclass(frozen=True)
class AttachedDevice:
    kind: str  # ios, android or samsung-modem
    id: str
    state: str  # device, unauthorized, ...
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id, "state": self.state, "detail": self.detail}


def _adb_client() -> Any:
    from adbutils import AdbClient

    return AdbClient()


def attached_devices(loop: DeviceLoop) -> tuple[list[AttachedDevice], list[str]]:
    """Phones on every channel; a daemon that is not running means none there, with a note."""
    from devices.android.collector import list_attached
    from devices.ios.collector import IPhoneReader
    from devices.samsung_modem import modem_ports

    found: list[AttachedDevice] = []
    notes: list[str] = []
    try:
        found += [
            AttachedDevice("ios", a.udid, "device", a.connection)
            for a in IPhoneReader(loop).attached()
        ]
    except NoDaemon:
        notes.append("usbmuxd is not running: no iPhones listed")
    except DeviceError as error:
        notes.append(f"iPhones: {error}")
    try:
        from adbutils import AdbError

        found += [
            AttachedDevice("android", a.serial, a.state, a.model or "")
            for a in list_attached(_adb_client())
        ]
    except (AdbError, OSError) as error:
        notes.append(f"no adb server reachable ({error}): no Android phones listed")
    try:
        found += [AttachedDevice("samsung-modem", port, "device") for port in modem_ports()]
    except OSError as error:
        notes.append(f"serial ports could not be listed: {error}")
    return found, notes


def read_device(
    loop: DeviceLoop, ident: str | None = None, port: str | None = None, pair_timeout: float = 0.0
) -> Reading:
    from devices.android.collector import read_android
    from devices.ios.collector import IPhoneReader
    from devices.samsung_modem import read_modem_port

    if port:
        return read_modem_port(port)
    devices, _ = attached_devices(loop)
    candidates = [d for d in devices if ident is None or d.id == ident]
    if not candidates:
        raise NoDevice(f"no phone {ident} is attached" if ident else "no phone is attached")
    if len(candidates) > 1:
        listed = ", ".join(f"{d.id} ({d.kind})" for d in candidates)
        raise SeveralDevices(f"{len(candidates)} phones are attached: {listed}")
    chosen = candidates[0]
    if chosen.kind == "ios":
        return IPhoneReader(loop, pair_timeout).read(chosen.id)
    if chosen.kind == "android":
        return read_android(_adb_client(), chosen.id)
    return read_modem_port(chosen.id)
