"""Logging to a rotating file in the per-user log folder."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def configure_logging(log_file: Path, level: int = logging.INFO) -> bool:
    """Send labapp's records to ``log_file`` (1 MB, 5 old files kept).

    Returns False when the folder cannot be written, in which case records go
    to stderr instead: a read-only home must not stop the lab from working.
    """
    root = logging.getLogger()
    root.setLevel(level)
    for previous in list(root.handlers):
        if getattr(previous, "labapp", False):
            root.removeHandler(previous)
            previous.close()
    handler: logging.Handler
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        ok = True
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        ok = False
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    # Marks our handler so that configuring again replaces it instead of adding one.
    setattr(handler, "labapp", True)  # noqa: B010
    root.addHandler(handler)
    return ok
