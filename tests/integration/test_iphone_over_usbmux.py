"""Reading an iPhone through the real pymobiledevice3, against a simulated usbmuxd,
lockdownd and diagnostics relay answering with an iPhone 14 Pro's recorded values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devices.device_loop import DeviceLoop
from devices.errors import (
    BadAnswer,
    DeviceDisconnected,
    DeviceLocked,
    NoDaemon,
    NoDevice,
    TrustDenied,
    TrustPending,
)
from devices.ios.collector import IPhoneReader
from devices.simulated.usbmuxd import SimulatedIPhone, SimulatedUsbmuxd

RECORDED = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "devices" / "iphone14pro.reading.json").read_text()
)["raw"]
UDID = "00008120-000A1B2C3D4E5F60"


def iphone(**options) -> SimulatedIPhone:
    values = dict(
        RECORDED["lockdown"],
        UniqueDeviceID=UDID,
        DeviceName="Lab iPhone",
        WiFiAddress="aa:bb:cc:dd:ee:ff",
        UniqueChipID=1234,
    )
    battery = RECORDED["ioregistry"]["AppleSmartBattery"]
    return SimulatedIPhone(
        udid=UDID,
        values=values,
        domains={"com.apple.disk_usage": RECORDED["disk_usage"]},
        ioregistry={
            "AppleSmartBattery": battery,
            "IOPMPowerSource": {"CurrentCapacity": 12, "IsCharging": True},
            "options": {"fm-activation-locked": b"NO", "fm-spstatus": b"YES"},
        },
        **options,
    )


@pytest.fixture
def usbmuxd(monkeypatch, tmp_path):
    server = SimulatedUsbmuxd()
    monkeypatch.setenv("USBMUXD_SOCKET_ADDRESS", server.address)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    yield server
    server.close()


@pytest.fixture
def reader():
    with DeviceLoop() as loop:
        yield IPhoneReader(loop, pair_timeout=0)


def test_an_iphone_is_read_from_attach_to_reading(usbmuxd, reader):
    usbmuxd.attach(iphone())
    reading = reader.read().to_json()
    assert reading["platform"] == "ios"
    assert reading["identity"]["marketing_name"] == "iPhone 14 Pro"
    assert reading["identity"]["imei"] == [
        RECORDED["lockdown"]["InternationalMobileEquipmentIdentity"]
    ]
    assert reading["identity"]["storage_gb"] == 256
    assert reading["battery"]["health_percent"] == 87.0
    assert reading["battery"]["cycle_count"] == 402
    assert reading["locks"]["activation_lock"] is False
    assert reading["screen"]["factory_technology"] == "OLED"
    assert reading["raw"]["nvram"]["fm-activation-locked"] == "NO"
    assert any("MobileGestalt" in w for w in reading["warnings"])


def test_an_activation_locked_iphone(usbmuxd, reader):
    phone = iphone()
    phone.ioregistry["options"] = {"fm-activation-locked": b"YES"}
    usbmuxd.attach(phone)
    assert reader.read().locks.activation_lock is True


@pytest.mark.parametrize(
    ("refusal", "paired", "error", "advice"),
    [
        ("PasswordProtected", True, DeviceLocked, "unlock the phone"),
        ("PairingDialogResponsePending", False, TrustPending, "tap Trust"),
        ("UserDeniedPairing", False, TrustDenied, "plug it in again and tap Trust"),
    ],
)
def test_each_refusal_says_what_to_do(usbmuxd, reader, refusal, paired, error, advice):
    usbmuxd.attach(iphone(refusal=refusal, paired=paired))
    with pytest.raises(error, match=advice):
        reader.read()


def test_no_iphone_and_no_usbmuxd(usbmuxd, reader, monkeypatch):
    with pytest.raises(NoDevice, match="no iPhone is attached"):
        reader.read()
    monkeypatch.setenv("USBMUXD_SOCKET_ADDRESS", "127.0.0.1:1")
    with pytest.raises(NoDaemon, match="usbmuxd is not running"):
        reader.read()


def test_an_iphone_unplugged_mid_read_gives_no_partial_reading(usbmuxd, reader):
    usbmuxd.attach(iphone(vanish_after=1))
    with pytest.raises(DeviceDisconnected):
        reader.read()


def test_before_ios_17_4_part_serials_come_from_mobilegestalt(usbmuxd, reader):
    phone = iphone(
        mobilegestalt={
            "BatterySerialNumber": "F5D00AAAAAAAAAAAA",
            "ScreenSerialNumber": "C0D00AAAAAAAAAAAA",
        }
    )
    phone.values["ProductVersion"] = "17.3.1"
    usbmuxd.attach(phone)
    reading = reader.read()
    parts = {p.part: p for p in reading.parts}
    assert parts["battery"].status == "genuine"
    assert parts["display"].status == "unreadable"
    assert not any("MobileGestalt" in w for w in reading.warnings)
    swapped = iphone(mobilegestalt={"BatterySerialNumber": "OTHERBATTERY0001"})
    swapped.values["ProductVersion"] = "16.7"
    usbmuxd.detach(UDID)
    usbmuxd.attach(swapped)
    assert {p.part: p.status for p in reader.read().parts}["battery"] == "unknown"


def test_garbage_from_the_phone_is_a_clear_error_not_a_crash(usbmuxd, reader):
    usbmuxd.attach(iphone(garbage=True))
    with pytest.raises((BadAnswer, DeviceDisconnected)):
        reader.read()
