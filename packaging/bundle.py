"""What the frozen app carries of labapp's own source tree, and why.

labapp.spec builds its `datas` and hidden imports from here; tests/test_packaging_recipes.py
reads the same lists to check that nothing the app opens at run time is left out. This module
imports nothing from PyInstaller, so that test runs without it.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class DataRoot:
    folder: str  # relative to the repository; the same relative path inside the bundle
    with_python: bool  # also copy .py files as plain files (someone reads them from disk)
    why: str


DATA_ROOTS = (
    DataRoot(
        "audit_templates",
        with_python=False,
        why="protocols and the sanction policy (YAML), listed by audit_templates.protocol_files() "
        "through importlib.resources",
    ),
    DataRoot(
        "resources",
        with_python=False,
        why="report wording (i18n/*.json), the window's Qt catalogs (i18n/qt/*.qm), icons, "
        "device recordings of the demo phones, the phone model table; all found by "
        "resources.resource() through importlib.resources",
    ),
    DataRoot(
        "labapp/persistence/migrations",
        with_python=True,
        why="Alembic's env.py, script template and numbered revisions: "
        "labapp.persistence.schema points Alembic at Path(__file__).with_name('migrations') "
        "and lists versions/ by file name, and Alembic runs those .py files from disk; "
        "a copy compiled into the frozen archive is invisible to both",
    ),
)

# Every module of these is bundled, not only what a static scan finds: the window imports its
# pages by name (importlib.import_module in labapp.ui.main_window).
OWN_PACKAGES = ("labapp", "devices", "audit_templates", "resources")
# Run by Alembic from the files above, never imported: importing env.py outside a migration
# fails, and the revisions are not a package.
NOT_IMPORTED = ("labapp.persistence.migrations",)

_SKIPPED_PARTS = {"__pycache__"}
_SKIPPED_SUFFIXES = {".pyc", ".pyo"}


def _bundled(path: Path, root: DataRoot) -> bool:
    if not path.is_file() or _SKIPPED_PARTS.intersection(path.parts):
        return False
    if path.suffix in _SKIPPED_SUFFIXES:
        return False
    return root.with_python or path.suffix != ".py"


def data_files(repository: Path = REPOSITORY) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) pairs: the form of PyInstaller's `datas`.

    Whole folders rather than a list of patterns, so that a new kind of file (a .qm catalog,
    a CSV table) is shipped the day it is added.
    """
    pairs = []
    for root in DATA_ROOTS:
        base = repository / root.folder
        if not base.is_dir():
            raise FileNotFoundError(f"bundle: {base} is missing")
        for path in sorted(base.rglob("*")):
            if _bundled(path, root):
                relative = path.relative_to(repository)
                pairs.append((str(path), str(relative.parent)))
    return pairs


def own_modules(repository: Path = REPOSITORY) -> list[str]:
    """Every module of our packages, named from the source files.

    Listed from the files rather than with PyInstaller's collect_submodules(), which imports
    each package to walk it and silently leaves out whatever fails to import in the build
    process (a page that needs a running QApplication, say); a missing page would then only
    show when someone clicks on it in the frozen window.
    """
    names = []
    for package in OWN_PACKAGES:
        for path in sorted((repository / package).rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            parts = list(path.relative_to(repository).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            name = ".".join(parts)
            if not name.startswith(NOT_IMPORTED):
                names.append(name)
    return names


def migration_imports(repository: Path = REPOSITORY) -> list[str]:
    """Modules the migration scripts import.

    PyInstaller never scans those scripts (they are data), so what they import has to be
    named as hidden imports, or the frozen app fails at the first schema upgrade.
    """
    found: set[str] = set()
    folder = repository / "labapp" / "persistence" / "migrations"
    for script in sorted(folder.rglob("*.py")):
        if "__pycache__" in script.parts:
            continue
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                # `from alembic import op`: op may be a module (it is, a proxy module).
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    # Our own packages are bundled whole already.
    return sorted(name for name in found if name.split(".")[0] not in OWN_PACKAGES)


def app_version(repository: Path = REPOSITORY) -> str:
    """labapp.__version__, read without importing labapp (the spec runs before any app code)."""
    text = (repository / "labapp" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise ValueError("bundle: no __version__ in labapp/__init__.py")
    return match.group(1)
