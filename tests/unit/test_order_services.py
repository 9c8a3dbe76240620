"""Order and directory services against in-memory storage."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from labapp.domain.errors import AlreadyExists, InvalidInput, NotFound, WrongState
from labapp.domain.orders import (
    AuditReason,
    CosmeticGrade,
    Listing,
    MysteryOrder,
    OrderStatus,
    ParcelCondition,
    Reception,
)
from labapp.domain.sellers import ReportLanguage
from labapp.domain.users import LabRole
from labapp.services.business_calendar import HolidayCalendar
from labapp.services.directory import DirectoryService
from labapp.services.orders import OrderService
from labapp.services.settings import LabSettingsService, Letterhead

from .fakes import FakeStore, FakeUnitOfWork, trusted_gate

NOW = datetime(2025, 3, 20, 12, 0, tzinfo=UTC)
CET = datetime.fromisoformat("2025-03-04T10:00:00+01:00").tzinfo


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def services(store: FakeStore):
    def uow(writing: bool = False) -> FakeUnitOfWork:
        return FakeUnitOfWork(store)

    calendar = HolidayCalendar()
    gate = trusted_gate()
    settings = LabSettingsService(uow, gate)
    directory = DirectoryService(uow, gate, calendar.check_country)
    orders = OrderService(uow, gate, calendar, settings.logistics_policy, clock=lambda: NOW)
    directory.add_seller("S-1", "Réparation Express", "fr")
    directory.add_user("Camille", LabRole.TECHNICIAN)
    return directory, orders, settings


def new_order(ref: str = "BM-1", ordered: str = "2025-03-04T10:00:00+01:00") -> MysteryOrder:
    return MysteryOrder(
        order_ref=ref,
        seller_ref="S-1",
        listing=Listing("iPhone 12", 128, CosmeticGrade.GOOD, Decimal("349.90")),
        reason=AuditReason.ONBOARDING,
        ordered_at=datetime.fromisoformat(ordered),
    )


def test_seller_gets_country_code_and_language_from_country(services):
    directory, _, _ = services
    seller = directory.get_seller("S-1")
    assert seller.country == "FR"
    assert seller.language == ReportLanguage.FRENCH


def test_seller_with_unknown_country_is_refused(services, store):
    directory, _, _ = services
    with pytest.raises(InvalidInput, match="country 'ZZ' is unknown"):
        directory.add_seller("S-2", "Nowhere", "ZZ")
    assert "S-2" not in store.sellers


def test_duplicate_seller_says_so(services):
    directory, _, _ = services
    with pytest.raises(AlreadyExists, match="seller S-1 already exists"):
        directory.add_seller("S-1", "Other", "ES")


def test_order_life_from_ordered_to_received(services):
    _, orders, _ = services
    view = orders.add_order(new_order())
    assert view.status is OrderStatus.ORDERED
    assert view.logistics.shipped_on_time is False  # NOW is long past the deadline
    view = orders.ship("BM-1", datetime(2025, 3, 5, 16, 0, tzinfo=CET), "UPS", "1Z999AA10123456784")
    assert view.status is OrderStatus.SHIPPED
    assert view.logistics.shipped_on_time is True
    assert view.logistics.shipping_deadline == date(2025, 3, 5)
    assert view.logistics.tracking_valid is True
    assert view.tracking_entered_at == NOW
    view = orders.deliver("BM-1", datetime(2025, 3, 10, 11, 0, tzinfo=CET))
    assert view.logistics.delivery_days == 6
    assert view.logistics.delivered_on_time is False
    view = orders.receive(
        "BM-1",
        Reception(
            datetime(2025, 3, 10, 15, 0, tzinfo=CET), "Camille", ParcelCondition.INTACT, True
        ),
    )
    assert view.status is OrderStatus.RECEIVED
    assert view.reception is not None and view.reception.received_by == "Camille"


def test_duplicate_order_is_refused_and_keeps_the_first(services, store):
    _, orders, _ = services
    orders.add_order(new_order())
    with pytest.raises(AlreadyExists, match="order BM-1 already exists"):
        orders.add_order(new_order(ordered="2025-03-05T10:00:00+01:00"))
    assert store.orders["BM-1"].ordered_at == datetime.fromisoformat("2025-03-04T10:00:00+01:00")


def test_order_for_unknown_seller_is_refused(services):
    _, orders, _ = services
    order = new_order()
    order.seller_ref = "S-404"
    with pytest.raises(NotFound, match="no seller 'S-404'"):
        orders.add_order(order)


def test_events_out_of_order_are_refused_without_writing(services, store):
    _, orders, _ = services
    orders.add_order(new_order())
    with pytest.raises(WrongState, match="record the shipment before the delivery"):
        orders.deliver("BM-1", datetime(2025, 3, 6, tzinfo=CET))
    with pytest.raises(InvalidInput, match="before it was ordered"):
        orders.ship("BM-1", datetime(2025, 3, 3, tzinfo=CET), "UPS", "1Z999AA10123456784")
    assert store.orders["BM-1"].shipment is None


def test_times_in_the_future_are_typing_mistakes(services):
    _, orders, _ = services
    orders.add_order(new_order())
    with pytest.raises(InvalidInput, match="in the future"):
        orders.ship("BM-1", NOW + timedelta(days=2), "UPS", "1Z999AA10123456784")


def test_reception_needs_a_known_lab_user(services):
    _, orders, _ = services
    orders.add_order(new_order())
    orders.ship("BM-1", datetime(2025, 3, 5, 16, 0, tzinfo=CET), "UPS", "1Z999AA10123456784")
    orders.deliver("BM-1", datetime(2025, 3, 7, 11, 0, tzinfo=CET))
    reception = Reception(
        datetime(2025, 3, 7, 15, tzinfo=CET), "Nobody", ParcelCondition.INTACT, True
    )
    with pytest.raises(NotFound, match="no lab user 'Nobody' \\(known: Camille\\)"):
        orders.receive("BM-1", reception)


def test_cutoff_setting_changes_the_verdict(services):
    _, orders, settings = services
    orders.add_order(new_order(ordered="2025-03-04T13:30:00+01:00"))
    orders.ship("BM-1", datetime(2025, 3, 6, 9, 0, tzinfo=CET), "UPS", "1Z999AA10123456784")
    assert orders.get("BM-1").logistics.shipped_on_time is True
    settings.set_setting("logistics.order_cutoff_hour", "14")
    assert orders.get("BM-1").logistics.shipped_on_time is False


def test_bad_setting_values_are_refused(services):
    _, _, settings = services
    with pytest.raises(InvalidInput, match=r"outside 0\.\.24"):
        settings.set_setting("logistics.order_cutoff_hour", "25")
    with pytest.raises(InvalidInput, match="not a whole number"):
        settings.set_setting("logistics.order_cutoff_hour", "one pm")
    with pytest.raises(NotFound, match="no setting 'cutoff'"):
        settings.set_setting("cutoff", "12")


def test_letterhead_is_the_catalogs_until_the_lab_names_itself(services, store):
    _, _, settings = services
    assert settings.letterhead() == Letterhead(None, "")
    settings.set_settings(
        {"lab.name": " Labo Lyon ", "lab.address": "1 rue A \r\n\r\n69001 Lyon\n"}
    )
    assert settings.letterhead() == Letterhead("Labo Lyon", "1 rue A\n69001 Lyon")
    assert settings.letterhead().address_lines == ("1 rue A", "69001 Lyon")
    store.settings["lab.name"] = ""  # damaged by hand: ignored, as if never set
    assert settings.letterhead().name is None


def test_several_settings_are_saved_together_or_not_at_all(services, store):
    _, _, settings = services
    with pytest.raises(InvalidInput, match=r"setting lab\.name cannot be empty"):
        settings.set_settings({"logistics.order_cutoff_hour": "14", "lab.name": "  "})
    assert store.settings == {}
    saved = settings.set_settings({"logistics.order_cutoff_hour": "14", "lab.name": "Labo"})
    assert [(s.name, s.value) for s in saved] == [
        ("logistics.order_cutoff_hour", 14),
        ("lab.name", "Labo"),
    ]
    assert store.settings == {"logistics.order_cutoff_hour": "14", "lab.name": "Labo"}


def test_invalid_tracking_is_stored_and_flagged(services, store):
    _, orders, _ = services
    orders.add_order(new_order())
    view = orders.ship("BM-1", datetime(2025, 3, 5, 16, 0, tzinfo=CET), "Colissimo", "N/A")
    assert view.logistics.tracking_valid is False
    assert "not a Colissimo number" in view.logistics.tracking_problem
    assert store.orders["BM-1"].shipment.tracking_number == "N/A"
