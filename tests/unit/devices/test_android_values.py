"""Android values: getprop, the IMEI in a service-call Parcel, battery health in order of trust."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from devices.android.values import (
    cycle_count,
    health_from_batterystats,
    health_from_hal,
    health_from_samsung,
    health_from_sysfs,
    key_values,
    parse_getprop,
    string_from_parcel,
)

GETPROP = """[ro.product.brand]: [google]
[ro.product.device]: [panther]
[ro.product.manufacturer]: [Google]
[ro.product.model]: [Pixel 7]
[ro.build.version.release]: [14]
[ro.serialno]: [28011FDH2000AA]
[persist.sys.usb.config]: []
"""

PARCEL = """Result: Parcel(
  0x00000000: 00000000 0000000f 00350033 00300032 '........3.5.2.0.'
  0x00000010: 00390039 00300030 00370031 00310036 '9.9.0.0.1.7.6.1.'
  0x00000020: 00380034 00000031                   '4.8.1...        ')
"""


def test_getprop():
    properties = parse_getprop(GETPROP)
    assert properties["ro.product.model"] == "Pixel 7"
    assert properties["persist.sys.usb.config"] == ""


def test_imei_from_the_parcel():
    assert string_from_parcel(PARCEL) == "352099001761481"


def test_a_failed_service_call_gives_no_imei():
    refused = "Result: Parcel(fffffffc ffffffff 00000000 '................')"
    assert string_from_parcel(refused) is None
    exception = "Result: Parcel(\n  0x00000000: ffffffff 00000000 '........')"
    assert string_from_parcel(exception) is None


def test_health_sources_in_order_of_trust():
    assert health_from_sysfs("4123000", "4355000").percent == 94.7
    assert health_from_sysfs("0", "4355000") is None
    hal = health_from_hal(
        "batteryStateOfHealth: 91\nbatteryFullChargeUah: 3920000\n"
        "batteryFullChargeDesignCapacityUah: 4300000\n"
    )
    assert (hal.percent, hal.design_mah) == (91.0, 4300)
    assert (
        health_from_samsung("  mSavedBatteryAsoc: [92]\n  mSavedBatteryUsage: 41200\n").percent
        == 92.0
    )
    assert health_from_samsung("  mSavedBatteryAsoc: 88\n").percent == 88.0
    stats = health_from_batterystats(
        "  Estimated battery capacity: 4614 mAh\n"
        "  Min learned battery capacity: 3900 mAh\n"
        "  Max learned battery capacity: 4105 mAh\n"
    )
    assert stats.percent == 89.0 and "approximate" in stats.source


def test_cycle_count_sources():
    assert cycle_count("312", "", "") == 312
    assert (
        cycle_count(
            None,
            "Intent { act=android.intent.action.BATTERY_CHANGED } android.os.extra.CYCLE_COUNT=208",
            "",
        )
        == 208
    )
    assert cycle_count(None, "", "  mSavedBatteryUsage: 41250\n") == 412
    assert cycle_count("not a number", "", "") is None


def test_key_values_keeps_the_first_of_repeated_keys():
    assert key_values("  level: 89\n  level: 12\n  present: true")["level"] == "89"


@given(st.text(max_size=500))
def test_android_parsers_never_crash_on_garbage(text):
    parse_getprop(text)
    string_from_parcel(text)
    health_from_hal(text)
    health_from_samsung(text)
    health_from_batterystats(text)
    cycle_count(text, text, text)


@given(st.lists(st.integers(min_value=0, max_value=0xFFFFFFFF), max_size=12))
def test_parcel_decoder_on_random_words(words):
    lines = [
        f"  0x{4 * i:08x}: " + " ".join(f"{w:08x}" for w in words[i : i + 4]) + " '....'"
        for i in range(0, len(words), 4)
    ]
    result = string_from_parcel("Result: Parcel(\n" + "\n".join(lines) + ")")
    assert result is None or len(result) <= 64
