"""Several stations on one database: no write is lost, every conflict is reported.

Four processes write to the same audit at once: answers to their own check (which
apply to the latest audit and must all be kept) and the advice over the version each
read (which another station may have changed meanwhile: refused with who did it).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from labapp.bootstrap import build_lab
from labapp.domain.audits import AuditState
from labapp.domain.errors import ChangedElsewhere

from .cli_helpers import labapp

STATIONS, WRITES = 4, 60


CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"


def a_draft(database_url: str) -> int:
    imported = labapp(database_url, "audit", "import", str(CASE))
    assert imported.code == 0, imported.err
    audit_id = int(imported.out.strip())
    lab = build_lab(database_url)
    try:
        assert lab.audits.get(audit_id).record.state == AuditState.DRAFT
        return audit_id
    finally:
        lab.close()


def test_a_stale_decision_is_refused_with_who_changed_it(database_url):
    audit_id = a_draft(database_url)
    bench, review = build_lab(database_url), build_lab(database_url)
    try:
        seen = review.audits.get(audit_id).record.version
        bench.audits.set_advice(audit_id, "- from the bench", by="Camille Martin")
        try:
            review.audits.set_advice(audit_id, "- from review", "Inès Moreau", seen)
        except ChangedElsewhere as conflict:
            assert "changed by Camille Martin" in str(conflict) and "reload" in str(conflict)
        else:
            raise AssertionError("a stale save was not refused")
        stored = review.audits.get(audit_id).record
        assert stored.improvement_advice == "- from the bench"
        assert stored.version == seen + 1
    finally:
        bench.close()
        review.close()


def test_four_stations_at_once_lose_nothing(database_url, tmp_path):
    audit_id = a_draft(database_url)
    start = build_lab(database_url)
    first_version = start.audits.get(audit_id).record.version
    start.close()
    runs = []
    for number in range(STATIONS):
        out = tmp_path / f"station-{number}.json"
        command = [
            sys.executable, "-m", "tests.integration.stations",
            database_url, str(audit_id), str(number), str(WRITES), str(out),
        ]  # fmt: skip
        runs.append((subprocess.Popen(command, cwd=Path(__file__).parents[2]), out))
    logs = []
    for process, out in runs:
        assert process.wait(timeout=300) == 0
        logs.append(json.loads(out.read_text()))
    assert [log["errors"] for log in logs] == [[]] * STATIONS

    lab = build_lab(database_url)
    try:
        final = lab.audits.get(audit_id).record
    finally:
        lab.close()
    answers = [a for log in logs for a in log["answers"]]
    advice = [a for log in logs for a in log["advice"]]
    conflicts = [c for log in logs for c in log["conflicts"]]
    # Every write either committed or was reported: none vanished.
    assert len(answers) + len(advice) + len(conflicts) == STATIONS * WRITES
    # Each commit made exactly one new version: no two saves wrote over the same one.
    committed = [a[2] for a in answers] + [a[2] for a in advice]
    assert len(set(committed)) == len(committed)
    assert final.version == first_version + len(committed)
    # Each station's last answer to its own check is what the audit holds.
    for log in logs:
        if log["answers"]:
            check, note, _ = max(log["answers"], key=lambda a: a[2])
            assert final.case_document["observations"][check]["note"] == note
    # The advice is the last one committed, and each was saved over the version read.
    last = max(advice, key=lambda a: a[2])
    assert final.improvement_advice == last[0]
    assert all(after == seen + 1 for _, seen, after in advice)
    assert all("reload it" in c for c in conflicts)
