"""Data files shipped with labapp: model tables, icons, translations.

`resource(path)` finds one wherever the package is installed (wheel,
editable install or a frozen app).
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(relative_path: str) -> Traversable:
    entry = files(__name__).joinpath(*relative_path.split("/"))
    if not entry.is_file():
        raise FileNotFoundError(f"labapp resource {relative_path!r} is missing from {__name__}")
    return entry
