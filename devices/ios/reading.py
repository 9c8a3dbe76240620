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
from devices.reading import Identity, Reading
from devices.storage import marketed_storage_gb


def _imeis(lockdown: dict[str, Any]) -> list[str]:
    values = [
        lockdown.get("InternationalMobileEquipmentIdentity"),
        lockdown.get("InternationalMobileEquipmentIdentity2"),
    ]
    return [str(v) for v in values if v]


def ios_reading(raw: dict[str, Any], read_at: datetime) -> Reading:
    reading = Reading(platform="ios", read_at=read_at, raw=raw)
    lockdown = raw.get("lockdown") or {}
    product_type = lockdown.get("ProductType")
    model = find_model("ios", product_type)
    version = lockdown.get("ProductVersion")
    disk = raw.get("disk_usage") or {}
    reading.identity = Identity(
        manufacturer="Apple",
        model_identifier=product_type,
        marketing_name=model.marketing_name if model else None,
        serial=lockdown.get("SerialNumber"),
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

    registry = raw.get("ioregistry") or {}
    for entry_class in BATTERY_CLASSES:
        entry = registry.get(entry_class)
        if entry:
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

    reading.locks.activation_lock = activation_locked(raw.get("nvram") or {})
    if reading.locks.activation_lock is None:
        reading.warn("activation lock state not reported (NonVolatileRAM)")
    reading.warn(
        "MDM and carrier locks are not read over USB: check Settings > General > "
        "VPN & Device Management and the carrier lock"
    )
    reading.warn(
        "the fitted screen technology is not reported: confirm it with the black-screen test"
    )
    if not mobilegestalt_answers(version):
        reading.warn(
            f"iOS {version or '?'} no longer answers MobileGestalt (since 17.4): "
            "part serials are not readable; see Settings > General > About > "
            "Parts and Service History"
        )
    return reading
