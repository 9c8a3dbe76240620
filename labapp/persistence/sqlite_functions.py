"""Functions labapp adds to every SQLite connection.

SQLite's LIKE and lower() fold ASCII letters only, so a search for "ñandú" would not find
"Ñandú" nor "élodie" find "Élodie". The order search compares through ``labapp_casefold``
when the typed text has letters beyond ASCII (a Python call per row, so only then).
"""

from __future__ import annotations

from typing import Any

CASEFOLD = "labapp_casefold"


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def register(dbapi_connection: Any) -> None:
    dbapi_connection.create_function(CASEFOLD, 1, _casefold, deterministic=True)
