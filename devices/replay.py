"""Parse a stored reading's `raw` answers again with today's parsers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from devices.android.reading import android_reading
from devices.errors import BadAnswer
from devices.ios.reading import ios_reading
from devices.reading import READING_FORMAT, Reading


def replay(document: dict[str, Any]) -> Reading:
    if document.get("format") != READING_FORMAT:
        raise BadAnswer(f"not a {READING_FORMAT} document (format {document.get('format')!r})")
    raw = document.get("raw")
    if not isinstance(raw, dict):
        raise BadAnswer("the reading has no raw answers to parse again")
    try:
        read_at = datetime.fromisoformat(str(document.get("read_at")))
    except ValueError:
        raise BadAnswer(f"read_at {document.get('read_at')!r} is not a time") from None
    platform = document.get("platform")
    if platform == "ios":
        return ios_reading(raw, read_at)
    if platform == "android":
        return android_reading(raw, read_at)
    if platform == "samsung-modem":
        from devices.samsung_modem import reading_from_answer

        return reading_from_answer(str(raw.get("AT+DEVCONINFO", "")), read_at)
    raise BadAnswer(f"unknown platform {platform!r}")
