"""The order queue: lazy pages, search as you type, a scanned code opens its order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from labapp.domain.orders import OrderStatus
from labapp.domain.users import LabRole
from labapp.services.ports import OrderQuery
from labapp.ui import orders_model
from labapp.ui.orders_page import OrdersPage

from .conftest import signed_in, wait_idle


def open_page(qtbot, lab, runner, role=LabRole.TECHNICIAN):
    page = OrdersPage(lab, runner, signed_in(lab, role))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    wait_idle(qtbot, runner)
    return page


def test_the_queue_loads_a_page_at_a_time(qtbot, lab, runner, monkeypatch, qtmodeltester):
    monkeypatch.setattr(orders_model, "PAGE_ROWS", 40)
    page = open_page(qtbot, lab, runner)
    model = page.model
    assert model.total == 150 and model.loaded == 40
    assert page.count.text() == "150 order(s)"
    model.fetchMore()
    wait_idle(qtbot, runner)
    assert model.loaded == 80
    refs = [model.line(row).order_ref for row in range(model.loaded)]
    assert len(set(refs)) == 80
    newest_first = [model.line(row).ordered_at for row in range(model.loaded)]
    assert newest_first == sorted(newest_first, reverse=True)
    qtmodeltester.check(model)


def test_typing_narrows_and_the_state_filter_filters(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    # QTest types ASCII only: the seller's marketplace ref, as a scanner would.
    seller = page.model.line(0).seller_ref
    qtbot.keyClicks(page.search, seller)
    qtbot.waitUntil(lambda: page.model.total < 150, timeout=5000)
    wait_idle(qtbot, runner)
    assert page.model.total > 0
    assert {page.model.line(r).seller_ref for r in range(page.model.loaded)} == {seller}
    page.search.clear()
    page.state.setCurrentIndex(page.state.findText("Finalised"))
    wait_idle(qtbot, runner)
    finalised = lab.orders.count(OrderQuery(status=OrderStatus.FINALISED))
    assert page.model.total == finalised > 0
    assert {page.model.line(r).status for r in range(page.model.loaded)} == {OrderStatus.FINALISED}


def test_a_scanned_tracking_number_opens_its_order(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    line = next(
        page.model.line(r) for r in range(page.model.loaded) if page.model.line(r).tracking_number
    )
    with qtbot.waitSignal(page.order_opened, timeout=5000) as opened:
        # A scanner types fast and ends with Enter.
        qtbot.keyClicks(page.search, line.tracking_number)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [line.order_ref]
    assert page.search.text() == ""


def test_a_code_that_names_no_order_narrows_the_list_instead(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    qtbot.keyClicks(page.search, "no-such-parcel")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert page.model.total == 0 and page.count.text() == "0 order(s)"


def test_only_those_who_may_log_orders_see_new_and_import(qtbot, lab, runner):
    technician = open_page(qtbot, lab, runner, LabRole.TECHNICIAN)
    manager = open_page(qtbot, lab, runner, LabRole.QUALITY_MANAGER)
    assert not technician.new_order.isHidden()
    assert manager.new_order.isHidden() and manager.import_orders.isHidden()
