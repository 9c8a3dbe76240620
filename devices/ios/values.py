"""Turning an iPhone's own answers (lockdown values, IORegistry, NVRAM, disk usage)
into reading values. Pure functions: the reader feeds them what the phone said."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from devices.reading import Battery

# Where each battery value may be found, most trusted first.
BATTERY_CLASSES = ("AppleSmartBattery", "IOPMPowerSource", "AppleARMPMUCharger")


def _number(value: Any) -> float | None:
    """A finite number, or None: a phone's "inf" or "nan" is no capacity at all."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value) if isinstance(value, int | float) else float(str(value).strip())
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _lookup(entry: Mapping[str, Any], key: str) -> Any:
    """A battery value at the top of the entry, else nested under BatteryData."""
    if key in entry:
        return entry[key]
    nested = entry.get("BatteryData")
    if isinstance(nested, Mapping):
        return nested.get(key)
    return None


def battery_from_ioregistry(entry: Mapping[str, Any]) -> tuple[Battery, list[str]]:
    """Health as iOS computes it: ceil(100 × NominalChargeCapacity / DesignCapacity), at most 100.

    Without NominalChargeCapacity, AppleRawMaxCapacity / DesignCapacity is given and marked
    approximate: it is noisier and reads a few points off iOS's own figure.
    """
    warnings: list[str] = []
    design = _number(_lookup(entry, "DesignCapacity"))
    nominal = _number(_lookup(entry, "NominalChargeCapacity"))
    raw_max = _number(_lookup(entry, "AppleRawMaxCapacity"))
    cycles = _number(_lookup(entry, "CycleCount"))
    serial = _lookup(entry, "Serial") or _lookup(entry, "BatterySerialNumber")
    battery = Battery(
        cycle_count=int(cycles) if cycles is not None else None,
        design_capacity_mah=int(design) if design else None,
        serial=str(serial) if serial else None,
    )
    if not design or design <= 0:
        warnings.append("the battery's design capacity was not reported: no health figure")
        return battery, warnings
    if nominal and nominal > 0:
        battery.health_percent = float(min(100, math.ceil(100 * nominal / design)))
        battery.health_source = "NominalChargeCapacity/DesignCapacity"
        battery.full_charge_capacity_mah = int(nominal)
    elif raw_max and raw_max > 0:
        battery.health_percent = round(min(100.0, 100 * raw_max / design), 1)
        battery.health_source = "AppleRawMaxCapacity/DesignCapacity (approximate)"
        battery.full_charge_capacity_mah = int(raw_max)
        warnings.append(
            "battery health is approximate (AppleRawMaxCapacity): "
            "Settings > Battery may show a slightly different figure"
        )
    else:
        warnings.append("the battery's full-charge capacity was not reported: no health figure")
    if battery.cycle_count is None:
        warnings.append("the battery's cycle count was not reported")
    return battery, warnings


def activation_locked(nvram: Mapping[str, Any]) -> bool | None:
    """NonVolatileRAM's fm-activation-locked: b"YES" or b"NO"; None when absent."""
    value = nvram.get("fm-activation-locked")
    if value is None:
        return None
    text = value.decode("ascii", errors="replace") if isinstance(value, bytes) else str(value)
    text = text.strip().strip("\x00").upper()
    if text in ("YES", "1", "TRUE"):
        return True
    if text in ("NO", "0", "FALSE"):
        return False
    return None


def ios_version_tuple(version: str | None) -> tuple[int, ...]:
    parts = []
    for piece in (version or "").split("."):
        if not piece.isdigit():
            break
        parts.append(int(piece))
    return tuple(parts)


def mobilegestalt_answers(version: str | None) -> bool:
    """MobileGestalt queries stopped answering with iOS 17.4."""
    parsed = ios_version_tuple(version)
    return bool(parsed) and parsed < (17, 4)
