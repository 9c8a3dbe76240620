"""An audit's checks and the rules that graded it, as the seller reads them: worded once
for the PDF, the workbook and the window."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from labapp.domain.audit_inputs import CheckOutcome
from labapp.domain.grading import CheckResult
from labapp.domain.protocol import AuditProtocol
from labapp.domain.sanctions import FailureCounts, RuleFired
from labapp.reports.i18n import Catalog
from labapp.reports.phrases import say

# How the repeat-offence rule names the earlier audit (labapp.domain.sanctions says it
# in English for logs; the wording below says it in the reader's language).
_PREVIOUS_AUDIT = re.compile(r"^previous audit finalised (\d{4}-\d{2}-\d{2}) was graded (\w+)$")
# Reasons that only repeat the order's dates, which the report shows in its timeline.
_DATE_REASONS = ("ordered ", "effective order day")


@dataclass(frozen=True)
class CheckWording:
    label: str
    outcome: str
    severity: str
    measured: str
    expected: str
    # The technician's note, and why a failed check failed where the measured value
    # alone does not say it.
    notes: str
    failed: bool


def word_check(result: CheckResult, protocol: AuditProtocol, catalog: Catalog) -> CheckWording:
    failed = result.outcome is CheckOutcome.FAIL
    reason = say(_reason_worth_noting(result), catalog) if failed else ""
    notes = catalog.t("phrase_separator").join(text for text in (result.note, reason) if text)
    return CheckWording(
        label=protocol.check(result.check_id).label(catalog.language),
        outcome=catalog.t(f"outcome_{result.outcome.value}"),
        severity=catalog.t(f"severity_{result.severity.value}"),
        measured=say(result.measured, catalog),
        expected=say(result.expected, catalog),
        notes=notes,
        failed=failed,
    )


def _reason_worth_noting(result: CheckResult) -> str | None:
    """Why a check failed, where the measured value alone does not say it: without the
    order's dates (the timeline shows them) and without the technician's note (already
    in the notes). Decided on the rule's English, before it is said in a language."""
    if not result.reason or result.reason == result.measured:
        return None
    parts = [
        part
        for part in result.reason.split("; ")
        if not part.startswith(_DATE_REASONS) and part != result.note
    ]
    return "; ".join(parts) or None


def failures_text(counts: FailureCounts, catalog: Catalog) -> str:
    """The failed checks by severity ("0 critical, 1 major, 2 minor"), each count with
    the singular or plural its language gives it."""
    return catalog.t(
        "failures",
        critical=catalog.t("failed_critical", n=counts.critical),
        major=catalog.t("failed_major", n=counts.major),
        minor=catalog.t("failed_minor", n=counts.minor),
    )


def rule_wording(rule: RuleFired, failures: str, catalog: Catalog) -> str:
    """One rule that moved the grade, in the catalog's language. ``failures`` is the
    failed checks already worded: the report and the window count them each their own
    way (the window with Qt's plurals)."""

    def grade(value: str) -> str:
        return catalog.t(f"grade_{value}")

    if rule.before is None:  # the base rule: the failed checks give a grade
        return catalog.t("rule_base", count=failures, grade=grade(rule.after.value))
    names = {"before": grade(rule.before.value), "after": grade(rule.after.value)}
    if rule.rule == "onboarding_floor":
        return catalog.t("rule_onboarding_floor", **names)
    previous = _PREVIOUS_AUDIT.match(rule.because)
    if rule.rule == "repeat_offence" and previous:
        when = catalog.day(date.fromisoformat(previous[1]))
        return catalog.t("rule_repeat_offence", previous=grade(previous[2]), date=when, **names)
    # A rule the catalogs do not know yet: its own words, and the grades it moved.
    return catalog.labelled(say(rule.because, catalog), f"{names['before']} → {names['after']}")
