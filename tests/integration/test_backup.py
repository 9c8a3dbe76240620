"""`labapp backup` and `labapp restore`: a populated lab round-trips, a damaged or
foreign file is refused, PostgreSQL gets the pg_dump way, and a backup taken while
another connection writes is consistent."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from .cli_helpers import labapp


def counts(path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as connection:
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("mystery_orders", "audits", "audit_check_results")
        )


def test_a_populated_lab_round_trips(tmp_path):
    live = tmp_path / "lab.sqlite3"
    url = f"sqlite:///{live}"
    assert labapp(url, "demo", "seed", "--orders", "120").code == 0
    before = counts(live)
    backup = tmp_path / "backup.sqlite3"
    result = labapp(url, "backup", str(backup))
    assert result.code == 0, result.err
    assert f"backup of {before[0]} order(s) and {before[1]} audit(s)" in result.out
    assert counts(backup) == before
    # Work after the backup, then a restore: the lab is as it was at the backup.
    assert labapp(url, "demo", "seed", "--orders", "30", "--seed", "2").code == 0
    assert counts(live) != before
    refused = labapp(url, "restore", str(backup))
    assert refused.code == 2 and "--yes" in refused.err
    assert labapp(url, "restore", str(backup), "--yes").code == 0
    assert counts(live) == before
    with sqlite3.connect(live) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert labapp(url, "order", "list", "--limit", "1").code == 0  # the app reopens it


def test_bad_backups_are_refused_and_nothing_is_replaced(tmp_path):
    live = tmp_path / "lab.sqlite3"
    url = f"sqlite:///{live}"
    assert labapp(url, "demo", "seed", "--orders", "20").code == 0
    before = counts(live)
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database at all" * 100)
    for bad, message in (
        (foreign, "is not a labapp database"),
        (garbage, "not"),
        (tmp_path / "missing.sqlite3", "no such file"),
    ):
        result = labapp(url, "restore", str(bad), "--yes")
        assert result.code == 2 and message in result.err, (bad, result.err)
    assert counts(live) == before
    assert labapp(url, "backup", str(live)).code == 2  # not over itself
    assert labapp(url, "backup", str(tmp_path / "no" / "such" / "x.sqlite3")).code == 2


def test_postgresql_is_pointed_to_pg_dump(tmp_path):
    result = labapp("postgresql://lab@127.0.0.1:1/labapp", "backup", str(tmp_path / "x"))
    assert result.code == 2 and "pg_dump" in result.err


@pytest.mark.slow
def test_a_backup_while_another_connection_writes_is_consistent(tmp_path):
    live = tmp_path / "lab.sqlite3"
    url = f"sqlite:///{live}"
    assert labapp(url, "demo", "seed", "--orders", "60").code == 0
    with sqlite3.connect(live) as connection:
        connection.execute("CREATE TABLE bench_writes (number INTEGER)")
    stop = threading.Event()
    written: list[int] = []
    failures: list[BaseException] = []

    def write() -> None:
        try:
            with sqlite3.connect(live, timeout=15) as connection:
                number = 0
                while not stop.is_set():
                    number += 1
                    connection.execute("INSERT INTO bench_writes VALUES (?)", (number,))
                    connection.commit()
                    written.append(number)
        except BaseException as error:  # seen by the test, not lost in the thread
            failures.append(error)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        for run in range(3):
            backup = tmp_path / f"b{run}.sqlite3"
            assert labapp(url, "backup", str(backup)).code == 0
            with sqlite3.connect(backup) as connection:
                assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                rows = [r[0] for r in connection.execute("SELECT number FROM bench_writes")]
            # A snapshot: the writes it holds are a gapless run from the first.
            assert rows == list(range(1, len(rows) + 1))
    finally:
        stop.set()
        writer.join()
    assert not failures and len(written) > 10
