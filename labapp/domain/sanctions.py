"""The sanction ladder and the policy that climbs it.

The policy is data (audit_templates/sanction-policy.yaml): a base grade from
the failed checks, then adjustments (onboarding floor, repeat offence), each
reported when it changes the grade so that the seller can be told why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from labapp.domain.choices import parse_choice
from labapp.domain.errors import words
from labapp.domain.protocol import Severity


class SanctionGrade(StrEnum):
    """Mildest first; the order of the members is the ladder."""

    COMPLIANT = "compliant"
    ADVISORY = "advisory"
    SURVEILLANCE = "surveillance"
    SALES_LIMITATION = "sales_limitation"
    SUSPENSION = "suspension"
    DEREGISTRATION = "deregistration"

    @property
    def rank(self) -> int:
        return list(SanctionGrade).index(self)

    def step_up(self, steps: int, cap: SanctionGrade) -> SanctionGrade:
        ladder = list(SanctionGrade)
        return ladder[min(self.rank + steps, cap.rank)] if self.rank < cap.rank else self


def parse_grade_name(raw: str) -> SanctionGrade:
    return parse_choice(SanctionGrade, raw, words("sanction grade"))


@dataclass(frozen=True)
class FailureCounts:
    critical: int = 0
    major: int = 0
    minor: int = 0

    def of(self, severity: Severity) -> int:
        return {
            Severity.CRITICAL: self.critical,
            Severity.MAJOR: self.major,
            Severity.MINOR: self.minor,
        }[severity]


@dataclass(frozen=True)
class BaseGradeRule:
    """Matches when the failures reach every minimum given; the first match sets the grade."""

    id: str
    grade: SanctionGrade
    at_least: Mapping[Severity, int] = field(default_factory=dict)

    def matches(self, counts: FailureCounts) -> bool:
        return all(counts.of(severity) >= n for severity, n in self.at_least.items())


@dataclass(frozen=True)
class OnboardingFloor:
    when_grade: SanctionGrade
    raise_to: SanctionGrade


@dataclass(frozen=True)
class RepeatOffence:
    window_days: int
    previous_at_least: SanctionGrade
    applies_at_least: SanctionGrade
    steps: int
    cap: SanctionGrade


@dataclass(frozen=True)
class SanctionPolicy:
    id: str
    version: int
    base_rules: tuple[BaseGradeRule, ...]
    default_grade: SanctionGrade
    onboarding_floor: OnboardingFloor | None
    repeat_offence: RepeatOffence | None
    # What a suspended seller's action plan must contain, by language.
    action_plan: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class PreviousAudit:
    finalised_at: datetime
    grade: SanctionGrade


@dataclass(frozen=True)
class RuleFired:
    rule: str
    before: SanctionGrade | None
    after: SanctionGrade
    because: str


@dataclass(frozen=True)
class SanctionDecision:
    grade: SanctionGrade
    base_grade: SanctionGrade
    rules_fired: tuple[RuleFired, ...]


def _describe(counts: FailureCounts) -> str:
    parts = [
        f"{n} {name}"
        for name, n in (
            ("critical", counts.critical),
            ("major", counts.major),
            ("minor", counts.minor),
        )
        if n
    ]
    return ", ".join(parts) + " failure(s)" if parts else "no failed check"


def decide_sanction(
    policy: SanctionPolicy,
    counts: FailureCounts,
    seller_onboarding: bool,
    previous: Sequence[PreviousAudit],
    audited_at: datetime,
) -> SanctionDecision:
    base = next((rule for rule in policy.base_rules if rule.matches(counts)), None)
    grade = base.grade if base else policy.default_grade
    fired = [RuleFired(base.id if base else "no_failure", None, grade, _describe(counts))]
    base_grade = grade

    floor = policy.onboarding_floor
    if floor and seller_onboarding and grade is floor.when_grade:
        fired.append(
            RuleFired("onboarding_floor", grade, floor.raise_to, "seller still in onboarding")
        )
        grade = floor.raise_to

    repeat = policy.repeat_offence
    if repeat and grade.rank >= repeat.applies_at_least.rank:
        since = audited_at - timedelta(days=repeat.window_days)
        earlier = [p for p in previous if since <= p.finalised_at < audited_at]
        latest = max(earlier, key=lambda p: p.finalised_at, default=None)
        if latest and latest.grade.rank >= repeat.previous_at_least.rank:
            raised = grade.step_up(repeat.steps, repeat.cap)
            if raised is not grade:
                fired.append(
                    RuleFired(
                        "repeat_offence",
                        grade,
                        raised,
                        f"previous audit finalised {latest.finalised_at.date().isoformat()} "
                        f"was graded {latest.grade.value}",
                    )
                )
                grade = raised
    return SanctionDecision(grade, base_grade, tuple(fired))
