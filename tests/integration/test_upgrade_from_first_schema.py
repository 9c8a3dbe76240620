"""A database made by the first released schema (0001), populated, upgrades with nothing lost.

tests/fixtures/db/schema-0001.sqlite3 was written by labapp at schema 0001
(`demo seed --orders 150 --seed 11`, cut-off hour set to 14). Keep it: every
future migration must carry it forward.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from labapp.persistence.database import open_database
from labapp.persistence.schema import head_revision

from .cli_helpers import labapp

FIXTURE = Path(__file__).parents[1] / "fixtures" / "db" / "schema-0001.sqlite3"
FIRST_TABLES = ("sellers", "lab_users", "mystery_orders", "receptions", "lab_settings")


def first_columns() -> dict[str, list[str]]:
    """The columns each table had at the first schema: later ones are new, not kept."""
    with sqlite3.connect(FIXTURE) as connection:
        return {
            table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
            for table in FIRST_TABLES
        }


def snapshot(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as connection:
        tables = {}
        for table, columns in first_columns().items():
            query = f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1"
            tables[table] = connection.execute(query).fetchall()
        return tables


def test_the_first_schema_upgrades_with_every_row_kept(tmp_path):
    database = tmp_path / "lab.sqlite3"
    shutil.copyfile(FIXTURE, database)
    before = snapshot(database)
    assert len(before["mystery_orders"]) == 150
    open_database(f"sqlite:///{database}").close()
    with sqlite3.connect(database) as connection:
        assert (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == head_revision()
        )
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert snapshot(database) == before


def test_the_upgraded_database_works(tmp_path):
    database = tmp_path / "lab.sqlite3"
    shutil.copyfile(FIXTURE, database)
    url = f"sqlite:///{database}"
    orders = labapp(url, "order", "list", "--json").json()
    assert len(orders) == 150
    settings = {s["name"]: s["value"] for s in labapp(url, "settings", "list", "--json").json()}
    assert settings["logistics.order_cutoff_hour"] == 14
    received = next(o for o in orders if o["status"] == "received")
    assert labapp(url, "order", "show", received["order_ref"]).code == 0
