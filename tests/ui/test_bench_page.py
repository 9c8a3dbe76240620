"""The bench from the keyboard: start the audit of a received parcel, answer checks,
watch the grade preview, submit; every answer is in the database at once."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from devices.replay import replay
from labapp.domain.orders import OrderStatus
from labapp.domain.users import LabRole
from labapp.services.ports import OrderQuery
from labapp.ui.bench_page import BenchPage
from labapp.ui.checklist_model import numbered_options

from .conftest import signed_in, wait_idle

DEVICES = Path(__file__).resolve().parents[1] / "fixtures" / "devices"


def received_order(lab) -> str:
    lines = lab.orders.lines(OrderQuery(status=OrderStatus.RECEIVED, limit=1))
    assert lines, "the demo should leave parcels received and not yet on the bench"
    return lines[0].order_ref


def open_bench(qtbot, lab, runner):
    page = BenchPage(lab, runner, signed_in(lab, LabRole.TECHNICIAN))
    qtbot.addWidget(page)
    page.resize(1300, 720)
    page.show()
    return page


def bench_on_a_received_order(qtbot, lab, runner):
    """The bench with a received parcel's audit open, ready for keys."""
    page = open_bench(qtbot, lab, runner)
    page.open_order(received_order(lab))
    wait_idle(qtbot, runner)
    return page


def test_keys_answer_checks_and_each_answer_is_saved(qtbot, lab, runner):
    page = open_bench(qtbot, lab, runner)
    order_ref = received_order(lab)
    page.open_order(order_ref)
    wait_idle(qtbot, runner)
    assert page.audit is not None and page.audit.record.order_ref == order_ref
    audit_id = page.audit.summary.id
    table = page.checklist
    first = table.current_check()
    assert page.checklist_model.needs_answer(table.currentIndex().row())
    qtbot.keyClick(table, Qt.Key.Key_P)
    wait_idle(qtbot, runner)
    # Saved: a fresh read of the audit has the answer.
    stored = lab.audits.get(audit_id).record.case_document["observations"]
    assert stored[first] == "pass"
    assert table.current_check() != first  # moved on to the next waiting check
    assert "still to answer" in page.preview.progress.text()


def test_a_failed_major_check_changes_the_grade_preview(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    before = page.preview.grade.text()
    row = page.checklist_model.row_of("functional_tests")
    page.checklist.go_to(row)
    qtbot.keyClick(page.checklist, Qt.Key.Key_F)
    wait_idle(qtbot, runner)
    assert page.preview.grade.text() == "Surveillance" != before
    assert "major" in page.preview.progress.text()
    assert "functional" in page.preview.rule.text().lower() or page.preview.rule.text()


def test_a_choice_by_number_and_a_note_by_enter(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    audit_id = page.audit.summary.id
    page.checklist.go_to(page.checklist_model.row_of("cosmetic_grade"))
    qtbot.keyClick(page.checklist, Qt.Key.Key_3)  # fair, good, excellent, premium
    wait_idle(qtbot, runner)
    page.checklist.go_to(page.checklist_model.row_of("screen_condition"))
    qtbot.keyClick(page.checklist, Qt.Key.Key_Return)
    assert page.note.hasFocus()
    qtbot.keyClicks(page.note, "scratch near the camera")
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    stored = lab.audits.get(audit_id).record.case_document["observations"]
    assert stored["cosmetic_grade"] == {"value": "excellent", "note": ""}
    assert stored["screen_condition"]["note"] == "scratch near the camera"


def test_computed_checks_refuse_pass_and_fail_keys(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    page.checklist.go_to(page.checklist_model.row_of("shipped_on_time"))
    with qtbot.waitSignal(page.checklist.refused):
        qtbot.keyClick(page.checklist, Qt.Key.Key_P)
    assert "decided by the phone's reading or the order's dates" in page.status.text()


def test_submitting_too_early_points_at_what_is_missing(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    qtbot.keyClick(page.checklist, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "still to answer" in page.status.text()
    assert page.audit.record.state.value == "draft"


def test_the_checklist_model_passes_qt_model_tests(qtbot, lab, runner, qtmodeltester):
    page = bench_on_a_received_order(qtbot, lab, runner)
    qtmodeltester.check(page.checklist_model)


# -- the keys a check takes, said when another is pressed -------------------------------


def test_the_keys_reminder_comes_back_once_the_check_is_answered(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    reminder = page.status.text()
    assert reminder.startswith("P pass · F fail")
    page.checklist.go_to(page.checklist_model.row_of("cosmetic_grade"))
    with qtbot.waitSignal(page.checklist.refused):
        qtbot.keyClick(page.checklist, Qt.Key.Key_P)
    assert page.status.text().startswith("Answer “Cosmetic grade as listed”")
    qtbot.keyClick(page.checklist, Qt.Key.Key_2)  # good
    wait_idle(qtbot, runner)
    assert page.status.text() == reminder
    page.checklist.go_to(page.checklist_model.row_of("cosmetic_grade"))
    with qtbot.waitSignal(page.checklist.refused):
        qtbot.keyClick(page.checklist, Qt.Key.Key_P)
    assert page.status.text() != reminder
    page.checklist.go_to(page.checklist_model.row_of("functional_tests"))
    assert page.status.text() == reminder  # moving on to another check


def test_pass_on_the_cosmetic_grade_asks_for_a_grade_by_its_number(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    audit_id = page.audit.summary.id
    page.checklist.go_to(page.checklist_model.row_of("cosmetic_grade"))
    with qtbot.waitSignal(page.checklist.refused):
        qtbot.keyClick(page.checklist, Qt.Key.Key_P)
    said = page.status.text()
    # The grades of the protocol (audit_templates/smartphone.yaml), not a computed check.
    assert said == (
        "Answer “Cosmetic grade as listed” with a number: 1 fair, 2 good, 3 excellent, 4 premium."
    )
    with qtbot.waitSignal(page.checklist.refused):
        qtbot.keyClick(page.checklist, Qt.Key.Key_7)
    assert "has no option 7" in page.status.text() and "4 premium" in page.status.text()
    wait_idle(qtbot, runner)
    assert "cosmetic_grade" not in lab.audits.get(audit_id).record.case_document.get(
        "observations", {}
    )


def test_a_number_on_a_pass_or_fail_check_says_which_keys_it_takes(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    page.checklist.go_to(page.checklist_model.row_of("functional_tests"))
    with qtbot.waitSignal(page.checklist.refused):
        qtbot.keyClick(page.checklist, Qt.Key.Key_2)
    assert page.status.text() == "“All functions work” has no options: answer it with P, F or N."
    page.checklist.go_to(page.checklist_model.row_of("shipped_on_time"))
    with qtbot.waitSignal(page.checklist.refused):
        qtbot.keyClick(page.checklist, Qt.Key.Key_2)
    assert "decided by the phone's reading or the order's dates" in page.status.text()


def test_a_french_bench_names_the_cosmetic_grades_as_the_marketplace_does(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    page.checklist.go_to(page.checklist_model.row_of("cosmetic_grade"))
    qtbot.keyClick(page.checklist, Qt.Key.Key_3)
    wait_idle(qtbot, runner)
    model = page.checklist_model
    model.show_audit(page.audit, "fr")
    row = model.row_of("cosmetic_grade")
    assert model.data(model.index(row, 1)) == "Parfait état"  # "excellent", as listed
    assert numbered_options(model.check(row), "fr") == (
        "1 État correct, 2 Très bon état, 3 Parfait état, 4 Premium"
    )


# -- checks the phone settles ------------------------------------------------------------


def outcome_text(page, check_id: str) -> str:
    model = page.checklist_model
    return model.data(model.index(model.row_of(check_id), 2))


def test_device_checks_wait_for_the_reading_until_the_phone_is_read(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    model = page.checklist_model
    imei = model.index(model.row_of("imei_valid"), 2)
    # No phone read yet: no IMEI to check is not "not applicable", and the others are
    # not the technician's to answer.
    for check_id in ("imei_valid", "model_as_listed", "battery_health", "locks_removed"):
        assert outcome_text(page, check_id) == "waiting for the reading", check_id
    assert model.data(imei, Qt.ItemDataRole.BackgroundRole) is None
    assert "F5" in model.data(imei, Qt.ItemDataRole.ToolTipRole)
    assert outcome_text(page, "screen_condition") == "not tested"  # seen, not read
    reading = replay(json.loads((DEVICES / "iphone14pro.reading.json").read_text()))
    audit_id, user = page.audit.summary.id, page._session.user
    page.show_audit(lab.audits.record_reading(audit_id, reading.to_json(), by=user))
    assert outcome_text(page, "imei_valid") in ("pass", "fail (major)")
    assert outcome_text(page, "battery_health") != "waiting for the reading"


def test_a_value_answered_by_hand_is_shown_before_any_reading(qtbot, lab, runner):
    page = bench_on_a_received_order(qtbot, lab, runner)
    page.checklist.go_to(page.checklist_model.row_of("battery_health"))
    qtbot.keyClick(page.checklist, Qt.Key.Key_F)  # read in the phone's own settings
    wait_idle(qtbot, runner)
    assert outcome_text(page, "battery_health").startswith("fail")


def test_a_bench_audit_carries_the_protocols_advice_for_its_failed_checks(lab):
    signed_in(lab, LabRole.AUDITOR)
    view = lab.audits.start(received_order(lab), "Camille Martin")
    view = lab.audits.observe(view.summary.id, "functional_tests", "fail", by="Camille Martin")
    advice = [r.advice for r in view.record.result.recommendations]
    assert advice and view.record.improvement_advice == "\n".join(f"- {a}" for a in advice)
