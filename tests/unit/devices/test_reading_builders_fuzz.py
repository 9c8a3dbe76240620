"""Readings built from arbitrary, truncated or mistyped raw answers: warnings, never a crash."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from devices.android.reading import android_reading
from devices.ios.reading import ios_reading

NOW = datetime(2025, 1, 1, tzinfo=UTC)
scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
ios_keys = st.sampled_from(["lockdown", "ioregistry", "nvram", "disk_usage", "mobilegestalt"])
android_keys = st.sampled_from(
    [
        "getprop",
        "dumpsys_battery",
        "health_hal",
        "batterystats",
        "broadcasts",
        "sysfs",
        "imei_parcels",
        "df_data",
    ]
)


@given(st.dictionaries(ios_keys, values, max_size=5))
def test_ios_reading_from_any_raw(raw):
    try:
        reading = ios_reading(raw, NOW)
    except (AttributeError, TypeError) as error:
        raise AssertionError(f"crashed on {raw!r}: {error}") from error
    assert reading.to_json()["platform"] == "ios"


@given(st.dictionaries(android_keys, values, max_size=8))
def test_android_reading_from_any_raw(raw):
    reading = android_reading(raw, NOW)
    assert reading.to_json()["platform"] == "android"


@given(st.text(max_size=2000))
def test_truncated_dumpsys_answers(text):
    reading = android_reading({"dumpsys_battery": text, "getprop": text[: len(text) // 2]}, NOW)
    assert reading.battery.health_percent is None or 0 <= reading.battery.health_percent <= 100
