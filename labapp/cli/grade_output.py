"""How a grade is printed: the JSON of `labapp grade --json`, and a readable summary."""

from __future__ import annotations

from typing import Any, TextIO

from labapp.cli.output import write_table
from labapp.domain.audit_inputs import CheckOutcome
from labapp.domain.grading import GradeResult

_OUTCOME_ORDER = {
    CheckOutcome.FAIL: 0,
    CheckOutcome.NOT_TESTED: 1,
    CheckOutcome.PASS: 2,
    CheckOutcome.NOT_APPLICABLE: 3,
}


def grade_document(result: GradeResult) -> dict[str, Any]:
    return {
        "grade": result.grade.value,
        "base_grade": result.base_grade.value,
        "complete": result.complete,
        "missing": list(result.missing),
        "counts": {
            "critical": result.counts.critical,
            "major": result.counts.major,
            "minor": result.counts.minor,
        },
        "checks": [
            {
                "id": c.check_id,
                "outcome": c.outcome.value,
                "severity": c.severity.value,
                "measured": c.measured,
                "expected": c.expected,
                "reason": c.reason,
                "source": c.source,
                "note": c.note,
            }
            for c in result.checks
        ],
        "rules_fired": [
            {
                "rule": r.rule,
                "from": r.before.value if r.before else None,
                "to": r.after.value,
                "because": r.because,
            }
            for r in result.rules_fired
        ],
        "recommendations": [
            {"check": r.check_id, "severity": r.severity.value, "advice": r.advice}
            for r in result.recommendations
        ],
        "protocol": {"id": result.protocol_id, "version": result.protocol_version},
        "policy": {"id": result.policy_id, "version": result.policy_version},
    }


def write_grade_summary(result: GradeResult, out: TextIO) -> None:
    out.write(
        f"grade: {result.grade.value}  (base {result.base_grade.value}; "
        f"{result.counts.critical} critical, {result.counts.major} major, "
        f"{result.counts.minor} minor failure(s))\n"
    )
    for rule in result.rules_fired:
        change = f"{rule.before.value} -> " if rule.before else ""
        out.write(f"  rule {rule.rule}: {change}{rule.after.value} ({rule.because})\n")
    if not result.complete:
        out.write(f"incomplete: not yet tested: {', '.join(result.missing)}\n")
    rows = [
        [
            c.check_id,
            c.outcome.value,
            c.severity.value if c.outcome is CheckOutcome.FAIL else "",
            c.measured or "",
            c.expected or "",
            c.reason,
        ]
        for c in sorted(result.checks, key=lambda c: _OUTCOME_ORDER[c.outcome])
    ]
    write_table(["check", "outcome", "severity", "measured", "expected", "why"], rows, out)
    for recommendation in result.recommendations:
        out.write(f"- [{recommendation.severity.value}] {recommendation.advice}\n")
