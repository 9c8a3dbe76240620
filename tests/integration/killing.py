"""Killing a writing labapp at random moments (SIGKILL), and checking what survived.

Each round forks a child that logs orders through the real services and reports each
one on a pipe only once its commit has returned; the parent kills it after a random
moment. Afterwards every reported order must be in the database, which must pass
SQLite's integrity check and open again in labapp.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path


def _write_until_killed(url: str, round_number: int, report: int) -> None:
    from labapp.bootstrap import build_lab
    from labapp.domain.orders import AuditReason, CosmeticGrade, Listing, MysteryOrder

    lab = build_lab(url, migrate=False)
    number = 0
    while True:
        number += 1
        ref = f"K-{round_number:04d}-{number:05d}"
        lab.orders.add_order(
            MysteryOrder(
                order_ref=ref,
                seller_ref="S-FR-KILL",
                listing=Listing("iPhone 12", 128, CosmeticGrade.GOOD, Decimal("300")),
                reason=AuditReason.COMPLAINT,
                ordered_at=datetime.now(UTC) - timedelta(hours=1),
            )
        )
        os.write(report, (ref + "\n").encode())  # only after the commit returned


def kill_rounds(database: Path, rounds: int, seed: int = 7) -> tuple[int, int]:
    """Returns (orders reported committed, rounds run); raises AssertionError on loss."""
    url = f"sqlite:///{database}"
    rng = random.Random(seed)
    reported: list[str] = []
    for round_number in range(rounds):
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:  # the writer
            os.close(read_end)
            try:
                _write_until_killed(url, round_number, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        deadline = time.monotonic() + rng.uniform(0.05, 0.6)
        buffer = b""
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([read_end], [], [], left)
            if ready:
                buffer += os.read(read_end, 65536)
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        while chunk := os.read(read_end, 65536):  # what it reported before dying
            buffer += chunk
        os.close(read_end)
        reported += [line for line in buffer.decode().split("\n") if line]
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in connection.execute("SELECT order_ref FROM mystery_orders")}
    lost = [ref for ref in reported if ref not in stored]
    assert not lost, f"{len(lost)} order(s) reported committed were lost, e.g. {lost[:3]}"
    return len(reported), rounds
