"""What the window's queue and bench ask of the services: pages of orders, a scanned
code to an order, an audit started on a received parcel, and the IMEI kept for search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from labapp.bootstrap import build_lab
from labapp.domain.errors import AlreadyExists, InvalidInput
from labapp.domain.orders import OrderStatus
from labapp.services.ports import OrderQuery

from .cli_helpers import labapp

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def received_order(database_url):
    steps = [
        ("seller", "add", "S-FR-1", "--name", "Répar'Phone", "--country", "FR"),
        ("user", "add", "Camille", "--role", "technician"),
        (
            "order", "add", "BM-1", "--seller", "S-FR-1", "--model", "iPhone 12",
            "--storage", "128", "--grade", "excellent", "--price", "389,00",
            "--ordered-at", "2025-07-11 15:00",
        ),
        (
            "order", "ship", "BM-1", "--at", "2025-07-15T17:00:00+02:00",
            "--carrier", "Colissimo", "--tracking", "6A12345678901",
        ),
        ("order", "deliver", "BM-1", "--at", "2025-07-16 11:00"),
        (
            "order", "receive", "BM-1", "--by", "Camille", "--invoice", "no",
            "--at", "2025-07-16T15:00:00+02:00",
        ),
    ]  # fmt: skip
    for step in steps:
        result = labapp(database_url, *step)
        assert result.code == 0, (step, result.err)
    lab = build_lab(database_url)
    yield lab
    lab.close()


def test_an_audit_starts_on_a_received_parcel_and_resumes(received_order):
    lab = received_order
    view = lab.audits.start("BM-1", "Camille")
    assert view.record.technician == "Camille"
    assert view.record.state.value == "draft"
    order = view.record.case_document["order"]
    assert order["tracking_number"] == "6A12345678901" and order["invoice_present"] is False
    assert view.record.case_document["observations"] == {}
    assert not view.record.result.complete
    assert lab.orders.get("BM-1").status == OrderStatus.ON_BENCH
    # Scanning the parcel again gives the same draft back.
    assert lab.audits.start("BM-1", "Someone else").summary.id == view.summary.id
    after = lab.audits.observe(view.summary.id, "packaging_adequate", "pass")
    checks = {c.check_id: c.outcome.value for c in after.record.result.checks}
    assert checks["packaging_adequate"] == "pass"


def test_an_audit_needs_a_received_parcel_and_only_one_audit(received_order, database_url):
    lab = received_order
    assert (
        labapp(
            database_url, "order", "add", "BM-2", "--seller", "S-FR-1", "--model", "iPhone 12",
            "--storage", "128", "--grade", "excellent", "--price", "389",
            "--ordered-at", "2025-07-11 15:00",
        ).code
        == 0
    )  # fmt: skip
    with pytest.raises(InvalidInput, match="has not been received"):
        lab.audits.start("BM-2", "Camille")
    view = lab.audits.start("BM-1", "Camille")
    lab.audits.submit(view.summary.id)
    with pytest.raises(AlreadyExists, match="amend that audit instead"):
        lab.audits.start("BM-1", "Camille")


def test_the_queue_pages_counts_and_finds_scanned_codes(database_url):
    assert labapp(database_url, "demo", "seed", "--orders", "120", "--seed", "4").code == 0
    lab = build_lab(database_url)
    try:
        total = lab.orders.count()
        first = lab.orders.lines(OrderQuery(limit=50))
        second = lab.orders.lines(OrderQuery(limit=50, offset=50))
        assert total == 120 and len(first) == 50 and len(second) == 50
        assert not {line.order_ref for line in first} & {line.order_ref for line in second}
        assert [line.ordered_at for line in first] == sorted(
            (line.ordered_at for line in first), reverse=True
        )
        sample = next(line for line in first + second if line.tracking_number)
        assert lab.orders.find_by_code(sample.order_ref) == sample.order_ref
        assert lab.orders.find_by_code(f"  {sample.tracking_number.lower()} ") == sample.order_ref
        with_imei = next(line for line in first + second if line.device_imei)
        assert lab.orders.find_by_code(with_imei.device_imei) == with_imei.order_ref
        assert lab.orders.find_by_code("nothing-like-it") is None
        part = with_imei.device_imei[3:11]
        found = lab.orders.lines(OrderQuery(text=part))
        assert with_imei.order_ref in {line.order_ref for line in found}
        assert lab.orders.count(OrderQuery(text=part)) == len(found)
        finalised = lab.orders.count(OrderQuery(status=OrderStatus.FINALISED))
        assert finalised > 0
        assert finalised == len(lab.orders.lines(OrderQuery(status=OrderStatus.FINALISED)))
        everything = lab.orders.lines(OrderQuery(limit=500))
        assert finalised == sum(1 for line in everything if line.status == OrderStatus.FINALISED)
        expected = (OrderStatus.ORDERED, OrderStatus.SHIPPED, OrderStatus.DELIVERED)
        waiting = lab.orders.lines(OrderQuery(statuses=expected))
        assert {line.status for line in waiting} <= set(expected)
    finally:
        lab.close()


def test_an_imported_case_keeps_the_phone_imei_on_its_order(database_url, tmp_path):
    case = json.loads((FIXTURES / "cases" / "iphone12_lcd_premium.json").read_text())
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    assert labapp(database_url, "audit", "import", str(path)).code == 0
    lab = build_lab(database_url)
    try:
        assert lab.orders.find_by_code("356938035643809") == "BM-100"
    finally:
        lab.close()
