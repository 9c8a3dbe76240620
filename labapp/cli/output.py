"""Printing results: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TextIO


def _json_default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        # Money as text: a float would turn 249.90 into 249.9000000001 somewhere.
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | frozenset | set):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    return value


def write_json(value: Any, out: TextIO) -> None:
    # One write: json.dump() would issue a write per token.
    text = json.dumps(to_plain(value), default=_json_default, ensure_ascii=False, indent=2)
    out.write(text + "\n")


def yes_no(value: bool | None) -> str:
    return "—" if value is None else ("yes" if value else "NO")


def write_table(headers: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def write_fields(pairs: Sequence[tuple[str, str]], out: TextIO) -> None:
    width = max(len(label) for label, _ in pairs)
    for label, value in pairs:
        out.write(f"{label.ljust(width)}  {value}\n")
