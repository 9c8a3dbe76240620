"""Audit reports: PDF in the five languages read back, XLSX read back, integrity checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from labapp import __version__

from .cli_helpers import labapp

CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"

EXPECTED = {
    # language: (title, a check label from the protocol, the grade, "page 1 of")
    "en": ("Mystery-order audit report", "Battery health", "Suspension", "Page 1 of"),
    "fr": (
        "Rapport d'audit par commande mystère",
        "État de la batterie",
        "Suspension",
        "Page 1 sur",
    ),
    "es": (
        "Informe de auditoría de compra misteriosa",
        "Estado de la batería",
        "Suspensión",
        "Página 1 de",
    ),
    "de": ("Prüfbericht zur Testbestellung", "Akkuzustand", "Sperrung", "Seite 1 von"),
    "it": (
        "Rapporto di audit su ordine anonimo",
        "Stato della batteria",
        "Sospensione",
        "Pagina 1 di",
    ),
}


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def finalised(database_url, tmp_path):
    case = json.loads(CASE.read_text())
    case["seller"]["name"] = '=HYPERLINK("http://evil")'  # must never run as a formula
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    audit_id = labapp(database_url, "audit", "import", str(path), "--by", "Camille").out.strip()
    photo = tmp_path / "glow.png"
    from PIL import Image

    Image.new("RGB", (320, 240), (200, 210, 230)).save(photo)
    labapp(
        database_url,
        "audit",
        "attach",
        audit_id,
        str(photo),
        "--check",
        "screen_technology",
        "--caption",
        "LCD glow",
    )
    assert labapp(database_url, "audit", "finalize", audit_id, "--by", "Inès").code == 0
    return database_url, audit_id


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_pdf_report_speaks_each_language(finalised, tmp_path, language):
    db, audit_id = finalised
    out = tmp_path / f"report-{language}.pdf"
    result = labapp(db, "report", audit_id, "--lang", language, "--out", str(out))
    assert result.code == 0, result.err
    text = pdf_text(out)
    for expected in EXPECTED[language]:
        assert expected in text, (language, expected)
    code = re.search(r"verification code (\S+)", result.out)[1]
    assert code in text  # printed in the footer
    assert f"labapp {__version__}" in text  # with the version that wrote it
    assert PdfReader(out).metadata.creator == f"labapp {__version__}"
    assert len(PdfReader(out).pages) >= 2
    assert "LCD glow" in text


def test_the_french_report_has_no_english_rule_phrases(finalised, tmp_path):
    db, audit_id = finalised
    out = tmp_path / "fr.pdf"
    labapp(db, "report", audit_id, "--lang", "fr", "--out", str(out))
    text = pdf_text(out)
    for english in ("at most", "all parts genuine", "or better", "on or before", "not read"):
        assert english not in text
    assert "au plus tard le" in text
    assert "Votre plan d'action doit contenir" in text  # a suspension asks for an action plan


def test_verify_tells_issued_altered_and_foreign_files(finalised, tmp_path):
    db, audit_id = finalised
    out = tmp_path / "r.pdf"
    labapp(db, "report", audit_id, "--out", str(out))
    authentic = labapp(db, "verify", str(out))
    assert authentic.code == 0
    assert f"issued by this lab for audit {audit_id}" in authentic.out
    # Someone saves an edited copy (an incremental update appended to the file).
    out.write_bytes(out.read_bytes() + b"\n% edited: grade changed to compliant\n")
    altered = labapp(db, "verify", str(out))
    assert altered.code == 4 and "changed after it was issued" in altered.out
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4 not ours")
    assert labapp(db, "verify", str(other)).code == 5


def test_reports_need_a_finalised_audit_unless_draft(database_url, tmp_path):
    audit_id = labapp(database_url, "audit", "import", str(CASE)).out.strip()
    refused = labapp(database_url, "report", audit_id, "--out", str(tmp_path / "x.pdf"))
    assert refused.code == 2 and "only a finalised audit gets a report" in refused.err
    draft = tmp_path / "draft.pdf"
    assert labapp(database_url, "report", audit_id, "--draft", "--out", str(draft)).code == 0
    pages = len(PdfReader(draft).pages)
    # The seller is French: BROUILLON across every page, and in the title.
    assert pdf_text(draft).count("BROUILLON") >= pages + 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--lang", "pt"], "report language 'pt' is not one of"),
        (["--out", "/nonexistent-folder/r.pdf"], "no such folder"),
    ],
)
def test_bad_report_requests(finalised, args, message):
    db, audit_id = finalised
    result = labapp(db, "report", audit_id, *args)
    assert result.code == 2 and message in result.err


def test_unknown_audit_report(database_url, tmp_path):
    result = labapp(database_url, "report", "999", "--out", str(tmp_path / "r.pdf"))
    assert result.code == 2 and "no audit 999" in result.err


def test_the_workbook_report(finalised, tmp_path):
    db, audit_id = finalised
    out = tmp_path / "r.xlsx"
    assert (
        labapp(db, "report", audit_id, "--format", "xlsx", "--lang", "de", "--out", str(out)).code
        == 0
    )
    workbook = load_workbook(out)
    summary, checks, device = workbook.worksheets
    values = {row[0].value: row[1].value for row in summary.iter_rows(min_row=2)}
    assert values["Sanktionsstufe"] == "Sperrung"
    assert values["Verkäufer"].startswith("'=HYPERLINK")  # neutralised, not a formula
    assert summary.freeze_panes == "A2"
    first_check = [c.value for c in checks[2]]
    assert first_check[2] == "NICHT BESTANDEN"
    health = next(
        r for r in device.iter_rows(min_row=2, values_only=True) if r[1] == "health_percent"
    )
    assert health[2] == 88.0


def test_a_photo_missing_from_this_station_stops_the_report_not_in_silence(
    finalised, tmp_path, monkeypatch
):
    db, audit_id = finalised
    # Another station, whose evidence folder is not the lab's shared one.
    monkeypatch.setenv("LABAPP_EVIDENCE_DIR", str(tmp_path / "elsewhere"))
    out = tmp_path / "r.pdf"
    refused = labapp(db, "report", audit_id, "--out", str(out))
    assert refused.code == 2
    assert "1 of its 1 photo(s) are not in this station's evidence folder" in refused.err
    assert "LABAPP_EVIDENCE_DIR" in refused.err and not out.exists()
    draft = labapp(db, "report", audit_id, "--draft", "--out", str(out))
    assert draft.code == 0, draft.err  # a draft may go without, marked as such
