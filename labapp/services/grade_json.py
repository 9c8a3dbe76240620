"""A grade as JSON: the output of `labapp grade --json`, also stored with each audit."""

from __future__ import annotations

from typing import Any

from labapp.domain.grading import GradeResult


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
