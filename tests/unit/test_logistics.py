"""The marketplace's shipping and delivery rules on their edges."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from labapp.domain.errors import InvalidInput
from labapp.domain.logistics import (
    LogisticsPolicy,
    delivery_verdict,
    effective_order_day,
    shipping_verdict,
)
from labapp.services.business_calendar import HolidayCalendar

PARIS_WINTER = timezone(timedelta(hours=1))
PARIS_SUMMER = timezone(timedelta(hours=2))
POLICY = LogisticsPolicy()
CALENDAR = HolidayCalendar()
LONG_AFTER = datetime(2030, 1, 1, tzinfo=UTC)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def verdict(
    ordered: str,
    shipped: str | None,
    country: str = "FR",
    policy: LogisticsPolicy = POLICY,
    now: datetime = LONG_AFTER,
):
    return shipping_verdict(
        at(ordered), at(shipped) if shipped else None, country, CALENDAR, policy, now
    )


class NoHolidays:
    def is_public_holiday(self, country: str, day: date) -> bool:
        return False


@pytest.mark.parametrize(
    ("ordered", "effective", "deadline"),
    [
        # Tuesday before the cut-off: counts from the same day.
        ("2025-03-04T09:00:00+01:00", date(2025, 3, 4), date(2025, 3, 5)),
        ("2025-03-04T12:59:59+01:00", date(2025, 3, 4), date(2025, 3, 5)),
        # 13:00 sharp is not "before 13:00".
        ("2025-03-04T13:00:00+01:00", date(2025, 3, 5), date(2025, 3, 6)),
        # Friday afternoon: Monday, then Tuesday.
        ("2025-03-07T15:00:00+01:00", date(2025, 3, 10), date(2025, 3, 11)),
        # Friday morning: deadline jumps the weekend.
        ("2025-03-07T10:00:00+01:00", date(2025, 3, 7), date(2025, 3, 10)),
        # Saturday morning is not a business day whatever the hour.
        ("2025-03-08T09:00:00+01:00", date(2025, 3, 10), date(2025, 3, 11)),
        ("2025-03-09T23:59:00+01:00", date(2025, 3, 10), date(2025, 3, 11)),
    ],
)
def test_effective_order_day_and_deadline_in_france(ordered, effective, deadline):
    result = verdict(ordered, None)
    assert result.effective_order_day == effective
    assert result.deadline == deadline


def test_bastille_day_is_skipped_for_a_french_seller():
    # Friday 11 July 2025 after 13:00; Monday 14 July is a French holiday.
    result = verdict("2025-07-11T15:00:00+02:00", None, "FR")
    assert result.effective_order_day == date(2025, 7, 15)
    assert result.deadline == date(2025, 7, 16)


def test_same_day_is_a_business_day_for_a_spanish_seller():
    # 14 July is not a holiday in Spain.
    result = verdict("2025-07-11T15:00:00+02:00", None, "ES")
    assert result.effective_order_day == date(2025, 7, 14)
    assert result.deadline == date(2025, 7, 15)


@pytest.mark.parametrize(
    ("country", "ordered", "deadline"),
    [
        # Belgian national day, Monday 21 July 2025.
        ("BE", "2025-07-18T14:00:00+02:00", date(2025, 7, 23)),
        # German unity day, Friday 3 October 2025: Thursday before the cut-off.
        ("DE", "2025-10-02T10:00:00+02:00", date(2025, 10, 6)),
        # Italian Republic Day, Monday 2 June 2025.
        ("IT", "2025-05-30T16:00:00+02:00", date(2025, 6, 4)),
        # Easter Monday 2025 (21 April) in France; Good Friday is not French.
        ("FR", "2025-04-18T12:00:00+02:00", date(2025, 4, 22)),
        # Good Friday 18 April 2025 is a holiday in Germany.
        ("DE", "2025-04-17T14:00:00+02:00", date(2025, 4, 23)),
        # Christmas and St Stephen's day in Germany: counts from Monday 29, due Tuesday.
        ("DE", "2025-12-24T15:00:00+01:00", date(2025, 12, 30)),
        # Ascension Thursday 29 May 2025, France: counts from Friday, due Monday.
        ("FR", "2025-05-28T14:00:00+02:00", date(2025, 6, 2)),
    ],
)
def test_national_holidays_by_country(country, ordered, deadline):
    assert verdict(ordered, None, country).deadline == deadline


def test_ship_on_deadline_day_is_on_time_and_a_day_later_is_not():
    assert verdict("2025-03-04T09:00:00+01:00", "2025-03-05T23:59:00+01:00").on_time is True
    late = verdict("2025-03-04T09:00:00+01:00", "2025-03-06T00:01:00+01:00")
    assert late.on_time is False
    assert late.days_late == 1


def test_order_hour_is_read_in_the_orders_own_offset():
    # 12:30 in New York is 17:30 UTC, but the order was placed before 13:00 local.
    result = verdict("2025-03-04T12:30:00-05:00", None)
    assert result.effective_order_day == date(2025, 3, 4)
    # 13:30 in Paris is 12:30 UTC, yet after the cut-off where it was placed.
    assert verdict("2025-03-04T13:30:00+01:00", None).effective_order_day == date(2025, 3, 5)


def test_ship_date_is_read_in_the_shipments_own_offset():
    # 00:30 on Thursday in Paris is still Wednesday in UTC; Paris date counts.
    result = verdict("2025-03-04T09:00:00+01:00", "2025-03-06T00:30:00+01:00")
    assert result.shipped_on == date(2025, 3, 6)
    assert result.on_time is False
    same_instant_in_utc = verdict("2025-03-04T09:00:00+01:00", "2025-03-05T23:30:00+00:00")
    assert same_instant_in_utc.on_time is True


def test_unshipped_order_is_unknown_until_the_deadline_passes():
    ordered = "2025-03-04T09:00:00+01:00"
    during = verdict(ordered, None, now=at("2025-03-05T22:00:00+01:00"))
    assert during.on_time is None
    after = verdict(ordered, None, now=at("2025-03-06T00:00:01+01:00"))
    assert after.on_time is False


def test_cutoff_and_allowance_are_settings():
    generous = LogisticsPolicy(order_cutoff_hour=24, ship_within_business_days=2)
    result = verdict("2025-03-04T23:00:00+01:00", "2025-03-06T10:00:00+01:00", policy=generous)
    assert result.effective_order_day == date(2025, 3, 4)
    assert result.deadline == date(2025, 3, 6)
    assert result.on_time is True
    same_day = LogisticsPolicy(ship_within_business_days=0)
    assert verdict("2025-03-04T09:00:00+01:00", None, policy=same_day).deadline == date(2025, 3, 4)


def test_policy_rejects_impossible_settings():
    with pytest.raises(InvalidInput, match="cut-off hour 25"):
        LogisticsPolicy(order_cutoff_hour=25)
    with pytest.raises(InvalidInput, match="shipping allowance -1"):
        LogisticsPolicy(ship_within_business_days=-1)


def test_effective_day_with_a_calendar_without_holidays():
    monday_14_july = at("2025-07-14T09:00:00+02:00")
    assert effective_order_day(monday_14_july, "FR", NoHolidays(), POLICY) == date(2025, 7, 14)


@pytest.mark.parametrize(
    ("ordered", "delivered", "days", "on_time"),
    [
        ("2025-03-01T10:00:00+01:00", "2025-03-06T20:00:00+01:00", 5, True),
        ("2025-03-01T10:00:00+01:00", "2025-03-07T08:00:00+01:00", 6, False),
        # Late-evening order: dates, not 24-hour periods, are compared.
        ("2025-03-01T23:30:00+01:00", "2025-03-06T08:00:00+01:00", 5, True),
        # Each date in its own offset: 2025-03-07 00:30 in Paris is late even
        # though it is still the 6th in UTC.
        ("2025-03-01T10:00:00+01:00", "2025-03-07T00:30:00+01:00", 6, False),
        ("2025-03-01T10:00:00+01:00", "2025-03-06T23:30:00+00:00", 5, True),
        # Across the change to summer time.
        ("2025-03-28T10:00:00+01:00", "2025-04-02T10:00:00+02:00", 5, True),
    ],
)
def test_delivered_within_five_days(ordered, delivered, days, on_time):
    result = delivery_verdict(at(ordered), at(delivered), POLICY, LONG_AFTER)
    assert result.days_taken == days
    assert result.on_time is on_time


def test_undelivered_order_becomes_late_after_five_days():
    ordered = at("2025-03-01T10:00:00+01:00")
    assert delivery_verdict(ordered, None, POLICY, at("2025-03-06T23:00:00+01:00")).on_time is None
    assert delivery_verdict(ordered, None, POLICY, at("2025-03-07T00:10:00+01:00")).on_time is False
