"""Orders survive the round trip through each database unchanged."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from labapp.domain.errors import AlreadyExists
from labapp.domain.orders import (
    AuditReason,
    CosmeticGrade,
    ExtraFees,
    Listing,
    MysteryOrder,
    OrderStatus,
    ParcelCondition,
    Reception,
    Shipment,
)
from labapp.domain.sellers import ReportLanguage, Seller, SellerStatus
from labapp.domain.users import LabRole, LabUser
from labapp.persistence.database import open_database
from labapp.services.ports import OrderQuery


@pytest.fixture
def database(database_url):
    db = open_database(database_url)
    yield db
    db.close()


def full_order() -> MysteryOrder:
    t = datetime.fromisoformat
    return MysteryOrder(
        order_ref="BM-2025-0001",
        seller_ref="S-ES-1",
        listing=Listing(
            "iPhone 13 mini",
            256,
            CosmeticGrade.PREMIUM,
            Decimal("519.99"),
            "EUR",
            "Verde alpino",
            True,
        ),
        reason=AuditReason.COMPLAINT,
        ordered_at=t("2025-03-30T01:30:00+01:00"),
        shipment=Shipment(
            t("2025-03-31T09:15:00+02:00"), "SEUR", "ES12345678", t("2025-03-31T09:20:00+02:00")
        ),
        delivered_at=t("2025-04-02T18:00:00-04:00"),
        reception=Reception(
            t("2025-04-03T10:00:00+02:00"),
            "Lucía",
            ParcelCondition.DAMAGED,
            False,
            ("cable USB-C", "étui"),
            ExtraFees(Decimal("23.40"), "EUR", "droits de douane"),
            "boîte écrasée",
        ),
        notes="commande n°1 — ñ ü ß",
    )


def seed(database) -> None:
    with database.unit_of_work() as uow:
        uow.sellers.add(
            Seller(
                "S-ES-1", "Móviles Ñandú", "ES", ReportLanguage.SPANISH, SellerStatus.SURVEILLANCE
            )
        )
        uow.users.add(LabUser("Lucía", LabRole.TECHNICIAN))
        uow.commit()


def test_an_order_with_every_field_round_trips(database):
    seed(database)
    original = full_order()
    with database.unit_of_work() as uow:
        uow.orders.add(original)
        uow.commit()
    with database.unit_of_work() as uow:
        loaded = uow.orders.get("BM-2025-0001")
    assert loaded == original
    # The offsets themselves survive, not only the instants.
    assert loaded.delivered_at.utcoffset().total_seconds() == -4 * 3600
    assert loaded.status is OrderStatus.RECEIVED


def test_leaving_without_commit_writes_nothing(database):
    seed(database)
    with database.unit_of_work() as uow:
        uow.orders.add(full_order())
    with database.unit_of_work() as uow:
        assert uow.orders.get("BM-2025-0001") is None
        assert uow.orders.count() == 0


def test_updates_are_saved(database):
    seed(database)
    order = full_order()
    order.reception = None
    order.delivered_at = None
    with database.unit_of_work() as uow:
        uow.orders.add(order)
        uow.commit()
    with database.unit_of_work() as uow:
        stored = uow.orders.get(order.order_ref)
        stored.deliver(datetime.fromisoformat("2025-04-02T18:00:00+02:00"))
        uow.orders.save(stored)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.orders.get(order.order_ref).status is OrderStatus.DELIVERED


def test_list_filters_and_order(database):
    seed(database)
    base = full_order()
    with database.unit_of_work() as uow:
        for number, day in enumerate((3, 1, 2)):
            order = MysteryOrder(
                f"BM-{number}",
                "S-ES-1",
                base.listing,
                base.reason,
                datetime.fromisoformat(f"2025-05-0{day}T10:00:00+02:00"),
            )
            uow.orders.add(order)
        uow.commit()
    with database.unit_of_work() as uow:
        refs = [o.order_ref for o in uow.orders.list(OrderQuery())]
        assert refs == ["BM-0", "BM-2", "BM-1"]
        assert [o.order_ref for o in uow.orders.list(OrderQuery(text="bm-2"))] == ["BM-2"]
        assert uow.orders.list(OrderQuery(status=OrderStatus.RECEIVED)) == []
        assert len(uow.orders.list(OrderQuery(seller_ref="S-ES-1", limit=2))) == 2
        assert uow.orders.existing_refs(["BM-1", "BM-9"]) == {"BM-1"}


def test_the_database_itself_refuses_a_duplicate_order_ref(database):
    seed(database)
    with database.unit_of_work() as uow:
        uow.orders.add(full_order())
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(AlreadyExists, match="BM-2025-0001"):
        uow.orders.add(full_order())


def test_the_search_finds_a_part_of_any_searched_column_on_both_databases(database):
    """The same answers from SQLite's one scan and PostgreSQL's trigram union."""
    seed(database)
    with database.unit_of_work() as uow:
        uow.sellers.add(Seller("S-FR-22", "Reconditionné Lyon", "FR", ReportLanguage.FRENCH))
        uow.orders.add(full_order())  # S-ES-1, tracking ES12345678, received
        other = MysteryOrder(
            "BM-2025-0777", "S-FR-22", full_order().listing, AuditReason.RE_AUDIT,
            datetime.fromisoformat("2025-05-01T10:00:00+02:00"),
        )  # fmt: skip
        uow.orders.add(other)
        uow.orders.set_device_imei("BM-2025-0777", "356938035643809")
        uow.commit()

    def found(**query) -> list[str]:
        with database.unit_of_work() as uow:
            lines = [line.order_ref for line in uow.orders.lines(OrderQuery(**query))]
            assert uow.orders.count_matching(OrderQuery(**query)) == len(lines)
            return lines

    assert found(text="0777") == ["BM-2025-0777"]  # a part of the order ref
    assert found(text="es1234") == ["BM-2025-0001"]  # tracking, any case
    assert found(text="35643809") == ["BM-2025-0777"]  # the IMEI read at the bench
    assert found(text="s-fr-2") == ["BM-2025-0777"]  # the seller's ref
    assert found(text="ñandú") == ["BM-2025-0001"]  # the seller's name, accents and all
    assert found(text="lyon") == ["BM-2025-0777"]
    assert found(text="BM-2025") == ["BM-2025-0777", "BM-2025-0001"]  # newest first
    assert found(text="BM-2025", status=OrderStatus.RECEIVED) == ["BM-2025-0001"]
    assert found(text="BM-2025", seller_ref="S-FR-22") == ["BM-2025-0777"]
    assert found(text="zz") == [] and found(text="nothing like it") == []
