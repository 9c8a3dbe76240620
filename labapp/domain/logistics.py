"""The marketplace's logistics rules, as pure functions.

Each verdict carries the facts it was drawn from (effective order day,
deadline, days taken) so that a report can show the seller why, not only what.
A verdict is ``None`` while the outcome cannot be known yet, and ``False`` as
soon as the deadline has passed without the event, even if it never happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from labapp.domain.errors import InvalidInput


class BusinessCalendar(Protocol):
    """Public holidays by country (an adapter over the `holidays` package)."""

    def is_public_holiday(self, country: str, day: date) -> bool: ...


@dataclass(frozen=True)
class LogisticsPolicy:
    """The lab's settings for the logistics checks."""

    # Orders placed at or after this local hour count from the next business day.
    order_cutoff_hour: int = 13
    ship_within_business_days: int = 1
    deliver_within_days: int = 5

    def __post_init__(self) -> None:
        if not 0 <= self.order_cutoff_hour <= 24:
            raise InvalidInput(
                "cut-off hour {hour} is not between 0 and 24", hour=self.order_cutoff_hour
            )
        if not 0 <= self.ship_within_business_days <= 30:
            raise InvalidInput(
                "shipping allowance {days} business days is not between 0 and 30",
                days=self.ship_within_business_days,
            )
        if not 0 <= self.deliver_within_days <= 60:
            raise InvalidInput(
                "delivery allowance {days} days is not between 0 and 60",
                days=self.deliver_within_days,
            )


def is_business_day(day: date, country: str, calendar: BusinessCalendar) -> bool:
    """Monday to Friday, minus the public holidays of the seller's country."""
    return day.weekday() < 5 and not calendar.is_public_holiday(country, day)


def next_business_day(day: date, country: str, calendar: BusinessCalendar) -> date:
    """The first business day strictly after ``day``."""
    candidate = day + timedelta(days=1)
    while not is_business_day(candidate, country, calendar):
        candidate += timedelta(days=1)
    return candidate


def add_business_days(day: date, count: int, country: str, calendar: BusinessCalendar) -> date:
    for _ in range(count):
        day = next_business_day(day, country, calendar)
    return day


def effective_order_day(
    ordered_at: datetime, country: str, calendar: BusinessCalendar, policy: LogisticsPolicy
) -> date:
    """The order's own date if a business day before the cut-off, else the next business day.

    Both the date and the hour are read in the order's own UTC offset: an order
    placed at 12:30+02:00 is before a 13:00 cut-off whatever the lab's clock says.
    """
    local_day = ordered_at.date()
    before_cutoff = ordered_at.hour < policy.order_cutoff_hour
    if before_cutoff and is_business_day(local_day, country, calendar):
        return local_day
    return next_business_day(local_day, country, calendar)


@dataclass(frozen=True)
class ShippingVerdict:
    effective_order_day: date
    deadline: date
    shipped_on: date | None
    on_time: bool | None

    @property
    def days_late(self) -> int | None:
        """Calendar days between the deadline and the late shipment."""
        if self.shipped_on is None or self.on_time:
            return None
        return (self.shipped_on - self.deadline).days


def shipping_verdict(
    ordered_at: datetime,
    shipped_at: datetime | None,
    country: str,
    calendar: BusinessCalendar,
    policy: LogisticsPolicy,
    now: datetime,
) -> ShippingVerdict:
    """Shipped on time: on or before N business days after the effective order day."""
    start = effective_order_day(ordered_at, country, calendar, policy)
    deadline = add_business_days(start, policy.ship_within_business_days, country, calendar)
    if shipped_at is not None:
        shipped_on = shipped_at.date()
        return ShippingVerdict(start, deadline, shipped_on, shipped_on <= deadline)
    today = now.astimezone(ordered_at.tzinfo).date()
    return ShippingVerdict(start, deadline, None, False if today > deadline else None)


@dataclass(frozen=True)
class DeliveryVerdict:
    ordered_on: date
    latest_delivery: date
    delivered_on: date | None
    days_taken: int | None
    on_time: bool | None


def delivery_verdict(
    ordered_at: datetime,
    delivered_at: datetime | None,
    policy: LogisticsPolicy,
    now: datetime,
) -> DeliveryVerdict:
    """Delivered on time: delivery date minus order date, each in its own offset, <= N days."""
    ordered_on = ordered_at.date()
    latest = ordered_on + timedelta(days=policy.deliver_within_days)
    if delivered_at is not None:
        delivered_on = delivered_at.date()
        days = (delivered_on - ordered_on).days
        on_time = days <= policy.deliver_within_days
        return DeliveryVerdict(ordered_on, latest, delivered_on, days, on_time)
    today = now.astimezone(ordered_at.tzinfo).date()
    return DeliveryVerdict(ordered_on, latest, None, None, False if today > latest else None)
