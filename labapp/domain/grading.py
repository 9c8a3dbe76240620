"""Grading an audit: every check of the protocol, then the sanction policy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from labapp.domain.audit_inputs import AuditInputs, CheckOutcome
from labapp.domain.check_rules import RULES, RuleContext
from labapp.domain.errors import InvalidInput
from labapp.domain.logistics import BusinessCalendar, LogisticsPolicy
from labapp.domain.protocol import AuditProtocol, Severity, all_hold
from labapp.domain.sanctions import (
    FailureCounts,
    PreviousAudit,
    RuleFired,
    SanctionGrade,
    SanctionPolicy,
    decide_sanction,
)


@dataclass(frozen=True)
class CheckResult:
    check_id: str
    outcome: CheckOutcome
    # The severity this check carries if it fails (after its severity rules).
    severity: Severity
    measured: str | None
    expected: str | None
    reason: str
    source: str
    note: str = ""


@dataclass(frozen=True)
class Recommendation:
    check_id: str
    severity: Severity
    advice: str


@dataclass(frozen=True)
class GradeResult:
    protocol_id: str
    protocol_version: int
    policy_id: str
    policy_version: int
    grade: SanctionGrade
    base_grade: SanctionGrade
    complete: bool
    counts: FailureCounts
    checks: tuple[CheckResult, ...]
    rules_fired: tuple[RuleFired, ...]
    recommendations: tuple[Recommendation, ...]

    @property
    def missing(self) -> tuple[str, ...]:
        """Checks that apply but have no outcome yet: what stops finalising."""
        return tuple(c.check_id for c in self.checks if c.outcome is CheckOutcome.NOT_TESTED)


_SEVERITY_ORDER = {Severity.CRITICAL: 0, Severity.MAJOR: 1, Severity.MINOR: 2}


def grade_audit(
    protocol: AuditProtocol,
    policy: SanctionPolicy,
    inputs: AuditInputs,
    calendar: BusinessCalendar,
    logistics: LogisticsPolicy,
    previous: Sequence[PreviousAudit] = (),
    language: str = "en",
) -> GradeResult:
    unknown = sorted(set(inputs.observations) - {c.id for c in protocol.checks})
    if unknown:
        raise InvalidInput(
            "observations name check(s) not in protocol {protocol} v{version}: {unknown}",
            protocol=protocol.id,
            version=protocol.version,
            unknown=", ".join(unknown),
        )
    facts = inputs.facts()
    context = RuleContext(inputs, calendar, logistics, facts)
    results = []
    for check in protocol.checks:
        note = inputs.observations[check.id].note if check.id in inputs.observations else ""
        if not all_hold(check.applies_when, facts):
            results.append(
                CheckResult(
                    check.id,
                    CheckOutcome.NOT_APPLICABLE,
                    check.severity,
                    None,
                    None,
                    "does not apply to this order",
                    "protocol",
                    note,
                )
            )
            continue
        evaluation = RULES[check.rule](check, context)
        severity = check.severity_for({**facts, **evaluation.facts})
        results.append(
            CheckResult(
                check.id,
                evaluation.outcome,
                severity,
                evaluation.measured,
                evaluation.expected,
                evaluation.reason,
                evaluation.source,
                note,
            )
        )
    failed = [r for r in results if r.outcome is CheckOutcome.FAIL]
    counts = FailureCounts(
        critical=sum(r.severity is Severity.CRITICAL for r in failed),
        major=sum(r.severity is Severity.MAJOR for r in failed),
        minor=sum(r.severity is Severity.MINOR for r in failed),
    )
    decision = decide_sanction(
        policy, counts, inputs.seller_onboarding, previous, inputs.audited_at
    )
    recommendations = tuple(
        Recommendation(r.check_id, r.severity, protocol.check(r.check_id).advice_in(language))
        for r in sorted(failed, key=lambda r: _SEVERITY_ORDER[r.severity])
    )
    return GradeResult(
        protocol_id=protocol.id,
        protocol_version=protocol.version,
        policy_id=policy.id,
        policy_version=policy.version,
        grade=decision.grade,
        base_grade=decision.base_grade,
        complete=not any(r.outcome is CheckOutcome.NOT_TESTED for r in results),
        counts=counts,
        checks=tuple(results),
        rules_fired=decision.rules_fired,
        recommendations=recommendations,
    )
