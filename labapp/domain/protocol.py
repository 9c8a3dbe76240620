"""Audit protocols: checklists as data, and the small vocabulary they may use.

A protocol file never runs code: a check names one of the lab's built-in rules
(`labapp.domain.check_rules.RULES`), and its conditions compare one of the
facts below with a value. That is the whole vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from labapp.domain.errors import InvalidInput
from labapp.domain.orders import CosmeticGrade


class Severity(StrEnum):
    """How much a failed check weighs, mildest first."""

    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"


class CheckKind(StrEnum):
    ORDER_FACT = "order_fact"  # computed from the order's facts
    DEVICE_READING = "device_reading"  # computed from what the phone reported
    MEASUREMENT = "measurement"  # a measured value against a threshold
    OBSERVATION = "observation"  # pass or fail, seen by the technician
    CHOICE = "choice"  # one of a list of options, seen by the technician


class EvidenceKind(StrEnum):
    PHOTO = "photo"
    DEVICE_READING = "device_reading"


class Fact(StrEnum):
    """What a condition may look at."""

    LISTING_GRADE = "listing_grade"
    PREMIUM_BATTERY = "premium_battery"
    PLATFORM = "platform"
    DEVICE_HAS_IMEI = "device_has_imei"
    SELLER_ONBOARDING = "seller_onboarding"
    # Known only inside the cosmetic-grade check: listed grade minus observed grade.
    GRADE_SHORTFALL = "grade_shortfall"


class Operator(StrEnum):
    IS = "is"
    IS_NOT = "is_not"
    IN = "in"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


FactValue = str | bool | int | float | None


def _rank(fact: Fact, value: FactValue) -> float:
    """Orderable value for at_least / at_most: grades by their rank, numbers as they are."""
    if fact is Fact.LISTING_GRADE:
        return CosmeticGrade(str(value)).rank
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput("fact {fact} cannot be compared with at_least/at_most", fact=fact.value)
    return float(value)


@dataclass(frozen=True)
class Condition:
    fact: Fact
    operator: Operator
    value: FactValue | tuple[FactValue, ...]

    def holds(self, facts: Mapping[Fact, FactValue]) -> bool:
        actual = facts.get(self.fact)
        if actual is None:
            # An unknown fact satisfies nothing, not even "is_not".
            return False
        match self.operator:
            case Operator.IS:
                return actual == self.value
            case Operator.IS_NOT:
                return actual != self.value
            case Operator.IN:
                return isinstance(self.value, tuple) and actual in self.value
            case Operator.AT_LEAST:
                return _rank(self.fact, actual) >= _rank(self.fact, self.value)  # type: ignore[arg-type]
            case Operator.AT_MOST:
                return _rank(self.fact, actual) <= _rank(self.fact, self.value)  # type: ignore[arg-type]
        return False


def all_hold(conditions: tuple[Condition, ...], facts: Mapping[Fact, FactValue]) -> bool:
    return all(condition.holds(facts) for condition in conditions)


@dataclass(frozen=True)
class SeverityRule:
    when: tuple[Condition, ...]
    severity: Severity


@dataclass(frozen=True)
class ThresholdRule:
    when: tuple[Condition, ...]
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Threshold:
    """Limits of a measured value; the first override whose conditions hold wins."""

    minimum: float | None = None
    maximum: float | None = None
    unit: str = ""
    # The date the lab adopted this threshold: reports cite it.
    effective_from: date | None = None
    overrides: tuple[ThresholdRule, ...] = ()

    def limits(self, facts: Mapping[Fact, FactValue]) -> tuple[float | None, float | None]:
        for rule in self.overrides:
            if all_hold(rule.when, facts):
                return rule.minimum, rule.maximum
        return self.minimum, self.maximum


@dataclass(frozen=True)
class CheckSpec:
    id: str
    kind: CheckKind
    rule: str
    severity: Severity
    labels: Mapping[str, str]
    advice: Mapping[str, str]
    severity_rules: tuple[SeverityRule, ...] = ()
    applies_when: tuple[Condition, ...] = ()
    threshold: Threshold | None = None
    evidence: tuple[EvidenceKind, ...] = ()
    options: tuple[str, ...] = ()

    def severity_for(self, facts: Mapping[Fact, FactValue]) -> Severity:
        for rule in self.severity_rules:
            if all_hold(rule.when, facts):
                return rule.severity
        return self.severity

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["en"]

    def advice_in(self, language: str) -> str:
        return self.advice.get(language) or self.advice.get("en", "")


@dataclass(frozen=True)
class ProtocolSection:
    id: str
    labels: Mapping[str, str]
    checks: tuple[CheckSpec, ...]


@dataclass(frozen=True)
class AuditProtocol:
    id: str
    version: int
    labels: Mapping[str, str]
    sections: tuple[ProtocolSection, ...]

    @property
    def checks(self) -> tuple[CheckSpec, ...]:
        return tuple(check for section in self.sections for check in section.checks)

    def check(self, check_id: str) -> CheckSpec:
        for check in self.checks:
            if check.id == check_id:
                return check
        raise InvalidInput(
            "protocol {protocol} v{version} has no check {check!r}",
            protocol=self.id,
            version=self.version,
            check=check_id,
        )
