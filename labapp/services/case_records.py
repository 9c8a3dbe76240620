"""The records an audit case brings with it: its seller and order when the lab does not
have them yet, and the starting case of a bench audit from the order the lab has."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from labapp.domain.errors import InvalidInput
from labapp.domain.orders import AuditReason, Listing, MysteryOrder, Shipment
from labapp.domain.sellers import Seller, SellerStatus, default_language
from labapp.services.audit_case import AuditCase
from labapp.services.ports import UnitOfWork


def case_document_for(
    order: MysteryOrder, seller: Seller, template: str, version: int, now: datetime
) -> dict[str, Any]:
    """A bench audit's starting case: what the lab knows of the order before testing."""
    reception = order.reception
    shipment = order.shipment
    facts: dict[str, Any] = {
        "ref": order.order_ref,
        "ordered_at": order.ordered_at.isoformat(),
        "listing_model": order.listing.model,
        "listing_storage_gb": order.listing.storage_gb,
        "listing_grade": order.listing.grade.value,
        "premium_battery": order.listing.premium_battery,
    }
    if shipment is not None:
        facts |= {
            "shipped_at": shipment.shipped_at.isoformat(),
            "carrier": shipment.carrier or None,
            "tracking_number": shipment.tracking_number or None,
        }
        if order.delivered_at is not None:
            facts["delivered_at"] = order.delivered_at.isoformat()
    if reception is not None:
        facts["invoice_present"] = reception.invoice_present
        facts["extra_fees_charged"] = reception.extra_fees is not None
    return {
        "format": "labapp.audit-case/1",
        "template": f"{template}@{version}",
        "audited_at": now.isoformat(),
        "seller": {
            "ref": seller.marketplace_ref,
            "name": seller.name,
            "country": seller.country,
            "onboarding": seller.status == SellerStatus.ONBOARDING
            or order.reason == AuditReason.ONBOARDING,
        },
        "order": facts,
        "observations": {},
    }


def seller_for_case(
    uow: UnitOfWork, case: AuditCase, check_country: Callable[[str], str]
) -> Seller:
    """The case's seller, added as it describes them if the lab does not know them yet."""
    seller = uow.sellers.get(case.seller_ref)
    country = check_country(case.inputs.order.seller_country)
    if seller is None:
        seller = Seller(
            case.seller_ref,
            case.seller_name or case.seller_ref,
            country,
            default_language(country),
            SellerStatus.ONBOARDING if case.inputs.seller_onboarding else SellerStatus.ACTIVE,
        )
        uow.sellers.add(seller)
    elif seller.country != country:
        raise InvalidInput(
            "seller.country: seller {seller} is recorded in {recorded}, not {country}",
            seller=seller.marketplace_ref,
            recorded=seller.country,
            country=country,
        )
    return seller


def order_for_case(uow: UnitOfWork, case: AuditCase) -> MysteryOrder:
    """The case's order, logged from the case's facts if the lab does not have it yet."""
    facts = case.inputs.order
    order = uow.orders.get(facts.order_ref)
    if order is not None:
        if order.seller_ref != case.seller_ref:
            raise InvalidInput(
                "order.ref: order {ref} belongs to seller {seller}, not {named}",
                ref=facts.order_ref,
                seller=order.seller_ref,
                named=case.seller_ref,
            )
        return order
    if not facts.listing_storage_gb:
        raise InvalidInput("order.listing_storage_gb: needed to log a new order")
    shipment = (
        Shipment(facts.shipped_at, facts.carrier or "", facts.tracking_number or "")
        if facts.shipped_at
        else None
    )
    order = MysteryOrder(
        order_ref=facts.order_ref,
        seller_ref=case.seller_ref,
        listing=Listing(
            facts.listing_model,
            facts.listing_storage_gb,
            facts.listing_grade,
            Decimal(0),
            premium_battery=facts.premium_battery,
        ),
        reason=(
            AuditReason.ONBOARDING if case.inputs.seller_onboarding else AuditReason.LOW_PERFORMANCE
        ),
        ordered_at=facts.ordered_at,
        shipment=shipment,
        delivered_at=facts.delivered_at if shipment else None,
        notes="logged from an audit case; price not given",
    )
    uow.orders.add(order)
    return order
