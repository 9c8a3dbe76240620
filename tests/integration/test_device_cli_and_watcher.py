"""`labapp device list|read|watch` and the hot-plug watcher, on simulated daemons and a
simulated modem, through the real pymobiledevice3, adbutils and pyserial."""

from __future__ import annotations

import threading
import time

import pytest
from serial.tools.list_ports_common import ListPortInfo

from devices.device_loop import DeviceLoop
from devices.simulated.adb_server import SimulatedAdbServer
from devices.simulated.modem import SimulatedModem
from devices.simulated.usbmuxd import SimulatedUsbmuxd
from devices.watcher import DeviceWatcher

from .cli_helpers import labapp
from .test_android_over_adb import galaxy
from .test_iphone_over_usbmux import UDID, iphone

NO_DB = "sqlite:////nonexistent/never.sqlite3"
DEVCONINFO = (
    "\r\n+DEVCONINFO: MN(SM-S911B);BASE(SM-S911B);VER(S911BXXU3BWK5/S911BOXM3BWK5/"
    "S911BXXU3BWK5/S911BXXU3BWK5);HIDVER(S911BXXU3BWK5);MNC();MCC();PRD(EUX);;OMCCODE();"
    "SN(R5CW00AAAAA);IMEI(354233792123456);UN(0000000000000000);PN();CON(AT,MTP);"
    "LOCK(NONE);LIMIT(FALSE);SDP(RUNTIME);HVID(Data:196609,Cache:262145,System:327681)"
    "\r\n\r\nOK\r\n"
)


@pytest.fixture
def daemons(monkeypatch, tmp_path):
    mux, adb = SimulatedUsbmuxd(), SimulatedAdbServer()
    monkeypatch.setenv("USBMUXD_SOCKET_ADDRESS", mux.address)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(adb.port))
    monkeypatch.setenv("ADBUTILS_ADB_PATH", "/bin/false")
    monkeypatch.setattr("serial.tools.list_ports.comports", lambda: [])
    yield mux, adb
    mux.close()
    adb.close()


def test_list_shows_every_kind_and_read_needs_a_choice(daemons):
    mux, adb = daemons
    mux.attach(iphone())
    adb.attach(galaxy())
    listed = labapp(NO_DB, "device", "list", "--json").json()
    assert {(d["kind"], d["id"], d["state"]) for d in listed} == {
        ("ios", UDID, "device"),
        ("android", "R5CX00AAAAA", "device"),
    }
    several = labapp(NO_DB, "device", "read", "--json")
    assert several.code == 3
    assert f"2 phones are attached: {UDID} (ios), R5CX00AAAAA (android)" in several.err
    chosen = labapp(NO_DB, "device", "read", "--id", "R5CX00AAAAA", "--json")
    assert chosen.code == 0, chosen.err
    assert chosen.json()["identity"]["marketing_name"] == "Galaxy A35 5G"


def test_device_problems_exit_3_with_advice(daemons):
    _, adb = daemons
    none = labapp(NO_DB, "device", "read")
    assert none.code == 3 and "no phone is attached" in none.err
    adb.attach(galaxy(state="unauthorized"))
    refused = labapp(NO_DB, "device", "read")
    assert refused.code == 3 and "Allow USB debugging" in refused.err


def test_no_daemons_means_no_devices_not_a_failure(monkeypatch):
    monkeypatch.setenv("USBMUXD_SOCKET_ADDRESS", "127.0.0.1:1")
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", "1")
    monkeypatch.setenv("ADBUTILS_ADB_PATH", "/bin/false")
    monkeypatch.setattr("serial.tools.list_ports.comports", lambda: [])
    result = labapp(NO_DB, "device", "list")
    assert result.code == 0
    assert "usbmuxd is not running" in result.out
    assert "no adb server reachable" in result.out


def test_a_samsung_modem_port_is_read_with_read_only_commands(daemons):
    modem = SimulatedModem({"AT+DEVCONINFO": DEVCONINFO})
    try:
        result = labapp(NO_DB, "device", "read", "--port", modem.url, "--json")
        assert result.code == 0, result.err
        reading = result.json()
        assert reading["platform"] == "samsung-modem"
        assert reading["identity"]["marketing_name"] == "Galaxy S23"
        assert reading["identity"]["imei"] == ["354233792123456"]
        assert modem.received == ["AT+DEVCONINFO"]
    finally:
        modem.close()
    gone = labapp(NO_DB, "device", "read", "--port", "socket://127.0.0.1:1")
    assert gone.code == 3 and "cannot open the modem port" in gone.err


def samsung_port(name: str) -> ListPortInfo:
    port = ListPortInfo(name, skip_link_detection=True)
    port.vid, port.pid, port.serial_number = 0x04E8, 0x6860, "R5CW00AAAAA"
    port.apply_usb_info()
    return port


def wait_for(condition, seconds: float = 30.0, seen=None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"the expected event did not come; events so far: {seen}")


def test_the_watcher_reports_attach_and_detach_of_every_kind(daemons, monkeypatch):
    mux, adb = daemons
    ports: list[ListPortInfo] = []
    monkeypatch.setattr("serial.tools.list_ports.comports", lambda: list(ports))
    events = []
    lock = threading.Lock()

    def record(event):
        with lock:
            events.append((event.kind, event.id, event.attached, event.state))

    with DeviceLoop() as loop:
        watcher = DeviceWatcher(record, loop, scan_seconds=0.1)
        watcher.start()
        mux.attach(iphone())
        adb.attach(galaxy())
        ports.append(samsung_port("/dev/ttyACM0"))
        wait_for(lambda: len(events) >= 3, seen=events)
        assert set(events) >= {
            ("ios", UDID, True, "device"),
            ("android", "R5CX00AAAAA", True, "device"),
            ("samsung-modem", "/dev/ttyACM0", True, "device"),
        }
        mux.detach(UDID)
        adb.detach("R5CX00AAAAA")
        ports.clear()
        wait_for(lambda: len(events) >= 6, seen=events)
        assert {e for e in events if not e[2]} == {
            ("ios", UDID, False, ""),
            ("android", "R5CX00AAAAA", False, ""),
            ("samsung-modem", "/dev/ttyACM0", False, ""),
        }
        watcher.stop()


def test_the_watcher_survives_the_adb_server_going_away(daemons, monkeypatch):
    _, adb = daemons
    events = []
    with DeviceLoop() as loop:
        watcher = DeviceWatcher(
            lambda e: events.append((e.kind, e.id, e.attached)), loop, ios=False, modem=False
        )
        watcher.start()
        adb.attach(galaxy())
        wait_for(lambda: ("android", "R5CX00AAAAA", True) in events)
        adb.close()  # the daemon dies
        wait_for(lambda: ("android", "R5CX00AAAAA", False) in events)
        revived = SimulatedAdbServer()
        monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(revived.port))
        revived.attach(galaxy())
        wait_for(lambda: events.count(("android", "R5CX00AAAAA", True)) == 2)
        watcher.stop()
        revived.close()


def test_device_watch_prints_json_lines(daemons):
    mux, _ = daemons
    mux.attach(iphone())
    result = labapp(NO_DB, "device", "watch", "--seconds", "1.5")
    assert result.code == 0
    assert (
        f'{{"event": "attached", "kind": "ios", "id": "{UDID}", "state": "device"}}' in result.out
    )


def test_the_watcher_survives_usbmuxd_restarting(daemons, monkeypatch):
    mux, _ = daemons
    events = []
    with DeviceLoop() as loop:
        watcher = DeviceWatcher(
            lambda e: events.append((e.kind, e.id, e.attached)), loop, android=False, modem=False
        )
        watcher.start()
        mux.attach(iphone())
        wait_for(lambda: ("ios", UDID, True) in events)
        mux.close()  # usbmuxd stops
        wait_for(lambda: ("ios", UDID, False) in events)
        revived = SimulatedUsbmuxd()
        monkeypatch.setenv("USBMUXD_SOCKET_ADDRESS", revived.address)
        revived.attach(iphone())
        wait_for(lambda: events.count(("ios", UDID, True)) == 2)
        watcher.stop()
        revived.close()
