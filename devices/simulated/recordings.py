"""Simulated phones made from the recorded answers of real ones (resources/devices/).

The recordings give the shape of each answer (which lockdown keys, how the
IORegistry nests the battery under BatteryData, what Samsung's `dumpsys battery`
prints); an `IPhoneSpec` or the Galaxy builder puts in the values of the phone
being simulated. See resources/devices/SOURCES.md for where the recordings come from.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from devices.android.reading import SHELL_COMMANDS, SYSFS_FILES
from devices.ios.collector import DISK_USAGE_DOMAIN, NVRAM_ENTRY
from devices.ios.values import mobilegestalt_answers
from devices.simulated.adb_server import SimulatedPhone
from devices.simulated.usbmuxd import SimulatedIPhone
from resources import resource


@cache
def _recorded(name: str) -> dict[str, Any]:
    document = json.loads(resource(f"devices/{name}").read_text(encoding="utf-8"))
    raw: dict[str, Any] = document["raw"]
    return raw


def recorded_answers(name: str) -> dict[str, Any]:
    """The raw answers of a recorded reading, a copy the caller may change."""
    return copy.deepcopy(_recorded(name))


@dataclass(frozen=True)
class IPhoneSpec:
    """What one iPhone answers: identity, flash size and battery gauge values."""

    product_type: str  # lockdown ProductType, the key of the model table
    ios_version: str
    ios_build: str
    chip_id: int  # CPID: the UDID of an A12 or later phone is CPID-ECID
    ecid: int
    serial: str
    imeis: tuple[str, ...]
    storage_gb: int
    design_mah: int
    # NominalChargeCapacity: iOS shows ceil(100 × nominal / design) as the maximum capacity.
    nominal_mah: int
    # AppleRawMaxCapacity: the gauge's raw figure, a little above the nominal one.
    raw_max_mah: int
    cycles: int
    battery_serial: str
    screen_serial: str
    charge_percent: int = 64  # how charged it is now, nothing to do with its health

    @property
    def udid(self) -> str:
        return f"{self.chip_id:08X}-{self.ecid:016X}"


def _recorded_iphone(*keys: str) -> dict[str, Any]:
    """A section of the recorded iPhone 14 Pro's answers: ("ioregistry", "AppleSmartBattery")."""
    section: dict[str, Any] = recorded_answers("iphone14pro.reading.json")
    for key in keys:
        section = section[key]
    return section


def _lockdown_values(spec: IPhoneSpec) -> dict[str, Any]:
    values = _recorded_iphone("lockdown")
    values.update(
        ProductType=spec.product_type,
        ProductVersion=spec.ios_version,
        BuildVersion=spec.ios_build,
        SerialNumber=spec.serial,
        UniqueDeviceID=spec.udid,
        UniqueChipID=spec.ecid,
        DeviceName="iPhone",
        WiFiAddress=_mac_address(spec.ecid),
        InternationalMobileEquipmentIdentity=spec.imeis[0],
    )
    if len(spec.imeis) > 1:  # the eSIM's IMEI on dual-SIM iPhones (XS and later)
        values["InternationalMobileEquipmentIdentity2"] = spec.imeis[1]
    return values


def _smart_battery(spec: IPhoneSpec) -> dict[str, Any]:
    battery = _recorded_iphone("ioregistry", "AppleSmartBattery")
    battery["BatteryData"].update(
        AppleRawMaxCapacity=spec.raw_max_mah,
        CurrentCapacity=spec.charge_percent,
        DesignCapacity=spec.design_mah,
        FullChargeCapacity=spec.raw_max_mah,
        NominalChargeCapacity=spec.nominal_mah,
    )
    battery.update(
        CurrentCapacity=spec.charge_percent, CycleCount=spec.cycles, Serial=spec.battery_serial
    )
    return battery


def _mac_address(seed: int) -> str:
    # A locally administered address (02:…): never one that a real maker owns.
    octets = [0x02] + [(seed >> shift) & 0xFF for shift in (32, 24, 16, 8, 0)]
    return ":".join(f"{octet:02x}" for octet in octets)


def simulated_iphone(spec: IPhoneSpec, *, locked: bool = False) -> SimulatedIPhone:
    """An iPhone already trusted by this computer; `locked` refuses sessions until unlocked.

    Before iOS 17.4 it answers MobileGestalt with its part serials; from 17.4 on it
    answers, as iOS does, that the query is deprecated.
    """
    disk = _recorded_iphone("disk_usage")
    disk.update(
        TotalDiskCapacity=spec.storage_gb * 10**9,
        # The system takes part of the flash; the rest is the data partition.
        TotalDataCapacity=int(spec.storage_gb * 10**9 * 0.92),
    )
    gestalt = (
        {"BatterySerialNumber": spec.battery_serial, "ScreenSerialNumber": spec.screen_serial}
        if mobilegestalt_answers(spec.ios_version)
        else None
    )
    return SimulatedIPhone(
        udid=spec.udid,
        values=_lockdown_values(spec),
        domains={DISK_USAGE_DOMAIN: disk},
        ioregistry={
            "AppleSmartBattery": _smart_battery(spec),
            NVRAM_ENTRY: {"fm-activation-locked": b"NO", "fm-spstatus": b"YES"},
        },
        mobilegestalt=gestalt,
        refusal="PasswordProtected" if locked else None,
    )


def imei_parcel(imei: str) -> str:
    """`service call iphonesubinfo` as the phone prints it: status 0, the length in UTF-16
    units, the characters two a word (low half first) ending with a zero, four words a row."""
    units = [ord(char) for char in imei] + [0]
    if len(units) % 2:
        units.append(0)
    words = [0, len(imei)] + [units[i] | units[i + 1] << 16 for i in range(0, len(units), 2)]
    rows = []
    for start in range(0, len(words), 4):
        row = words[start : start + 4]
        hexadecimal = "".join(f"{word:08x} " for word in row)
        shown = "".join(
            chr(byte) if 32 <= byte < 127 else "."
            for word in row
            for byte in word.to_bytes(4, "little")
        )
        rows.append(f"  0x{start * 4:08x}: {hexadecimal:36}'{shown:16}'")
    return "Result: Parcel(\n" + "\n".join(rows) + ")\n"


# A slot without an IMEI answers a null string (length -1).
NO_SECOND_IMEI = (
    "Result: Parcel(\n  0x00000000: 00000000 ffffffff                   '........        ')\n"
)


def simulated_galaxy_a35(serial: str, imei: str) -> SimulatedPhone:
    """The recorded Galaxy A35 5G (Android 14) over adb, with its own serial and IMEI."""
    recorded = recorded_answers("galaxy-a35.reading.json")
    answers = {command: recorded[key] for key, command in SHELL_COMMANDS.items()}
    recorded_serial = "R5CX00AAAAA"  # invented when the recording was published
    answers["getprop"] = answers["getprop"].replace(recorded_serial, serial)
    answers["getprop ro.build.version.sdk"] = "34\n"
    # Samsung keeps the battery's sysfs files from the shell: `cat 2>/dev/null` prints nothing.
    answers.update({f"cat {path} 2>/dev/null": "" for path in SYSFS_FILES.values()})
    prefix = "service call iphonesubinfo 5 i32"
    answers[f"{prefix} 0 s16 com.android.shell"] = imei_parcel(imei)
    answers[f"{prefix} 1 s16 com.android.shell"] = NO_SECOND_IMEI
    answers["df -k /data"] = (
        "Filesystem 1K-blocks Used Available Use% Mounted on\n"
        "/dev/block/dm-49 115068096 40981234 74086862 36% /data\n"
    )
    # `adb devices -l` prints the model with "_" where getprop has "-".
    return SimulatedPhone(serial, model="SM_A356E", answers=answers)
