"""What quality managers look at across audits: the figures behind the trend charts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from labapp.services.ports import UnitOfWorkFactory

Rows = list[tuple[Any, ...]]
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%?\s*$")


@dataclass(frozen=True)
class TrendFigures:
    monthly: Rows  # (YYYYMM, audits, failed audits)
    by_check: Rows  # (check, failures, applied)
    by_seller: Rows  # (ref, name, audits, failed audits)
    by_model: Rows  # (model, audits, failed, screen substitutions, non-genuine parts)
    battery_buckets: Rows  # (lower bound %, audits)
    grades_by_month: Rows  # (YYYYMM, grade, audits)
    logistics_by_month: Rows  # (YYYYMM, late shipments, late deliveries, audits)
    repeat_offenders: Rows  # (ref, name, audits graded surveillance or worse)


def _buckets(values: Rows, width: int = 5) -> Rows:
    """Battery health values counted by the database, grouped into 5-point bands here."""
    bands: dict[int, int] = {}
    for text, count in values:
        found = _PERCENT.match(str(text))
        if found:
            band = min(int(float(found.group(1)) // width) * width, 100)
            bands[band] = bands.get(band, 0) + int(count)
    return sorted(bands.items())


class TrendService:
    def __init__(self, unit_of_work: UnitOfWorkFactory) -> None:
        self._uow = unit_of_work

    def figures(
        self, since: datetime | None = None, before: datetime | None = None
    ) -> TrendFigures:
        with self._uow() as uow:
            source = uow.trends(since, before)
            return TrendFigures(
                monthly=source.monthly(),
                by_check=source.failures_by_check(),
                by_seller=source.by_seller(),
                by_model=source.by_model(),
                battery_buckets=_buckets(source.battery_values()),
                grades_by_month=source.grades_by_month(),
                logistics_by_month=source.logistics_by_month(),
                repeat_offenders=source.repeat_offenders(),
            )
