"""The mystery-order log: add, ship, deliver, receive, show, list."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from labapp.domain.errors import AlreadyExists, InvalidInput, NotFound, words
from labapp.domain.logistics import (
    BusinessCalendar,
    LogisticsPolicy,
    delivery_verdict,
    shipping_verdict,
)
from labapp.domain.orders import MysteryOrder, Reception, Shipment
from labapp.domain.permissions import Action
from labapp.domain.sellers import Seller
from labapp.domain.tracking import check_tracking
from labapp.services.access import AccessGate
from labapp.services.ports import OrderLine, OrderQuery, UnitOfWork, UnitOfWorkFactory
from labapp.services.recording import record_event
from labapp.services.views import LogisticsView, OrderView

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Clocks of a seller's system and the lab's differ a little; more than this
# ahead of the lab's clock is a typing mistake, not a fact.
FUTURE_TOLERANCE = timedelta(hours=12)


def utc_now() -> datetime:
    return datetime.now(UTC)


def assess_logistics(
    order: MysteryOrder,
    seller: Seller,
    calendar: BusinessCalendar,
    policy: LogisticsPolicy,
    now: datetime,
) -> LogisticsView:
    shipment = order.shipment
    shipping = shipping_verdict(
        order.ordered_at,
        shipment.shipped_at if shipment else None,
        seller.country,
        calendar,
        policy,
        now,
    )
    delivery = delivery_verdict(order.ordered_at, order.delivered_at, policy, now)
    tracking = check_tracking(shipment.carrier, shipment.tracking_number) if shipment else None
    return LogisticsView.of(shipping, delivery, tracking)


class OrderService:
    def __init__(
        self,
        unit_of_work: UnitOfWorkFactory,
        gate: AccessGate,
        calendar: BusinessCalendar,
        policy: Callable[[], LogisticsPolicy],
        clock: Clock = utc_now,
    ) -> None:
        self._uow = unit_of_work
        self._gate = gate
        self._calendar = calendar
        self._policy = policy
        self._clock = clock

    def _not_in_future(self, moment: datetime, what: str) -> None:
        if moment - self._clock() > FUTURE_TOLERANCE:
            raise InvalidInput(
                "{what} {moment} is in the future", what=what, moment=moment.isoformat()
            )

    def _view(self, uow: UnitOfWork, order: MysteryOrder, policy: LogisticsPolicy) -> OrderView:
        seller = uow.sellers.get(order.seller_ref)
        if seller is None:  # the foreign key makes this impossible; say so if not
            raise NotFound(
                "order {ref}: its seller {seller} is missing",
                ref=order.order_ref,
                seller=order.seller_ref,
            )
        logistics = assess_logistics(order, seller, self._calendar, policy, self._clock())
        return OrderView.of(order, seller, logistics)

    @staticmethod
    def _load(uow: UnitOfWork, order_ref: str) -> MysteryOrder:
        order = uow.orders.get(order_ref.strip())
        if order is None:
            raise NotFound("no order {ref!r}", ref=order_ref)
        return order

    def add_order(self, order: MysteryOrder) -> OrderView:
        by = self._gate.acting(Action.EDIT_ORDERS)
        self._not_in_future(order.ordered_at, words("ordered_at"))
        policy = self._policy()
        with self._uow() as uow:
            existing = uow.orders.get(order.order_ref)
            if existing is not None:
                raise AlreadyExists(
                    "order {ref} already exists (seller {seller}, "
                    "ordered {ordered}); nothing was changed",
                    ref=order.order_ref,
                    seller=existing.seller_ref,
                    ordered=existing.ordered_at.isoformat(),
                )
            if uow.sellers.get(order.seller_ref) is None:
                raise NotFound(
                    "no seller {ref!r}; add it first with 'labapp seller add'",
                    ref=order.seller_ref,
                )
            uow.orders.add(order)
            listing = order.listing
            record_event(
                uow, by, "order", order.order_ref, "logged", None,
                {"seller": order.seller_ref, "model": listing.model,
                 "grade": listing.grade.value, "price": str(listing.price)},
            )  # fmt: skip
            view = self._view(uow, order, policy)
            uow.commit()
        log.info("order %s added for seller %s", order.order_ref, order.seller_ref)
        return view

    def ship(
        self,
        order_ref: str,
        shipped_at: datetime,
        carrier: str,
        tracking_number: str,
        tracking_entered_at: datetime | None = None,
    ) -> OrderView:
        by = self._gate.acting(Action.EDIT_ORDERS)
        self._not_in_future(shipped_at, words("shipped_at"))
        shipment = Shipment(
            shipped_at=shipped_at,
            carrier=carrier.strip(),
            tracking_number=tracking_number.strip(),
            tracking_entered_at=tracking_entered_at or self._clock(),
        )
        return self._change(order_ref, lambda order: order.ship(shipment), "shipped", by)

    def deliver(self, order_ref: str, delivered_at: datetime) -> OrderView:
        by = self._gate.acting(Action.EDIT_ORDERS)
        self._not_in_future(delivered_at, words("delivered_at"))
        return self._change(order_ref, lambda order: order.deliver(delivered_at), "delivered", by)

    def receive(self, order_ref: str, reception: Reception) -> OrderView:
        """The person who received the parcel must be the one signed in (the trusted local
        user of a single-bench lab may record it for a colleague)."""
        self._gate.acting(Action.RECEIVE_PARCELS, reception.received_by)
        self._not_in_future(reception.received_at, words("received_at"))
        with self._uow() as uow:
            if uow.users.get(reception.received_by) is None:
                known = ", ".join(u.name for u in uow.users.list()) or words("none yet")
                raise NotFound(
                    "no lab user {name!r} (known: {known}); add one with 'labapp user add'",
                    name=reception.received_by,
                    known=known,
                )
        return self._change(
            order_ref, lambda order: order.receive(reception), "received", reception.received_by
        )

    def _change(
        self,
        order_ref: str,
        change: Callable[[MysteryOrder], None],
        what: str,
        by: str,
    ) -> OrderView:
        policy = self._policy()
        with self._uow(writing=True) as uow:
            order = self._load(uow, order_ref)
            before = order.status.value
            change(order)
            uow.orders.save(order)
            record_event(
                uow, by, "order", order.order_ref, what, {"status": before},
                {"status": order.status.value},
            )  # fmt: skip
            view = self._view(uow, order, policy)
            uow.commit()
        log.info("order %s %s", order.order_ref, what)
        return view

    def get(self, order_ref: str) -> OrderView:
        policy = self._policy()
        with self._uow() as uow:
            return self._view(uow, self._load(uow, order_ref), policy)

    def lines(self, query: OrderQuery | None = None) -> Sequence[OrderLine]:
        """The order queue as rows to show, a page at a time (query.limit, query.offset)."""
        with self._uow() as uow:
            return uow.orders.lines(query or OrderQuery())

    def count(self, query: OrderQuery | None = None) -> int:
        with self._uow() as uow:
            return uow.orders.count_matching(query or OrderQuery())

    def find_by_code(self, code: str) -> str | None:
        """The order a scanned or typed code names exactly: order ref, tracking number or
        IMEI; None when nothing matches (the caller then searches in part)."""
        with self._uow() as uow:
            return uow.orders.ref_for_code(code)

    def list_orders(self, query: OrderQuery | None = None) -> Sequence[OrderView]:
        policy = self._policy()
        now = self._clock()
        with self._uow() as uow:
            orders = uow.orders.list(query or OrderQuery())
            sellers = {seller.marketplace_ref: seller for seller in uow.sellers.list()}
        return [
            OrderView.of(
                order,
                sellers[order.seller_ref],
                assess_logistics(order, sellers[order.seller_ref], self._calendar, policy, now),
            )
            for order in orders
        ]
