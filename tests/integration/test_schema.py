"""Migrations: automatic upgrade, models in step with them, refusals."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from labapp.domain.errors import LabError
from labapp.persistence import schema
from labapp.persistence.database import database_url, open_database
from labapp.persistence.tables import Base


def _engine(url: str):
    return create_engine(database_url(url))


def test_revision_files_form_one_chain_whose_head_the_app_knows():
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    assert scripts.get_heads() == [schema.head_revision()]
    chain = [rev.revision for rev in scripts.walk_revisions()]
    assert sorted(chain) == schema.known_revisions()


def test_opening_an_empty_database_creates_the_schema(database_url):
    database = open_database(database_url)
    try:
        with database.engine.connect() as connection:
            assert schema.current_revision(connection) == schema.head_revision()
            tables = set(inspect(connection).get_table_names())
        assert {"sellers", "mystery_orders", "receptions", "lab_users", "lab_settings"} <= tables
    finally:
        database.close()


def test_models_and_migrations_describe_the_same_schema(database_url):
    open_database(database_url).close()
    engine = _engine(database_url)

    def on_this_database(item, name, kind, reflected, compare_to) -> bool:
        # Alembic's comparison does not read ddl_if: the trigram indexes are
        # PostgreSQL's only, and must be there on PostgreSQL and absent elsewhere.
        only_on = getattr(item, "_ddl_if", None)
        return only_on is None or only_on.dialect in (None, engine.dialect.name)

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": on_this_database}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []
    if engine.dialect.name == "postgresql":
        engine = _engine(database_url)
        with engine.connect() as connection:
            names = {ix["name"] for ix in inspect(connection).get_indexes("mystery_orders")}
        engine.dispose()
        assert "ix_mystery_orders_order_ref_trgm" in names


def test_sqlite_uses_wal_and_foreign_keys(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'lab.sqlite3'}")
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()


def test_a_database_from_a_newer_labapp_is_refused_and_left_alone(database_url):
    open_database(database_url).close()
    engine = _engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(schema.SchemaTooNew, match="revision 9999, newer than this labapp"):
        open_database(database_url)
    with engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
        )
    engine.dispose()


def test_a_database_of_another_application_is_refused(database_url):
    engine = _engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(LabError, match="no labapp schema version"):
        open_database(database_url)


def test_reopening_a_current_database_does_not_run_alembic(database_url):
    open_database(database_url).close()
    assert schema.ensure_current(_engine(database_url)) is None


def test_stations_opening_a_new_database_at_once_take_turns(database_url, tmp_path):
    """Three processes migrate the same empty database together; all succeed, once."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, LABAPP_HOME=str(tmp_path / "home"))
    command = [sys.executable, "-m", "labapp", "--db", database_url, "db", "upgrade"]
    runs = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], outputs
    upgraded = [out for out, _ in outputs if "upgraded from empty" in out]
    assert len(upgraded) == 1, outputs
