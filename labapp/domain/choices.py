"""Reading typed-in names of fixed choices and references, with clear refusals."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TypeVar

from labapp.domain.errors import InvalidInput

_Choice = TypeVar("_Choice", bound=StrEnum)
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$")


def parse_choice(
    enum: type[_Choice], raw: str, what: str, aliases: dict[str, str] | None = None
) -> _Choice:
    """'Low performance', 'low-performance' and 'LOW_PERFORMANCE' all name one member."""
    key = re.sub(r"[\s-]+", "_", raw.strip().lower())
    key = (aliases or {}).get(key, key)
    try:
        return enum(key)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise InvalidInput(
            "{what} {raw!r} is not one of {allowed}", what=what, raw=raw, allowed=allowed
        ) from None


def check_reference(raw: str, what: str) -> str:
    """Marketplace references: 1-64 letters, digits and a few separators."""
    ref = raw.strip()
    if not _REFERENCE.match(ref):
        raise InvalidInput(
            "{what} {raw!r} must be 1-64 letters, digits, '.', '_', '/' or '-'", what=what, raw=raw
        )
    return ref
