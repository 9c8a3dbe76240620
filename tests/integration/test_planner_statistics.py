"""After a bulk write, PostgreSQL plans the order search from fresh table statistics.

Autovacuum gathers them only some time later; until then the search on 52,000 freshly
loaded orders took 257 ms instead of 38 (tests/perf/scale_suite.py). SQLite is left to
plan as it always has.
"""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import inspect, text

from labapp.bootstrap import build_lab
from labapp.services import order_import

from .test_import import GOOD_ROWS, HEADER


def analysed_at(lab, table: str):
    with lab.database.engine.connect() as connection:
        return connection.execute(
            text(
                "SELECT last_analyze FROM pg_stat_user_tables "
                "WHERE schemaname = 'public' AND relname = :table"
            ),
            {"table": table},
        ).scalar_one()


def test_the_demo_seed_leaves_the_planner_its_statistics(database_url):
    lab = build_lab(database_url)
    try:
        lab.demo.seed(orders=40, seed=3)
        if database_url.startswith("sqlite"):
            # SQLite's own planner, untouched: no sqlite_stat1 table appears.
            assert "sqlite_stat1" not in inspect(lab.database.engine).get_table_names()
        else:
            for table in ("mystery_orders", "sellers", "audits", "audit_check_results"):
                assert analysed_at(lab, table) is not None, table
    finally:
        lab.close()


@pytest.mark.postgres
def test_a_bulk_import_refreshes_them_and_a_small_one_does_not(
    postgres_run_database, tmp_path, monkeypatch
):
    from .conftest import _empty_postgres

    _empty_postgres(postgres_run_database)
    lab = build_lab(postgres_run_database)
    source = tmp_path / "orders.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(GOOD_ROWS)
    try:
        lab.importer.import_file(source)
        assert analysed_at(lab, "mystery_orders") is None  # a few orders: autovacuum's job
        monkeypatch.setattr(order_import, "BULK_IMPORT", 2)
        again = tmp_path / "more.csv"
        again.write_text(
            source.read_text(encoding="utf-8").replace("BM-1", "BM-9"), encoding="utf-8"
        )
        lab.importer.import_file(again)
        assert analysed_at(lab, "mystery_orders") is not None
    finally:
        lab.close()
