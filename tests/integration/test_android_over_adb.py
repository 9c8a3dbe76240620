"""Reading an Android phone through the real adbutils, against a simulated adb server
that answers with the recorded outputs of a Galaxy A35."""

from __future__ import annotations

import json
from pathlib import Path

import adbutils
import pytest

from devices.android.collector import imei_transaction, list_attached, read_android
from devices.android.reading import SHELL_COMMANDS
from devices.errors import DeviceDisconnected, NoDevice, SeveralDevices, Unauthorized
from devices.simulated.adb_server import SimulatedAdbServer, SimulatedPhone

RECORDED = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "devices" / "galaxy-a35.reading.json").read_text()
)["raw"]
NO_IMEI = "Result: Parcel(\n  0x00000000: 00000000 ffffffff                   '........        ')\n"


def galaxy(serial: str = "R5CX00AAAAA", **options) -> SimulatedPhone:
    answers = {command: RECORDED[key] for key, command in SHELL_COMMANDS.items()}
    answers["getprop ro.build.version.sdk"] = "34\n"
    answers["service call iphonesubinfo 5 i32 0 s16 com.android.shell"] = RECORDED["imei_parcels"][
        0
    ]
    answers["service call iphonesubinfo 5 i32 1 s16 com.android.shell"] = NO_IMEI
    answers["df -k /data"] = (
        "Filesystem 1K-blocks Used Available Use% Mounted on\n"
        "/dev/block/dm-49 115068096 40981234 74086862 36% /data\n"
    )
    return SimulatedPhone(serial, model="SM_A356E", answers=answers, **options)


@pytest.fixture
def adb(monkeypatch):
    server = SimulatedAdbServer()
    monkeypatch.setenv("ANDROID_ADB_SERVER_HOST", "127.0.0.1")
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(server.port))
    # Never let adbutils start a real adb server in place of the simulator.
    monkeypatch.setenv("ADBUTILS_ADB_PATH", "/bin/false")
    yield server
    server.close()


def test_a_galaxy_is_read_from_attach_to_reading(adb):
    adb.attach(galaxy())
    reading = read_android(adbutils.AdbClient()).to_json()
    assert reading["identity"]["marketing_name"] == "Galaxy A35 5G"
    assert reading["identity"]["imei"] == ["354233792123456"]
    assert reading["battery"]["health_percent"] == 86.0
    assert reading["battery"]["cycle_count"] == 619
    assert reading["raw"]["getprop"] == RECORDED["getprop"]


def test_only_read_only_commands_reach_the_phone(adb):
    phone = galaxy()
    adb.attach(phone)
    read_android(adbutils.AdbClient())
    for command in phone.commands_seen:
        assert command.split()[0] in ("getprop", "dumpsys", "cat", "service", "df"), command
    assert not any(
        word in " ".join(phone.commands_seen)
        for word in ("reboot", "rm ", "settings put", "pm ", "svc ")
    )


def test_an_unauthorized_phone_says_what_to_do(adb):
    adb.attach(galaxy(state="unauthorized"))
    with pytest.raises(Unauthorized, match="Allow USB debugging"):
        read_android(adbutils.AdbClient())
    assert [a.state for a in list_attached(adbutils.AdbClient())] == ["unauthorized"]


def test_no_phone_and_two_phones(adb):
    with pytest.raises(NoDevice, match="no Android phone is attached"):
        read_android(adbutils.AdbClient())
    adb.attach(galaxy("A1"))
    adb.attach(galaxy("B2"))
    with pytest.raises(SeveralDevices, match="A1, B2"):
        read_android(adbutils.AdbClient())
    assert read_android(adbutils.AdbClient(), "B2").identity.serial == "R5CX00AAAAA"


def test_a_phone_unplugged_mid_read_gives_no_partial_reading(adb):
    adb.attach(galaxy(vanish_after=3))
    with pytest.raises(DeviceDisconnected, match="went away during the reading"):
        read_android(adbutils.AdbClient())


def test_imei_transaction_codes_follow_android_versions():
    assert [imei_transaction(sdk) for sdk in (19, 21, 29, 30, 34)] == [1, 4, 4, 5, 5]
