"""An iPhone reading built from what the phone answered (kept as `raw`).

`raw` holds the lockdown values, the IORegistry entries asked for, the
NonVolatileRAM dictionary, the disk-usage domain and, before iOS 17.4, the
MobileGestalt answers. The live reader only collects them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from devices.ios.values import (
    BATTERY_CLASSES,
    activation_locked,
    battery_from_ioregistry,
    mobilegestalt_answers,
)
from devices.models import find_model
from devices.reading import Identity, Part, Reading
from devices.storage import marketed_storage_gb


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _imeis(lockdown: dict[str, Any]) -> list[str]:
    values = [
        lockdown.get("InternationalMobileEquipmentIdentity"),
        lockdown.get("InternationalMobileEquipmentIdentity2"),
    ]
    return [v for v in values if isinstance(v, str) and v]


_GESTALT_PARTS = (
    ("display", "ScreenSerialNumber"),
    ("front camera", "FrontFacingCameraModuleSerialNumber"),
    ("rear camera", "RearFacingCameraModuleSerialNumber"),
)


def parts_from_gestalt(gestalt: dict[str, Any], gauge_serial: str | None) -> list[Part]:
    """What MobileGestalt's part serials can show before iOS 17.4.

    The battery's serial as the phone records it is compared with the one its fuel
    gauge reports: a mismatch means the battery was changed. Other parts' serials
    are recorded, but their pairing cannot be judged over USB.
    """
    parts = []
    recorded = gestalt.get("BatterySerialNumber")
    if recorded and gauge_serial:
        same = str(recorded).strip() == gauge_serial.strip()
        parts.append(
            Part(
                "battery",
                "genuine" if same else "unknown",
                "MobileGestalt serial "
                + ("matches" if same else "differs from")
                + " the fuel gauge's",
            )
        )
    else:
        parts.append(Part("battery", "unreadable", "MobileGestalt"))
    for part, key in _GESTALT_PARTS:
        if gestalt.get(key):
            parts.append(
                Part(
                    part,
                    "unreadable",
                    f"serial {gestalt[key]} read; pairing not verifiable over USB",
                )
            )
    return parts


def ios_reading(raw: dict[str, Any], read_at: datetime) -> Reading:
    reading = Reading(platform="ios", read_at=read_at, raw=raw)
    lockdown = reading.section("lockdown", dict)
    product_type = _text(lockdown.get("ProductType"))
    model = find_model("ios", product_type)
    version = _text(lockdown.get("ProductVersion"))
    disk = reading.section("disk_usage", dict)
    reading.identity = Identity(
        manufacturer="Apple",
        model_identifier=product_type,
        marketing_name=model.marketing_name if model else None,
        serial=_text(lockdown.get("SerialNumber")),
        imei=_imeis(lockdown),
        os_version=version,
        storage_gb=marketed_storage_gb(disk.get("TotalDiskCapacity")),
    )
    if model is None:
        reading.warn(
            f"{product_type or 'this model'} is not in the model table: marketing name "
            "and factory screen technology unknown"
        )
    else:
        reading.screen.factory_technology = model.factory_screen
    if reading.identity.storage_gb is None:
        reading.warn("storage size not reported")

    registry = reading.section("ioregistry", dict)
    for entry_class in BATTERY_CLASSES:
        entry = registry.get(entry_class)
        if isinstance(entry, dict) and entry:
            battery, warnings = battery_from_ioregistry(entry)
            if battery.health_percent is not None or entry_class == BATTERY_CLASSES[-1]:
                reading.battery = battery
                for warning in warnings:
                    reading.warn(warning)
                break
    else:
        reading.warn(
            "no battery entry in the IORegistry (AppleSmartBattery, IOPMPowerSource, "
            "AppleARMPMUCharger)"
        )

    reading.locks.activation_lock = activation_locked(reading.section("nvram", dict))
    if reading.locks.activation_lock is None:
        reading.warn("activation lock state not reported (NonVolatileRAM)")
    reading.warn(
        "MDM and carrier locks are not read over USB: check Settings > General > "
        "VPN & Device Management and the carrier lock"
    )
    reading.warn(
        "the fitted screen technology is not reported: confirm it with the black-screen test"
    )
    gestalt = reading.section("mobilegestalt", dict)
    if gestalt:
        reading.parts = parts_from_gestalt(gestalt, reading.battery.serial)
    if not mobilegestalt_answers(version):
        reading.warn(
            f"iOS {version or '?'} no longer answers MobileGestalt (since 17.4): "
            "part serials are not readable; see Settings > General > About > "
            "Parts and Service History"
        )
    return reading
