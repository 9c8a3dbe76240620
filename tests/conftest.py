"""Every test runs with LABAPP_HOME in a temporary folder: no test touches the
user's real database or logs."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "labapp-home"
    monkeypatch.setenv("LABAPP_HOME", str(home))
    monkeypatch.delenv("LABAPP_DATABASE_URL", raising=False)
    return home
