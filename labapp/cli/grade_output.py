"""A grade as people read it in a terminal."""

from __future__ import annotations

from typing import TextIO

from labapp.cli.output import write_table
from labapp.domain.audit_inputs import CheckOutcome
from labapp.domain.grading import GradeResult

_OUTCOME_ORDER = {
    CheckOutcome.FAIL: 0,
    CheckOutcome.NOT_TESTED: 1,
    CheckOutcome.PASS: 2,
    CheckOutcome.NOT_APPLICABLE: 3,
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
