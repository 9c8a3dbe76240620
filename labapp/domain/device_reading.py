"""What a phone said about itself over USB (format labapp.device-reading/1).

A value the device did not give is None, with a warning saying why: a reading
never guesses. The drivers that produce readings live in devices/; this is the
lab's own, library-free view of one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

DEVICE_READING_FORMAT = "labapp.device-reading/1"


class Platform(StrEnum):
    IOS = "ios"
    ANDROID = "android"
    SAMSUNG_MODEM = "samsung-modem"


class PartStatus(StrEnum):
    GENUINE = "genuine"
    UNKNOWN = "unknown"
    REPLACED = "replaced"
    UNREADABLE = "unreadable"


class ScreenTechnology(StrEnum):
    OLED = "OLED"
    LCD = "LCD"


@dataclass(frozen=True)
class DeviceIdentity:
    manufacturer: str | None = None
    model_identifier: str | None = None
    marketing_name: str | None = None
    serial: str | None = None
    imei: tuple[str, ...] = ()
    os_version: str | None = None
    storage_gb: int | None = None


@dataclass(frozen=True)
class BatteryReading:
    health_percent: float | None = None
    health_source: str | None = None
    cycle_count: int | None = None
    design_capacity_mah: int | None = None
    full_charge_capacity_mah: int | None = None
    serial: str | None = None


@dataclass(frozen=True)
class ScreenReading:
    factory_technology: ScreenTechnology | None = None
    fitted_technology: ScreenTechnology | None = None


@dataclass(frozen=True)
class PartReading:
    part: str
    status: PartStatus
    source: str | None = None


@dataclass(frozen=True)
class LockReading:
    activation_lock: bool | None = None
    mdm: bool | None = None
    carrier_lock: bool | None = None


@dataclass(frozen=True)
class DeviceReading:
    platform: Platform
    read_at: datetime | None
    identity: DeviceIdentity = field(default_factory=DeviceIdentity)
    battery: BatteryReading = field(default_factory=BatteryReading)
    screen: ScreenReading = field(default_factory=ScreenReading)
    parts: tuple[PartReading, ...] = ()
    locks: LockReading = field(default_factory=LockReading)
    warnings: tuple[str, ...] = ()
    # The device's own answers, kept so a reading is evidence and can be parsed again.
    raw: dict[str, Any] = field(default_factory=dict, compare=False)
