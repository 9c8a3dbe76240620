"""The lab's record of changes, written by the services as they change things, and
checked by `labapp audit-log verify`: an edited, deleted or reordered event is found."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text

from labapp.bootstrap import build_lab
from labapp.persistence.database import database_url as parse_url

from .cli_helpers import labapp

CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"


def a_worked_audit(url: str, tmp_path: Path) -> int:
    assert labapp(url, "seller", "add", "S-FR-9", "--name", "Répar", "--country", "FR").code == 0
    imported = labapp(url, "audit", "import", str(CASE))
    audit_id = int(imported.out.strip())
    lab = build_lab(url)
    try:
        lab.audits.observe(
            audit_id, "screen_condition", {"outcome": "fail", "note": "crack"}, by="Camille Martin"
        )
        seen = lab.audits.get(audit_id).record.version
        lab.audits.set_advice(audit_id, "- replace cracked screens", "Inès Moreau", seen)
        lab.audits.finalise(audit_id, "Inès Moreau")
        lab.reports.issue(audit_id, tmp_path / "report.pdf", issued_by="Inès Moreau")
    finally:
        lab.close()
    return audit_id


def test_changes_are_recorded_with_who_what_before_and_after(database_url, tmp_path):
    audit_id = a_worked_audit(database_url, tmp_path)
    shown = labapp(database_url, "audit-log", "show", "audit", str(audit_id))
    lines = shown.out.splitlines()
    assert [line.split(": ", 1)[1].split(" {")[0] for line in lines] == [
        "created", "check screen_condition answered", "advice edited", "finalised",
    ]  # fmt: skip
    assert "Camille Martin" in lines[1] and '"screen_condition"' in lines[1]
    assert "Inès Moreau" in lines[2] and "replace cracked screens" in lines[2]
    report = labapp(database_url, "audit-log", "show", "report", f"R-{audit_id:06d}")
    assert "issued" in report.out and "verification_code" in report.out
    protocol = labapp(database_url, "audit-log", "show", "protocol", "smartphone@1")
    assert "first used" in protocol.out
    seller = labapp(database_url, "audit-log", "show", "seller", "S-FR-9")
    assert "registered" in seller.out
    verified = labapp(database_url, "audit-log", "verify")
    assert verified.code == 0 and verified.out.startswith("intact:")


def _tamper(url: str, statement: str) -> None:
    engine = create_engine(parse_url(url))
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def test_an_edited_event_is_found_and_named(database_url, tmp_path):
    a_worked_audit(database_url, tmp_path)
    _tamper(
        database_url,
        "UPDATE events SET after_json = replace(after_json, 'cracked', 'scratched') "
        "WHERE action = 'advice edited'",
    )
    verified = labapp(database_url, "audit-log", "verify")
    assert verified.code == 4 and "was changed after it was written" in verified.out


def test_a_deleted_event_is_found(database_url, tmp_path):
    audit_id = a_worked_audit(database_url, tmp_path)
    _tamper(
        database_url,
        f"DELETE FROM events WHERE entity = 'audit' AND entity_id = '{audit_id}' "
        "AND action = 'advice edited'",
    )
    verified = labapp(database_url, "audit-log", "verify")
    assert verified.code == 4 and "deleted, inserted or moved" in verified.out


def test_reordered_events_are_found(database_url, tmp_path):
    a_worked_audit(database_url, tmp_path)
    engine = create_engine(parse_url(database_url))
    try:
        with engine.begin() as connection:
            rows = connection.execute(text("SELECT id FROM events ORDER BY id")).scalars().all()
            first, second = rows[1], rows[2]
            # Swap two events' places in the log (through a free id).
            connection.execute(text(f"UPDATE events SET id = -1 WHERE id = {first}"))
            connection.execute(text(f"UPDATE events SET id = {first} WHERE id = {second}"))
            connection.execute(text(f"UPDATE events SET id = {second} WHERE id = -1"))
    finally:
        engine.dispose()
    verified = labapp(database_url, "audit-log", "verify")
    assert verified.code == 4 and f"event {first}" in verified.out


def test_events_keep_json_values_exactly(database_url, tmp_path):
    a_worked_audit(database_url, tmp_path)
    engine = create_engine(parse_url(database_url))
    try:
        with engine.connect() as connection:
            stored = connection.execute(
                text("SELECT after_json FROM events WHERE action = 'created'")
            ).scalar_one()
    finally:
        engine.dispose()
    assert json.loads(stored)["order"] == "BM-100"


def test_a_report_shows_when_the_log_was_cut_back_behind_it(database_url, tmp_path):
    a_worked_audit(database_url, tmp_path)
    report = tmp_path / "report.pdf"
    verified = labapp(database_url, "verify", str(report))
    assert verified.code == 0 and "recorded as event" in verified.out
    # Cutting the log back (the last events deleted) leaves the chain itself whole...
    _tamper(database_url, "DELETE FROM events WHERE entity = 'report'")
    assert labapp(database_url, "audit-log", "verify").code == 0
    # ...but the seller's report still proves the issue happened.
    verified = labapp(database_url, "verify", str(report))
    assert verified.code == 4 and "missing from the lab's event log" in verified.out
