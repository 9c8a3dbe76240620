"""Copying mystery orders between domain objects and table rows."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from labapp.domain.orders import (
    ExtraFees,
    Listing,
    MysteryOrder,
    OrderStatus,
    Reception,
    Shipment,
    parse_grade,
    parse_parcel_condition,
    parse_reason,
)
from labapp.persistence.moments import join_moment, join_optional, split_moment, split_optional
from labapp.persistence.tables import MysteryOrderRow, ReceptionRow


def copy_order_to_row(order: MysteryOrder, row: MysteryOrderRow, now: datetime) -> None:
    listing = order.listing
    row.order_ref = order.order_ref
    row.status = order.status.value
    row.listing_model = listing.model
    row.listing_storage_gb = listing.storage_gb
    row.listing_colour = listing.colour
    row.listing_grade = listing.grade.value
    row.price = listing.price
    row.currency = listing.currency
    row.premium_battery = listing.premium_battery
    row.reason = order.reason.value
    row.ordered_at_utc, row.ordered_at_offset_min = split_moment(order.ordered_at)
    shipment = order.shipment
    row.shipped_at_utc, row.shipped_at_offset_min = split_optional(
        shipment.shipped_at if shipment else None
    )
    row.carrier = shipment.carrier if shipment else None
    row.tracking_number = shipment.tracking_number if shipment else None
    row.tracking_entered_at_utc, row.tracking_entered_at_offset_min = split_optional(
        shipment.tracking_entered_at if shipment else None
    )
    row.delivered_at_utc, row.delivered_at_offset_min = split_optional(order.delivered_at)
    row.notes = order.notes
    row.audit_stage = order.audit_stage.value if order.audit_stage else None
    row.updated_at = now


def reception_row(order_id: int, reception: Reception, user_ids: dict[str, int]) -> ReceptionRow:
    received_utc, received_offset = split_moment(reception.received_at)
    fees = reception.extra_fees
    return ReceptionRow(
        order_id=order_id,
        received_at_utc=received_utc,
        received_at_offset_min=received_offset,
        received_by_id=user_ids[reception.received_by],
        parcel_condition=reception.parcel_condition.value,
        invoice_present=reception.invoice_present,
        accessories="\n".join(reception.accessories),
        extra_fees_amount=fees.amount if fees else None,
        extra_fees_currency=fees.currency if fees else None,
        extra_fees_note=fees.note if fees else "",
        notes=reception.notes,
    )


def _reception_from_row(row: ReceptionRow, receiver: str) -> Reception:
    fees = None
    if row.extra_fees_amount is not None:
        fees = ExtraFees(
            amount=Decimal(row.extra_fees_amount),
            currency=row.extra_fees_currency or "EUR",
            note=row.extra_fees_note,
        )
    return Reception(
        received_at=join_moment(row.received_at_utc, row.received_at_offset_min),
        received_by=receiver,
        parcel_condition=parse_parcel_condition(row.parcel_condition),
        invoice_present=row.invoice_present,
        accessories=tuple(line for line in row.accessories.split("\n") if line),
        extra_fees=fees,
        notes=row.notes,
    )


def order_from_rows(
    row: MysteryOrderRow,
    seller_ref: str,
    reception: ReceptionRow | None,
    receiver: str | None,
) -> MysteryOrder:
    shipment = None
    shipped_at = join_optional(row.shipped_at_utc, row.shipped_at_offset_min)
    if shipped_at is not None:
        shipment = Shipment(
            shipped_at=shipped_at,
            carrier=row.carrier or "",
            tracking_number=row.tracking_number or "",
            tracking_entered_at=join_optional(
                row.tracking_entered_at_utc, row.tracking_entered_at_offset_min
            ),
        )
    return MysteryOrder(
        order_ref=row.order_ref,
        seller_ref=seller_ref,
        listing=Listing(
            model=row.listing_model,
            storage_gb=row.listing_storage_gb,
            grade=parse_grade(row.listing_grade),
            price=Decimal(row.price),
            currency=row.currency,
            colour=row.listing_colour,
            premium_battery=row.premium_battery,
        ),
        reason=parse_reason(row.reason),
        ordered_at=join_moment(row.ordered_at_utc, row.ordered_at_offset_min),
        shipment=shipment,
        delivered_at=join_optional(row.delivered_at_utc, row.delivered_at_offset_min),
        reception=(
            _reception_from_row(reception, receiver or "?") if reception is not None else None
        ),
        notes=row.notes,
        audit_stage=OrderStatus(row.audit_stage) if row.audit_stage else None,
    )
