"""Mystery orders: what the lab bought, from whom, and what happened to the parcel."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from labapp.domain.choices import check_reference, parse_choice
from labapp.domain.errors import InvalidInput, WrongState, words


class CosmeticGrade(StrEnum):
    """Listing grades, worst to best (the order of the members matters)."""

    FAIR = "fair"
    GOOD = "good"
    EXCELLENT = "excellent"
    PREMIUM = "premium"

    @property
    def rank(self) -> int:
        return list(CosmeticGrade).index(self)


class AuditReason(StrEnum):
    ONBOARDING = "onboarding"
    LOW_PERFORMANCE = "low_performance"
    RE_AUDIT = "re_audit"
    COMPLAINT = "complaint"


class OrderStatus(StrEnum):
    """Where a mystery order is in its life; the last four follow its audit."""

    ORDERED = "ordered"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    RECEIVED = "received"
    ON_BENCH = "on_bench"
    AWAITING_REVIEW = "awaiting_review"
    FINALISED = "finalised"
    SENT = "sent"


class ParcelCondition(StrEnum):
    INTACT = "intact"
    DAMAGED = "damaged"
    OPENED = "opened"


def parse_grade(raw: str) -> CosmeticGrade:
    # The marketplace's French grade names appear in sellers' own exports.
    aliases = {
        "correct": "fair",
        "tres_bon_etat": "good",
        "très_bon_état": "good",
        "parfait_etat": "excellent",
        "parfait_état": "excellent",
        "very_good": "good",
    }
    return parse_choice(CosmeticGrade, raw, words("listing grade"), aliases)


def parse_reason(raw: str) -> AuditReason:
    aliases = {"reaudit": "re_audit", "low_performer": "low_performance", "low": "low_performance"}
    return parse_choice(AuditReason, raw, words("audit reason"), aliases)


def parse_parcel_condition(raw: str) -> ParcelCondition:
    return parse_choice(ParcelCondition, raw, words("parcel condition"), {"ok": "intact"})


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def check_order_ref(raw: str) -> str:
    return check_reference(raw, words("order ref"))


def require_aware(moment: datetime, what: str) -> datetime:
    """Times in the lab always carry their offset: local dates depend on it."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidInput(
            "{what} {moment} has no UTC offset", what=what, moment=moment.isoformat()
        )
    return moment


@dataclass(frozen=True)
class Listing:
    """What the seller's listing promised."""

    model: str
    storage_gb: int
    grade: CosmeticGrade
    price: Decimal
    currency: str = "EUR"
    colour: str = ""
    premium_battery: bool = False

    def __post_init__(self) -> None:
        if not self.model.strip():
            raise InvalidInput("the listing's model is empty")
        if len(self.model) > 120 or len(self.colour) > 60:
            raise InvalidInput(
                "the listing's model or colour is too long: {model!r}", model=self.model[:40]
            )
        if self.storage_gb <= 0 or self.storage_gb > 4096:
            raise InvalidInput(
                "storage {storage} GB is not a phone's storage size", storage=self.storage_gb
            )
        if not Decimal(0) <= self.price < Decimal(1_000_000):
            raise InvalidInput("price {price} is not between 0 and 999999.99", price=self.price)
        if not _CURRENCY.match(self.currency):
            raise InvalidInput(
                "currency {currency!r} is not an ISO 4217 code such as EUR",
                currency=self.currency,
            )


@dataclass(frozen=True)
class Shipment:
    """What the seller declared when shipping."""

    shipped_at: datetime
    carrier: str
    tracking_number: str
    # When the tracking number was entered: the marketplace wants it entered
    # only once the parcel has shipped. None when the source did not say.
    tracking_entered_at: datetime | None = None


@dataclass(frozen=True)
class ExtraFees:
    """Money the buyer was asked for beyond the order price (customs, ...)."""

    amount: Decimal
    currency: str = "EUR"
    note: str = ""


@dataclass(frozen=True)
class Reception:
    """The parcel's arrival at the lab."""

    received_at: datetime
    received_by: str
    parcel_condition: ParcelCondition
    invoice_present: bool
    accessories: tuple[str, ...] = ()
    extra_fees: ExtraFees | None = None
    notes: str = ""


@dataclass
class MysteryOrder:
    """One anonymous purchase from a seller, followed until it reaches the bench.

    The entity guards the order of events: a parcel is not delivered before it
    ships, nor shipped before it is ordered.
    """

    order_ref: str
    seller_ref: str
    listing: Listing
    reason: AuditReason
    ordered_at: datetime
    shipment: Shipment | None = None
    delivered_at: datetime | None = None
    reception: Reception | None = None
    notes: str = ""
    # Set by the audit service from the order's current audit; None before one.
    audit_stage: OrderStatus | None = None

    def __post_init__(self) -> None:
        check_order_ref(self.order_ref)
        require_aware(self.ordered_at, words("ordered_at"))
        if self.shipment is not None:
            self._check_shipment(self.shipment)
        if self.delivered_at is not None:
            self._check_delivery(self.delivered_at)
        if self.reception is not None:
            self._check_reception(self.reception)

    @property
    def status(self) -> OrderStatus:
        if self.audit_stage is not None:
            return self.audit_stage
        if self.reception is not None:
            return OrderStatus.RECEIVED
        if self.delivered_at is not None:
            return OrderStatus.DELIVERED
        if self.shipment is not None:
            return OrderStatus.SHIPPED
        return OrderStatus.ORDERED

    def ship(self, shipment: Shipment) -> None:
        if self.shipment is not None:
            raise WrongState(
                "order {ref} already shipped on {shipped}",
                ref=self.order_ref,
                shipped=self.shipment.shipped_at.isoformat(),
            )
        self._check_shipment(shipment)
        self.shipment = shipment

    def deliver(self, delivered_at: datetime) -> None:
        if self.delivered_at is not None:
            raise WrongState(
                "order {ref} already delivered on {delivered}",
                ref=self.order_ref,
                delivered=self.delivered_at.isoformat(),
            )
        self._check_delivery(delivered_at)
        self.delivered_at = delivered_at

    def receive(self, reception: Reception) -> None:
        if self.reception is not None:
            raise WrongState(
                "order {ref} was already received on {received} by {by}",
                ref=self.order_ref,
                received=self.reception.received_at.isoformat(),
                by=self.reception.received_by,
            )
        self._check_reception(reception)
        self.reception = reception

    def _check_shipment(self, shipment: Shipment) -> None:
        require_aware(shipment.shipped_at, words("shipped_at"))
        if shipment.shipped_at < self.ordered_at:
            raise InvalidInput(
                "order {ref}: shipped {shipped} before it was ordered {ordered}",
                ref=self.order_ref,
                shipped=shipment.shipped_at.isoformat(),
                ordered=self.ordered_at.isoformat(),
            )
        if shipment.tracking_entered_at is not None:
            require_aware(shipment.tracking_entered_at, words("tracking_entered_at"))
        if len(shipment.carrier) > 60 or len(shipment.tracking_number) > 60:
            raise InvalidInput(
                "order {ref}: carrier or tracking number too long", ref=self.order_ref
            )

    def _check_delivery(self, delivered_at: datetime) -> None:
        require_aware(delivered_at, words("delivered_at"))
        if self.shipment is None:
            raise WrongState(
                "order {ref}: record the shipment before the delivery", ref=self.order_ref
            )
        if delivered_at < self.shipment.shipped_at:
            raise InvalidInput(
                "order {ref}: delivered {delivered} before it shipped {shipped}",
                ref=self.order_ref,
                delivered=delivered_at.isoformat(),
                shipped=self.shipment.shipped_at.isoformat(),
            )

    def _check_reception(self, reception: Reception) -> None:
        require_aware(reception.received_at, words("received_at"))
        if self.delivered_at is None:
            raise WrongState(
                "order {ref}: record the delivery before the reception at the lab",
                ref=self.order_ref,
            )
        if reception.received_at < self.delivered_at:
            raise InvalidInput(
                "order {ref}: received at the lab {received} "
                "before the carrier delivered it {delivered}",
                ref=self.order_ref,
                received=reception.received_at.isoformat(),
                delivered=self.delivered_at.isoformat(),
            )
        if reception.extra_fees is not None and reception.extra_fees.amount < 0:
            raise InvalidInput("order {ref}: extra fees cannot be negative", ref=self.order_ref)
