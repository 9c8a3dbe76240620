"""The demo phones: five phones a newcomer can plug in without hardware, each a case
the bench meets every week, answering over the real protocols (see `SimulatedBench`).

What each reads as through the readers (`devices.catalog.read_device`):

- iPhone 12, healthy: battery 91 %, its battery serial matching the gauge's
  (genuine), the display serial read but its pairing not judgeable over USB
  ("unreadable"), no activation lock.
- iPhone 12 with an aftermarket LCD: battery 92 % and genuine. The readers record
  the display serial MobileGestalt gives but cannot judge its pairing over USB, so
  the display reads "unreadable", never "genuine"; the reading says the fitted
  screen technology is not reported, and the black-screen test at the bench finds
  the LCD where the model table says OLED.
- iPhone 11 at 79 %: below the protocol's 85 %; on iOS 17.5.1, so no part serials
  (MobileGestalt stopped answering in 17.4) and a warning that says where to look.
- iPhone 13, locked: refuses to open a session (PasswordProtected) until it is
  unlocked (`SimulatedBench.unlock`); then battery 94 %. Plugged in again it is
  locked again, as a phone that went to sleep.
- Galaxy A35: the recorded Samsung, battery 86 % from Samsung's own
  mSavedBatteryAsoc and 619 cycles from mSavedBatteryUsage.

Serials, UDIDs and IMEIs are invented in the shape of real ones; IMEIs carry their
Luhn check digit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from devices.identifiers import imei_with_check_digit
from devices.simulated.adb_server import SimulatedPhone
from devices.simulated.recordings import IPhoneSpec, simulated_galaxy_a35, simulated_iphone
from devices.simulated.usbmuxd import SimulatedIPhone

Simulator = SimulatedIPhone | SimulatedPhone


@dataclass(frozen=True)
class DemoPhone:
    id: str  # stable, for menus and settings
    label: str  # what the technician sees in the "Simulated phones" menu
    kind: str  # ios or android, as `devices.catalog.AttachedDevice.kind`
    device_id: str  # the UDID or adb serial that readers and the watcher report
    build: Callable[[], Simulator]  # a fresh phone each time it is plugged in
    locked: bool = False  # plugs in locked; `SimulatedBench.unlock` opens it


IPHONE_12 = IPhoneSpec(
    product_type="iPhone13,2",
    ios_version="17.3.1",
    ios_build="21D61",
    chip_id=0x8101,
    ecid=0x001A2C3E0E38401E,
    serial="F4GDN0Q1P5G7",
    imeis=(imei_with_check_digit("35330011482716"), imei_with_check_digit("35330011482724")),
    storage_gb=128,
    design_mah=2815,
    nominal_mah=2555,  # ceil(100 × 2555 / 2815) = 91 %
    raw_max_mah=2588,
    cycles=287,
    battery_serial="F8Y04720K1E2Q0P3A",
    screen_serial="C1F04920A1KJQ1LT4",
)

IPHONE_12_LCD = IPhoneSpec(
    product_type="iPhone13,2",
    ios_version="17.2.1",
    ios_build="21C66",
    chip_id=0x8101,
    ecid=0x000E51B7293A002E,
    serial="F2LDJ3M8P5G9",
    imeis=(imei_with_check_digit("35330011907352"), imei_with_check_digit("35330011907360")),
    storage_gb=64,
    design_mah=2815,
    nominal_mah=2575,  # 92 %
    raw_max_mah=2601,
    cycles=341,
    battery_serial="F8Y0511MQ2E2Q0P3C",
    screen_serial="C1F05130B7MHT1LT2",
)

IPHONE_11 = IPhoneSpec(
    product_type="iPhone12,1",
    ios_version="17.5.1",
    ios_build="21F90",
    chip_id=0x8030,
    ecid=0x0004618C12D9802E,
    serial="DX3ZK1N4N73D",
    imeis=(imei_with_check_digit("35391710265931"), imei_with_check_digit("35391710265949")),
    storage_gb=128,
    design_mah=3110,
    nominal_mah=2450,  # ceil(100 × 2450 / 3110) = 79 %
    raw_max_mah=2476,
    cycles=812,
    battery_serial="F5D9382RJ1KLQ7N1B",
    screen_serial="DN49382HFWKJQ1TA7",
)

IPHONE_13 = IPhoneSpec(
    product_type="iPhone14,5",
    ios_version="18.1",
    ios_build="22B83",
    chip_id=0x8110,
    ecid=0x0012430A1E62801E,
    serial="H6VQ2XK1D7",  # since 2021 Apple serials are 10 random characters
    imeis=(imei_with_check_digit("35467815730284"), imei_with_check_digit("35467815730292")),
    storage_gb=128,
    design_mah=3227,
    nominal_mah=3030,  # 94 %
    raw_max_mah=3062,
    cycles=156,
    battery_serial="F8Y2261J0TQ1Q4M8D",
    screen_serial="G9P22610K2LJQ9TB1",
)

GALAXY_SERIAL = "R5CX40KZ7HP"
GALAXY_IMEI = imei_with_check_digit("35423379248613")

CATALOGUE: tuple[DemoPhone, ...] = (
    DemoPhone(
        "iphone12-healthy",
        "iPhone 12 — healthy",
        "ios",
        IPHONE_12.udid,
        lambda: simulated_iphone(IPHONE_12),
    ),
    DemoPhone(
        "iphone12-aftermarket-lcd",
        "iPhone 12 — aftermarket LCD, unknown display",
        "ios",
        IPHONE_12_LCD.udid,
        lambda: simulated_iphone(IPHONE_12_LCD),
    ),
    DemoPhone(
        "iphone11-battery-79",
        "iPhone 11 — battery at 79 %",
        "ios",
        IPHONE_11.udid,
        lambda: simulated_iphone(IPHONE_11),
    ),
    DemoPhone(
        "iphone13-locked",
        "iPhone — locked",
        "ios",
        IPHONE_13.udid,
        lambda: simulated_iphone(IPHONE_13, locked=True),
        locked=True,
    ),
    DemoPhone(
        "galaxy-a35-samsung-battery",
        "Galaxy A35 — Samsung battery values",
        "android",
        GALAXY_SERIAL,
        lambda: simulated_galaxy_a35(GALAXY_SERIAL, GALAXY_IMEI),
    ),
)
