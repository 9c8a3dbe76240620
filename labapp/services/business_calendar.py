"""Public holidays by country, from the `holidays` package.

The domain's logistics rules only know the `BusinessCalendar` protocol; this
adapter answers it. National holidays only: a seller's region (a German Land,
a Spanish community) is not recorded, and the marketplace's rule speaks of
the seller's country.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from labapp.domain.errors import InvalidInput


@cache
def _holidays_module() -> Any:
    # Imported on first use: most commands never need a holiday.
    import holidays

    return holidays


class HolidayCalendar:
    """`BusinessCalendar` over the `holidays` package, one cached table per country."""

    def __init__(self) -> None:
        self._by_country: dict[str, Any] = {}

    def _table(self, country: str) -> Any:
        table = self._by_country.get(country)
        if table is None:
            try:
                # Years are filled in lazily by the package as dates are asked for.
                table = _holidays_module().country_holidays(country)
            except NotImplementedError:
                raise InvalidInput(
                    "country {country!r} is unknown (no public-holiday calendar for it); "
                    "use an ISO 3166 code such as FR, ES, DE, IT or BE",
                    country=country,
                ) from None
            self._by_country[country] = table
        return table

    def check_country(self, country: str) -> str:
        self._table(country)
        return country

    def is_public_holiday(self, country: str, day: date) -> bool:
        return day in self._table(country)
