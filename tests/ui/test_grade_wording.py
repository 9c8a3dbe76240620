"""The grade explained in the window's language: the review page says the rules that set
the grade as the seller's report does (the report catalogs), counts with Qt's plurals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from labapp.domain.audits import AuditState
from labapp.domain.sanctions import FailureCounts, RuleFired, SanctionGrade
from labapp.reports.i18n import Catalog
from labapp.ui.grade_wording import failed_counts, failures_phrase, rule_explanation

from .conftest import wait_idle
from .test_review_page import open_review, waiting

NBSP = "\u00a0"
# The grading's own English, for logs and the command line: never shown in the window.
RULES_IN_PLAIN_ENGLISH = ("seller still in onboarding", "previous audit finalised")


def raised_by_onboarding(lab) -> int:
    """An audit whose grade the onboarding floor raised (the demo has a few)."""
    for summary in lab.audits.list_audits():
        rules = [rule.rule for rule in lab.audits.get(summary.id).record.result.rules_fired]
        if "onboarding_floor" in rules:
            return summary.id
    raise AssertionError("the demo data has no audit raised by the onboarding floor")


def shown(qtbot, lab, runner, audit_id):
    page = open_review(qtbot, lab, runner)
    page.open_audit(audit_id)
    wait_idle(qtbot, runner)
    return page


def test_the_rules_are_explained_in_english_in_an_english_window(qtbot, lab, runner):
    page = shown(qtbot, lab, runner, raised_by_onboarding(lab))
    rules = page.rules.text()
    assert "Seller in onboarding: Surveillance raised to Sales limitation" in rules
    assert "→ Surveillance" in rules  # the base rule: the failed checks, then their grade
    assert "seller still in onboarding" not in rules
    assert page.preview.rule.text().startswith("Set by: ")
    assert "Failed: 0 critical" in page.preview.progress.text()


def test_the_rules_are_explained_in_french_in_a_french_window(qtbot, lab, runner, french):
    audit_id = raised_by_onboarding(lab)
    page = shown(qtbot, lab, runner, audit_id)
    rules = page.rules.text()
    assert "Règles qui ont fixé le niveau" in rules
    floor = "Vendeur en période d'intégration" + NBSP + ": niveau relevé de Surveillance à"
    assert floor + " Limitation des ventes" in rules
    assert "→ Surveillance" in rules
    # The box beside says the last rule, worded the same way.
    last = lab.audits.get(audit_id).record.result.rules_fired[-1]
    assert page.preview.rule.text().endswith(
        rule_explanation(last, FailureCounts(), Catalog.of("fr"))
    )
    assert page.preview.grade.text() == Catalog.of("fr").t(f"grade_{last.after.value}")
    for english in RULES_IN_PLAIN_ENGLISH:
        assert english not in rules and english not in page.preview.rule.text()


def test_a_finalised_audit_is_not_called_ready_for_review(qtbot, lab, runner):
    page = shown(qtbot, lab, runner, waiting(lab))
    assert page.preview.progress.text().endswith("Every check is answered: ready for review.")
    finalised = lab.audits.list_audits(state=AuditState.FINALISED)[0].id
    page.open_audit(finalised)
    wait_idle(qtbot, runner)
    assert page.preview.progress.text().endswith("Every check is answered.")


def test_a_repeat_offence_names_the_earlier_audit_by_its_grade_and_day():
    rule = RuleFired(
        "repeat_offence",
        SanctionGrade.SALES_LIMITATION,
        SanctionGrade.SUSPENSION,
        "previous audit finalised 2026-01-11 was graded sales_limitation",
    )
    assert rule_explanation(rule, FailureCounts(major=1), Catalog.of("fr")) == (
        "Récidive (audit précédent du 11 janvier 2026 classé Limitation des ventes)"
        + NBSP
        + ": niveau relevé de Limitation des ventes à Suspension"
    )
    assert rule_explanation(rule, FailureCounts(major=1), Catalog.of("en")) == (
        "Repeat offence (previous audit graded Sales limitation on 11 January 2026): "
        "Sales limitation raised to Suspension"
    )


def test_a_rule_the_catalogs_do_not_know_keeps_its_words_and_its_grades():
    rule = RuleFired("claim_rate", SanctionGrade.ADVISORY, SanctionGrade.SURVEILLANCE, "82% < 85%")
    said = rule_explanation(rule, FailureCounts(), Catalog.of("fr"))
    assert said == f"82{NBSP}% < 85{NBSP}%{NBSP}: Avertissement → Surveillance"


def test_the_base_rule_says_only_the_severities_that_failed():
    base = RuleFired("no_failure", None, SanctionGrade.COMPLIANT, "no failed check")
    assert (
        rule_explanation(base, FailureCounts(), Catalog.of("en")) == "no failed check → Compliant"
    )
    counts = FailureCounts(critical=1, minor=2)
    assert failures_phrase(counts) == "1 critical failure(s), 2 minor failure(s)"
    assert failed_counts(counts) == "Failed: 1 critical, 0 major, 2 minor"


def test_french_counts_take_the_singular_or_the_plural(french):
    if QCoreApplication.translate("GradeWording", "%n major", None, 2) == "2 major":
        pytest.skip("the French catalog does not have the GradeWording texts yet")
    assert failures_phrase(FailureCounts(major=1)) == "1 non-conformité majeure"
    assert failures_phrase(FailureCounts(major=2, minor=1)) == (
        "2 non-conformités majeures, 1 non-conformité mineure"
    )
    assert failures_phrase(FailureCounts()) == "aucun contrôle en échec"
    assert (
        failed_counts(FailureCounts(major=2)) == f"En échec{NBSP}: 0 critique, 2 majeurs, 0 mineur"
    )
