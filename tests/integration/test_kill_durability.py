"""No lost work: SIGKILL at random moments while writing, on SQLite (see killing.py).

The normal run kills 40 times; `python -m tests.perf.kill_durability` kills hundreds."""

from __future__ import annotations

import os

import pytest

from labapp.bootstrap import build_lab

from .cli_helpers import labapp
from .killing import kill_rounds


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (Linux, macOS)")
def test_killed_writers_lose_no_committed_order(tmp_path):
    database = tmp_path / "lab.sqlite3"
    url = f"sqlite:///{database}"
    assert labapp(url, "seller", "add", "S-FR-KILL", "--name", "Kill", "--country", "FR").code == 0
    committed, rounds = kill_rounds(database, rounds=40)
    assert committed > rounds  # the writers did write between kills
    lab = build_lab(url)  # and labapp opens the database again
    try:
        assert lab.orders.count() >= committed
    finally:
        lab.close()
