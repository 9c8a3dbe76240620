"""Hundreds of SIGKILLs during writes on SQLite (not part of the test run).

.venv/bin/python -m tests.perf.kill_durability [--rounds 300]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from labapp.bootstrap import build_lab
from tests.integration.killing import kill_rounds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="labapp-kill-"))
    os.environ["LABAPP_HOME"] = str(folder / "home")
    database = folder / "lab.sqlite3"
    lab = build_lab(f"sqlite:///{database}")
    lab.directory.add_seller("S-FR-KILL", "Kill", "FR")
    lab.close()
    start = time.perf_counter()
    committed, rounds = kill_rounds(database, options.rounds)
    print(
        f"{rounds} SIGKILLs, {committed} orders reported committed, all present; "
        f"integrity_check ok; {time.perf_counter() - start:.0f} s"
    )


if __name__ == "__main__":
    main()
