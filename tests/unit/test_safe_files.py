"""Files are written whole or not at all."""

from __future__ import annotations

import errno

import pytest

from labapp.domain.errors import InvalidInput, LabError
from labapp.services.safe_files import write_atomically


def test_a_failed_write_leaves_the_previous_file_and_no_litter(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"issued yesterday")

    def disk_full(path: str) -> None:
        with open(path, "wb") as handle:
            handle.write(b"half a rep")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(
        LabError, match=r"report.pdf: the disk holding .* is full; nothing was written"
    ):
        write_atomically(target, disk_full)
    assert target.read_bytes() == b"issued yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_written_files_are_readable_by_colleagues_and_complete(tmp_path):
    target = tmp_path / "r.pdf"
    write_atomically(target, b"%PDF-1.4 whole")
    assert target.read_bytes() == b"%PDF-1.4 whole"
    assert target.stat().st_mode & 0o044  # not mkstemp's private 0600


def test_bad_targets(tmp_path):
    with pytest.raises(InvalidInput, match="is a folder"):
        write_atomically(tmp_path, b"x")
    with pytest.raises(InvalidInput, match="no such folder"):
        write_atomically(tmp_path / "missing" / "r.pdf", b"x")
