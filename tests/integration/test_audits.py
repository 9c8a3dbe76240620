"""Stored audits: import, grade again from their snapshot, review workflow, amendments."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from labapp.bootstrap import build_lab
from labapp.services.audit_case import parse_case
from labapp.services.protocols import ProtocolLibrary

from .cli_helpers import labapp

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"


def case_file(tmp_path: Path, name: str = "case.json", **changes) -> Path:
    document = json.loads(FIXTURE.read_text())
    for path, value in changes.items():
        target = document
        *parents, last = path.split(".")
        for key in parents:
            target = target[key]
        if value is None:
            target.pop(last, None)
        else:
            target[last] = value
    target_file = tmp_path / name
    target_file.write_text(json.dumps(document), encoding="utf-8")
    return target_file


def test_import_show_and_order_status(database_url, tmp_path):
    imported = labapp(database_url, "audit", "import", str(FIXTURE), "--by", "Camille")
    assert imported.code == 0, imported.err
    audit_id = imported.out.strip()
    shown = labapp(database_url, "audit", "show", audit_id, "--json").json()
    graded = labapp(database_url, "grade", str(FIXTURE), "--json").json()
    assert shown["grade"] == graded["grade"] == "suspension"
    assert shown["checks"] == graded["checks"]
    assert shown["state"] == "draft" and shown["technician"] == "Camille"
    order = labapp(database_url, "order", "show", "BM-100", "--json").json()
    assert order["status"] == "on_bench"
    again = labapp(database_url, "audit", "import", str(FIXTURE))
    assert again.code == 2 and f"already has audit {audit_id}" in again.err


def test_finalize_refuses_an_incomplete_audit_and_lists_what_is_missing(database_url, tmp_path):
    path = case_file(
        tmp_path, **{"observations.functional_tests": None, "observations.water_damage_free": None}
    )
    audit_id = labapp(database_url, "audit", "import", str(path)).out.strip()
    refused = labapp(database_url, "audit", "finalize", audit_id)
    assert refused.code == 2
    assert "not yet tested: functional_tests, water_damage_free" in refused.err
    assert labapp(database_url, "audit", "show", audit_id, "--json").json()["state"] == "draft"
    for check in ("functional_tests", "water_damage_free"):
        assert labapp(database_url, "audit", "observe", audit_id, check, "pass").code == 0
    done = labapp(database_url, "audit", "finalize", audit_id, "--by", "Inès")
    assert done.code == 0, done.err
    shown = labapp(database_url, "audit", "show", audit_id, "--json").json()
    assert (shown["state"], shown["reviewer"]) == ("finalised", "Inès")
    assert labapp(database_url, "order", "show", "BM-100", "--json").json()["status"] == "finalised"


def test_a_finalised_audit_is_never_edited_and_an_amendment_keeps_it(database_url):
    audit_id = labapp(database_url, "audit", "import", str(FIXTURE)).out.strip()
    assert labapp(database_url, "audit", "finalize", audit_id).code == 0
    before = labapp(database_url, "audit", "show", audit_id, "--json").json()
    refused = labapp(database_url, "audit", "observe", audit_id, "cosmetic_grade", "premium")
    assert refused.code == 2 and "is finalised" in refused.err
    amended = labapp(database_url, "audit", "amend", audit_id, "--by", "Lucas")
    assert amended.code == 0, amended.err
    new_id = amended.out.strip()
    assert labapp(database_url, "audit", "observe", new_id, "cosmetic_grade", "premium").code == 0
    amendment = labapp(database_url, "audit", "show", new_id, "--json").json()
    assert amendment["amends_audit_id"] == int(audit_id)
    assert amendment["counts"]["major"] == before["counts"]["major"] - 1
    assert labapp(database_url, "audit", "show", audit_id, "--json").json() == before


def test_workflow_order(database_url):
    audit_id = labapp(database_url, "audit", "import", str(FIXTURE)).out.strip()
    assert labapp(database_url, "audit", "sent", audit_id).code == 2  # not finalised yet
    assert labapp(database_url, "audit", "submit", audit_id).code == 0
    assert labapp(database_url, "audit", "send-back", audit_id).code == 0
    assert labapp(database_url, "audit", "submit", audit_id).code == 0
    assert labapp(database_url, "audit", "finalize", audit_id).code == 0
    assert labapp(database_url, "audit", "sent", audit_id).code == 0
    shown = labapp(database_url, "audit", "show", audit_id, "--json").json()
    assert shown["state"] == "sent" and shown["sent_at"] is not None
    assert labapp(database_url, "audit", "list", "--state", "sent", "--json").json()[0][
        "id"
    ] == int(audit_id)


def test_a_previous_finalised_audit_in_the_database_makes_a_repeat_offence(database_url, tmp_path):
    first = case_file(tmp_path, "a.json", **{"seller.previous_audits": []})
    first_id = labapp(database_url, "audit", "import", str(first)).out.strip()
    assert labapp(database_url, "audit", "finalize", first_id).code == 0
    # A second order a month later with only one minor failure (delivered late).
    document = json.loads(FIXTURE.read_text())
    document["seller"]["previous_audits"] = []
    document["order"].update(ref="BM-200", listing_grade="excellent")
    # Audited after the first audit was finalised (which happened just now).
    document["audited_at"] = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
    document["device"]["battery"]["health_percent"] = 95
    document["device"]["parts"][1]["status"] = "genuine"
    document["observations"]["screen_technology"] = {"value": "OLED"}
    document["observations"]["cosmetic_grade"] = {"value": "excellent"}
    second = tmp_path / "b.json"
    second.write_text(json.dumps(document), encoding="utf-8")
    shown = labapp(
        database_url,
        "audit",
        "show",
        labapp(database_url, "audit", "import", str(second)).out.strip(),
        "--json",
    ).json()
    assert shown["base_grade"] == "advisory"
    assert shown["grade"] == "surveillance"
    assert shown["rules_fired"][-1]["rule"] == "repeat_offence"


def test_old_audits_keep_their_grade_when_the_protocol_changes(database_url, tmp_path):
    lab = build_lab(database_url)
    try:
        case = parse_case(json.loads(FIXTURE.read_text()))
        old = lab.audits.import_case(case, "Camille")
        assert old.record.result.grade.value == "suspension"
        # Version 2 of the protocol makes battery health a critical check.
        shipped = {name: text for name, text in ProtocolLibrary()._sources()}
        stricter = (
            shipped["audit_templates/smartphone.yaml"]
            .replace("version: 1", "version: 2")
            .replace(
                "rule: battery_health\n        severity: major",
                "rule: battery_health\n        severity: critical",
            )
        )
        library = ProtocolLibrary([*shipped.items(), ("smartphone-v2.yaml", stricter)])
        lab.audits._library = library
        assert lab.audits.get(old.summary.id).record.result.grade.value == "suspension"
        newer_case = parse_case(
            {**copy.deepcopy(case.document), "order": {**case.document["order"], "ref": "BM-300"}}
        )
        new = lab.audits.import_case(newer_case, "Camille")
        assert new.record.protocol_version == 2
        assert new.record.result.grade.value == "deregistration"
    finally:
        lab.close()


def test_photos_are_kept_by_content_hash(database_url, tmp_path, _isolated_home):
    audit_id = labapp(database_url, "audit", "import", str(FIXTURE)).out.strip()
    photo = tmp_path / "screen.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 fake jpeg bytes for the test")
    attached = labapp(
        database_url,
        "audit",
        "attach",
        audit_id,
        str(photo),
        "--check",
        "screen_technology",
        "--caption",
        "LCD glow in a dark room",
    )
    assert attached.code == 0, attached.err
    evidence = labapp(database_url, "audit", "show", audit_id, "--json").json()["evidence"]
    assert len(evidence) == 1 and evidence[0]["check_id"] == "screen_technology"
    sha = evidence[0]["sha256"]
    stored = _isolated_home / "data" / "evidence" / sha[:2] / sha
    assert stored.read_bytes() == photo.read_bytes()
    note = tmp_path / "notes.txt"
    note.write_text("not a photo")
    refused = labapp(database_url, "audit", "attach", audit_id, str(note))
    assert refused.code == 2 and "is not a photo" in refused.err
    bad_check = labapp(database_url, "audit", "attach", audit_id, str(photo), "--check", "nope")
    assert bad_check.code == 2 and "no check 'nope'" in bad_check.err


def test_unknown_audit(database_url):
    result = labapp(database_url, "audit", "show", "999")
    assert result.code == 2 and "no audit 999" in result.err


def test_improvement_advice_starts_from_the_protocol_and_is_editable_until_finalised(
    database_url, tmp_path
):
    audit_id = labapp(database_url, "audit", "import", str(FIXTURE)).out.strip()
    advice = labapp(database_url, "audit", "advice", audit_id).out
    assert advice.startswith("- Remplacez toute batterie")  # worst first, in French
    assert (
        labapp(database_url, "audit", "advice", audit_id, "Changez les batteries usées.").code == 0
    )
    assert (
        labapp(database_url, "audit", "show", audit_id, "--json").json()["improvement_advice"]
        == "Changez les batteries usées."
    )
    assert labapp(database_url, "audit", "finalize", audit_id).code == 0
    refused = labapp(database_url, "audit", "advice", audit_id, "Trop tard.")
    assert refused.code == 2 and "is finalised" in refused.err
