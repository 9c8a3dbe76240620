"""Sellers as the lab sees them: how many audits, the latest grade, the history.

For auditors choosing whom to audit next and quality managers following a seller;
the counting is done by the database (labapp.persistence.seller_queries).
"""

from __future__ import annotations

from collections.abc import Sequence

from labapp.services.ports import SellerAuditLine, SellerStanding, UnitOfWorkFactory


class SellerHistoryService:
    def __init__(self, unit_of_work: UnitOfWorkFactory) -> None:
        self._uow = unit_of_work

    def standings(self, text: str | None = None) -> Sequence[SellerStanding]:
        """Every seller by marketplace ref; `text` keeps those whose ref or name holds it."""
        with self._uow() as uow:
            return uow.seller_history().standings(text)

    def audits_of(self, seller_ref: str) -> Sequence[SellerAuditLine]:
        """The seller's audits, newest first; an unknown seller has none."""
        with self._uow() as uow:
            return uow.seller_history().audits_of(seller_ref.strip())

    def audited_models(self) -> Sequence[str]:
        """Listing models with a finalised audit, for the trends' model filter."""
        with self._uow() as uow:
            return uow.seller_history().audited_models()
