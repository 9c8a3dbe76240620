"""Schema versions: which Alembic revision a database is at, and upgrading it.

Revisions are numbered ``0001``, ``0002``, ... in files named
``migrations/versions/NNNN_<what>.py``, one linear chain, so the newest the
app knows is the highest number. Reading that from the file names keeps the
common case (schema already current) free of importing Alembic at start-up.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from labapp.domain.errors import LabError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")
# Any fixed number: every labapp station takes this PostgreSQL advisory lock
# while migrating, so two stations opening a new version at once take turns.
_PG_MIGRATION_LOCK = 0x1AB_A99


class SchemaTooNew(LabError):
    """The database was upgraded by a newer labapp than this one."""


class NotALabDatabase(LabError):
    """The database holds tables but none of labapp's schema versions."""


def known_revisions() -> list[str]:
    names = (p.name for p in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(m.group(1) for m in map(_REVISION_FILE.match, names) if m)


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(connection: Connection) -> str | None:
    inspector = inspect(connection)
    if not inspector.has_table("alembic_version"):
        if inspector.get_table_names():
            raise NotALabDatabase(
                "this database has tables but no labapp schema version; "
                "point labapp at an empty database or a labapp one"
            )
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _judge(current: str | None) -> bool:
    """True when an upgrade is needed; raises when the database is too new."""
    head = head_revision()
    if current == head:
        return False
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(
            "the database's schema is at revision {current}, newer than this labapp "
            "({head}); it was opened by a newer version. Install that version or newer; "
            "this one will not touch the database",
            current=current,
            head=head,
        )
    return True


def check_current(engine: Engine) -> None:
    with engine.connect() as connection:
        current = current_revision(connection)
    if not _judge(current):
        return
    if not current:
        raise LabError(
            "the database's schema is at revision none, older than {head}; run 'labapp db upgrade'",
            head=head_revision(),
        )
    raise LabError(
        "the database's schema is at revision {current}, older than {head}; "
        "run 'labapp db upgrade'",
        current=current,
        head=head_revision(),
    )


def ensure_current(engine: Engine) -> tuple[str | None, str] | None:
    """Upgrade the schema to the head revision if needed.

    Returns (from, to) when an upgrade ran, None when the schema was current.
    """
    with engine.connect() as connection:
        current = current_revision(connection)
    if not _judge(current):
        return None
    return upgrade(engine)


def upgrade(engine: Engine) -> tuple[str | None, str] | None:
    # Alembic is imported here only: most starts find the schema current.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # The immediate transaction (SQLite) or advisory lock (PostgreSQL) makes a
    # second station wait here, then find the schema already current.
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
            )
        current = current_revision(connection)
        if not _judge(current):
            return None
        log.info("upgrading database schema from %s to %s", current, head_revision())
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return current, head_revision()
