"""The bench from the keyboard: start the audit of a received parcel, answer checks,
watch the grade preview, submit; every answer is in the database at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from labapp.domain.orders import OrderStatus
from labapp.domain.users import LabRole
from labapp.services.ports import OrderQuery
from labapp.ui.bench_page import BenchPage

from .conftest import signed_in, wait_idle


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
    page = open_bench(qtbot, lab, runner)
    page.open_order(received_order(lab))
    wait_idle(qtbot, runner)
    before = page.preview.grade.text()
    row = page.checklist_model.row_of("functional_tests")
    page.checklist.go_to(row)
    qtbot.keyClick(page.checklist, Qt.Key.Key_F)
    wait_idle(qtbot, runner)
    assert page.preview.grade.text() == "Surveillance" != before
    assert "major" in page.preview.progress.text()
    assert "functional" in page.preview.rule.text().lower() or page.preview.rule.text()


def test_a_choice_by_number_and_a_note_by_enter(qtbot, lab, runner):
    page = open_bench(qtbot, lab, runner)
    page.open_order(received_order(lab))
    wait_idle(qtbot, runner)
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
    page = open_bench(qtbot, lab, runner)
    page.open_order(received_order(lab))
    wait_idle(qtbot, runner)
    page.checklist.go_to(page.checklist_model.row_of("shipped_on_time"))
    with qtbot.waitSignal(page.checklist.refused):
        qtbot.keyClick(page.checklist, Qt.Key.Key_P)
    assert "decided by the phone's reading or the order's dates" in page.status.text()


def test_submitting_too_early_points_at_what_is_missing(qtbot, lab, runner):
    page = open_bench(qtbot, lab, runner)
    page.open_order(received_order(lab))
    wait_idle(qtbot, runner)
    qtbot.keyClick(page.checklist, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "still to answer" in page.status.text()
    assert page.audit.record.state.value == "draft"


def test_the_checklist_model_passes_qt_model_tests(qtbot, lab, runner, qtmodeltester):
    page = open_bench(qtbot, lab, runner)
    page.open_order(received_order(lab))
    wait_idle(qtbot, runner)
    qtmodeltester.check(page.checklist_model)
