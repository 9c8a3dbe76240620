"""A full disk when a photo is saved: a clear message, no half-written file, the audit
unchanged, and the same save works once space is freed.

The disk really fills: the evidence folder is a 512 KiB tmpfs mounted in a private
mount namespace (``unshare -rm``, no root needed), and the real services save into it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def _private_tmpfs_possible() -> str | None:
    if shutil.which("unshare") is None:
        return "util-linux's unshare is not installed"
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        text=True,
    )
    return None if probe.returncode == 0 else f"no private mounts here: {probe.stderr.strip()}"


def test_a_full_disk_refuses_the_photo_clearly_and_the_save_works_after_freeing(tmp_path):
    why_not = _private_tmpfs_possible()
    if why_not:
        pytest.fail(f"cannot make a small disk to fill: {why_not}")
    evidence = tmp_path / "evidence"
    evidence.mkdir()
    photo = tmp_path / "back.jpg"
    photo.write_bytes(os.urandom(200_000))  # a photo the size of a phone's JPEG, roughly
    script = (
        'mount -t tmpfs -o size=512k tmpfs "$1" && shift && exec "$0" -m '
        'tests.integration.full_disk "$@"'
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, sys.executable, str(evidence),
         f"sqlite:///{tmp_path / 'lab.sqlite3'}", str(evidence), str(photo)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
        env={**os.environ, "LABAPP_HOME": str(tmp_path / "home")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    for refusal in (report["attach_when_full"], report["parcel_when_full"]):
        assert "could not save back.jpg: the disk holding" in refusal, refusal
        assert "is full; nothing was written" in refusal
    # No temporary or partial file left behind, no reference to a photo that is not there.
    assert report["files_when_full"] == report["files_after_refusals"] == ["filler"]
    assert report["version_unchanged"] and report["evidence_unchanged"]
    assert report["parcel_photos_when_full"] == 0
    assert report["evidence_added_after_freeing"] == 1
    [stored] = report["files_after_freeing"]
    assert len(Path(stored).name) == 64  # kept by content hash
