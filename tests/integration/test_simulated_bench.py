"""The demo bench: its five phones read through the real pymobiledevice3 and adbutils,
and plugged and unplugged under the hot-plug watcher, from several threads."""

from __future__ import annotations

import threading

import pytest

from devices.catalog import attached_devices, read_device
from devices.device_loop import DeviceLoop
from devices.errors import DeviceLocked
from devices.identifiers import luhn_valid
from devices.simulated.bench import SimulatedBench
from devices.simulated.usbmuxd import SimulatedIPhone
from devices.watcher import DeviceEvent, DeviceWatcher

# id: marketing name, battery health, where it came from, cycles, part statuses
EXPECTED = {
    "iphone12-healthy": (
        "iPhone 12", 91.0, "NominalChargeCapacity", 287,
        {"battery": "genuine", "display": "unreadable"},
    ),
    "iphone12-aftermarket-lcd": (
        "iPhone 12", 92.0, "NominalChargeCapacity", 341,
        {"battery": "genuine", "display": "unreadable"},
    ),
    "iphone11-battery-79": ("iPhone 11", 79.0, "NominalChargeCapacity", 812, {}),
    "galaxy-a35-samsung-battery": ("Galaxy A35 5G", 86.0, "Samsung mSavedBatteryAsoc", 619, {}),
}  # fmt: skip


@pytest.fixture
def bench(monkeypatch, tmp_path):
    with SimulatedBench() as bench:
        for name, value in bench.environment().items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
        # This machine's own serial ports are no part of the bench.
        monkeypatch.setattr("serial.tools.list_ports.comports", lambda: [])
        yield bench


@pytest.fixture
def loop():
    with DeviceLoop() as loop:
        yield loop


def device_id(bench: SimulatedBench, phone_id: str) -> str:
    return next(p.device_id for p in bench.catalogue() if p.id == phone_id)


def test_the_catalogue_holds_five_distinct_phones(bench):
    phones = bench.catalogue()
    assert [p.label for p in phones] == [
        "iPhone 12 — healthy",
        "iPhone 12 — aftermarket LCD, unknown display",
        "iPhone 11 — battery at 79 %",
        "iPhone — locked",
        "Galaxy A35 — Samsung battery values",
    ]
    assert len({p.id for p in phones}) == len({p.device_id for p in phones}) == 5
    assert [p.kind for p in phones] == ["ios"] * 4 + ["android"]
    assert [p.id for p in phones if p.locked] == ["iphone13-locked"]
    for phone in phones:
        simulator = phone.build()
        own_id = simulator.udid if isinstance(simulator, SimulatedIPhone) else simulator.serial
        assert own_id == phone.device_id


@pytest.mark.parametrize("phone_id", list(EXPECTED))
def test_each_demo_phone_reads_as_a_real_one_of_its_kind(bench, loop, phone_id):
    name, health, source, cycles, parts = EXPECTED[phone_id]
    bench.plug(phone_id)
    reading = read_device(loop)
    assert reading.identity.marketing_name == name
    assert reading.identity.serial
    assert reading.identity.imei and all(
        len(imei) == 15 and luhn_valid(imei) for imei in reading.identity.imei
    )
    assert reading.battery.health_percent == health
    assert source in (reading.battery.health_source or "")
    assert reading.battery.cycle_count == cycles
    assert {p.part: p.status for p in reading.parts} == parts
    assert reading.locks.activation_lock is not True
    assert reading.screen.factory_technology in ("OLED", "LCD")


def test_the_aftermarket_lcd_is_never_read_as_a_genuine_display(bench, loop):
    bench.plug("iphone12-aftermarket-lcd")
    reading = read_device(loop)
    display = next(p for p in reading.parts if p.part == "display")
    assert display.status != "genuine"
    assert "not verifiable over USB" in (display.source or "")
    assert reading.screen.factory_technology == "OLED"
    assert reading.screen.fitted_technology is None
    assert any("black-screen test" in w for w in reading.warnings)


def test_the_iphone_11_tells_where_to_see_its_parts(bench, loop):
    bench.plug("iphone11-battery-79")
    reading = read_device(loop)
    assert reading.screen.factory_technology == "LCD"
    assert any("Parts and Service History" in w for w in reading.warnings)


def test_the_locked_iphone_is_read_once_unlocked(bench, loop):
    bench.plug("iphone13-locked")
    with pytest.raises(DeviceLocked, match="unlock the phone with its passcode"):
        read_device(loop)
    bench.unlock("iphone13-locked")
    reading = read_device(loop)
    assert reading.identity.marketing_name == "iPhone 13"
    assert reading.battery.health_percent == 94.0
    bench.unplug("iphone13-locked")
    bench.plug("iphone13-locked")  # plugged in again after a while: locked again
    with pytest.raises(DeviceLocked):
        read_device(loop)


def test_with_every_phone_plugged_each_is_read_by_its_id(bench, loop):
    for phone in bench.catalogue():
        bench.plug(phone.id)
    bench.plug("iphone12-healthy")  # already in: nothing changes
    bench.unlock("iphone13-locked")
    assert bench.plugged() == [p.id for p in bench.catalogue()]
    listed, notes = attached_devices(loop)
    assert notes == []
    assert sorted(d.id for d in listed) == sorted(p.device_id for p in bench.catalogue())
    serials = {read_device(loop, p.device_id).identity.serial for p in bench.catalogue()}
    assert len(serials) == 5
    bench.unplug("iphone11-battery-79")
    bench.unplug("iphone11-battery-79")  # already out: nothing changes
    listed, _ = attached_devices(loop)
    assert device_id(bench, "iphone11-battery-79") not in {d.id for d in listed}
    assert "iphone11-battery-79" not in bench.plugged()


def test_misuse_is_refused_with_the_phone_named(bench):
    with pytest.raises(ValueError, match="no demo phone 'pixel-9'"):
        bench.plug("pixel-9")
    with pytest.raises(ValueError, match="not plugged in"):
        bench.unlock("iphone13-locked")


class Heard:
    """Watcher events, waited for with a timeout rather than by sleeping."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str, bool]] = []
        self._changed = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self._changed:
            self.events.append((event.kind, event.id, event.attached))
            self._changed.notify_all()

    def wait_for(self, expected: set[tuple[str, str, bool]], seconds: float = 10.0) -> None:
        with self._changed:
            if not self._changed.wait_for(lambda: expected <= set(self.events), seconds):
                missing = expected - set(self.events)
                raise AssertionError(f"not heard: {missing}; heard: {self.events}")


def test_the_watcher_hears_phones_plugged_from_other_threads(bench, loop):
    heard = Heard()
    watcher = DeviceWatcher(heard, loop, modem=False)
    watcher.start()
    try:
        phones = bench.catalogue()
        # As the window's menu would, from threads other than the watcher's.
        plugging = [threading.Thread(target=bench.plug, args=(p.id,)) for p in phones]
        for thread in plugging:
            thread.start()
        for thread in plugging:
            thread.join(timeout=10)
        heard.wait_for({(p.kind, p.device_id, True) for p in phones})
        for phone in phones:
            bench.unplug(phone.id)
        heard.wait_for({(p.kind, p.device_id, False) for p in phones})
    finally:
        watcher.stop()


def test_a_phone_is_read_while_others_come_and_go(bench, loop):
    bench.plug("iphone12-healthy")
    udid = device_id(bench, "iphone12-healthy")
    stop = threading.Event()

    def shuffle() -> None:
        while not stop.is_set():
            for phone_id in ("iphone11-battery-79", "galaxy-a35-samsung-battery"):
                bench.plug(phone_id)
                bench.unplug(phone_id)

    shuffler = threading.Thread(target=shuffle)
    shuffler.start()
    try:
        for _ in range(4):
            assert read_device(loop, udid).battery.health_percent == 91.0
    finally:
        stop.set()
        shuffler.join(timeout=10)


def test_a_closed_bench_lists_nothing_and_starts_no_adb_server(bench, loop):
    bench.plug("galaxy-a35-samsung-battery")
    bench.close()
    listed, notes = attached_devices(loop)
    assert listed == []
    assert any("usbmuxd is not running" in n for n in notes)
    assert any("no adb server reachable" in n for n in notes)
    with pytest.raises(RuntimeError, match="closed"):
        bench.plug("iphone12-healthy")
