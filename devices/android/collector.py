"""Collecting an Android phone's answers over adb (adbutils), then building the reading.

adbutils honours ANDROID_ADB_SERVER_HOST / ANDROID_ADB_SERVER_PORT, so tests
point it at a simulated adb server and this code runs unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from devices.android.reading import SHELL_COMMANDS, SYSFS_FILES, android_reading
from devices.errors import DeviceDisconnected, NoDevice, SeveralDevices, Unauthorized
from devices.reading import Reading

# The IMEI's transaction code in IPhoneSubInfo changed with Android releases:
# getDeviceId (1) before SDK 21, getImeiForSubscriber 4 until SDK 29, then 5.
CALLING_PACKAGE = "com.android.shell"


def imei_transaction(sdk: int) -> int:
    if sdk < 21:
        return 1
    return 4 if sdk < 30 else 5


@dataclass(frozen=True)
class AttachedAndroid:
    serial: str
    state: str  # device, unauthorized, offline, ...
    model: str | None = None


def list_attached(client: Any) -> list[AttachedAndroid]:
    attached = []
    for info in client.list(extended=True):
        attached.append(AttachedAndroid(info.serial, info.state, info.tags.get("model")))
    return attached


def _check_state(state: str, serial: str) -> None:
    if state == "unauthorized":
        raise Unauthorized(f"Android phone {serial} has not accepted this computer")
    if state != "device":
        raise DeviceDisconnected(f"Android phone {serial} is {state}")


def _shell(device: Any, command: str) -> str:
    from adbutils import AdbError

    try:
        # rstrip=False: raw keeps the answer byte for byte, as evidence.
        return str(device.shell(command, timeout=20, rstrip=False))
    except AdbError as error:
        if "unauthorized" in str(error):
            raise Unauthorized(
                f"Android phone {device.serial} has not accepted this computer"
            ) from error
        raise DeviceDisconnected(f"Android phone {device.serial}: {error}") from error
    except (ConnectionError, OSError) as error:
        raise DeviceDisconnected(f"Android phone {device.serial}: {error}") from error


def collect_raw(device: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {key: _shell(device, command) for key, command in SHELL_COMMANDS.items()}
    raw["sysfs"] = {}
    for key, path in SYSFS_FILES.items():
        answer = _shell(device, f"cat {path} 2>/dev/null").strip()
        if answer.lstrip("-").isdigit():
            raw["sysfs"][key] = answer
    sdk_text = _shell(device, "getprop ro.build.version.sdk").strip()
    sdk = int(sdk_text) if sdk_text.isdigit() else 30
    code = imei_transaction(sdk)
    raw["imei_parcels"] = (
        [
            _shell(device, f"service call iphonesubinfo {code} i32 {slot} s16 {CALLING_PACKAGE}")
            for slot in (0, 1)
        ]
        if code != 1
        else [_shell(device, "service call iphonesubinfo 1")]
    )
    storage = _shell(device, "df -k /data").splitlines()
    raw["df_data"] = "\n".join(storage)
    return raw


def read_android(client: Any, serial: str | None = None) -> Reading:
    attached = list_attached(client)
    if serial is None:
        if not attached:
            raise NoDevice("no Android phone is attached")
        if len(attached) > 1:
            names = ", ".join(a.serial for a in attached)
            raise SeveralDevices(f"{len(attached)} Android phones are attached: {names}")
        serial = attached[0].serial
    state = next((a.state for a in attached if a.serial == serial), None)
    if state is None:
        raise NoDevice(f"no Android phone {serial} is attached")
    _check_state(state, serial)
    raw = collect_raw(client.device(serial))
    return android_reading(raw, datetime.now(UTC).astimezone())
