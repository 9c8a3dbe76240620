"""An Android reading built from what the phone printed (kept as `raw`).

The live reader (adb) only collects these answers; building the reading from
them is pure, so a stored reading can be parsed again (`device replay`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from devices.android.values import (
    cycle_count,
    first_present,
    health_from_batterystats,
    health_from_hal,
    health_from_samsung,
    health_from_sysfs,
    parse_getprop,
    string_from_parcel,
)
from devices.identifiers import luhn_valid
from devices.models import find_model
from devices.reading import Battery, Identity, Reading
from devices.storage import storage_from_df

# What the reader asks the phone, and the key each answer is kept under in `raw`.
SYSFS_FILES = {
    "charge_full": "/sys/class/power_supply/battery/charge_full",
    "charge_full_design": "/sys/class/power_supply/battery/charge_full_design",
    "cycle_count": "/sys/class/power_supply/battery/cycle_count",
}
SHELL_COMMANDS = {
    "getprop": "getprop",
    "dumpsys_battery": "dumpsys battery",
    "health_hal": "dumpsys android.hardware.health.IHealth/default",
    "batterystats": "dumpsys batterystats --checkin-off 2>/dev/null | grep -i 'battery capacity'",
    "broadcasts": "dumpsys activity broadcasts | grep -i CYCLE_COUNT",
}


def _imeis(raw: dict[str, Any], reading: Reading) -> list[str]:
    found = []
    for parcel in reading.section("imei_parcels", list):
        text = string_from_parcel(str(parcel))
        if not text:
            continue
        if text.isdigit() and len(text) == 15 and luhn_valid(text):
            found.append(text)
        else:
            reading.warn(f"the phone gave an IMEI that fails its check: {text!r}")
    if not found:
        reading.warn(
            "no IMEI could be read (Android restricts it to privileged apps on "
            "recent versions); read it from the box or *#06#"
        )
    return list(dict.fromkeys(found))


def _battery(raw: dict[str, Any], reading: Reading) -> Battery:
    sysfs = {k: str(v) for k, v in reading.section("sysfs", dict).items()}
    dumpsys = reading.section("dumpsys_battery", str)
    health = (
        health_from_sysfs(sysfs.get("charge_full"), sysfs.get("charge_full_design"))
        or health_from_hal(reading.section("health_hal", str))
        or health_from_samsung(dumpsys)
        or health_from_batterystats(reading.section("batterystats", str))
    )
    battery = Battery(
        cycle_count=cycle_count(
            sysfs.get("cycle_count"), reading.section("broadcasts", str), dumpsys
        )
    )
    if health is None:
        reading.warn(
            "this phone does not report its battery health over adb; read it in "
            "Settings or with the maker's diagnostics"
        )
    else:
        battery.health_percent = health.percent
        battery.health_source = health.source
        battery.design_capacity_mah = health.design_mah
        battery.full_charge_capacity_mah = health.full_charge_mah
        if "approximate" in (health.source or ""):
            reading.warn("battery health is approximate (learned capacity from batterystats)")
    if battery.cycle_count is None:
        reading.warn("the battery's cycle count is not reported by this phone")
    return battery


def android_reading(raw: dict[str, Any], read_at: datetime) -> Reading:
    reading = Reading(platform="android", read_at=read_at, raw=raw)
    properties = parse_getprop(reading.section("getprop", str))
    model_code = first_present(properties, "ro.product.model")
    device = first_present(properties, "ro.product.device")
    model = find_model("android", model_code, device)
    reading.identity = Identity(
        manufacturer=first_present(properties, "ro.product.manufacturer", "ro.product.brand"),
        model_identifier=model_code,
        marketing_name=(
            model.marketing_name
            if model
            else first_present(properties, "ro.product.marketname", "ro.product.model")
        ),
        serial=first_present(properties, "ro.serialno", "ro.boot.serialno"),
        imei=_imeis(raw, reading),
        os_version=first_present(properties, "ro.build.version.release"),
    )
    reading.identity.storage_gb = storage_from_df(reading.section("df_data", str))
    if reading.identity.storage_gb is None:
        reading.warn("storage size not reported")
    if model is None:
        reading.warn(
            f"model {model_code or '?'} is not in the model table: factory screen "
            "technology unknown"
        )
    else:
        reading.screen.factory_technology = model.factory_screen
    reading.warn(
        "the fitted screen technology is not reported: confirm it with the black-screen test"
    )
    reading.battery = _battery(raw, reading)
    reading.warn("part status is not readable over adb")
    reading.warn(
        "Google account (FRP), MDM and carrier locks are not readable over adb: "
        "check them on the phone"
    )
    return reading
