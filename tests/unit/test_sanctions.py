"""The sanction ladder: base grades as a table, adjustments on their edges, invariants."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labapp.domain.sanctions import FailureCounts, PreviousAudit, SanctionGrade, decide_sanction
from labapp.services.protocols import ProtocolLibrary

POLICY, _ = ProtocolLibrary().policy()
NOW = datetime(2025, 7, 18, 10, 0, tzinfo=timezone(timedelta(hours=2)))
G = SanctionGrade


def decide(critical=0, major=0, minor=0, onboarding=False, previous=()):
    return decide_sanction(
        POLICY, FailureCounts(critical, major, minor), onboarding, list(previous), NOW
    )


@pytest.mark.parametrize(
    ("critical", "major", "minor", "grade"),
    [
        (0, 0, 0, G.COMPLIANT),
        (0, 0, 1, G.ADVISORY),
        (0, 0, 2, G.ADVISORY),
        (0, 0, 3, G.SURVEILLANCE),
        (0, 0, 9, G.SURVEILLANCE),
        (0, 1, 0, G.SURVEILLANCE),
        (0, 1, 5, G.SURVEILLANCE),
        (0, 2, 0, G.SALES_LIMITATION),
        (0, 3, 0, G.SUSPENSION),
        (0, 7, 4, G.SUSPENSION),
        (1, 0, 0, G.DEREGISTRATION),
        (1, 3, 3, G.DEREGISTRATION),
    ],
)
def test_base_grade_table(critical, major, minor, grade):
    decision = decide(critical, major, minor)
    assert decision.base_grade is grade
    assert decision.grade is grade
    assert len(decision.rules_fired) == 1


def test_onboarding_floor_raises_surveillance_only():
    decision = decide(major=1, onboarding=True)
    assert decision.base_grade is G.SURVEILLANCE
    assert decision.grade is G.SALES_LIMITATION
    assert [r.rule for r in decision.rules_fired] == ["one_major", "onboarding_floor"]
    assert decide(minor=1, onboarding=True).grade is G.ADVISORY
    assert decide(major=2, onboarding=True).grade is G.SALES_LIMITATION


def previous(days_before: float, grade: SanctionGrade) -> PreviousAudit:
    return PreviousAudit(NOW - timedelta(days=days_before), grade)


def test_repeat_offence_within_180_days_climbs_one_step():
    decision = decide(minor=1, previous=[previous(30, G.SURVEILLANCE)])
    assert decision.grade is G.SURVEILLANCE
    fired = decision.rules_fired[-1]
    assert (fired.rule, fired.before, fired.after) == ("repeat_offence", G.ADVISORY, G.SURVEILLANCE)


@pytest.mark.parametrize(
    ("days", "grade_before", "expected"),
    [
        (180, G.SURVEILLANCE, G.SURVEILLANCE),  # exactly 180 days: inside the window
        (180.01, G.SURVEILLANCE, G.ADVISORY),  # just outside
        (10, G.ADVISORY, G.ADVISORY),  # a previous advisory is not an offence
        (10, G.DEREGISTRATION, G.SURVEILLANCE),
    ],
)
def test_repeat_offence_window_and_threshold(days, grade_before, expected):
    assert decide(minor=1, previous=[previous(days, grade_before)]).grade is expected


def test_only_the_most_recent_previous_audit_counts():
    history = [previous(100, G.SUSPENSION), previous(20, G.COMPLIANT)]
    assert decide(minor=1, previous=history).grade is G.ADVISORY


def test_audits_after_this_one_do_not_count():
    assert decide(minor=1, previous=[previous(-5, G.SUSPENSION)]).grade is G.ADVISORY


def test_compliant_is_never_raised_and_suspension_is_the_cap():
    history = [previous(10, G.SUSPENSION)]
    assert decide(previous=history).grade is G.COMPLIANT
    assert decide(major=3, previous=history).grade is G.SUSPENSION
    assert decide(critical=1, previous=history).grade is G.DEREGISTRATION


def test_steps_apply_in_order_and_each_change_is_reported():
    decision = decide(major=1, onboarding=True, previous=[previous(50, G.SURVEILLANCE)])
    assert [(r.rule, r.after) for r in decision.rules_fired] == [
        ("one_major", G.SURVEILLANCE),
        ("onboarding_floor", G.SALES_LIMITATION),
        ("repeat_offence", G.SUSPENSION),
    ]


counts = st.integers(min_value=0, max_value=6)
history = st.lists(
    st.builds(previous, st.floats(min_value=-30, max_value=400), st.sampled_from(list(G))),
    max_size=4,
)


@given(
    counts, counts, counts, st.booleans(), history, st.sampled_from(["critical", "major", "minor"])
)
def test_one_more_failure_never_gives_a_milder_grade(
    critical, major, minor, onboarding, past, extra
):
    before = decide(critical, major, minor, onboarding, past).grade
    more = {"critical": critical, "major": major, "minor": minor}
    more[extra] += 1
    after = decide(more["critical"], more["major"], more["minor"], onboarding, past).grade
    assert after.rank >= before.rank


@given(st.integers(min_value=1, max_value=5), counts, counts, st.booleans(), history)
def test_a_critical_failure_always_deregisters(critical, major, minor, onboarding, past):
    assert decide(critical, major, minor, onboarding, past).grade is G.DEREGISTRATION


@given(counts, counts, st.booleans(), history)
def test_without_a_critical_failure_nothing_deregisters(major, minor, onboarding, past):
    assert decide(0, major, minor, onboarding, past).grade.rank <= G.SUSPENSION.rank


@given(counts, counts, counts, st.booleans(), history)
def test_adjustments_never_lower_the_base_grade(critical, major, minor, onboarding, past):
    decision = decide(critical, major, minor, onboarding, past)
    assert decision.grade.rank >= decision.base_grade.rank
