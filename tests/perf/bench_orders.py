"""Benchmark of the order log: demo seeding, listing and showing orders.

Not part of the test run (timings on a shared machine are not assertions).
Run it by hand:

    .venv/bin/python -m tests.perf.bench_orders            # embedded SQLite
    .venv/bin/python -m tests.perf.bench_orders --db postgresql://postgres@127.0.0.1/bench

Targets from the foundation issue: `demo seed --orders 2000` under 10 s, and
`order show` under 0.3 s on a database of 50,000 orders. Both the whole
command (a new Python process each time) and the service call inside a
running app (what the window will do) are measured.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LABAPP = str(Path(sys.executable).with_name("labapp"))


def timed_command(*args: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([LABAPP, *args], env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"labapp {' '.join(args)} failed: {done.stderr}")
    return elapsed


def fresh_database(url: str | None, folder: Path, name: str) -> str:
    if url is None:
        return f"sqlite:///{folder / name}.sqlite3"
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(url)
    database = f"{server.database}_{name}"
    admin = psycopg.connect(
        server.set(drivername="postgresql", database="postgres").render_as_string(
            hide_password=False
        ),
        autocommit=True,
    )
    admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    admin.execute(f'CREATE DATABASE "{database}"')
    admin.close()
    return server.set(database=database).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="PostgreSQL server URL (default: SQLite files in a temp dir)")
    parser.add_argument("--big", type=int, default=50_000, help="orders in the large database")
    parser.add_argument("--repeat", type=int, default=10, help="runs of each command")
    options = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="labapp-bench-"))
    env = dict(os.environ, LABAPP_HOME=str(folder / "home"))
    rows: list[tuple[str, str]] = []

    small = fresh_database(options.db, folder, "small")
    seed_2000 = timed_command("--db", small, "demo", "seed", "--orders", "2000", env=env)
    rows.append(("labapp demo seed --orders 2000 (command, wall)", f"{seed_2000:.2f} s"))
    listing = [timed_command("--db", small, "order", "list", "--json", env=env) for _ in range(3)]
    rows.append(
        (
            "labapp order list --json, 2000 orders (command, median of 3)",
            f"{statistics.median(listing):.2f} s",
        )
    )

    big = fresh_database(options.db, folder, "big")
    seed_big = timed_command("--db", big, "demo", "seed", "--orders", str(options.big), env=env)
    rows.append((f"labapp demo seed --orders {options.big} (command, wall)", f"{seed_big:.2f} s"))
    rng = random.Random(5)
    refs = [f"MO-1-{rng.randint(1, options.big):06d}" for _ in range(200)]
    shows = [
        timed_command("--db", big, "order", "show", ref, env=env) for ref in refs[: options.repeat]
    ]
    rows.append(
        (
            f"labapp order show, {options.big} orders (command, median of {options.repeat})",
            f"{statistics.median(shows):.3f} s",
        )
    )
    python_start = [timed_startup() for _ in range(options.repeat)]
    rows.append(
        (
            "  of which: python -c 'import sqlalchemy.orm' alone (median)",
            f"{statistics.median(python_start):.3f} s",
        )
    )

    os.environ["LABAPP_HOME"] = env["LABAPP_HOME"]
    from labapp.bootstrap import build_lab

    lab = build_lab(big)
    lab.orders.get(refs[0])  # first call loads the holiday tables
    calls = []
    for ref in refs:
        start = time.perf_counter()
        lab.orders.get(ref)
        calls.append(time.perf_counter() - start)
    calls.sort()
    rows.append(
        (
            f"OrderService.get in a running app, {options.big} orders (median / p95 of 200)",
            f"{statistics.median(calls) * 1000:.1f} ms / {calls[189] * 1000:.1f} ms",
        )
    )
    start = time.perf_counter()
    listed = lab.orders.list_orders()
    rows.append(
        (
            f"OrderService.list_orders, all {len(listed)} orders, in-process",
            f"{time.perf_counter() - start:.2f} s",
        )
    )
    lab.close()

    width = max(len(label) for label, _ in rows)
    print(f"backend: {'PostgreSQL' if options.db else 'SQLite'}; python {sys.version.split()[0]}")
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")


def timed_startup() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sqlalchemy.orm"], check=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
