"""`labapp export audits --xlsx`: typed, filtered, injection-safe, streamed."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from .cli_helpers import labapp

CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"


def test_export_rows_are_typed_and_safe(database_url, tmp_path):
    case = json.loads(CASE.read_text())
    case["seller"]["name"] = "@SUM(A1:A9)"
    case["seller"]["ref"] = "S-EVIL"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    labapp(database_url, "audit", "import", str(path))
    labapp(database_url, "demo", "seed", "--orders", "40")
    out = tmp_path / "audits.xlsx"
    result = labapp(database_url, "export", "audits", "--xlsx", str(out))
    assert result.code == 0, result.err
    audits, checks = load_workbook(out).worksheets
    assert audits.freeze_panes == "A2" and audits.auto_filter.ref.startswith("A1:T")
    rows = list(audits.iter_rows(min_row=2, values_only=True))
    evil = next(r for r in rows if r[2] == "S-EVIL")
    assert evil[3] == "'@SUM(A1:A9)"
    assert evil[6] == "suspension" and evil[10] == 4 and isinstance(evil[12], datetime)
    battery = next(
        r
        for r in checks.iter_rows(min_row=2, values_only=True)
        if r[2] == "S-EVIL" and r[4] == "battery_health"
    )
    assert battery[7] == "88%" and battery[8] == 88.0
    assert len(list(checks.iter_rows(min_row=2))) == 19 * len(rows)


def test_export_filters(database_url, tmp_path):
    labapp(database_url, "audit", "import", str(CASE))
    out = tmp_path / "a.xlsx"
    assert (
        labapp(database_url, "export", "audits", "--xlsx", str(out), "--seller", "S-FR-7").code == 0
    )
    assert load_workbook(out).worksheets[0].max_row == 2
    assert (
        labapp(database_url, "export", "audits", "--xlsx", str(out), "--from", "2025-08-01").code
        == 0
    )
    assert load_workbook(out).worksheets[0].max_row == 1
    bad = labapp(database_url, "export", "audits", "--xlsx", str(out), "--from", "last week")
    assert bad.code == 2 and "--from 'last week' is not a date" in bad.err
    nowhere = labapp(database_url, "export", "audits", "--xlsx", "/nonexistent/a.xlsx")
    assert nowhere.code == 2 and "no such folder" in nowhere.err
