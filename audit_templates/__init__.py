"""Declarative audit protocols (YAML), shipped as package data.

`protocol_files()` lists them from wherever the package is installed.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def protocol_files() -> list[Traversable]:
    root = files(__name__)
    return sorted(
        (entry for entry in root.iterdir() if entry.name.endswith((".yaml", ".yml"))),
        key=lambda entry: entry.name,
    )
