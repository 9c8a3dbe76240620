"""Recorded answers of real phones, parsed again: `labapp device replay`, and the contract
between devices/ and labapp (the reading JSON grades an audit)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devices.replay import replay
from labapp.services.device_reading_json import DeviceReadingModel

from .cli_helpers import labapp

FIXTURES = Path(__file__).parents[1] / "fixtures" / "devices"
CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"
NO_DB = "sqlite:////nonexistent/never.sqlite3"


def test_galaxy_a35_from_its_recorded_answers():
    result = labapp(NO_DB, "device", "replay", str(FIXTURES / "galaxy-a35.reading.json"), "--json")
    assert result.code == 0, result.err
    reading = result.json()
    assert reading["identity"]["marketing_name"] == "Galaxy A35 5G"
    assert reading["identity"]["imei"] == ["354233792123456"]
    assert reading["identity"]["os_version"] == "14"
    assert reading["battery"]["health_percent"] == 86.0
    assert reading["battery"]["health_source"] == "Samsung mSavedBatteryAsoc"
    assert reading["battery"]["cycle_count"] == 619  # mSavedBatteryUsage 61919 / 100
    assert reading["screen"] == {"factory_technology": "OLED", "fitted_technology": None}
    assert reading["locks"] == {"activation_lock": None, "mdm": None, "carrier_lock": None}
    assert any("black-screen test" in w for w in reading["warnings"])


def test_iphone_14_pro_from_its_recorded_answers():
    reading = replay(json.loads((FIXTURES / "iphone14pro.reading.json").read_text())).to_json()
    assert reading["identity"]["marketing_name"] == "iPhone 14 Pro"
    assert reading["identity"]["storage_gb"] == 256
    assert reading["battery"]["health_percent"] == 87.0  # ceil(100 × 3075 / 3544)
    assert reading["battery"]["design_capacity_mah"] == 3544
    assert reading["locks"]["activation_lock"] is False
    assert any("MobileGestalt" in w for w in reading["warnings"])


@pytest.mark.parametrize("name", ["galaxy-a35.reading.json", "iphone14pro.reading.json"])
def test_readings_satisfy_labapps_reading_schema_and_grade_an_audit(name):
    reading = replay(json.loads((FIXTURES / name).read_text())).to_json()
    DeviceReadingModel.model_validate(reading)  # the contract between devices/ and labapp
    case = json.loads(CASE.read_text())
    case["device"] = reading
    case["order"]["listing_model"] = reading["identity"]["marketing_name"]
    case["order"]["listing_storage_gb"] = reading["identity"]["storage_gb"] or 128
    graded = labapp_grade(case)
    battery = next(c for c in graded["checks"] if c["id"] == "battery_health")
    assert battery["source"] == "device"
    assert battery["measured"] == f"{reading['battery']['health_percent']:g}%"


def labapp_grade(case: dict) -> dict:
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(case, handle)
    result = labapp(NO_DB, "grade", handle.name, "--json")
    assert result.code == 0, result.err
    return result.json()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not a JSON reading"),
        ('{"format": "other"}', "not a labapp.device-reading/1 document"),
        (
            '{"format": "labapp.device-reading/1", "platform": "ios", "read_at": "now", "raw": {}}',
            "read_at 'now' is not a time",
        ),
        (
            '{"format": "labapp.device-reading/1", "platform": "nokia", "read_at": "2025-01-01T00:00:00+00:00", "raw": {}}',
            "unknown platform 'nokia'",
        ),
    ],
)
def test_bad_reading_files_exit_2(tmp_path, content, message):
    path = tmp_path / "reading.json"
    path.write_text(content, encoding="utf-8")
    result = labapp(NO_DB, "device", "replay", str(path))
    assert result.code == 2 and message in result.err
