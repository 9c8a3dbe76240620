"""A phone read at the bench feeds the audit's computed checks and is kept as evidence."""

from __future__ import annotations

import json
from pathlib import Path

from devices.replay import replay
from devices.simulated.adb_server import SimulatedAdbServer

from .cli_helpers import labapp
from .test_android_over_adb import galaxy

FIXTURES = Path(__file__).parents[1] / "fixtures"


def galaxy_case(tmp_path: Path) -> Path:
    case = json.loads((FIXTURES / "cases" / "iphone12_lcd_premium.json").read_text())
    case["order"].update(
        listing_model="Galaxy A35 5G", listing_storage_gb=128, listing_grade="excellent"
    )
    case["device"] = None
    case["observations"]["cosmetic_grade"] = {"value": "excellent"}
    case["observations"]["screen_technology"] = {"value": "OLED"}
    path = tmp_path / "galaxy-case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path


def test_reading_the_attached_phone_into_an_audit(database_url, tmp_path, monkeypatch):
    adb = SimulatedAdbServer()
    monkeypatch.setenv("ANDROID_ADB_SERVER_PORT", str(adb.port))
    monkeypatch.setenv("ADBUTILS_ADB_PATH", "/bin/false")
    monkeypatch.setenv("USBMUXD_SOCKET_ADDRESS", "127.0.0.1:1")
    monkeypatch.setattr("serial.tools.list_ports.comports", lambda: [])
    try:
        audit_id = labapp(database_url, "audit", "import", str(galaxy_case(tmp_path))).out.strip()
        before = labapp(database_url, "audit", "show", audit_id, "--json").json()
        assert {c["id"]: c["outcome"] for c in before["checks"]}["battery_health"] == "not_tested"
        adb.attach(galaxy())
        result = labapp(database_url, "audit", "read-device", audit_id)
        assert result.code == 0, result.err
        assert "battery_health: pass 86%" in result.out
        after = labapp(database_url, "audit", "show", audit_id, "--json").json()
        checks = {c["id"]: c for c in after["checks"]}
        assert checks["battery_health"]["source"] == "device"
        assert checks["imei_valid"]["outcome"] == "pass"
        assert checks["model_as_listed"]["measured"].startswith("Galaxy A35 5G")
        assert [e["kind"] for e in after["evidence"]] == ["device_reading"]
    finally:
        adb.close()


def test_a_saved_reading_can_be_recorded_and_a_bad_one_is_refused(database_url, tmp_path):
    audit_id = labapp(database_url, "audit", "import", str(galaxy_case(tmp_path))).out.strip()
    reading = replay(json.loads((FIXTURES / "devices" / "galaxy-a35.reading.json").read_text()))
    saved = tmp_path / "reading.json"
    saved.write_text(json.dumps(reading.to_json()), encoding="utf-8")
    assert labapp(database_url, "audit", "read-device", audit_id, "--reading", str(saved)).code == 0
    broken = reading.to_json()
    broken["battery"]["health_percent"] = "excellent"
    saved.write_text(json.dumps(broken), encoding="utf-8")
    refused = labapp(database_url, "audit", "read-device", audit_id, "--reading", str(saved))
    assert refused.code == 2 and "battery.health_percent" in refused.err
