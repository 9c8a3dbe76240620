"""Databases for integration tests: SQLite files and a real PostgreSQL server.

PostgreSQL: each test run creates its own throw-away database on the server
named by LABAPP_TEST_POSTGRES_URL (default: postgres@127.0.0.1:5432), empties
it before every test and drops it at the end. Without a reachable server the
PostgreSQL variants skip, saying how to enable them, unless
LABAPP_TEST_REQUIRE_POSTGRES=1 (as in CI), where they fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
SERVER_URL = os.environ.get("LABAPP_TEST_POSTGRES_URL", DEFAULT_SERVER)
REQUIRED = os.environ.get("LABAPP_TEST_REQUIRE_POSTGRES") == "1"
HOW_TO_ENABLE = (
    "set LABAPP_TEST_POSTGRES_URL=postgresql://USER@HOST:PORT/postgres to a server where "
    "USER may create databases"
)


def _psycopg_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_run_database() -> Iterator[str]:
    """The run's own database on the server; dropped when the run ends."""
    import psycopg

    server = _psycopg_url(SERVER_URL)
    try:
        admin = psycopg.connect(server, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        message = f"PostgreSQL not reachable at {SERVER_URL} ({error}); {HOW_TO_ENABLE}"
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)
    name = f"labapp_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield (
            make_url(SERVER_URL)
            .set(drivername="postgresql", database=name)
            .render_as_string(hide_password=False)
        )
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _empty_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(_psycopg_url(url), autocommit=True) as connection:
        connection.execute("DROP SCHEMA IF EXISTS public CASCADE")
        connection.execute("CREATE SCHEMA public")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind, one per test."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'lab.sqlite3'}"
    url: str = request.getfixturevalue("postgres_run_database")
    _empty_postgres(url)
    return url
