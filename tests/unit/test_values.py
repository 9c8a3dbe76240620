"""Parsing of typed and pasted values."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from labapp.domain.errors import InvalidInput
from labapp.services.values import parse_moment, parse_price, parse_storage_gb, parse_yes_no


def test_iso_time_with_offset_keeps_its_offset():
    moment = parse_moment("2025-03-04T12:30:00+02:00", "ordered_at", "Europe/Paris")
    assert moment.utcoffset() == timedelta(hours=2)
    assert moment.hour == 12


def test_utc_z_suffix():
    assert parse_moment("2025-03-04T12:30:00Z", "t", None).utcoffset() == timedelta(0)


def test_time_without_offset_is_read_in_the_sellers_zone_with_summer_time():
    winter = parse_moment("2025-03-04 12:30", "t", "Europe/Paris")
    summer = parse_moment("2025-07-04 12:30", "t", "Europe/Paris")
    assert winter.utcoffset() == timedelta(hours=1)
    assert summer.utcoffset() == timedelta(hours=2)


def test_day_first_dates_as_european_exports_write_them():
    moment = parse_moment("04/03/2025 09:15", "t", "Europe/Madrid")
    assert (moment.year, moment.month, moment.day, moment.hour) == (2025, 3, 4, 9)


def test_spreadsheet_datetime_cell():
    moment = parse_moment(datetime(2025, 3, 4, 9, 15), "t", "Europe/Berlin")
    assert moment.utcoffset() == timedelta(hours=1)


def test_bare_date_refused_or_taken_as_end_of_day():
    with pytest.raises(InvalidInput, match="has no time of day"):
        parse_moment("2025-03-04", "ordered_at", "Europe/Paris")
    moment = parse_moment(date(2025, 3, 4), "shipped_at", "Europe/Paris", date_only="end_of_day")
    assert (moment.hour, moment.minute) == (23, 59)


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01T10:00", "31/02/2025 10:00", "12h30"])
def test_malformed_times_name_the_value(bad):
    with pytest.raises(InvalidInput, match="ordered_at"):
        parse_moment(bad, "ordered_at", "Europe/Paris")


def test_naive_time_without_a_known_zone_asks_for_an_offset():
    with pytest.raises(InvalidInput, match="write it with its offset"):
        parse_moment("2025-03-04 12:30", "ordered_at", None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("349.90", "349.90"),
        ("349,90", "349.90"),
        ("1 249,90 €", "1249.90"),
        ("1.249,90", "1249.90"),
        ("1,249.90", "1249.90"),
        (349.9, "349.90"),
        (300, "300.00"),
    ],
)
def test_prices(raw, expected):
    assert parse_price(raw) == Decimal(expected)


@pytest.mark.parametrize("bad", ["abc", "", "12..5", "-5", "NaN"])
def test_bad_prices(bad):
    with pytest.raises(InvalidInput):
        parse_price(bad)


@pytest.mark.parametrize(
    ("raw", "gb"),
    [("128", 128), ("256 GB", 256), ("64Go", 64), ("1TB", 1024), (512, 512), (128.0, 128)],
)
def test_storage(raw, gb):
    assert parse_storage_gb(raw) == gb


@pytest.mark.parametrize("bad", ["big", "0", "9000", "12.5"])
def test_bad_storage(bad):
    with pytest.raises(InvalidInput, match="storage"):
        parse_storage_gb(bad)


def test_yes_no_in_the_lab_languages():
    assert parse_yes_no("oui", "x") is True
    assert parse_yes_no("Nein", "x") is False
    assert parse_yes_no(None, "x") is False
    with pytest.raises(InvalidInput, match="premium_battery 'maybe' is not yes or no"):
        parse_yes_no("maybe", "premium_battery")
