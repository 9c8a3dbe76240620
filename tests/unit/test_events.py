"""The chain of events: any edit, deletion, insertion or reordering is found, and the
first bad event is named."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from labapp.domain.events import GENESIS, LabEvent, SealedEvent, seal, verify_chain


def chain(count: int) -> list[SealedEvent]:
    sealed, previous = [], GENESIS
    start = datetime(2026, 11, 25, 9, tzinfo=UTC)
    for number in range(1, count + 1):
        event = LabEvent(
            start + timedelta(minutes=number),
            "Camille Martin",
            "audit",
            "7",
            "check answered",
            {"observations": {"screen_condition": None}},
            {"observations": {"screen_condition": "pass"}, "n": number},
        )
        digest = seal(event, previous)
        sealed.append(SealedEvent(number, event, previous, digest))
        previous = digest
    return sealed


def test_an_untouched_chain_holds():
    verdict = verify_chain(chain(20))
    assert verdict.intact and verdict.events == 20


def test_an_empty_log_holds():
    assert verify_chain([]).intact


@given(st.integers(min_value=0, max_value=9), st.sampled_from(["edit", "delete", "swap", "insert"]))
def test_any_tampering_names_the_first_bad_event(where, how):
    events = chain(10)
    if how == "edit":
        target = events[where]
        events[where] = replace(target, event=replace(target.event, actor="Someone Else"))
        expected = target.number
    elif how == "delete":
        expected = events[where + 1].number if where < 9 else None
        del events[where]
    elif how == "swap":
        other = (where + 1) % 10
        events[where], events[other] = events[other], events[where]
        expected = events[min(where, other)].number
    else:
        forged = LabEvent(datetime(2026, 1, 1, tzinfo=UTC), "x", "audit", "7", "forged")
        previous = events[where].previous_hash
        events.insert(where, SealedEvent(99, forged, previous, seal(forged, previous)))
        expected = events[where + 1].number
    verdict = verify_chain(events)
    if expected is None:  # the last event removed: the rest still chains (see README)
        assert verdict.intact
        return
    assert not verdict.intact and verdict.first_bad == expected
