"""Opening the lab's database: URL, engine settings, schema up to date.

Embedded SQLite is the single-bench default (WAL journal, foreign keys on,
real transactions); PostgreSQL is for a lab that shares one database.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from labapp.domain.errors import DatabaseUnavailable, InvalidInput
from labapp.persistence import schema, sqlite_functions
from labapp.persistence.unit_of_work import SqlUnitOfWorkFactory

log = logging.getLogger(__name__)

# Seconds a writer waits for another station's transaction before giving up.
SQLITE_BUSY_TIMEOUT_S = 15
POSTGRES_CONNECT_TIMEOUT_S = 10


def database_url(raw: str) -> URL:
    """Turn what a user typed (a URL or a file path) into a SQLAlchemy URL.

    ``postgresql://`` and ``postgres://`` use psycopg 3; a bare path is an
    SQLite file.
    """
    text = raw.strip()
    if not text:
        raise InvalidInput("the database URL is empty")
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except ArgumentError as error:
        raise InvalidInput(
            "database URL {text!r} is not valid: {problem}", text=text, problem=str(error)
        ) from None
    if url.drivername in ("postgres", "postgresql"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise InvalidInput(
            "database URL {text!r}: only sqlite:///FILE and postgresql://... are supported",
            text=text,
        )
    return url


def describe(url: URL) -> str:
    """The URL as it may appear in messages and logs: never with a password."""
    return url.render_as_string(hide_password=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions
        # begin: the module's own implicit BEGIN skips DDL and SELECT, which
        # would make migrations and read-then-write sequences non-atomic.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed write survives a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.close()
        sqlite_functions.register(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())


def create_lab_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
        _configure_sqlite(engine)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": POSTGRES_CONNECT_TIMEOUT_S},
    )


@dataclass(frozen=True)
class LabDatabase:
    """An open database whose schema is current."""

    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]
    unit_of_work: SqlUnitOfWorkFactory

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _explained(url: URL) -> Iterator[None]:
    """A server that does not answer (or a file that cannot be opened) becomes
    DatabaseUnavailable naming the database, instead of a driver traceback."""
    try:
        yield
    except OperationalError as error:
        reason = str(error.orig or error).strip().splitlines()[0]
        raise DatabaseUnavailable(
            "cannot open database {url}: {reason}", url=describe(url), reason=reason
        ) from error


@contextmanager
def reaching(url: URL) -> Iterator[Engine]:
    """An engine for work outside the lab's services (the schema commands), disposed
    of at the end, with open_database's message when the database cannot be reached."""
    engine = create_lab_engine(url)
    try:
        with _explained(url):
            yield engine
    finally:
        engine.dispose()


def open_database(raw_url: str | URL, *, migrate: bool = True) -> LabDatabase:
    """Open the database, bringing its schema up to date first.

    Refuses a database whose schema is newer than this app rather than risk
    writing to tables it does not understand.
    """
    url = raw_url if isinstance(raw_url, URL) else database_url(raw_url)
    engine = create_lab_engine(url)
    try:
        with _explained(url):
            if migrate:
                schema.ensure_current(engine)
            else:
                schema.check_current(engine)
    except BaseException:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return LabDatabase(url, engine, factory, SqlUnitOfWorkFactory(factory))
