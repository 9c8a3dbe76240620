"""Sellers of the marketplace, as the lab knows them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from labapp.domain.choices import check_reference, parse_choice
from labapp.domain.errors import InvalidInput, words


class SellerStatus(StrEnum):
    """Where a seller stands with the marketplace, mildest first."""

    ONBOARDING = "onboarding"
    ACTIVE = "active"
    SURVEILLANCE = "surveillance"
    LIMITED = "limited"
    SUSPENDED = "suspended"
    DEREGISTERED = "deregistered"


class ReportLanguage(StrEnum):
    """Languages the lab writes to sellers in."""

    ENGLISH = "en"
    FRENCH = "fr"
    SPANISH = "es"
    GERMAN = "de"
    ITALIAN = "it"


@dataclass(frozen=True)
class MarketCountry:
    """What the lab needs to know of a country it often deals with."""

    code: str
    language: ReportLanguage
    # IANA zone used to read a time written without an offset (a spreadsheet
    # cell typed "2025-03-04 12:30"), as the seller would have meant it.
    time_zone: str


# The marketplace's own countries, and neighbours whose sellers list there.
# Countries not listed here are still accepted when the business calendar
# knows their holidays; their report language defaults to English.
MARKET_COUNTRIES: dict[str, MarketCountry] = {
    c.code: c
    for c in (
        MarketCountry("FR", ReportLanguage.FRENCH, "Europe/Paris"),
        MarketCountry("ES", ReportLanguage.SPANISH, "Europe/Madrid"),
        MarketCountry("DE", ReportLanguage.GERMAN, "Europe/Berlin"),
        MarketCountry("IT", ReportLanguage.ITALIAN, "Europe/Rome"),
        MarketCountry("BE", ReportLanguage.FRENCH, "Europe/Brussels"),
        MarketCountry("NL", ReportLanguage.ENGLISH, "Europe/Amsterdam"),
        MarketCountry("LU", ReportLanguage.FRENCH, "Europe/Luxembourg"),
        MarketCountry("AT", ReportLanguage.GERMAN, "Europe/Vienna"),
        MarketCountry("CH", ReportLanguage.FRENCH, "Europe/Zurich"),
        MarketCountry("PT", ReportLanguage.SPANISH, "Europe/Lisbon"),
        MarketCountry("PL", ReportLanguage.ENGLISH, "Europe/Warsaw"),
        MarketCountry("IE", ReportLanguage.ENGLISH, "Europe/Dublin"),
        MarketCountry("GB", ReportLanguage.ENGLISH, "Europe/London"),
    )
}

_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


def normalise_country_code(raw: str) -> str:
    """Upper-case ISO 3166-1 alpha-2 code, or InvalidInput naming the value."""
    code = raw.strip().upper()
    if not _COUNTRY_CODE.match(code):
        raise InvalidInput(
            "country {raw!r} is not a two-letter ISO 3166 code (FR, ES, DE, IT, BE, ...)", raw=raw
        )
    return code


def default_language(country: str) -> ReportLanguage:
    known = MARKET_COUNTRIES.get(country)
    return known.language if known else ReportLanguage.ENGLISH


def parse_language(raw: str) -> ReportLanguage:
    return parse_choice(ReportLanguage, raw, words("language"))


def parse_seller_status(raw: str) -> SellerStatus:
    return parse_choice(SellerStatus, raw, words("seller status"))


def check_seller_ref(raw: str) -> str:
    return check_reference(raw, words("seller ref"))


@dataclass(frozen=True)
class Seller:
    """A marketplace seller: who the lab audits and writes to."""

    marketplace_ref: str
    name: str
    country: str
    language: ReportLanguage
    status: SellerStatus = SellerStatus.ONBOARDING

    def __post_init__(self) -> None:
        check_seller_ref(self.marketplace_ref)
        if not self.name.strip():
            raise InvalidInput("seller {ref}: the name is empty", ref=self.marketplace_ref)
        if len(self.name) > 200:
            raise InvalidInput(
                "seller {ref}: the name is over 200 characters", ref=self.marketplace_ref
            )
        if not _COUNTRY_CODE.match(self.country):
            raise InvalidInput(
                "seller {ref}: bad country {country!r}",
                ref=self.marketplace_ref,
                country=self.country,
            )
