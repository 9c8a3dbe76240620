"""The unit of work: one session, one transaction, the repositories on it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from labapp.persistence.audit_repository import SqlAuditRepository
from labapp.persistence.connection_errors import explain_database_failure
from labapp.persistence.event_log import SqlEventLog
from labapp.persistence.repositories import (
    SqlOrderRepository,
    SqlSellerRepository,
    SqlSettingsRepository,
    SqlUserRepository,
)
from labapp.persistence.seller_queries import SellerQueries
from labapp.persistence.trend_queries import TrendQueries
from labapp.services.ports import TrendWindow

# What a bulk write fills: the orders and the tables the searches and queues join.
_SEARCHED_TABLES = ("sellers", "mystery_orders", "receptions", "audits", "audit_check_results")


class SqlUnitOfWork:
    """Everything done inside ``with uow:`` is one transaction.

    Leaving the block without ``commit()`` (or through an exception) rolls back,
    so an import that fails half-way writes nothing. A database that stops answering
    comes out as DatabaseUnavailable, saying whether the change was saved.
    """

    sellers: SqlSellerRepository
    users: SqlUserRepository
    orders: SqlOrderRepository
    settings: SqlSettingsRepository
    audits: SqlAuditRepository
    events: SqlEventLog

    def __init__(self, session_factory: sessionmaker[Session], writing: bool = False) -> None:
        self._session_factory = session_factory
        self._writing = writing
        self._session: Session | None = None
        self._committing = False

    def __enter__(self) -> Self:
        session = self._session_factory()
        if self._writing:
            # BEGIN IMMEDIATE on SQLite (ignored elsewhere): see UnitOfWorkFactory.
            try:
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            except DBAPIError as error:
                session.close()
                explained = explain_database_failure(error, self._dialect(session), False)
                if explained is None:
                    raise
                raise explained from error
        self._session = session
        self.sellers = SqlSellerRepository(session)
        self.users = SqlUserRepository(session)
        self.orders = SqlOrderRepository(session)
        self.settings = SqlSettingsRepository(session)
        self.audits = SqlAuditRepository(session)
        self.events = SqlEventLog(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        session, self._session = self._session, None
        explained = None
        if isinstance(exc, DBAPIError):
            explained = explain_database_failure(exc, self._dialect(session), self._committing)
        try:
            session.rollback()
        except DBAPIError:
            if exc is None:
                raise
            # The connection is gone: the server dropped the transaction already.
        finally:
            session.close()
        if explained is not None:
            raise explained from exc

    @staticmethod
    def _dialect(session: Session) -> str:
        return session.get_bind().dialect.name

    def trends(self, window: TrendWindow) -> TrendQueries:
        assert self._session is not None, "trends() outside 'with'"
        return TrendQueries(self._session, window)

    def seller_history(self) -> SellerQueries:
        assert self._session is not None, "seller_history() outside 'with'"
        return SellerQueries(self._session)

    def commit(self) -> None:
        assert self._session is not None, "commit() outside 'with'"
        self._committing = True
        self._session.commit()

    def rollback(self) -> None:
        assert self._session is not None, "rollback() outside 'with'"
        self._session.rollback()

    def refresh_statistics(self) -> None:
        """After a bulk write, once committed: PostgreSQL plans the searches from table
        statistics, which autovacuum gathers only some time later. Without them the
        order search took 257 ms instead of 38 on 52,000 freshly loaded orders. SQLite
        plans well without (and its ANALYZE could change plans the tests never saw)."""
        assert self._session is not None, "refresh_statistics() outside 'with'"
        if self._dialect(self._session) != "postgresql":
            return
        self._session.execute(text(f"ANALYZE {', '.join(_SEARCHED_TABLES)}"))
        self._session.commit()


class SqlUnitOfWorkFactory:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def __call__(self, writing: bool = False) -> SqlUnitOfWork:
        return SqlUnitOfWork(self._session_factory, writing)
