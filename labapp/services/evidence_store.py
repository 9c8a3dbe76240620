"""Evidence photos kept as files named by their SHA-256, so a photo is stored once
and any change to it is detectable."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from pathlib import Path

from labapp.domain.errors import InvalidInput, LabError
from labapp.services.safe_files import write_atomically

ACCEPTED_MEDIA = (
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/heic",
    "image/tiff",
    "application/pdf",
)
MAX_BYTES = 50 * 1024 * 1024


def accepts(name: str) -> bool:
    """Whether a file of this name is a kind the store keeps (by its extension)."""
    return mimetypes.guess_type(name)[0] in ACCEPTED_MEDIA


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size_bytes: int
    media_type: str


class EvidenceStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> StoredFile:
        if not source.is_file():
            raise InvalidInput("{path}: no such file", path=source)
        media_type = mimetypes.guess_type(source.name)[0] or ""
        if not media_type:
            raise InvalidInput(
                "{name}: unknown type is not a photo (JPEG, PNG, WebP, HEIC, TIFF) or a PDF",
                name=source.name,
            )
        if media_type not in ACCEPTED_MEDIA:
            raise InvalidInput(
                "{name}: {media_type} is not a photo (JPEG, PNG, WebP, HEIC, TIFF) or a PDF",
                name=source.name,
                media_type=media_type,
            )
        data = source.read_bytes()
        if len(data) > MAX_BYTES:
            raise InvalidInput(
                "{name}: {size} MB is over the 50 MB limit",
                name=source.name,
                size=len(data) // 1_048_576,
            )
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path_of(sha256)
        if not target.exists():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise LabError(
                    "could not save {name}: the evidence folder "
                    "{folder} cannot be created ({problem})",
                    name=source.name,
                    folder=target.parent,
                    problem=error.strerror,
                ) from error
            write_atomically(target, data, what=source.name)
        return StoredFile(sha256, len(data), media_type)
