"""The whole window, as people use it: a technician plugs a simulated phone, scans the
parcel, reads the phone, answers the checklist from the keyboard and submits; an
auditor finalises and exports the seller's PDF. Role limits and a phone's refusal."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from devices.simulated.bench import SimulatedBench
from labapp.domain.audits import AuditState
from labapp.domain.orders import OrderStatus
from labapp.domain.users import LabRole
from labapp.services.ports import OrderQuery
from labapp.ui.main_window import MainWindow

from .conftest import WAIT_MS, signed_in, wait_idle


@pytest.fixture
def phones(monkeypatch, tmp_path):
    bench = SimulatedBench()
    for name, value in bench.environment().items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # pairing records
    yield bench
    bench.close()


def open_window(qtbot, lab, runner, role, user="Camille Martin", phones=None, watch=False):
    window = MainWindow(lab, signed_in(lab, role, user), runner, "test database", phones, watch)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, runner)
    return window


def page_names(window):
    return [window.navigation.item(r).text() for r in range(window.navigation.count())]


def test_each_role_sees_its_pages(qtbot, lab, runner):
    assert page_names(open_window(qtbot, lab, runner, LabRole.TECHNICIAN)) == [
        "Orders", "Reception", "Bench", "Settings",
    ]  # fmt: skip
    assert page_names(open_window(qtbot, lab, runner, LabRole.AUDITOR)) == [
        "Orders", "Reception", "Bench", "Review", "Sellers", "Settings",
    ]  # fmt: skip
    assert page_names(open_window(qtbot, lab, runner, LabRole.QUALITY_MANAGER)) == [
        "Orders", "Review", "Sellers", "Trends", "Settings",
    ]  # fmt: skip


def test_a_parcel_from_scan_to_finalised_report(qtbot, lab, runner, phones, tmp_path):
    window = open_window(qtbot, lab, runner, LabRole.TECHNICIAN, phones=phones, watch=True)
    bench = window.pages["bench"]
    # Plug the healthy iPhone 12 from the demo menu: the watcher sees it arrive.
    plug = window.findChild(type(window.menuBar().actions()[0]), "plug-iphone12-healthy")
    plug.trigger()
    qtbot.waitUntil(lambda: bench.devices.attached.count() == 1, timeout=WAIT_MS)
    assert "1 phone(s) attached" in window.phones.text()
    # usbmuxd says how it is plugged in; only its reading will say which iPhone it is.
    listed = bench.devices.attached.item(0)
    qtbot.waitUntil(lambda: listed.text().startswith("iPhone · USB\n"), timeout=WAIT_MS)

    # Scan the parcel's order ref: the received parcel opens at the bench.
    order_ref = lab.orders.lines(OrderQuery(status=OrderStatus.RECEIVED, limit=1))[0].order_ref
    orders = window.pages["orders"]
    qtbot.keyClicks(orders.search, order_ref)
    qtbot.keyClick(orders.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bench.audit is not None, timeout=WAIT_MS)
    wait_idle(qtbot, runner)
    assert window.stack.currentWidget() is bench

    # Read the phone (F5): the reading lands in the audit.
    qtbot.keyClick(bench.checklist, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bench.audit.record.case_document.get("device"), timeout=WAIT_MS)
    wait_idle(qtbot, runner)
    assert "91 %" in bench.devices._fields["battery"].text()
    assert listed.text().startswith("iPhone 12 · USB\n")

    # Answer every check still waiting, from the keyboard.
    model = bench.checklist_model
    for _ in range(model.rowCount()):
        waiting = [r for r in range(model.rowCount()) if model.needs_answer(r)]
        if not waiting:
            break
        bench.checklist.go_to(waiting[0])
        check = model.check(waiting[0])
        if check.options:
            key = Qt.Key.Key_4  # the best cosmetic grade
        elif check.id == "screen_technology":
            key = Qt.Key.Key_1  # OLED, as from the factory
        else:
            key = Qt.Key.Key_P
        qtbot.keyClick(bench.checklist, key)
        wait_idle(qtbot, runner)
    assert not bench.audit.record.result.missing
    grade_before = bench.preview.grade.text()
    qtbot.keyClick(bench.checklist, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, runner)
    audit_id = bench.audit.summary.id
    assert lab.audits.get(audit_id).record.state == AuditState.AWAITING_REVIEW

    # The auditor finalises and writes the seller's report.
    auditor = open_window(qtbot, lab, runner, LabRole.AUDITOR, "Inès Moreau")
    review = auditor.pages["review"]
    review.open_audit(audit_id)
    wait_idle(qtbot, runner)
    assert review.preview.grade.text() == grade_before
    review.finalise.click()
    wait_idle(qtbot, runner)
    target = tmp_path / "seller.pdf"
    review.export_report(target, "pdf")
    wait_idle(qtbot, runner)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert order_ref in text and "DRAFT" not in text


def test_an_android_phone_is_listed_by_its_model_as_it_arrives(qtbot, lab, runner, phones):
    window = open_window(qtbot, lab, runner, LabRole.TECHNICIAN, phones=phones, watch=True)
    bench = window.pages["bench"]
    phones.plug("galaxy-a35-samsung-battery")
    qtbot.waitUntil(lambda: bench.devices.attached.count() == 1, timeout=WAIT_MS)
    listed = bench.devices.attached.item(0)
    qtbot.waitUntil(lambda: listed.text().startswith("Galaxy A35 5G · USB\n"), timeout=WAIT_MS)


def test_a_locked_phone_is_a_message_not_a_traceback(qtbot, lab, runner, phones):
    window = open_window(qtbot, lab, runner, LabRole.TECHNICIAN, phones=phones, watch=True)
    bench = window.pages["bench"]
    phones.plug("iphone13-locked")
    qtbot.waitUntil(lambda: bench.devices.attached.count() == 1, timeout=WAIT_MS)
    order_ref = lab.orders.lines(OrderQuery(status=OrderStatus.RECEIVED, limit=1))[0].order_ref
    window.open_order(order_ref)
    qtbot.waitUntil(lambda: bench.audit is not None, timeout=WAIT_MS)
    wait_idle(qtbot, runner)
    bench.read_phone(bench.devices.chosen_phone())
    wait_idle(qtbot, runner)
    assert "Unlock the phone" in bench.devices.notice.text()
    assert bench.audit.record.case_document.get("device") is None
    phones.unlock("iphone13-locked")
    bench.read_phone(bench.devices.chosen_phone())
    qtbot.waitUntil(lambda: bench.audit.record.case_document.get("device"), timeout=WAIT_MS)


def test_a_technician_scanning_an_order_past_the_bench_is_told_where_it_is(qtbot, lab, runner):
    window = open_window(qtbot, lab, runner, LabRole.TECHNICIAN)
    order_ref = lab.orders.lines(OrderQuery(status=OrderStatus.FINALISED, limit=1))[0].order_ref
    orders = window.pages["orders"]
    qtbot.keyClicks(orders.search, order_ref)
    qtbot.keyClick(orders.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "past the bench" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    assert "with the auditors" in window.statusBar().currentMessage()
