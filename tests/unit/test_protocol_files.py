"""Protocol and policy files: the shipped ones load; bad ones are refused with file, line, field."""

from __future__ import annotations

from pathlib import Path

import pytest

from labapp.services.protocols import ProtocolLibrary, parse_policy, parse_protocol
from labapp.services.yaml_source import SourceFileError

SHIPPED = Path(__file__).parents[2] / "audit_templates" / "smartphone.yaml"

MINIMAL = """\
kind: protocol
id: mini
version: 1
labels: {en: Mini, fr: Mini}
sections:
  - id: device
    labels: {en: Device, fr: Appareil}
    checks:
      - id: battery_health
        kind: measurement
        rule: battery_health
        severity: major
        threshold:
          minimum: 85
        labels: {en: Battery, fr: Batterie}
        advice: {en: Replace it., fr: Remplacez-la.}
"""


def refuse(text: str) -> str:
    with pytest.raises(SourceFileError) as error:
        parse_protocol(text, "mini.yaml")
    return str(error.value)


def test_the_shipped_protocol_has_the_required_checks_and_severities():
    protocol, source = ProtocolLibrary().protocol("smartphone")
    severities = {c.id: c.severity.value for c in protocol.checks}
    assert severities == {
        "shipped_on_time": "minor",
        "delivered_on_time": "minor",
        "tracking_valid": "minor",
        "invoice_present": "major",
        "no_extra_fees": "major",
        "packaging_adequate": "minor",
        "accessories_as_listed": "minor",
        "counterfeit_free": "critical",
        "not_blacklisted": "critical",
        "imei_valid": "major",
        "model_as_listed": "major",
        "locks_removed": "major",
        "battery_health": "major",
        "screen_technology": "major",
        "screen_condition": "major",
        "parts_genuine": "minor",
        "functional_tests": "major",
        "water_damage_free": "major",
        "cosmetic_grade": "minor",
    }
    for check in protocol.checks:
        assert set(check.labels) == {"en", "fr", "es", "de", "it"}, check.id
        assert set(check.advice) == {"en", "fr", "es", "de", "it"}, check.id
    assert source.text == SHIPPED.read_text(encoding="utf-8")


def test_minimal_protocol_loads():
    assert parse_protocol(MINIMAL, "mini.yaml").checks[0].threshold.minimum == 85


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("        severity: major\n", "        severity: major\n        colour: red\n"),
            "mini.yaml:13: sections.0.checks.0.colour: Extra inputs are not permitted",
        ),
        (
            ("severity: major", "severity: grave"),
            "mini.yaml:12: sections.0.checks.0.severity: Input should be 'minor', 'major' or 'critical'",
        ),
        (
            ("minimum: 85", 'minimum: "85"'),
            "mini.yaml:14: sections.0.checks.0.threshold.minimum: Input should be a valid",
        ),
        (
            ("rule: battery_health", "rule: os_system"),
            "mini.yaml:11: sections.0.checks.0.rule: unknown rule 'os_system'",
        ),
        (("id: mini", "id: mini\nid: again"), "mini.yaml:3: id: duplicate key (first on line 2)"),
        (
            ("labels: {en: Mini, fr: Mini}", "labels: {en: Mini, fr: [Mini"),
            "mini.yaml:5: (document): not valid YAML",
        ),
        (
            (
                "        threshold:\n",
                "        applies_when: [{fact: moon_phase, is: full}]\n        threshold:\n",
            ),
            "mini.yaml:13: sections.0.checks.0.applies_when.0.fact: Input should be",
        ),
        (
            (
                "        threshold:\n",
                "        applies_when: [{fact: listing_grade, is: mint}]\n        threshold:\n",
            ),
            "mini.yaml:13: sections.0.checks.0.applies_when.0.is: 'mint' is not a listing_grade",
        ),
        (
            (
                "        threshold:\n",
                "        applies_when: [{fact: premium_battery, at_least: 2}]\n        threshold:\n",
            ),
            "premium_battery takes bool values",
        ),
        (
            (
                "        threshold:\n",
                "        applies_when: [{fact: listing_grade, is: good, in: [fair]}]\n        threshold:\n",
            ),
            "a condition needs exactly one of is, is_not, in, at_least, at_most",
        ),
        (
            ("advice: {en: Replace it., fr: Remplacez-la.}", "advice: {en: Replace it.}"),
            "mini.yaml:16: sections.0.checks.0.advice: needs an 'fr' text",
        ),
    ],
)
def test_bad_protocol_files_name_file_line_and_field(change, expected):
    old, new = change
    assert old in MINIMAL
    assert expected in refuse(MINIMAL.replace(old, new, 1))


def test_duplicate_check_ids_are_refused_with_both_lines():
    check = MINIMAL[MINIMAL.index("      - id: battery_health") :]
    message = refuse(MINIMAL + check)
    assert (
        "mini.yaml:17: sections.0.checks.1.id: duplicate check id 'battery_health' "
        "(first on line 9)" in message
    )


def test_policy_ladder_cannot_be_reinvented():
    text = (Path(__file__).parents[2] / "audit_templates" / "sanction-policy.yaml").read_text()
    with pytest.raises(SourceFileError, match="ladder: the ladder must be"):
        parse_policy(text.replace("[compliant, advisory,", "[advisory, compliant,"), "p.yaml")
    with pytest.raises(SourceFileError, match=r"p.yaml:\d+: base_grade.0.grade: Input should be"):
        parse_policy(text.replace("grade: deregistration", "grade: banishment"), "p.yaml")
