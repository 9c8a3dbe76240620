"""Report wording from the translation catalogs in resources/i18n, and locale formats (Babel).

A catalog message is a text, or, when its words follow a count, one text per plural
category of the language (CLDR's "one", "other", ...): ``{"one": "{n} jour", "other":
"{n} jours"}``. The count is always ``{n}``; Babel's rules pick the text, so French says
"0 jour" and "1 jour", English "0 days" and "1 day".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from labapp.domain.errors import InvalidInput
from resources import resource

LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "de": "de_DE", "it": "it_IT"}


Message = str | dict[str, str]


@cache
def _messages(language: str) -> dict[str, Message]:
    document = json.loads(resource(f"i18n/report.{language}.json").read_text(encoding="utf-8"))
    messages: dict[str, Message] = document["messages"]
    return messages


# French and Italian write the first of the month as an ordinal.
_FIRST_OF_MONTH = {"fr": "1er", "it": "1º"}


@cache
def _plural_category(locale: str, count: int | float | Decimal) -> str:
    category: str = Locale.parse(locale).plural_form(count)
    return category


@dataclass(frozen=True)
class Catalog:
    language: str

    @classmethod
    def of(cls, language: str) -> Catalog:
        if language not in LOCALES:
            raise InvalidInput(
                "report language {language!r} is not one of {languages}",
                language=language,
                languages=", ".join(LOCALES),
            )
        return cls(language)

    @property
    def locale(self) -> str:
        return LOCALES[self.language]

    def t(self, key: str, **values: object) -> str:
        message = _messages(self.language).get(key) or _messages("en")[key]
        text = message if isinstance(message, str) else self._plural(key, message, values)
        # Always formatted: a placeholder left unfilled fails here, loudly, instead of
        # printing "{days}" in a seller's report.
        try:
            return text.format(**values)
        except (KeyError, IndexError) as missing:
            raise KeyError(f"message {key!r} ({self.language}) needs {missing}") from None

    def _plural(self, key: str, forms: dict[str, str], values: dict[str, object]) -> str:
        count = values.get("n")
        if not isinstance(count, int | float | Decimal) or isinstance(count, bool):
            raise TypeError(f"message {key!r} ({self.language}) is counted: give n a number")
        # A category the catalog leaves out (French "many", for millions) reads as "other".
        category = _plural_category(self.locale, count)
        return forms.get(category) or forms["other"]

    def day(self, value: date | datetime | None) -> str:
        if value is None:
            return "—"
        return self._first_of_month(value, format_date(value, format="long", locale=self.locale))

    def moment(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        said = format_datetime(value, format="medium", locale=self.locale, tzinfo=value.tzinfo)
        return self._first_of_month(value, said)

    def _first_of_month(self, value: date, said: str) -> str:
        # The locale data writes a plain 1 ("1 mars"), where a French reader expects
        # "1er mars" and an Italian one "1º marzo".
        ordinal = _FIRST_OF_MONTH.get(self.language)
        if ordinal and value.day == 1 and said.startswith("1 "):
            return ordinal + said[1:]
        return said

    def number(self, value: float | Decimal | None, digits: int = 1) -> str:
        if value is None:
            return "—"
        return format_decimal(
            value, format=f"#,##0.{'#' * digits}" if digits else "#,##0", locale=self.locale
        )

    def percent(self, value: float | Decimal, digits: int = 1) -> str:
        return self.t("percent", value=self.number(value, digits))

    def storage(self, gigabytes: int) -> str:
        """A capacity as the language writes it: "128 GB", French "128 Go"."""
        return self.t("storage_gb", gb=gigabytes)

    def labelled(self, label: str, value: str) -> str:
        """The label, a colon and the value; French puts a no-break space before the colon."""
        return self.t("label_value", label=label, value=value)

    def money(self, amount: Decimal, currency: str) -> str:
        return format_currency(amount, currency, locale=self.locale)
