"""Each seller's audits, counted and ranked by the database.

The sellers page lists every seller with its number of audits and its latest grade:
one query with window functions (row_number, count over the seller's audits) answers
that for all sellers at once, whatever the number of audits, instead of loading them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from labapp.domain.audits import AuditState
from labapp.persistence.moments import join_optional
from labapp.persistence.tables import AuditRow, MysteryOrderRow, SellerRow
from labapp.persistence.trend_queries import FINAL_STATES
from labapp.services.ports import SellerAuditLine, SellerStanding

_LIKE_ESCAPE = "\\"


def _contains(text: str) -> str:
    """A LIKE pattern for `text` anywhere, with LIKE's own wildcards taken literally."""
    escaped = (
        text.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2)
        .replace("%", _LIKE_ESCAPE + "%")
        .replace("_", _LIKE_ESCAPE + "_")
    )
    return f"%{escaped.lower()}%"


class SellerQueries:
    def __init__(self, session: Session) -> None:
        self._session = session

    @staticmethod
    def _latest_audits(final_only: bool) -> Any:
        """Per seller: its audits ranked newest first (rank 1 is the latest) and counted."""
        per_seller = MysteryOrderRow.seller_id
        statement = (
            select(
                per_seller.label("seller_id"),
                AuditRow.grade.label("grade"),
                AuditRow.audited_at_utc.label("at_utc"),
                AuditRow.audited_at_offset_min.label("at_offset"),
                func.row_number()
                .over(
                    partition_by=per_seller,
                    order_by=(AuditRow.audited_at_utc.desc(), AuditRow.id.desc()),
                )
                .label("rank"),
                func.count().over(partition_by=per_seller).label("audits"),
            )
            .select_from(AuditRow)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
        )
        if final_only:
            statement = statement.where(AuditRow.state.in_(FINAL_STATES))
        return statement.subquery("final" if final_only else "latest")

    def standings(self, text: str | None = None) -> list[SellerStanding]:
        """Every seller (those never audited too), by marketplace ref; `text` narrows to
        sellers whose ref or name contains it, whatever the case."""
        latest = self._latest_audits(final_only=False)
        final = self._latest_audits(final_only=True)
        statement = (
            select(
                SellerRow.marketplace_ref,
                SellerRow.name,
                SellerRow.country,
                SellerRow.language,
                SellerRow.status,
                func.coalesce(latest.c.audits, 0),
                latest.c.at_utc,
                latest.c.at_offset,
                final.c.grade,
                final.c.at_utc,
                final.c.at_offset,
            )
            .outerjoin(latest, and_(latest.c.seller_id == SellerRow.id, latest.c.rank == 1))
            .outerjoin(final, and_(final.c.seller_id == SellerRow.id, final.c.rank == 1))
            .order_by(SellerRow.marketplace_ref)
        )
        if text and text.strip():
            pattern = _contains(text.strip())
            statement = statement.where(
                or_(
                    func.lower(SellerRow.marketplace_ref).like(pattern, escape=_LIKE_ESCAPE),
                    func.lower(SellerRow.name).like(pattern, escape=_LIKE_ESCAPE),
                )
            )
        return [
            SellerStanding(
                marketplace_ref=ref,
                name=name,
                country=country,
                language=language,
                status=status,
                audits=int(audits),
                last_audited_at=join_optional(audited_utc, audited_offset),
                last_grade=grade,
                last_graded_at=join_optional(graded_utc, graded_offset),
            )
            for (
                ref,
                name,
                country,
                language,
                status,
                audits,
                audited_utc,
                audited_offset,
                grade,
                graded_utc,
                graded_offset,
            ) in self._session.execute(statement)
        ]

    def audits_of(self, seller_ref: str) -> list[SellerAuditLine]:
        """The seller's audits, newest first, in every state."""
        statement = (
            select(
                AuditRow.id,
                MysteryOrderRow.order_ref,
                MysteryOrderRow.listing_model,
                AuditRow.audited_at_utc,
                AuditRow.audited_at_offset_min,
                AuditRow.state,
                AuditRow.grade,
                AuditRow.amends_audit_id,
            )
            .select_from(AuditRow)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .join(SellerRow, SellerRow.id == MysteryOrderRow.seller_id)
            .where(SellerRow.marketplace_ref == seller_ref)
            .order_by(AuditRow.audited_at_utc.desc(), AuditRow.id.desc())
        )
        lines = []
        for (
            ident,
            order_ref,
            model,
            at_utc,
            at_offset,
            state,
            grade,
            amends,
        ) in self._session.execute(statement):
            audited_at = join_optional(at_utc, at_offset)
            assert audited_at is not None  # the column is NOT NULL
            lines.append(
                SellerAuditLine(
                    audit_id=ident,
                    order_ref=order_ref,
                    listing_model=model,
                    audited_at=audited_at,
                    state=AuditState(state),
                    grade=grade,
                    amends_audit_id=amends,
                )
            )
        return lines

    def audited_models(self) -> list[str]:
        """Listing models with at least one finalised audit: those the trends can show."""
        audited = exists(
            select(AuditRow.id).where(
                AuditRow.order_id == MysteryOrderRow.id, AuditRow.state.in_(FINAL_STATES)
            )
        )
        statement = select(MysteryOrderRow.listing_model).where(audited).distinct()
        # Sorted here: SQLite and PostgreSQL collate "iPhone" against "Galaxy" differently.
        return sorted(self._session.scalars(statement), key=str.casefold)
