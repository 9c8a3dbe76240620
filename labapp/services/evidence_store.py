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
            raise InvalidInput(f"{source}: no such file")
        media_type = mimetypes.guess_type(source.name)[0] or ""
        if media_type not in ACCEPTED_MEDIA:
            raise InvalidInput(
                f"{source.name}: {media_type or 'unknown type'} is not a photo "
                "(JPEG, PNG, WebP, HEIC, TIFF) or a PDF"
            )
        data = source.read_bytes()
        if len(data) > MAX_BYTES:
            raise InvalidInput(
                f"{source.name}: {len(data) // 1_048_576} MB is over the 50 MB limit"
            )
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path_of(sha256)
        if not target.exists():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise LabError(
                    f"could not save {source.name}: the evidence folder "
                    f"{target.parent} cannot be created ({error.strerror})"
                ) from error
            write_atomically(target, data, what=source.name)
        return StoredFile(sha256, len(data), media_type)
