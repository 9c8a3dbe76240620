"""Report wording from the translation catalogs in resources/i18n, and locale formats (Babel)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from labapp.domain.errors import InvalidInput
from resources import resource

LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "de": "de_DE", "it": "it_IT"}


@cache
def _messages(language: str) -> dict[str, str]:
    document = json.loads(resource(f"i18n/report.{language}.json").read_text(encoding="utf-8"))
    messages: dict[str, str] = document["messages"]
    return messages


@dataclass(frozen=True)
class Catalog:
    language: str

    @classmethod
    def of(cls, language: str) -> Catalog:
        if language not in LOCALES:
            raise InvalidInput(f"report language {language!r} is not one of {', '.join(LOCALES)}")
        return cls(language)

    @property
    def locale(self) -> str:
        return LOCALES[self.language]

    def t(self, key: str, **values: object) -> str:
        text = _messages(self.language).get(key) or _messages("en")[key]
        # Always formatted: a placeholder left unfilled fails here, loudly, instead of
        # printing "{days}" in a seller's report.
        try:
            return text.format(**values)
        except (KeyError, IndexError) as missing:
            raise KeyError(f"message {key!r} ({self.language}) needs {missing}") from None

    def day(self, value: date | datetime | None) -> str:
        if value is None:
            return "—"
        return format_date(value, format="long", locale=self.locale)

    def moment(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        return format_datetime(value, format="medium", locale=self.locale, tzinfo=value.tzinfo)

    def number(self, value: float | Decimal | None, digits: int = 1) -> str:
        if value is None:
            return "—"
        return format_decimal(
            value, format=f"#,##0.{'#' * digits}" if digits else "#,##0", locale=self.locale
        )

    def money(self, amount: Decimal, currency: str) -> str:
        return format_currency(amount, currency, locale=self.locale)
