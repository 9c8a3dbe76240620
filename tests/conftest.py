"""Every test runs with LABAPP_HOME in a temporary folder: no test touches the
user's real database or logs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Shared CI machines stall now and then; a property test judges behaviour, not speed.
settings.register_profile("labapp", deadline=None)
settings.load_profile("labapp")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "labapp-home"
    monkeypatch.setenv("LABAPP_HOME", str(home))
    for inherited in ("LABAPP_DATABASE_URL", "LABAPP_USER", "LABAPP_PASSWORD"):
        monkeypatch.delenv(inherited, raising=False)
    return home
