"""What a report's Notes column says about a failed check: why it failed, once, in the
report's language, without the order's dates (the timeline shows them)."""

from __future__ import annotations

from labapp.domain.audit_inputs import CheckOutcome
from labapp.domain.grading import CheckResult
from labapp.domain.protocol import Severity
from labapp.reports.check_wording import word_check
from labapp.reports.i18n import Catalog
from labapp.services.protocols import ProtocolLibrary

PROTOCOL, _ = ProtocolLibrary().protocol("smartphone")


def failed(check_id: str, reason: str, note: str = "", measured: str | None = None):
    return CheckResult(
        check_id, CheckOutcome.FAIL, Severity.MAJOR, measured, None, reason, "rule", note
    )


def test_a_late_shipment_says_it_was_late_but_not_the_order_day():
    late = failed("shipped_on_time", "effective order day 2026-01-12; not shipped by the deadline")
    assert word_check(late, PROTOCOL, Catalog.of("en")).notes == "not shipped by the deadline"
    assert word_check(late, PROTOCOL, Catalog.of("fr")).notes == "colis non expédié dans le délai"


def test_the_technicians_note_is_said_once_and_as_written():
    noted = failed("functional_tests", "no sound", note="no sound")
    assert word_check(noted, PROTOCOL, Catalog.of("fr")).notes == "no sound"


def test_a_note_and_a_reason_are_joined_as_the_language_writes_it():
    both = failed("imei_valid", "Luhn check fails for 356938035643808", note="box IMEI differs")
    notes = word_check(both, PROTOCOL, Catalog.of("fr")).notes
    assert notes.startswith("box IMEI differs\u00a0; ")
