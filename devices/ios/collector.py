"""Collecting an iPhone's answers through pymobiledevice3 (usbmux → lockdownd →
diagnostics relay), then building the reading.

pymobiledevice3 honours USBMUXD_SOCKET_ADDRESS, so tests point it at a simulated
usbmuxd and this code runs unchanged. Each refusal of the phone becomes its own
`DeviceError` with what the technician must do.
"""

from __future__ import annotations

import asyncio
import base64
import plistlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from devices.device_loop import DeviceLoop
from devices.errors import (
    BadAnswer,
    DeviceDisconnected,
    DeviceLocked,
    NoDaemon,
    NoDevice,
    NotPaired,
    SeveralDevices,
    TrustDenied,
    TrustPending,
)
from devices.ios.reading import ios_reading
from devices.ios.values import BATTERY_CLASSES, mobilegestalt_answers
from devices.reading import Reading

DISK_USAGE_DOMAIN = "com.apple.disk_usage"
# IODeviceTree:/options holds the NonVolatileRAM variables, fm-activation-locked among them.
NVRAM_ENTRY = "options"
GESTALT_KEYS = [
    "BatterySerialNumber",
    "ScreenSerialNumber",
    "FrontFacingCameraModuleSerialNumber",
    "RearFacingCameraModuleSerialNumber",
]


@dataclass(frozen=True)
class AttachedIPhone:
    udid: str
    connection: str


def jsonable(value: Any) -> Any:
    """The phone's answers as JSON: text bytes as text, other bytes as base64."""
    if isinstance(value, bytes):
        text = value.rstrip(b"\x00")
        if text.isascii() and all(32 <= b < 127 for b in text):
            return text.decode("ascii")
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    return value


@contextmanager
def _translated() -> Iterator[None]:
    from pymobiledevice3 import exceptions as pmd

    try:
        yield
    except pmd.PasswordRequiredError as error:
        raise DeviceLocked("the iPhone is locked") from error
    except pmd.PairingDialogResponsePendingError as error:
        raise TrustPending("the iPhone is waiting for 'Trust This Computer?'") from error
    except pmd.UserDeniedPairingError as error:
        raise TrustDenied("the iPhone refused to trust this computer") from error
    except (pmd.NotPairedError, pmd.InvalidHostIDError, pmd.FatalPairingError) as error:
        raise NotPaired("the iPhone is not paired with this computer") from error
    except pmd.ConnectionFailedToUsbmuxdError as error:
        raise NoDaemon("usbmuxd is not running") from error
    except (pmd.NoDeviceConnectedError, pmd.DeviceNotFoundError) as error:
        raise NoDevice("no iPhone is attached") from error
    except (
        pmd.ConnectionTerminatedError,
        pmd.ConnectionFailedError,
        pmd.MuxException,
        ConnectionError,
        EOFError,
        asyncio.IncompleteReadError,
    ) as error:
        raise DeviceDisconnected(
            f"the iPhone stopped answering ({type(error).__name__})"
        ) from error
    except (pmd.PyMobileDevice3Exception, plistlib.InvalidFileException, ValueError) as error:
        raise BadAnswer(f"the iPhone gave an answer that cannot be read ({error})") from error


async def _list() -> list[AttachedIPhone]:
    from pymobiledevice3 import usbmux

    with _translated():
        devices = await usbmux.list_devices()
    return [AttachedIPhone(d.serial, d.connection_type) for d in devices]


async def _collect(udid: str, pair_timeout: float) -> dict[str, Any]:
    from pymobiledevice3.lockdown import create_using_usbmux
    from pymobiledevice3.services.diagnostics import DiagnosticsService

    raw: dict[str, Any] = {}
    with _translated():
        lockdown = await create_using_usbmux(serial=udid, autopair=True, pair_timeout=pair_timeout)
        try:
            raw["lockdown"] = jsonable(lockdown.all_values)
            raw["disk_usage"] = jsonable(await lockdown.get_value(domain=DISK_USAGE_DOMAIN))
            async with DiagnosticsService(lockdown) as diagnostics:
                raw["ioregistry"] = {}
                for entry_class in BATTERY_CLASSES:
                    entry = await diagnostics.ioregistry(ioclass=entry_class)
                    if entry:
                        raw["ioregistry"][entry_class] = jsonable(entry)
                raw["nvram"] = jsonable(await diagnostics.ioregistry(name=NVRAM_ENTRY) or {})
                if mobilegestalt_answers(raw["lockdown"].get("ProductVersion")):
                    raw["mobilegestalt"] = jsonable(await diagnostics.mobilegestalt(GESTALT_KEYS))
        finally:
            await lockdown.close()
    return raw


class IPhoneReader:
    """iPhones through the one device loop."""

    def __init__(self, loop: DeviceLoop, pair_timeout: float = 0.0) -> None:
        self._loop = loop
        # 0: report a pending Trust dialog at once, the technician taps and reads again.
        self._pair_timeout = pair_timeout

    def attached(self) -> list[AttachedIPhone]:
        return self._loop.call(_list, timeout=10)

    def read(self, udid: str | None = None) -> Reading:
        attached = self.attached()
        if udid is None:
            if not attached:
                raise NoDevice("no iPhone is attached")
            if len(attached) > 1:
                raise SeveralDevices(
                    f"{len(attached)} iPhones are attached: " + ", ".join(a.udid for a in attached)
                )
            udid = attached[0].udid
        elif not any(a.udid == udid for a in attached):
            raise NoDevice(f"no iPhone {udid} is attached")
        chosen = udid
        raw = self._loop.call(lambda: _collect(chosen, self._pair_timeout), timeout=60)
        return ios_reading(raw, datetime.now(UTC).astimezone())
