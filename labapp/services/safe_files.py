"""Writing a file so that it is either complete or absent: never half a report or photo."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from labapp.domain.errors import InvalidInput, LabError


def write_atomically(
    path: Path, content: bytes | Callable[[str], None], what: str | None = None
) -> None:
    """Write beside the target, flush to disk, then rename over it.

    ``content`` is the bytes, or a function that writes the file at the path it is given
    (openpyxl's write-only workbooks save themselves). A full disk or a crash leaves the
    target as it was.
    """
    path = path.expanduser()
    name = what or path.name
    if path.is_dir():
        raise InvalidInput("{path} is a folder; give a file name", path=path)
    if not path.parent.is_dir():
        raise InvalidInput("{folder}: no such folder", folder=path.parent)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".labapp-", suffix=".part")
        with os.fdopen(handle, "wb") as out:
            if isinstance(content, bytes):
                out.write(content)
        if not isinstance(content, bytes):
            content(temporary)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp's 0600 would hide it from colleagues
        os.replace(temporary, path)
    except PermissionError:
        raise InvalidInput("{path}: not allowed to write here", path=path) from None
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise LabError(
                "could not save {name}: the disk holding {folder} is full; nothing was "
                "written. Free some space there and save again",
                name=name,
                folder=path.parent,
            ) from error
        raise LabError(
            "could not save {name} ({problem}); nothing was written",
            name=name,
            problem=error.strerror,
        ) from error
    finally:
        if temporary and os.path.exists(temporary):
            os.unlink(temporary)
