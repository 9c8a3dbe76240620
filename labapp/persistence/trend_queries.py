"""Trend figures computed by the database (GROUP BY), never by loading every audit.

Each query returns a few dozen aggregated rows whatever the number of audits.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Integer, case, cast, extract, func, select
from sqlalchemy.orm import Session

from labapp.persistence.tables import AuditCheckRow, AuditRow, MysteryOrderRow, SellerRow

FINAL_STATES = ("finalised", "sent")


def _month(column: Any) -> Any:
    return cast(extract("year", column), Integer) * 100 + cast(extract("month", column), Integer)


class TrendQueries:
    def __init__(self, session: Session, since: datetime | None, before: datetime | None):
        self._session = session
        self._since = since.astimezone(UTC).replace(tzinfo=None) if since else None
        self._before = before.astimezone(UTC).replace(tzinfo=None) if before else None

    def _window(self, statement: Any) -> Any:
        statement = statement.where(AuditRow.state.in_(FINAL_STATES))
        if self._since:
            statement = statement.where(AuditRow.audited_at_utc >= self._since)
        if self._before:
            statement = statement.where(AuditRow.audited_at_utc < self._before)
        return statement

    @staticmethod
    def _failed() -> Any:
        """Audits with a failed check, counted from the failure counts on the audit rows."""
        any_failure = (AuditRow.failed_critical + AuditRow.failed_major + AuditRow.failed_minor) > 0
        return func.sum(case((any_failure, 1), else_=0))

    def _rows(self, statement: Any) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._session.execute(statement)]

    def monthly(self) -> list[tuple[Any, ...]]:
        """(month YYYYMM, audits, audits with a failed check)."""
        month = _month(AuditRow.audited_at_utc)
        statement = (
            select(month, func.count(AuditRow.id), self._failed()).group_by(month).order_by(month)
        )
        return self._rows(self._window(statement))

    def failures_by_check(self) -> list[tuple[Any, ...]]:
        """(check id, failures, times it applied)."""
        failed = func.sum(case((AuditCheckRow.outcome == "fail", 1), else_=0))
        applied = func.sum(case((AuditCheckRow.outcome.in_(("pass", "fail")), 1), else_=0))
        statement = (
            select(AuditCheckRow.check_id, failed, applied)
            .join(AuditRow, AuditRow.id == AuditCheckRow.audit_id)
            .group_by(AuditCheckRow.check_id)
            .order_by(failed.desc())
        )
        return self._rows(self._window(statement))

    def by_seller(self, worst: int = 15) -> list[tuple[Any, ...]]:
        """(seller ref, name, audits, audits with a failure), worst failure rate first."""
        audits, failures = func.count(AuditRow.id), self._failed()
        statement = (
            select(SellerRow.marketplace_ref, SellerRow.name, audits, failures)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .join(SellerRow, SellerRow.id == MysteryOrderRow.seller_id)
            .group_by(SellerRow.marketplace_ref, SellerRow.name)
            .order_by((failures * 1.0 / audits).desc(), audits.desc())
            .limit(worst)
        )
        return self._rows(self._window(statement))

    def by_model(self) -> list[tuple[Any, ...]]:
        """(model, audits, audits with a failure, screen substitutions, non-genuine parts)."""
        models = (
            select(MysteryOrderRow.listing_model, func.count(AuditRow.id), self._failed())
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .group_by(MysteryOrderRow.listing_model)
            .order_by(func.count(AuditRow.id).desc())
        )
        # Failed screen and parts checks only: the (check_id, outcome) index finds them.
        substitutions = (
            select(MysteryOrderRow.listing_model, AuditCheckRow.check_id, func.count())
            .join(AuditRow, AuditRow.id == AuditCheckRow.audit_id)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
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
            select(AuditCheckRow.measured, func.count())
            .join(AuditRow, AuditRow.id == AuditCheckRow.audit_id)
            .where(AuditCheckRow.check_id == "battery_health", AuditCheckRow.measured.is_not(None))
            .group_by(AuditCheckRow.measured)
        )
        return self._rows(self._window(statement))

    def grades_by_month(self) -> list[tuple[Any, ...]]:
        """(month YYYYMM, grade, audits)."""
        month = _month(AuditRow.audited_at_utc)
        statement = (
            select(month, AuditRow.grade, func.count(AuditRow.id))
            .group_by(month, AuditRow.grade)
            .order_by(month)
        )
        return self._rows(self._window(statement))

    def logistics_by_month(self) -> list[tuple[Any, ...]]:
        """(month, late shipments, late deliveries, audits)."""
        month = _month(AuditRow.audited_at_utc)
        # Only the failed rows of the two checks: the (check_id, outcome) index finds them.
        late = (
            select(month, AuditCheckRow.check_id, func.count())
            .join(AuditCheckRow, AuditCheckRow.audit_id == AuditRow.id)
            .where(
                AuditCheckRow.check_id.in_(("shipped_on_time", "delivered_on_time")),
                AuditCheckRow.outcome == "fail",
            )
            .group_by(month, AuditCheckRow.check_id)
        )
        counted = {(m, check): n for m, check, n in self._rows(self._window(late))}
        return [
            (
                m,
                counted.get((m, "shipped_on_time"), 0),
                counted.get((m, "delivered_on_time"), 0),
                audits,
            )
            for m, audits, _ in self.monthly()
        ]

    def repeat_offenders(self) -> list[tuple[Any, ...]]:
        """(seller ref, name, audits graded surveillance or worse), two or more."""
        serious = ("surveillance", "sales_limitation", "suspension", "deregistration")
        count = func.count(AuditRow.id)
        statement = (
            select(SellerRow.marketplace_ref, SellerRow.name, count)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .join(SellerRow, SellerRow.id == MysteryOrderRow.seller_id)
            .where(AuditRow.grade.in_(serious))
            .group_by(SellerRow.marketplace_ref, SellerRow.name)
            .having(count >= 2)
            .order_by(count.desc())
        )
        return self._rows(self._window(statement))
