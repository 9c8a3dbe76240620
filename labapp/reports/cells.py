"""Spreadsheet cells that can never run as a formula (CSV/Excel injection)."""

from __future__ import annotations

import re
from typing import Any

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot hold (openpyxl refuses them): written in SpreadsheetML's
# _xHHHH_ form, which Excel and LibreOffice read back as the character itself.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_cell(value: Any) -> Any:
    """Text starting like a formula gets a leading apostrophe; other values pass unchanged."""
    if isinstance(value, str) and value.startswith(_TRIGGERS):
        return "'" + value
    return value


def openpyxl_cell(value: Any) -> Any:
    """safe_cell, and control characters spelled so that openpyxl can write them."""
    value = safe_cell(value)
    if isinstance(value, str) and _UNWRITABLE.search(value):
        return _UNWRITABLE.sub(lambda m: f"_x{ord(m.group()):04X}_", value)
    return value
