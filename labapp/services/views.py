"""Frozen views the services hand out: what a screen or a command shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from labapp.domain.logistics import DeliveryVerdict, ShippingVerdict
from labapp.domain.orders import MysteryOrder, OrderStatus
from labapp.domain.sellers import Seller
from labapp.domain.tracking import TrackingVerdict
from labapp.domain.users import LabUser


@dataclass(frozen=True)
class SellerView:
    marketplace_ref: str
    name: str
    country: str
    language: str
    status: str

    @classmethod
    def of(cls, seller: Seller) -> SellerView:
        return cls(
            seller.marketplace_ref,
            seller.name,
            seller.country,
            seller.language.value,
            seller.status.value,
        )


@dataclass(frozen=True)
class UserView:
    name: str
    role: str
    active: bool
    has_password: bool = False  # whether one is set; never the password or its hash

    @classmethod
    def of(cls, user: LabUser, has_password: bool = False) -> UserView:
        return cls(user.name, user.role.value, user.active, has_password)


@dataclass(frozen=True)
class LogisticsView:
    """The three logistics checks and the facts behind them; None = not known yet."""

    shipped_on_time: bool | None
    effective_order_day: date
    shipping_deadline: date
    delivered_on_time: bool | None
    latest_delivery: date
    delivery_days: int | None
    tracking_valid: bool | None
    tracking_format: str | None
    tracking_problem: str | None

    @classmethod
    def of(
        cls,
        shipping: ShippingVerdict,
        delivery: DeliveryVerdict,
        tracking: TrackingVerdict | None,
    ) -> LogisticsView:
        return cls(
            shipped_on_time=shipping.on_time,
            effective_order_day=shipping.effective_order_day,
            shipping_deadline=shipping.deadline,
            delivered_on_time=delivery.on_time,
            latest_delivery=delivery.latest_delivery,
            delivery_days=delivery.days_taken,
            tracking_valid=tracking.valid if tracking else None,
            tracking_format=tracking.format if tracking else None,
            tracking_problem=tracking.problem if tracking else None,
        )


@dataclass(frozen=True)
class ReceptionView:
    received_at: datetime
    received_by: str
    parcel_condition: str
    invoice_present: bool
    accessories: tuple[str, ...]
    extra_fees_amount: Decimal | None
    extra_fees_currency: str | None
    extra_fees_note: str
    notes: str


@dataclass(frozen=True)
class OrderView:
    order_ref: str
    seller_ref: str
    seller_name: str
    seller_country: str
    status: OrderStatus
    reason: str
    listing_model: str
    listing_storage_gb: int
    listing_colour: str
    listing_grade: str
    price: Decimal
    currency: str
    premium_battery: bool
    ordered_at: datetime
    shipped_at: datetime | None
    carrier: str | None
    tracking_number: str | None
    tracking_entered_at: datetime | None
    delivered_at: datetime | None
    reception: ReceptionView | None
    logistics: LogisticsView
    notes: str

    @classmethod
    def of(cls, order: MysteryOrder, seller: Seller, logistics: LogisticsView) -> OrderView:
        listing, shipment = order.listing, order.shipment
        return cls(
            order_ref=order.order_ref,
            seller_ref=seller.marketplace_ref,
            seller_name=seller.name,
            seller_country=seller.country,
            status=order.status,
            reason=order.reason.value,
            listing_model=listing.model,
            listing_storage_gb=listing.storage_gb,
            listing_colour=listing.colour,
            listing_grade=listing.grade.value,
            price=listing.price,
            currency=listing.currency,
            premium_battery=listing.premium_battery,
            ordered_at=order.ordered_at,
            shipped_at=shipment.shipped_at if shipment else None,
            carrier=shipment.carrier if shipment else None,
            tracking_number=shipment.tracking_number if shipment else None,
            tracking_entered_at=shipment.tracking_entered_at if shipment else None,
            delivered_at=order.delivered_at,
            reception=_reception_view(order),
            logistics=logistics,
            notes=order.notes,
        )


def _reception_view(order: MysteryOrder) -> ReceptionView | None:
    reception = order.reception
    if reception is None:
        return None
    fees = reception.extra_fees
    return ReceptionView(
        received_at=reception.received_at,
        received_by=reception.received_by,
        parcel_condition=reception.parcel_condition.value,
        invoice_present=reception.invoice_present,
        accessories=reception.accessories,
        extra_fees_amount=fees.amount if fees else None,
        extra_fees_currency=fees.currency if fees else None,
        extra_fees_note=fees.note if fees else "",
        notes=reception.notes,
    )
