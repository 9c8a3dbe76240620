"""What quality managers look at across audits: the figures behind the trend charts."""

from __future__ import annotations

import re
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from labapp.domain.logistics import LogisticsPolicy
from labapp.domain.permissions import Action
from labapp.services.access import AccessGate
from labapp.services.ports import TrendWindow, UnitOfWorkFactory
from labapp.services.settings import LabSettingsService

Rows = list[tuple[Any, ...]]
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%?\s*$")
WORST_SELLERS = 15
# A seller with this many audits graded surveillance or worse is a repeat offender.
REPEAT_OFFENCES = 2
# Days beyond this are counted in the last bar of the shipping and delivery charts.
LONGEST_DAYS_SHOWN = 21


@dataclass(frozen=True)
class TrendFigures:
    monthly: Rows  # (YYYYMM, audits, failed audits)
    by_check: Rows  # (check, failures, applied)
    by_seller: Rows  # (ref, name, audits, failed audits), worst defect rate first
    by_model: Rows  # (model, audits, failed, screen substitutions, non-genuine parts)
    battery_buckets: Rows  # (lower bound %, audits)
    grades_by_month: Rows  # (YYYYMM, grade, audits)
    logistics_by_month: Rows  # (YYYYMM, late shipments, late deliveries, audits)
    repeat_offenders: Rows  # (ref, name, audits graded surveillance or worse, audits)
    days_to_ship: Rows  # (calendar days from order to shipping, orders)
    days_to_deliver: Rows  # (calendar days from order to delivery, orders)
    ship_within_business_days: int
    deliver_within_days: int

    @property
    def audits(self) -> int:
        return sum(row[1] for row in self.monthly)


def _buckets(values: Rows, width: int = 5) -> Rows:
    """Battery health values counted by the database, grouped into 5-point bands here."""
    bands: dict[int, int] = {}
    for text, count in values:
        found = _PERCENT.match(str(text))
        if found:
            band = min(int(float(found.group(1)) // width) * width, 100)
            bands[band] = bands.get(band, 0) + int(count)
    return sorted(bands.items())


def _monthly(monthly_grades: Rows) -> tuple[Rows, Rows]:
    audits: Counter[int] = Counter()
    failed: Counter[int] = Counter()
    for month, _, count, failures in monthly_grades:
        audits[month] += count
        failed[month] += failures or 0
    monthly = [(month, audits[month], failed[month]) for month in sorted(audits)]
    grades = [(month, grade, count) for month, grade, count, _ in monthly_grades]
    return monthly, grades


def _sellers(rows: Rows) -> tuple[Rows, Rows]:
    def rate(row: tuple[Any, ...]) -> float:
        return (row[3] or 0) / row[2] if row[2] else 0.0

    worst = sorted(rows, key=lambda row: (-rate(row), -row[2], row[0]))[:WORST_SELLERS]
    offenders = sorted(
        (row for row in rows if (row[4] or 0) >= REPEAT_OFFENCES),
        key=lambda row: (-(row[4] or 0), -row[2], row[0]),
    )
    return (
        [(ref, name, audits, failed or 0) for ref, name, audits, failed, _ in worst],
        [(ref, name, serious, audits) for ref, name, audits, _, serious in offenders],
    )


def _days(pairs: Rows) -> tuple[Rows, Rows]:
    ship: Counter[int] = Counter()
    deliver: Counter[int] = Counter()
    for to_ship, to_deliver, count in pairs:
        if to_ship is not None and to_ship >= 0:
            ship[min(int(to_ship), LONGEST_DAYS_SHOWN)] += count
        if to_deliver is not None and to_deliver >= 0:
            deliver[min(int(to_deliver), LONGEST_DAYS_SHOWN)] += count
    return sorted(ship.items()), sorted(deliver.items())


class TrendAnswers:
    """The trend figures as their queries finish: each attribute waits for its own query
    only, so a caller can draw the first chart while the database still counts the rest."""

    def __init__(self, answers: dict[str, Future[Rows]], policy: LogisticsPolicy) -> None:
        self._answers = answers
        self.ship_within_business_days = policy.ship_within_business_days
        self.deliver_within_days = policy.deliver_within_days

    def _rows(self, question: str) -> Rows:
        return self._answers[question].result()

    @cached_property
    def _months_and_grades(self) -> tuple[Rows, Rows]:
        return _monthly(self._rows("monthly_grades"))

    @cached_property
    def _sellers(self) -> tuple[Rows, Rows]:
        return _sellers(self._rows("sellers"))

    @cached_property
    def _days(self) -> tuple[Rows, Rows]:
        return _days(self._rows("days_to_ship_and_deliver"))

    @property
    def monthly(self) -> Rows:
        return self._months_and_grades[0]

    @property
    def grades_by_month(self) -> Rows:
        return self._months_and_grades[1]

    @property
    def by_check(self) -> Rows:
        return self._rows("failures_by_check")

    @property
    def by_seller(self) -> Rows:
        return self._sellers[0]

    @property
    def repeat_offenders(self) -> Rows:
        return self._sellers[1]

    @property
    def by_model(self) -> Rows:
        return self._rows("by_model")

    @cached_property
    def battery_buckets(self) -> Rows:
        return _buckets(self._rows("battery_values"))

    @cached_property
    def logistics_by_month(self) -> Rows:
        late = {month: (ship, deliver) for month, ship, deliver in self._rows("late_by_month")}
        return [(month, *late.get(month, (0, 0)), audits) for month, audits, _ in self.monthly]

    @property
    def days_to_ship(self) -> Rows:
        return self._days[0]

    @property
    def days_to_deliver(self) -> Rows:
        return self._days[1]

    def settle(self) -> TrendFigures:
        """Every figure, once every query has answered."""
        return TrendFigures(
            monthly=self.monthly,
            by_check=self.by_check,
            by_seller=self.by_seller,
            by_model=self.by_model,
            battery_buckets=self.battery_buckets,
            grades_by_month=self.grades_by_month,
            logistics_by_month=self.logistics_by_month,
            repeat_offenders=self.repeat_offenders,
            days_to_ship=self.days_to_ship,
            days_to_deliver=self.days_to_deliver,
            ship_within_business_days=self.ship_within_business_days,
            deliver_within_days=self.deliver_within_days,
        )


class TrendService:
    # The trend queries are independent; running them on a few connections at once lets
    # the database work on every core (SQLite and the PostgreSQL driver let go of
    # Python's lock while they work). Each sees its own snapshot: trends are statistics,
    # and an audit finalised between two queries moves a figure by one.
    PARALLEL_QUERIES = 3
    # In the order the charts are drawn, so the first chart's figures come first.
    QUESTIONS = (
        "monthly_grades",
        "failures_by_check",
        "sellers",
        "by_model",
        "battery_values",
        "late_by_month",
        "days_to_ship_and_deliver",
    )

    def __init__(self, unit_of_work: UnitOfWorkFactory, gate: AccessGate) -> None:
        self._uow = unit_of_work
        self._gate = gate

    def _ask(self, window: TrendWindow, question: str) -> Rows:
        with self._uow() as uow:
            rows: Rows = getattr(uow.trends(window), question)()
            return rows

    def begin(self, window: TrendWindow | None = None) -> TrendAnswers:
        """Start every trend query and return at once; see TrendAnswers."""
        self._gate.require(Action.VIEW_TRENDS)
        window = window or TrendWindow()
        policy = LabSettingsService(self._uow, self._gate).logistics_policy()
        pool = ThreadPoolExecutor(self.PARALLEL_QUERIES, thread_name_prefix="trends")
        answers = {q: pool.submit(self._ask, window, q) for q in self.QUESTIONS}
        pool.shutdown(wait=False)  # the threads end when the last query has answered
        return TrendAnswers(answers, policy)

    def figures(self, window: TrendWindow | None = None) -> TrendFigures:
        return self.begin(window).settle()
