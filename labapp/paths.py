"""Where labapp keeps its files: per-user folders from platformdirs.

``LABAPP_HOME`` puts everything (database, logs, configuration) under one folder
instead; tests and portable installs use it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "labapp"
DATABASE_FILE = "labapp.sqlite3"
DATABASE_CHOICE_FILE = "database.json"


@dataclass(frozen=True)
class LabPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def database_choice_file(self) -> Path:
        """The database this person chose in the window, for the next start."""
        return self.config_dir / DATABASE_CHOICE_FILE

    @property
    def log_file(self) -> Path:
        return self.log_dir / "labapp.log"


def lab_paths() -> LabPaths:
    home = os.environ.get("LABAPP_HOME")
    if home:
        root = Path(home).expanduser()
        return LabPaths(root / "data", root / "logs", root / "config")
    import platformdirs

    return LabPaths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
