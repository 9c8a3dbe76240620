"""Run inside a private mount namespace (``unshare -rm``) whose evidence folder is a
tiny tmpfs: fill it, save photos through the real services, free it, save again.

    unshare -rm sh -c 'mount -t tmpfs -o size=512k tmpfs EVIDENCE && exec python -m \
        tests.integration.full_disk DB_URL EVIDENCE PHOTO'

Prints one JSON document of what happened, for test_full_disk.py to judge.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from labapp.bootstrap import build_lab
from labapp.domain.errors import LabError
from labapp.services.audit_case import read_case_file

CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)
                os.fsync(out.fileno())
        except OSError:
            pass
    return filler


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def main() -> None:
    url, evidence, photo = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    os.environ["LABAPP_EVIDENCE_DIR"] = str(evidence)
    lab = build_lab(url)
    report: dict[str, object] = {}
    try:
        audit_id = lab.audits.import_case(read_case_file(CASE), "Camille Martin").summary.id
        before = lab.audits.get(audit_id).record
        filler = fill(evidence)
        report["files_when_full"] = files_in(evidence)
        try:
            lab.audits.attach(audit_id, photo, None, "scratch on the back")
            report["attach_when_full"] = "saved"
        except LabError as refused:
            report["attach_when_full"] = str(refused)
        try:
            lab.audits.add_parcel_photo("BM-100", photo)
            report["parcel_when_full"] = "saved"
        except LabError as refused:
            report["parcel_when_full"] = str(refused)
        report["files_after_refusals"] = files_in(evidence)
        after = lab.audits.get(audit_id).record
        report["version_unchanged"] = after.version == before.version
        report["evidence_unchanged"] = after.evidence == before.evidence
        report["parcel_photos_when_full"] = len(lab.audits.parcel_photos("BM-100"))
        filler.unlink()
        lab.audits.attach(audit_id, photo, None, "scratch on the back")
        resumed = lab.audits.get(audit_id).record
        report["evidence_added_after_freeing"] = len(resumed.evidence) - len(before.evidence)
        report["files_after_freeing"] = files_in(evidence)
    finally:
        lab.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
