"""Write the next Alembic revision by comparing the models with the migrations.

    .venv/bin/python scripts/new_migration.py "add audits table"

Builds a scratch SQLite database at the current head, autogenerates the
difference with labapp/persistence/tables.py, and numbers the file after the
last revision (0002, 0003, ...). Read and adjust the result before committing.
"""

from __future__ import annotations

import sys
import tempfile
from argparse import Namespace
from pathlib import Path

from alembic import command
from alembic.config import Config

from labapp.persistence.database import create_lab_engine, database_url
from labapp.persistence.schema import MIGRATIONS_DIR, ensure_current, known_revisions


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    message = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'scratch.sqlite3'}"
        engine = create_lab_engine(database_url(url))
        ensure_current(engine)
        engine.dispose()
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.cmd_opts = Namespace(x=[f"url={url}"])
        next_id = f"{int(known_revisions()[-1]) + 1:04d}"
        script = command.revision(config, message=message, autogenerate=True, rev_id=next_id)
        print(f"wrote {getattr(script, 'path', next_id)}; review it before committing")


if __name__ == "__main__":
    main()
