"""Seller names and notes as people really type them, or as a prankster would: formula
prefixes, HTML, control characters, right-to-left marks, very long text, every accent.
They come out of the PDF and the workbooks intact and inert."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from labapp.bootstrap import build_lab

from .cli_helpers import labapp

CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"
ACCENTS = "àâäçéèêëîïôöùûüÿœæ ÀÉÈÇ ñÑ áíóú ß äöü ÄÖÜ ìò"
NAME = '=HYPERLINK("http://x")<b>Bold</b> &amp; \u202eevil\u202c Ré-Phone ' + ACCENTS
NOTE = "+33 1 23\t@SUM(A1)\r\n<script>alert(1)</script>\x07bell " + "x" * 3000 + " " + "y" * 400


def hostile_audit(url: str, tmp_path: Path) -> int:
    case = json.loads(CASE.read_text())
    case["seller"]["name"] = NAME
    case["seller"]["ref"] = "S-EVIL-1"
    case["observations"]["screen_condition"] = {"outcome": "fail", "note": NOTE}
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    result = labapp(url, "audit", "import", str(path))
    assert result.code == 0, result.err
    audit_id = int(result.out.strip())
    lab = build_lab(url)
    try:
        lab.audits.set_advice(audit_id, "- " + NOTE[:200])
        lab.audits.finalise(audit_id, "Inès Moreau")
    finally:
        lab.close()
    return audit_id


def test_the_pdf_prints_hostile_text_literally(database_url, tmp_path):
    audit_id = hostile_audit(database_url, tmp_path)
    out = tmp_path / "report.pdf"
    result = labapp(database_url, "report", str(audit_id), "--out", str(out), "--lang", "fr")
    assert result.code == 0, result.err
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(text.split())
    assert "<b>Bold</b>" in flat  # shown as typed, not made bold
    assert "&amp;" in flat
    assert "=HYPERLINK" in flat
    assert "<script>alert(1)</script>" in flat
    for word in ("àâäçéèêëîïôöùûüÿœæ", "ÀÉÈÇ", "ñÑ", "ß", "ÄÖÜ"):
        assert word in flat, word
    assert "x" * 200 in text.replace("\n", "")  # the long run is there, wrapped


def test_the_workbooks_keep_hostile_text_inert(database_url, tmp_path):
    audit_id = hostile_audit(database_url, tmp_path)
    report = tmp_path / "audit.xlsx"
    assert (
        labapp(database_url, "report", str(audit_id), "--format", "xlsx", "--out", str(report)).code
        == 0
    )
    export = tmp_path / "export.xlsx"
    assert labapp(database_url, "export", "audits", "--xlsx", str(export)).code == 0
    for path in (report, export):
        values = [
            value
            for sheet in load_workbook(path).worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if isinstance(value, str)
        ]
        names = [v for v in values if "HYPERLINK" in v]
        assert names and all(v.startswith("'=") for v in names), names[:2]
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in values)
        assert any("<script>alert(1)</script>" in v for v in values)
        assert any(ACCENTS in v for v in values)
