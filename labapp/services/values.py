"""Parsing what people type or paste: times, prices, storage sizes, yes/no.

Shared by the command line and the importer so that a value accepted in one
is accepted in the other. Each parser raises InvalidInput naming the value.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from labapp.domain.errors import InvalidInput, words

_DAY_FIRST = re.compile(
    r"^(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4})"
    r"(?:[ T](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$"
)
_OFFSET_SUFFIX = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")


def _from_day_first(text: str) -> datetime | date | None:
    found = _DAY_FIRST.match(text)
    if not found:
        return None
    parts = found.groupdict()
    day = date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    if parts["H"] is None:
        return day
    return datetime.combine(day, time(int(parts["H"]), int(parts["M"]), int(parts["S"] or 0)))


def _parse_text_moment(text: str) -> datetime | date:
    day_first = _from_day_first(text)
    if day_first is not None:
        return day_first
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)


def parse_moment(
    value: object,
    what: str,
    local_zone: str | None,
    *,
    date_only: str = "refuse",
) -> datetime:
    """An aware datetime from ISO 8601 text, 'DD/MM/YYYY HH:MM' or a spreadsheet cell.

    A time without an offset is read in ``local_zone`` (the seller's country).
    A bare date is refused (``date_only="refuse"``), or taken as the end of that
    local day (``"end_of_day"``) so that it never looks earlier than the events
    of the same day it stands for.
    """
    if isinstance(value, datetime):
        parsed: datetime | date = value
    elif isinstance(value, date):
        parsed = value
    else:
        text = str(value or "").strip()
        if not text:
            raise InvalidInput("{what} is empty", what=what)
        try:
            parsed = _parse_text_moment(text)
        except ValueError:
            raise InvalidInput(
                "{what} {text!r} is not a date and time (use 2025-03-04T12:30:00+01:00 "
                "or 04/03/2025 12:30)",
                what=what,
                text=text,
            ) from None
    if not isinstance(parsed, datetime):
        if date_only == "refuse":
            raise InvalidInput(
                "{what} {moment} has no time of day", what=what, moment=parsed.isoformat()
            )
        parsed = datetime.combine(parsed, time(23, 59, 59))
    if parsed.tzinfo is not None:
        return parsed
    if local_zone is None:
        raise InvalidInput(
            "{what} {moment} has no UTC offset and the seller's country has no "
            "known time zone; write it with its offset (+01:00)",
            what=what,
            moment=parsed.isoformat(),
        )
    return parsed.replace(tzinfo=ZoneInfo(local_zone))


def fixed_offset(moment: datetime) -> datetime:
    """The same instant with a plain offset instead of a named zone."""
    offset = moment.utcoffset() or timedelta(0)
    return moment.astimezone(timezone(offset))


PRICE_LIMIT = Decimal(1_000_000)


def parse_price(value: object, what: str = words("price")) -> Decimal:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        amount = Decimal(str(value))
    else:
        text = re.sub(r"[\s\u00a0\u202f€$£]|EUR", "", str(value or ""))
        if not text:
            raise InvalidInput("{what} is empty", what=what)
        if "," in text and "." in text:
            # The mark that comes last is the decimal one: 1.249,90 or 1,249.90.
            thousands = "." if text.rfind(",") > text.rfind(".") else ","
            text = text.replace(thousands, "")
        text = text.replace(",", ".")
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise InvalidInput("{what} {value!r} is not a number", what=what, value=value) from None
    if not amount.is_finite():
        raise InvalidInput("{what} {value!r} is not a number", what=what, value=value)
    if amount < 0:
        raise InvalidInput("{what} {value!r} is negative", what=what, value=value)
    # No phone costs a million; the column holds 10 digits (8 before the point).
    if amount >= PRICE_LIMIT:
        raise InvalidInput(
            "{what} {value!r} is not a believable price (over {limit})",
            what=what,
            value=value,
            limit=PRICE_LIMIT,
        )
    return amount.quantize(Decimal("0.01"))


def parse_storage_gb(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        size = value
    elif isinstance(value, float) and value.is_integer():
        size = int(value)
    else:
        text = str(value or "").strip().upper().replace(" ", "")
        found = re.fullmatch(r"(\d+)(GB|GO|G|TB|TO|T)?", text)
        if not found:
            raise InvalidInput("storage {value!r} is not a size such as 128 or 1TB", value=value)
        size = int(found.group(1)) * (1024 if (found.group(2) or "").startswith("T") else 1)
    if not 1 <= size <= 4096:
        raise InvalidInput("storage {value!r} is not a phone's storage size in GB", value=value)
    return size


_TRUE = {"1", "yes", "y", "true", "oui", "si", "sí", "ja", "x"}
_FALSE = {"0", "no", "n", "false", "non", "nein", ""}


def parse_yes_no(value: object, what: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value if value is not None else "").strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidInput("{what} {value!r} is not yes or no", what=what, value=value)
