"""Reception: record the parcel, add photos, hand it to the bench; the photos become
evidence of the packaging check when the audit starts."""

from __future__ import annotations

from PIL import Image
from PySide6.QtWidgets import QMessageBox

from labapp.domain.orders import OrderStatus
from labapp.domain.users import LabRole
from labapp.services.ports import OrderQuery
from labapp.ui.reception_page import ReceptionPage

from .conftest import signed_in, wait_idle


def delivered_order(lab) -> str:
    lines = lab.orders.lines(OrderQuery(status=OrderStatus.DELIVERED, limit=1))
    assert lines, "the demo should have a parcel delivered and not yet received"
    return lines[0].order_ref


def photo(tmp_path, name="parcel.jpg"):
    path = tmp_path / name
    Image.new("RGB", (320, 240), (120, 90, 60)).save(path)
    return path


def open_reception(qtbot, lab, runner):
    page = ReceptionPage(lab, runner, signed_in(lab, LabRole.TECHNICIAN, "Lucas Bernard"))
    qtbot.addWidget(page)
    return page


def test_record_a_parcel_with_photos_and_start_the_bench(qtbot, lab, runner, tmp_path):
    page = open_reception(qtbot, lab, runner)
    order_ref = delivered_order(lab)
    page.open_order(order_ref)
    wait_idle(qtbot, runner)
    assert page.record.isEnabled() and not page.to_bench.isEnabled()
    page.invoice.setChecked(True)
    page.accessories.setText("cable, charger")
    page.fees.setText("12,50")
    page.fees_note.setText("customs")
    page.record.click()
    wait_idle(qtbot, runner)
    reception = lab.orders.get(order_ref).reception
    assert reception is not None and reception.received_by == "Lucas Bernard"
    assert (
        reception.accessories == ("cable", "charger")
        and str(reception.extra_fees_amount) == "12.50"
    )
    assert page.to_bench.isEnabled() and not page.record.isEnabled()
    page.add_parcel_photos([photo(tmp_path), photo(tmp_path, "side.png")])
    wait_idle(qtbot, runner)
    assert page.photos.count() == 2
    with qtbot.waitSignal(page.bench_asked) as asked:
        page.to_bench.click()
    assert asked.args == [order_ref]
    view = lab.audits.start(order_ref, "Lucas Bernard")
    evidence = [e for e in view.record.evidence if e.kind == "photo"]
    assert {e.check_id for e in evidence} == {"packaging_adequate"} and len(evidence) == 2


def test_a_bad_fee_amount_is_named_and_nothing_is_saved(qtbot, lab, runner):
    page = open_reception(qtbot, lab, runner)
    order_ref = delivered_order(lab)
    page.open_order(order_ref)
    wait_idle(qtbot, runner)
    page.fees.setText("twelve")
    page.record.click()
    box = page.findChild(QMessageBox, "errorMessage")
    assert box is not None and "extra fees" in box.text()
    box.close()
    assert lab.orders.get(order_ref).reception is None
