"""Where the window's catalog comes from: what pyside6-lupdate reads, and how.

The window's own texts are tr()/translate() calls in labapp/ui. The services' error
messages are templates passed to an error class at the raise (labapp/domain/errors.py):
lupdate is told that those classes, and ``words``, are no-op markers like QT_TR_NOOP,
so it files their first literal argument under the empty context. The classes are
found by reading the sources, so a new error class is gathered without a list to keep.

scripts/update-translations.sh and the catalog's test both run lupdate with
``lupdate_arguments()`` (``python -m labapp.ui.catalog_sources`` prints them).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
# The command line speaks English; the window reaches every other layer's errors.
_LAYERS = ("ui", "domain", "services", "persistence", "reports")
_ROOT_ERROR = "LabError"


def source_files() -> list[Path]:
    files = [path for layer in _LAYERS for path in (PACKAGE / layer).glob("*.py")]
    return sorted([*files, PACKAGE / "bootstrap.py"])


def message_classes(files: list[Path] | None = None) -> list[str]:
    """LabError and its subclasses whose first argument is a message template; a
    class with its own __init__ builds its message from other things (a list of a
    file's problems) and is left out."""
    classes: dict[str, tuple[list[str], bool]] = {}
    for path in files or source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = [base.id for base in node.bases if isinstance(base, ast.Name)]
                own_init = any(
                    isinstance(item, ast.FunctionDef) and item.name == "__init__"
                    for item in node.body
                )
                classes[node.name] = (bases, own_init)
    errors = {_ROOT_ERROR}
    grew = True
    while grew:
        found = {name for name, (bases, _) in classes.items() if errors & set(bases)}
        grew = not found <= errors
        errors |= found
    return sorted(name for name in errors if name == _ROOT_ERROR or not classes[name][1])


def markers() -> list[str]:
    return [*message_classes(), "words"]


def lupdate_arguments() -> list[str]:
    """Everything after the tool's name but the target: sources, then options."""
    aliases = ",".join(f"QT_TR_NOOP+={name}" for name in markers())
    return [
        *(str(path.relative_to(PACKAGE.parent)) for path in source_files()),
        "-tr-function-alias",
        aliases,
        "-no-obsolete",
        # No source locations: line numbers would change the catalog at every edit
        # of a page by anyone; each text's context (its class) says where it is shown.
        "-locations",
        "none",
        "-source-language",
        "en",
    ]


if __name__ == "__main__":
    sys.stdout.write("\n".join(lupdate_arguments()) + "\n")
