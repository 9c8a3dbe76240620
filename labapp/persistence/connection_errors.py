"""What a database failure means for the person at the bench, in their words.

A PostgreSQL server that stops (or a network that drops) surfaces as a driver
OperationalError somewhere inside a transaction; a full disk or a held lock on SQLite
too. The unit of work turns these into a DatabaseUnavailable that says whether the
change was saved, instead of a traceback. The transaction itself guarantees that
nothing is half-written: the server (or SQLite's journal) keeps all of it or none.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from labapp.domain.errors import DatabaseUnavailable, words

log = logging.getLogger(__name__)


def _first_line(error: DBAPIError) -> str:
    text = str(error.orig if error.orig is not None else error).strip()
    return next((line.strip() for line in text.splitlines() if line.strip()), text)


def explain_database_failure(
    error: BaseException, dialect: str, committing: bool
) -> DatabaseUnavailable | None:
    """The person's message for a driver failure, or None for one that is a bug."""
    if not isinstance(error, DBAPIError):
        return None
    reason = _first_line(error)
    if dialect == "sqlite":
        lowered = reason.lower()
        if "database is locked" in lowered:
            what = words("another station kept the database busy for too long")
        elif "disk is full" in lowered or "disk i/o error" in lowered:
            what = words("the disk holding the database is full or failing")
        else:
            return None
    elif error.connection_invalidated or isinstance(error, OperationalError | InterfaceError):
        what = words("the database server does not answer")
    else:
        return None
    outcome = (
        words("it broke while saving, so the change may or may not be saved: reload to see")
        if committing
        else words("nothing was saved; try again when it is back")
    )
    log.warning("database failure (%s): %s", what, reason)
    return DatabaseUnavailable(
        "{what} ({reason}): {outcome}", what=what, reason=reason, outcome=outcome
    )
