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

    def _failed_audits(self) -> Any:
        return (
            select(AuditCheckRow.audit_id)
            .where(AuditCheckRow.outcome == "fail")
            .distinct()
            .subquery()
        )

    def _rows(self, statement: Any) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._session.execute(statement)]

    def monthly(self) -> list[tuple[Any, ...]]:
        """(month YYYYMM, audits, audits with a failed check)."""
        failed = self._failed_audits()
        month = _month(AuditRow.audited_at_utc)
        statement = (
            select(month, func.count(AuditRow.id), func.count(failed.c.audit_id))
            .outerjoin(failed, failed.c.audit_id == AuditRow.id)
            .group_by(month)
            .order_by(month)
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
        failed = self._failed_audits()
        audits, failures = func.count(AuditRow.id), func.count(failed.c.audit_id)
        statement = (
            select(SellerRow.marketplace_ref, SellerRow.name, audits, failures)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .join(SellerRow, SellerRow.id == MysteryOrderRow.seller_id)
            .outerjoin(failed, failed.c.audit_id == AuditRow.id)
            .group_by(SellerRow.marketplace_ref, SellerRow.name)
            .order_by((failures * 1.0 / audits).desc(), audits.desc())
            .limit(worst)
        )
        return self._rows(self._window(statement))

    def by_model(self) -> list[tuple[Any, ...]]:
        """(model, audits, audits with a failure, screen substitutions, non-genuine parts)."""
        failed = self._failed_audits()
        screen = func.sum(
            case(
                (
                    (AuditCheckRow.check_id == "screen_technology")
                    & (AuditCheckRow.outcome == "fail"),
                    1,
                ),
                else_=0,
            )
        )
        parts = func.sum(
            case(
                (
                    (AuditCheckRow.check_id == "parts_genuine") & (AuditCheckRow.outcome == "fail"),
                    1,
                ),
                else_=0,
            )
        )
        per_audit = (
            select(AuditCheckRow.audit_id, screen.label("screen"), parts.label("parts"))
            .group_by(AuditCheckRow.audit_id)
            .subquery()
        )
        statement = (
            select(
                MysteryOrderRow.listing_model,
                func.count(AuditRow.id),
                func.count(failed.c.audit_id),
                func.sum(per_audit.c.screen),
                func.sum(per_audit.c.parts),
            )
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .outerjoin(failed, failed.c.audit_id == AuditRow.id)
            .join(per_audit, per_audit.c.audit_id == AuditRow.id)
            .group_by(MysteryOrderRow.listing_model)
            .order_by(func.count(AuditRow.id).desc())
        )
        return self._rows(self._window(statement))

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
        late = {
            check: func.sum(
                case(
                    ((AuditCheckRow.check_id == check) & (AuditCheckRow.outcome == "fail"), 1),
                    else_=0,
                )
            )
            for check in ("shipped_on_time", "delivered_on_time")
        }
        statement = (
            select(
                month,
                late["shipped_on_time"],
                late["delivered_on_time"],
                func.count(func.distinct(AuditRow.id)),
            )
            .join(AuditCheckRow, AuditCheckRow.audit_id == AuditRow.id)
            .group_by(month)
            .order_by(month)
        )
        return self._rows(self._window(statement))

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
