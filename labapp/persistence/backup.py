"""Backing up and restoring the embedded database, while stations may be using it.

SQLite's online backup API copies a consistent snapshot page by page, even with
writers at work (they wait a moment between steps). A restore copies a checked
backup over the live database the same way, inside SQLite's own locking, so no
station ever sees half a database. PostgreSQL has its own tools (pg_dump and
pg_restore), which labapp names instead of imitating.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from labapp.domain.errors import InvalidInput
from labapp.persistence import schema
from labapp.persistence.database import describe

PAGES_PER_STEP = 256


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str | None
    audits: int
    orders: int
    size_bytes: int


def _sqlite_file(url: URL) -> Path:
    if url.get_backend_name() != "sqlite":
        raise InvalidInput(
            "{url} is a PostgreSQL database: back it up on the server with "
            "`pg_dump -Fc -f labapp.dump DBNAME` and restore it with "
            "`pg_restore --clean --if-exists -d DBNAME labapp.dump` (see the README)",
            url=describe(url),
        )
    if not url.database or url.database == ":memory:":
        raise InvalidInput("{url} has no file to back up", url=describe(url))
    return Path(url.database)


def _describe_copy(path: Path) -> BackupInfo:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            check = connection.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise InvalidInput("{path}: the copy is damaged ({check})", path=path, check=check)
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            audits = connection.execute("SELECT count(*) FROM audits").fetchone()[0]
            orders = connection.execute("SELECT count(*) FROM mystery_orders").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise InvalidInput(
            "{path} is not a labapp database ({problem})", path=path, problem=str(error)
        ) from None
    return BackupInfo(path, revision[0] if revision else None, audits, orders, path.stat().st_size)


def back_up(url: URL, target: Path) -> BackupInfo:
    """A consistent copy of the live database at `target` (written beside it, then moved
    into place, so a failed backup never leaves a half file under the name asked for)."""
    source = _sqlite_file(url)
    target = target.expanduser()
    if not source.is_file():
        raise InvalidInput("{path}: no database to back up", path=source)
    if target.exists() and target.resolve() == source.resolve():
        raise InvalidInput("{path} is the database itself; choose another file", path=target)
    if not target.parent.is_dir():
        raise InvalidInput("{folder}: no such folder", folder=target.parent)
    handle, partial = tempfile.mkstemp(dir=target.parent, prefix=".labapp-backup-")
    os.close(handle)
    try:
        with sqlite3.connect(source) as live, sqlite3.connect(partial) as copy:
            live.backup(copy, pages=PAGES_PER_STEP)
        info = _describe_copy(Path(partial))
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return BackupInfo(target, info.revision, info.audits, info.orders, info.size_bytes)


def restore(url: URL, backup: Path) -> BackupInfo:
    """Put a backup in place of the live database, after checking it is a sound labapp
    database this labapp can open; an older one is migrated by the next open."""
    live = _sqlite_file(url)
    backup = backup.expanduser()
    if not backup.is_file():
        raise InvalidInput("{path}: no such file", path=backup)
    info = _describe_copy(backup)
    known = schema.known_revisions()
    if info.revision is not None and info.revision not in known:
        raise InvalidInput(
            "{path} was written by a newer labapp (schema {revision}); "
            "update labapp before restoring it",
            path=backup,
            revision=info.revision,
        )
    live.parent.mkdir(parents=True, exist_ok=True)
    with (
        sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as source,
        sqlite3.connect(live) as target,
    ):
        source.backup(target, pages=PAGES_PER_STEP)
    return BackupInfo(live, info.revision, info.audits, info.orders, live.stat().st_size)
