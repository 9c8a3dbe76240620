"""Trend figures computed by the database (GROUP BY), never by loading every audit.

Each query returns a few dozen aggregated rows (one per seller at most) whatever the
number of audits. Queries are few and wide: one pass gives months and grades, another
every seller's counts, and the services derive the charts' figures from them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Date, Integer, case, cast, extract, func, select
from sqlalchemy.orm import Session

from labapp.domain.audits import AuditState
from labapp.persistence.tables import AuditCheckRow, AuditRow, MysteryOrderRow, SellerRow
from labapp.services.ports import TrendWindow

FINAL_STATES = (AuditState.FINALISED.value, AuditState.SENT.value)
# Few at any time (the audits on the benches and in review): an index finds them.
OPEN_STATES = tuple(state.value for state in AuditState if state.value not in FINAL_STATES)
SERIOUS_GRADES = ("surveillance", "sales_limitation", "suspension", "deregistration")


def _naive_utc(moment: datetime | None) -> datetime | None:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment else None


class TrendQueries:
    def __init__(self, session: Session, window: TrendWindow) -> None:
        self._session = session
        self._window_spec = window
        self._since = _naive_utc(window.since)
        self._before = _naive_utc(window.before)
        self._dialect = session.get_bind().dialect.name

    def _month(self, column: Any) -> Any:
        if self._dialect == "sqlite":
            # One strftime per row instead of two extracts: half the time on SQLite.
            return cast(func.strftime("%Y%m", column), Integer)
        return cast(extract("year", column), Integer) * 100 + cast(
            extract("month", column), Integer
        )

    def _days_between(self, start: Any, end: Any) -> Any:
        """Whole calendar days (UTC) from one moment's date to the other's."""
        if self._dialect == "sqlite":
            return cast(func.julianday(func.date(end)) - func.julianday(func.date(start)), Integer)
        return cast(end, Date) - cast(start, Date)

    def _window(self, statement: Any) -> Any:
        """Finalised audits in the window; statements join MysteryOrderRow when filtered."""
        window = self._window_spec
        statement = statement.where(AuditRow.state.in_(FINAL_STATES))
        if self._since:
            statement = statement.where(AuditRow.audited_at_utc >= self._since)
        if self._before:
            statement = statement.where(AuditRow.audited_at_utc < self._before)
        if window.model:
            statement = statement.where(MysteryOrderRow.listing_model == window.model)
        if window.seller_ref:
            statement = statement.where(
                MysteryOrderRow.seller_id
                == select(SellerRow.id)
                .where(SellerRow.marketplace_ref == window.seller_ref)
                .scalar_subquery()
            )
        return statement

    @staticmethod
    def _failed() -> Any:
        """Audits with a failed check, counted from the failure counts on the audit rows."""
        any_failure = (AuditRow.failed_critical + AuditRow.failed_major + AuditRow.failed_minor) > 0
        return func.sum(case((any_failure, 1), else_=0))

    def _rows(self, statement: Any) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._session.execute(statement)]

    def _audits(self, *columns: Any) -> Any:
        """SELECT over the window's audits joined to their orders."""
        return (
            select(*columns)
            .select_from(AuditRow)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
        )

    def monthly_grades(self) -> list[tuple[Any, ...]]:
        """(month YYYYMM, grade, audits, audits with a failed check)."""
        month = self._month(AuditRow.audited_at_utc)
        statement = (
            self._audits(month, AuditRow.grade, func.count(AuditRow.id), self._failed())
            .group_by(month, AuditRow.grade)
            .order_by(month)
        )
        return self._rows(self._window(statement))

    def failures_by_check(self) -> list[tuple[Any, ...]]:
        """(check id, failures, times it applied), most failures first."""
        per_outcome = func.count()
        if self._window_spec.everything:
            # Every check result is counted from the (check_id, outcome) index alone, and
            # the few audits still open are taken away: a tenth of the time of joining a
            # million results to their audits.
            counted = self._rows(
                select(AuditCheckRow.check_id, AuditCheckRow.outcome, per_outcome).group_by(
                    AuditCheckRow.check_id, AuditCheckRow.outcome
                )
            )
            still_open = self._rows(
                select(AuditCheckRow.check_id, AuditCheckRow.outcome, per_outcome)
                .select_from(AuditRow)
                .join(AuditCheckRow, AuditCheckRow.audit_id == AuditRow.id)
                .where(AuditRow.state.in_(OPEN_STATES))
                .group_by(AuditCheckRow.check_id, AuditCheckRow.outcome)
            )
        else:
            counted = self._rows(
                self._window(
                    self._audits(AuditCheckRow.check_id, AuditCheckRow.outcome, per_outcome)
                    .join(AuditCheckRow, AuditCheckRow.audit_id == AuditRow.id)
                    .group_by(AuditCheckRow.check_id, AuditCheckRow.outcome)
                )
            )
            still_open = []
        tally: dict[str, list[int]] = {}
        for rows, sign in ((counted, 1), (still_open, -1)):
            for check, outcome, count in rows:
                entry = tally.setdefault(check, [0, 0])
                if outcome == "fail":
                    entry[0] += sign * count
                if outcome in ("pass", "fail"):
                    entry[1] += sign * count
        ranked = sorted(tally.items(), key=lambda item: (-item[1][0], item[0]))
        return [(check, failed, applied) for check, (failed, applied) in ranked]

    def sellers(self) -> list[tuple[Any, ...]]:
        """(seller ref, name, audits, audits with a failure, audits graded surveillance
        or worse) for every seller audited in the window."""
        serious = func.sum(case((AuditRow.grade.in_(SERIOUS_GRADES), 1), else_=0))
        statement = (
            self._audits(
                SellerRow.marketplace_ref,
                SellerRow.name,
                func.count(AuditRow.id),
                self._failed(),
                serious,
            )
            .join(SellerRow, SellerRow.id == MysteryOrderRow.seller_id)
            .group_by(SellerRow.marketplace_ref, SellerRow.name)
        )
        return self._rows(self._window(statement))

    def by_model(self) -> list[tuple[Any, ...]]:
        """(model, audits, audits with a failure, screen substitutions, non-genuine parts)."""
        models = (
            self._audits(MysteryOrderRow.listing_model, func.count(AuditRow.id), self._failed())
            .group_by(MysteryOrderRow.listing_model)
            .order_by(func.count(AuditRow.id).desc())
        )
        # Failed screen and parts checks only: the (check_id, outcome) index finds them.
        substitutions = (
            self._audits(MysteryOrderRow.listing_model, AuditCheckRow.check_id, func.count())
            .join(AuditCheckRow, AuditCheckRow.audit_id == AuditRow.id)
            .where(
                AuditCheckRow.check_id.in_(("screen_technology", "parts_genuine")),
                AuditCheckRow.outcome == "fail",
            )
            .group_by(MysteryOrderRow.listing_model, AuditCheckRow.check_id)
        )
        found = {
            (model, check): count for model, check, count in self._rows(self._window(substitutions))
        }
        return [
            (
                model,
                audits,
                failed,
                found.get((model, "screen_technology"), 0),
                found.get((model, "parts_genuine"), 0),
            )
            for model, audits, failed in self._rows(self._window(models))
        ]

    def battery_values(self) -> list[tuple[Any, ...]]:
        """(measured text such as "88%", count): a few dozen distinct values to bucket."""
        statement = (
            self._audits(AuditCheckRow.measured, func.count())
            .join(AuditCheckRow, AuditCheckRow.audit_id == AuditRow.id)
            .where(AuditCheckRow.check_id == "battery_health", AuditCheckRow.measured.is_not(None))
            .group_by(AuditCheckRow.measured)
        )
        return self._rows(self._window(statement))

    def late_by_month(self) -> list[tuple[Any, ...]]:
        """(month YYYYMM, late shipments, late deliveries), from the failed logistics checks."""
        month = self._month(AuditRow.audited_at_utc)
        late_shipping = func.sum(case((AuditCheckRow.check_id == "shipped_on_time", 1), else_=0))
        late_delivery = func.sum(case((AuditCheckRow.check_id == "delivered_on_time", 1), else_=0))
        statement = (
            self._audits(month, late_shipping, late_delivery)
            .join(AuditCheckRow, AuditCheckRow.audit_id == AuditRow.id)
            .where(
                AuditCheckRow.check_id.in_(("shipped_on_time", "delivered_on_time")),
                AuditCheckRow.outcome == "fail",
            )
            .group_by(month)
        )
        return self._rows(self._window(statement))

    def days_to_ship_and_deliver(self) -> list[tuple[Any, ...]]:
        """(days from order to shipping, days from order to delivery, orders): calendar
        days, counted per pair; the services split them into two distributions."""
        ordered = MysteryOrderRow.ordered_at_utc
        to_ship = self._days_between(ordered, MysteryOrderRow.shipped_at_utc)
        to_deliver = self._days_between(ordered, MysteryOrderRow.delivered_at_utc)
        statement = self._audits(to_ship, to_deliver, func.count()).group_by(to_ship, to_deliver)
        return self._rows(self._window(statement))
