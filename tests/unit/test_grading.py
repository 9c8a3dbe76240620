"""The default smartphone protocol, check by check, through the grading engine."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from labapp.domain.audit_inputs import CheckOutcome, Observation
from labapp.domain.errors import InvalidInput
from labapp.domain.logistics import LogisticsPolicy
from labapp.domain.protocol import Severity
from labapp.domain.sanctions import SanctionGrade
from labapp.services.audit_case import parse_case
from labapp.services.business_calendar import HolidayCalendar
from labapp.services.grading import GradingService
from labapp.services.protocols import ProtocolLibrary

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"
SERVICE = GradingService(ProtocolLibrary(), HolidayCalendar(), LogisticsPolicy)
ALL_OBSERVED = {
    name: "pass"
    for name in (
        "packaging_adequate",
        "accessories_as_listed",
        "counterfeit_free",
        "not_blacklisted",
        "screen_condition",
        "functional_tests",
        "water_damage_free",
    )
}


def healthy_case(**changes):
    """The fixture's iPhone 12, repaired: OLED fitted, genuine parts, good battery, on time."""
    document = json.loads(FIXTURE.read_text())
    document["order"]["listing_grade"] = "excellent"
    document["order"]["delivered_at"] = "2025-07-16T12:00:00+02:00"
    device = document["device"]
    device["battery"]["health_percent"] = 91
    device["screen"]["fitted_technology"] = "OLED"
    device["parts"][1]["status"] = "genuine"
    document["observations"] = dict(ALL_OBSERVED, cosmetic_grade={"value": "excellent"})
    document["seller"]["previous_audits"] = []
    for path, value in changes.items():
        target = document
        *parents, last = path.split(".")
        for key in parents:
            target = target[key]
        target[last] = value
    return parse_case(document)


def grade(case, language="en"):
    return SERVICE.grade_case(case, language)


def outcome(result, check_id):
    return next(c for c in result.checks if c.check_id == check_id)


def test_a_healthy_device_from_a_careful_seller_is_compliant_and_complete():
    result = grade(healthy_case())
    failures = [c.check_id for c in result.checks if c.outcome is not CheckOutcome.PASS]
    assert failures == []
    assert result.grade is SanctionGrade.COMPLIANT
    assert result.complete


def test_the_fixture_case_is_suspended_for_four_major_failures():
    result = grade(parse_case(json.loads(FIXTURE.read_text())))
    failed = {c.check_id: c.severity for c in result.checks if c.outcome is CheckOutcome.FAIL}
    assert failed == {
        "delivered_on_time": Severity.MINOR,
        "battery_health": Severity.MAJOR,  # 88 % under the premium 90 %
        "screen_technology": Severity.MAJOR,  # LCD seen at the bench in an OLED phone
        "parts_genuine": Severity.MAJOR,  # unknown display, premium listing
        "cosmetic_grade": Severity.MAJOR,  # good instead of premium: two grades
    }
    assert result.grade is SanctionGrade.SUSPENSION
    assert outcome(result, "screen_technology").source == "observation"


@pytest.mark.parametrize(
    ("health", "grade_listed", "expected"),
    [
        (85, "excellent", CheckOutcome.PASS),
        (84.9, "excellent", CheckOutcome.FAIL),
        (89, "premium", CheckOutcome.FAIL),
        (90, "premium", CheckOutcome.PASS),
    ],
)
def test_battery_threshold_depends_on_the_listing_grade(health, grade_listed, expected):
    case = healthy_case(
        **{
            "device.battery.health_percent": health,
            "order.listing_grade": grade_listed,
            "observations.cosmetic_grade": {"value": grade_listed},
        }
    )
    assert outcome(grade(case), "battery_health").outcome is expected


def test_battery_read_by_hand_when_the_device_gives_none():
    case = healthy_case(
        **{"device.battery.health_percent": None, "observations.battery_health": {"value": 79}}
    )
    result = outcome(grade(case), "battery_health")
    assert (result.outcome, result.source, result.measured) == (
        CheckOutcome.FAIL,
        "observation",
        "79%",
    )


def test_a_check_with_no_input_is_not_tested_never_passed():
    case = healthy_case(**{"device.battery.health_percent": None})
    result = grade(case)
    assert outcome(result, "battery_health").outcome is CheckOutcome.NOT_TESTED
    assert not result.complete
    assert result.missing == ("battery_health",)


def test_missing_observation_makes_the_audit_incomplete():
    case = healthy_case()
    observations = dict(case.inputs.observations)
    del observations["functional_tests"]
    result = grade(replace(case, inputs=replace(case.inputs, observations=observations)))
    assert "functional_tests" in result.missing


def test_parts_severity_is_major_only_for_premium():
    parts = [{"part": "display", "status": "unknown", "source": "MobileGestalt"}]
    excellent = outcome(grade(healthy_case(**{"device.parts": parts})), "parts_genuine")
    assert (excellent.outcome, excellent.severity) == (CheckOutcome.FAIL, Severity.MINOR)
    premium = outcome(
        grade(
            healthy_case(
                **{
                    "device.parts": parts,
                    "order.listing_grade": "premium",
                    "observations.cosmetic_grade": {"value": "premium"},
                }
            )
        ),
        "parts_genuine",
    )
    assert premium.severity is Severity.MAJOR


@pytest.mark.parametrize(
    ("seen", "result_outcome", "severity"),
    [
        ("premium", CheckOutcome.PASS, Severity.MINOR),
        ("excellent", CheckOutcome.PASS, Severity.MINOR),
        ("good", CheckOutcome.FAIL, Severity.MINOR),
        ("fair", CheckOutcome.FAIL, Severity.MAJOR),
    ],
)
def test_cosmetic_grade_shortfall(seen, result_outcome, severity):
    result = outcome(
        grade(healthy_case(**{"observations.cosmetic_grade": {"value": seen}})), "cosmetic_grade"
    )
    assert (result.outcome, result.severity) == (result_outcome, severity)


def test_imei_check_does_not_apply_without_an_imei():
    result = outcome(grade(healthy_case(**{"device.identity.imei": []})), "imei_valid")
    assert result.outcome is CheckOutcome.NOT_APPLICABLE
    bad = outcome(
        grade(healthy_case(**{"device.identity.imei": ["356938035643808"]})), "imei_valid"
    )
    assert bad.outcome is CheckOutcome.FAIL


def test_locks_and_model():
    locked = grade(healthy_case(**{"device.locks.activation_lock": True}))
    assert outcome(locked, "locks_removed").outcome is CheckOutcome.FAIL
    unknown = grade(healthy_case(**{"device.locks.mdm": None}))
    assert outcome(unknown, "locks_removed").outcome is CheckOutcome.NOT_TESTED
    wrong = grade(healthy_case(**{"device.identity.storage_gb": 64}))
    assert "64 GB instead of 128 GB" in outcome(wrong, "model_as_listed").reason


def test_counterfeit_deregisters_and_advice_comes_in_the_sellers_language():
    result = grade(healthy_case(**{"observations.counterfeit_free": "fail"}), "de")
    assert result.grade is SanctionGrade.DEREGISTRATION
    assert result.recommendations[0].advice.startswith("Gefälschte Geräte")


def test_screen_technology_needs_the_fitted_panel():
    result = grade(healthy_case(**{"device.screen": {"factory_technology": "OLED"}}))
    assert outcome(result, "screen_technology").outcome is CheckOutcome.NOT_TESTED


def test_observations_of_unknown_checks_are_refused():
    case = healthy_case()
    observations = dict(case.inputs.observations, batery_health=Observation(CheckOutcome.PASS))
    with pytest.raises(InvalidInput, match="batery_health"):
        grade(replace(case, inputs=replace(case.inputs, observations=observations)))
