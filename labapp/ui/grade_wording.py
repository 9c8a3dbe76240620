"""The grade explained in the window's language: the rules that set it, the failed
checks, what is left to answer.

The rules (labapp.domain.sanctions) explain themselves in plain English for logs and
the command line. The seller's report already says each rule in five languages, in the
report catalogs (resources/i18n/report.*.json, keys ``rule_*``): the window reads the
same wording from the catalog of its own language, so a rule is never worded twice.
Counts are the window's own texts, in Qt's catalog, where "%n" gives each language its
singular and plural (the report catalogs can only write "majeur(s)").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from labapp.domain.grading import GradeResult
from labapp.domain.sanctions import FailureCounts, RuleFired
from labapp.reports.check_wording import rule_wording
from labapp.reports.i18n import Catalog

translate = QCoreApplication.translate


def failures_phrase(counts: FailureCounts) -> str:
    """The failed checks that chose the base grade: "1 major failure", only the
    severities that failed, as the rule itself says them."""
    # Each severity its own literal text: lupdate reads only literals.
    parts = []
    if counts.critical:
        parts.append(translate("GradeWording", "%n critical failure(s)", None, counts.critical))
    if counts.major:
        parts.append(translate("GradeWording", "%n major failure(s)", None, counts.major))
    if counts.minor:
        parts.append(translate("GradeWording", "%n minor failure(s)", None, counts.minor))
    return ", ".join(parts) if parts else translate("GradeWording", "no failed check")


def failed_counts(counts: FailureCounts) -> str:
    """Every severity, zeros included, so the box reads the same from one audit to
    the next."""
    return (
        translate("GradeWording", "Failed: %1, %2, %3")
        .replace("%1", translate("GradeWording", "%n critical", None, counts.critical))
        .replace("%2", translate("GradeWording", "%n major", None, counts.major))
        .replace("%3", translate("GradeWording", "%n minor", None, counts.minor))
    )


def rule_explanation(rule: RuleFired, counts: FailureCounts, catalog: Catalog) -> str:
    """One fired rule, worded as the seller's report words it, in the catalog's language,
    its failed checks counted with the window's plurals."""
    return rule_wording(rule, failures_phrase(counts), catalog)


def readiness(result: GradeResult, reviewing: bool) -> str:
    """What is left to answer; once nothing is, "ready for review" only while the audit
    still waits for a decision (a finalised audit has been reviewed)."""
    waiting = len(result.missing)
    if waiting:
        return translate("GradeWording", "%n check(s) still to answer", None, waiting)
    if reviewing:
        return translate("GradeWording", "Every check is answered: ready for review.")
    return translate("GradeWording", "Every check is answered.")


@dataclass(frozen=True)
class GradeWording:
    """The texts of a grade box: the grade's name, the rule that set it, the progress."""

    grade: str
    set_by: str
    progress: str


def grade_wording(result: GradeResult, catalog: Catalog, reviewing: bool = True) -> GradeWording:
    last = result.rules_fired[-1] if result.rules_fired else None
    # Only the base rule, and nothing failed: the grade needs no reason ("no failed
    # check → Compliant" would say the grade twice).
    counts = result.counts
    if last is None or (last.before is None and not counts.critical + counts.major + counts.minor):
        set_by = translate("GradeWording", "No check has failed.")
    else:
        explained = rule_explanation(last, counts, catalog)
        set_by = translate("GradeWording", "Set by: %1").replace("%1", explained)
    progress = f"{failed_counts(result.counts)}\n{readiness(result, reviewing)}"
    return GradeWording(catalog.t(f"grade_{result.grade.value}"), set_by, progress)
