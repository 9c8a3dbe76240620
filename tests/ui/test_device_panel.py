"""The phones on the bench as a technician recognises them: the model and how the
phone is plugged in, then its serial; the model comes from the device list (Android)
or from the phone's reading (iPhones, whose attach event names only a UDID)."""

from __future__ import annotations

from devices.catalog import AttachedDevice
from devices.watcher import DeviceEvent
from labapp.ui.device_panel import DevicePanel

UDID = "00008101-001A2C3E0E38401E"


def panel(qtbot) -> DevicePanel:
    shown = DevicePanel()
    qtbot.addWidget(shown)
    return shown


def texts(shown: DevicePanel) -> list[str]:
    return [shown.attached.item(r).text() for r in range(shown.attached.count())]


def test_an_android_phone_is_named_by_its_model_from_the_device_list(qtbot):
    shown = panel(qtbot)
    with qtbot.waitSignal(shown.phone_attached) as asked:
        shown.on_device_event(DeviceEvent("android", "R5CX40KZ7HP", True, "device"))
    assert asked.args == ["R5CX40KZ7HP"]
    assert texts(shown) == ["Android · USB\nR5CX40KZ7HP"]
    # adb lists the model as "SM_A356E"; the model table knows it as the Galaxy A35.
    shown.show_attached([AttachedDevice("android", "R5CX40KZ7HP", "device", "SM_A356E")])
    assert texts(shown) == ["Galaxy A35 5G · USB\nR5CX40KZ7HP"]
    assert shown.chosen_phone() == "R5CX40KZ7HP"


def test_a_model_the_table_does_not_know_is_shown_as_adb_lists_it(qtbot):
    shown = panel(qtbot)
    shown.on_device_event(DeviceEvent("android", "192.168.1.20:5555", True, "device"))
    shown.show_attached([AttachedDevice("android", "192.168.1.20:5555", "device", "Pixel_7a")])
    assert texts(shown) == ["Pixel 7a · Wi-Fi\n192.168.1.20:5555"]


def test_an_iphone_shows_its_connection_then_its_model_once_read(qtbot):
    shown = panel(qtbot)
    shown.on_device_event(DeviceEvent("ios", UDID, True, "device"))
    assert texts(shown) == ["iPhone\n…C3E0E38401E"]  # the end of the UDID tells two apart
    assert UDID in shown.attached.item(0).toolTip()
    shown.show_attached([AttachedDevice("ios", UDID, "device", "USB")])
    assert texts(shown) == ["iPhone · USB\n…C3E0E38401E"]
    reading = {"identity": {"marketing_name": "iPhone 12", "serial": "F2LDJ3M8P5G9"}}
    shown.learn_reading(UDID, reading)
    assert texts(shown) == ["iPhone 12 · USB\nF2LDJ3M8P5G9"]


def test_an_unauthorized_phone_says_so_and_a_phone_unplugged_is_forgotten(qtbot):
    shown = panel(qtbot)
    shown.on_device_event(DeviceEvent("android", "R5CX40KZ7HP", True, "unauthorized"))
    assert texts(shown) == ["Android · USB\nR5CX40KZ7HP — unauthorized"]
    assert "Allow USB debugging" in shown.notice.text()
    shown.on_device_event(DeviceEvent("android", "R5CX40KZ7HP", False))
    assert texts(shown) == []
    # A list asked for before the phone went lands after: nothing comes back.
    shown.show_attached([AttachedDevice("android", "R5CX40KZ7HP", "device", "SM_A356E")])
    assert texts(shown) == []


def test_a_samsung_modem_port_is_named_by_its_port(qtbot):
    shown = panel(qtbot)
    shown.on_device_event(DeviceEvent("samsung-modem", "/dev/ttyACM0", True, "device"))
    assert texts(shown) == ["Samsung modem port\n/dev/ttyACM0"]
    shown.learn_reading("/dev/ttyACM0", {"identity": {"marketing_name": "Galaxy S21"}})
    assert texts(shown) == ["Galaxy S21 · Samsung modem port\n/dev/ttyACM0"]
