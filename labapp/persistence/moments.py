"""Aware datetimes to (naive UTC, offset minutes) pairs and back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone


def split_moment(moment: datetime) -> tuple[datetime, int]:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError(f"{moment.isoformat()} has no UTC offset")
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return utc, round(offset.total_seconds() / 60)


def split_optional(moment: datetime | None) -> tuple[datetime | None, int | None]:
    if moment is None:
        return None, None
    return split_moment(moment)


def join_moment(utc: datetime, offset_minutes: int) -> datetime:
    zone = UTC if offset_minutes == 0 else timezone(timedelta(minutes=offset_minutes))
    return utc.replace(tzinfo=UTC).astimezone(zone)


def join_optional(utc: datetime | None, offset_minutes: int | None) -> datetime | None:
    if utc is None:
        return None
    return join_moment(utc, offset_minutes or 0)
