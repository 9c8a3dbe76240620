"""iPhone values: battery health as iOS computes it, activation lock, storage size."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.ios.values import (
    activation_locked,
    battery_from_ioregistry,
    mobilegestalt_answers,
)
from devices.storage import marketed_storage_gb, storage_from_df


def test_health_is_the_ceiling_of_nominal_over_design():
    battery, warnings = battery_from_ioregistry(
        {
            "DesignCapacity": 2815,
            "NominalChargeCapacity": 2477,
            "CycleCount": 512,
            "Serial": "F8Y0000ABCD1234",
        }
    )
    assert battery.health_percent == 88.0  # 87.99… rounds up, as in Settings > Battery
    assert battery.health_source == "NominalChargeCapacity/DesignCapacity"
    assert (battery.cycle_count, battery.serial) == (512, "F8Y0000ABCD1234")
    assert warnings == []


def test_health_is_capped_at_100():
    battery, _ = battery_from_ioregistry({"DesignCapacity": 3000, "NominalChargeCapacity": 3120})
    assert battery.health_percent == 100.0


def test_values_nested_under_battery_data():
    battery, _ = battery_from_ioregistry(
        {"BatteryData": {"DesignCapacity": 3240, "CycleCount": 87}, "NominalChargeCapacity": 3100}
    )
    assert battery.health_percent == 96.0
    assert battery.cycle_count == 87


def test_raw_max_capacity_is_an_approximate_fallback():
    battery, warnings = battery_from_ioregistry(
        {"DesignCapacity": 3000, "AppleRawMaxCapacity": 2391}
    )
    assert battery.health_percent == 79.7
    assert "approximate" in battery.health_source
    assert any("approximate" in w for w in warnings)


def test_no_design_capacity_gives_no_health_and_says_why():
    battery, warnings = battery_from_ioregistry({"NominalChargeCapacity": 2400})
    assert battery.health_percent is None
    assert "design capacity was not reported" in warnings[0]


@pytest.mark.parametrize(
    ("value", "locked"), [(b"YES", True), (b"NO", False), ("YES\x00", True), (b"maybe", None)]
)
def test_activation_lock_from_nvram(value, locked):
    assert activation_locked({"fm-activation-locked": value}) is locked
    assert activation_locked({}) is None


@pytest.mark.parametrize(
    ("total", "marketed"),
    [
        (127_993_663_488, 128),
        (63_978_983_424, 64),
        (255_937_040_384, 256),
        (511_101_288_448, 512),
        (1_023_000_000_000, 1024),
        (None, None),
    ],
)
def test_storage_rounded_to_the_marketed_size(total, marketed):
    assert marketed_storage_gb(total) == marketed


def test_mobilegestalt_stopped_answering_with_ios_17_4():
    assert mobilegestalt_answers("17.3.1")
    assert not mobilegestalt_answers("17.4")
    assert not mobilegestalt_answers("18.1")
    assert not mobilegestalt_answers(None)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text() | st.binary(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
battery_keys = st.sampled_from(
    [
        "DesignCapacity",
        "NominalChargeCapacity",
        "AppleRawMaxCapacity",
        "CycleCount",
        "Serial",
        "BatteryData",
    ]
)


@given(st.dictionaries(battery_keys, json_values, max_size=6))
def test_battery_parser_never_crashes_on_garbage(entry):
    battery, _ = battery_from_ioregistry(entry)
    assert battery.health_percent is None or 0 <= battery.health_percent <= 100


@given(json_values)
def test_activation_lock_parser_never_crashes(value):
    assert activation_locked({"fm-activation-locked": value}) in (True, False, None)


def test_android_storage_from_df():
    df = (
        "Filesystem 1K-blocks Used Available Use% Mounted on\n"
        "/dev/block/dm-49 115068096 40981234 74086862 36% /data\n"
    )
    assert storage_from_df(df) == 128
    assert storage_from_df("df: /data: Permission denied") is None
    assert marketed_storage_gb(float("nan")) is None
