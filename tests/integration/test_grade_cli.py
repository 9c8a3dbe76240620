"""`labapp grade CASE.json`: grading without a database, and refusals naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_helpers import labapp

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"
NO_DB = "sqlite:////nonexistent/never-opened.sqlite3"


def write_case(tmp_path: Path, change) -> Path:
    document = json.loads(FIXTURE.read_text())
    change(document)
    path = tmp_path / "case.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_grade_json_has_the_documented_shape():
    result = labapp(NO_DB, "grade", str(FIXTURE), "--json")
    assert result.code == 0, result.err
    graded = result.json()
    assert {
        "grade",
        "base_grade",
        "complete",
        "counts",
        "checks",
        "rules_fired",
        "recommendations",
    } <= graded.keys()
    assert graded["grade"] == "suspension"
    assert graded["counts"] == {"critical": 0, "major": 4, "minor": 1}
    assert graded["complete"] is True
    battery = next(c for c in graded["checks"] if c["id"] == "battery_health")
    assert battery == {
        "id": "battery_health",
        "outcome": "fail",
        "severity": "major",
        "measured": "88%",
        "expected": "≥ 90%",
        "reason": "88% < 90%",
        "source": "device",
        "note": "",
    }
    assert graded["rules_fired"][0]["rule"] == "three_major"
    assert graded["recommendations"][0]["advice"].startswith("Remplacez")  # a French seller


def test_grade_summary_for_people():
    result = labapp(NO_DB, "grade", str(FIXTURE), "--language", "en")
    assert result.code == 0
    assert result.out.startswith("grade: suspension")
    assert "battery_health         fail" in result.out


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["order"].pop("ordered_at"), "order.ordered_at: Field required"),
        (
            lambda d: d["order"].update(ordered_at="yesterday"),
            "order.ordered_at: Input should be a valid datetime",
        ),
        (
            lambda d: d["order"].update(ordered_at="2025-07-11T15:00:00"),
            "order.ordered_at: Input should have timezone info",
        ),
        (
            lambda d: d["order"].update(listing_storage_gb="128"),
            "order.listing_storage_gb: Input should be a valid integer",
        ),
        (lambda d: d["observations"].update(batery_health="pass"), "batery_health"),
        (
            lambda d: d["seller"]["previous_audits"][0].update(grade="probation"),
            "seller.previous_audits.0.grade",
        ),
        (lambda d: d.update(template="tablet"), "no protocol 'tablet' (known: smartphone)"),
        (lambda d: d.update(template="smartphone@7"), "protocol 'smartphone' has no version 7"),
        (
            lambda d: d.update(format="labapp.audit-case/2"),
            "format: Input should be 'labapp.audit-case/1'",
        ),
        (
            lambda d: d["device"]["battery"].update(health_percent="high"),
            "device.battery.health_percent",
        ),
        (lambda d: d["order"].update(colour="red"), "order.colour: Extra inputs are not permitted"),
    ],
)
def test_bad_cases_exit_2_naming_the_field(tmp_path, change, message):
    result = labapp(NO_DB, "grade", str(write_case(tmp_path, change)), "--json")
    assert result.code == 2, result.out
    assert message in result.err


def test_unreadable_case_files(tmp_path):
    assert "no such file" in labapp(NO_DB, "grade", str(tmp_path / "none.json")).err
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    assert "not JSON (line 1" in labapp(NO_DB, "grade", str(broken)).err
