"""Turning an Android phone's answers (getprop, sysfs, dumpsys, service call) into
reading values. Pure functions: the reader feeds them what the phone printed."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

MAX_PLAUSIBLE_CYCLES = 3000

_GETPROP_LINE = re.compile(r"^\[([^\]]+)\]:\s*\[(.*)\]\s*$")
_PARCEL_WORDS = re.compile(r"0x[0-9a-fA-F]+:\s+((?:[0-9a-fA-F]{8}\s+){1,4})")
_KEY_VALUE = re.compile(r"^\s*([A-Za-z][\w .()/-]*?)\s*[:=]\s*(.*?)\s*$")


def parse_getprop(text: str) -> dict[str, str]:
    """`[ro.product.model]: [Pixel 7]` lines to a dictionary."""
    properties = {}
    for line in text.splitlines():
        found = _GETPROP_LINE.match(line.strip())
        if found:
            properties[found.group(1)] = found.group(2)
    return properties


def string_from_parcel(text: str) -> str | None:
    """Decode the string16 in a `service call` Parcel dump, or None.

    The dump lists 32-bit words: the first is the status (0 when the call
    succeeded), the second the string's length in UTF-16 units, then the
    characters, two per word, low half first.
    """
    words: list[int] = []
    for found in _PARCEL_WORDS.finditer(text):
        words.extend(int(word, 16) for word in found.group(1).split())
    if len(words) < 2 or words[0] != 0:
        return None
    length = words[1]
    if length <= 0 or length > 64 or length == 0xFFFFFFFF:
        return None
    units: list[int] = []
    for word in words[2:]:
        units.extend((word & 0xFFFF, word >> 16))
    if len(units) < length:
        return None
    try:
        return "".join(chr(unit) for unit in units[:length])
    except ValueError:
        return None


def key_values(text: str) -> dict[str, str]:
    """`  level: 89` and `mSavedBatteryAsoc=[92]` lines of a dumpsys to a dictionary."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        found = _KEY_VALUE.match(line)
        if found and found.group(2):
            values.setdefault(found.group(1).strip(), found.group(2).strip())
    return values


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    found = re.search(r"-?\d+(?:\.\d+)?", text.strip().strip("[]"))
    return float(found.group()) if found else None


@dataclass(frozen=True)
class BatteryHealth:
    percent: float | None
    source: str | None
    design_mah: int | None = None
    full_charge_mah: int | None = None


def _capped(percent: float) -> float:
    return round(min(100.0, max(0.0, percent)), 1)


def health_from_sysfs(charge_full_uah: str | None, design_uah: str | None) -> BatteryHealth | None:
    full, design = _number(charge_full_uah), _number(design_uah)
    if not full or not design or full <= 0 or design <= 0:
        return None
    return BatteryHealth(
        _capped(100 * full / design),
        "sysfs charge_full/charge_full_design",
        int(design / 1000),
        int(full / 1000),
    )


def health_from_hal(dump: str) -> BatteryHealth | None:
    values = key_values(dump)
    soh = _number(values.get("batteryStateOfHealth") or values.get("stateOfHealth"))
    full = _number(values.get("batteryFullChargeUah") or values.get("batteryFullCharge"))
    design = _number(
        values.get("batteryFullChargeDesignCapacityUah") or values.get("batteryChargeFullDesignUah")
    )
    if soh is not None and 0 < soh <= 150:
        return BatteryHealth(
            _capped(soh),
            "health HAL state of health",
            int(design / 1000) if design else None,
            int(full / 1000) if full else None,
        )
    if full and design and full > 0 and design > 0:
        return BatteryHealth(
            _capped(100 * full / design),
            "health HAL full/design charge",
            int(design / 1000),
            int(full / 1000),
        )
    return None


def health_from_samsung(dumpsys_battery: str) -> BatteryHealth | None:
    asoc = _number(key_values(dumpsys_battery).get("mSavedBatteryAsoc"))
    if asoc is None or not 0 < asoc <= 150:
        return None
    return BatteryHealth(_capped(asoc), "Samsung mSavedBatteryAsoc")


def health_from_batterystats(batterystats: str) -> BatteryHealth | None:
    """Learned capacity over the estimated (design) capacity, the least trusted source."""
    estimated = re.search(r"Estimated battery capacity:\s*(\d+)", batterystats)
    learned = re.search(
        r"(?<!Min )(?<!Max )Learned battery capacity:\s*(\d+)", batterystats
    ) or re.search(r"Max learned battery capacity:\s*(\d+)", batterystats)
    if not estimated or not learned:
        return None
    design, full = int(estimated.group(1)), int(learned.group(1))
    if design <= 0 or full <= 0:
        return None
    return BatteryHealth(
        _capped(100 * full / design),
        "batterystats learned/estimated capacity (approximate)",
        design,
        full,
    )


def cycle_count(sysfs_cycles: str | None, broadcasts: str, dumpsys_battery: str) -> int | None:
    """sysfs first, then the BATTERY_CHANGED sticky extra, then Samsung's usage / 100."""
    direct = _number(sysfs_cycles)
    if direct is not None and direct >= 0:
        return int(direct)
    extra = re.search(r"android\.os\.extra\.CYCLE_COUNT=(\d+)", broadcasts)
    if extra:
        return int(extra.group(1))
    usage = _number(key_values(dumpsys_battery).get("mSavedBatteryUsage"))
    # Samsung counts discharged percent points: 100 make one full cycle. Sources
    # disagree on the scale for some firmwares, so an implausible result is dropped.
    if usage is not None and 0 <= usage // 100 <= MAX_PLAUSIBLE_CYCLES:
        return int(usage // 100)
    return None


def first_present(properties: Mapping[str, str], *keys: str) -> str | None:
    for key in keys:
        value = properties.get(key, "").strip()
        if value:
            return value
    return None
