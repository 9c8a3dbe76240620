"""The issued PDF and workbook in French and German: counts with their singular, the
colon and the storage unit of the language, every check value translated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from labapp.reports import pdf_report

from .cli_helpers import labapp

CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"
NBSP = "\u00a0"


@pytest.fixture
def one_day_audit(database_url, tmp_path):
    """Delivered the day after the order, one grade below the listing, an activation lock:
    the report has counts of one to say, and a lock to name."""
    case = json.loads(CASE.read_text())
    case["order"]["shipped_at"] = "2025-07-11T18:00:00+02:00"
    case["order"]["delivered_at"] = "2025-07-12T12:00:00+02:00"
    case["observations"]["cosmetic_grade"] = {"value": "excellent"}
    case["device"]["locks"]["activation_lock"] = True
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    audit_id = labapp(database_url, "audit", "import", str(path), "--by", "Camille").out.strip()
    assert labapp(database_url, "audit", "finalize", audit_id, "--by", "Inès").code == 0
    return database_url, audit_id


def _pdf(one_day_audit, tmp_path, language, monkeypatch):
    """The PDF's text, and every paragraph's text as the report wrote it (the text
    pypdf reads back has no no-break spaces)."""
    db, audit_id = one_day_audit
    written: list[str] = []
    paragraph = pdf_report._p

    def recording(text, style="body"):
        written.append(text)
        return paragraph(text, style)

    monkeypatch.setattr(pdf_report, "_p", recording)
    out = tmp_path / f"{language}.pdf"
    result = labapp(db, "report", audit_id, "--lang", language, "--out", str(out))
    assert result.code == 0, result.err
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    return text, written


def test_the_french_pdf(one_day_audit, tmp_path, monkeypatch):
    text, written = _pdf(one_day_audit, tmp_path, "fr", monkeypatch)
    assert "1 jour " in text and "1 jours" not in text
    assert "1 grade en dessous de l'annonce" in text and "grade(s)" not in text
    assert "0 critique, " in text and "critique(s)" not in text
    assert "128 Go" in text and "GB" not in text
    assert f"iPhone 12, 128{NBSP}Go" in written
    assert any(f"Limite d'expédition{NBSP}: " in w for w in written)
    assert "Code de vérification : " in text  # the footer, drawn on the canvas
    assert "verrouillage d'activation" in text and "activation lock" not in text


def test_the_german_pdf(one_day_audit, tmp_path, monkeypatch):
    text, written = _pdf(one_day_audit, tmp_path, "de", monkeypatch)
    assert "1 Tag " in text and "1 Tage " not in text
    assert "1 Stufe schlechter als angeboten" in text and "Stufe(n)" not in text
    assert "0 kritische, " in text
    assert "128 GB" in text and "Go" not in text.split()
    assert any("Versandfrist: " in w for w in written)
    assert "Verifizierungscode: " in text
    assert "Aktivierungssperre" in text


def _workbook(one_day_audit, tmp_path, language):
    db, audit_id = one_day_audit
    out = tmp_path / f"{language}.xlsx"
    result = labapp(
        db, "report", audit_id, "--format", "xlsx", "--lang", language, "--out", str(out)
    )
    assert result.code == 0, result.err
    summary, checks, device = load_workbook(out).worksheets
    rows = {row[0]: row for row in checks.iter_rows(min_row=2, values_only=True)}
    header = [cell.value for cell in checks[1]]
    return summary, rows, header, device


def test_the_french_workbook_says_every_check_value_in_french(one_day_audit, tmp_path):
    summary, rows, header, device = _workbook(one_day_audit, tmp_path, "fr")
    assert rows["delivered_on_time"][2:6] == ("Conforme", "mineur", "1 jour", "5 jours maximum")
    grade = rows["cosmetic_grade"]
    assert grade[2:6] == ("NON CONFORME", "mineur", "Parfait état", "Premium ou supérieur")
    assert grade[6] == "1 grade en dessous de l'annonce"
    assert rows["invoice_present"][4:6] == ("oui", "oui")
    assert rows["no_extra_fees"][4:6] == ("non", "non")
    assert rows["model_as_listed"][4] == f"iPhone 12 128{NBSP}Go"
    assert rows["locks_removed"][4:6] == ("verrouillage d'activation", "aucun verrouillage")
    assert rows["battery_health"][4:6] == (f"88{NBSP}%", f"≥{NBSP}90{NBSP}%")
    assert rows["counterfeit_free"][2] == "Conforme"
    assert header == ["id", "Contrôle", "Résultat", "Gravité", "Constaté", "Attendu", "Remarques"]
    # A passed check's English restatement ("observed at the bench") is not shown.
    english = ("observed", "ordered", "days", "genuine", "yes", "no lock", "FAILED", "Pass")
    for row in rows.values():
        for value in row[2:]:
            assert not (isinstance(value, str) and value.startswith(english)), row
    values = {row[0]: row[1] for row in summary.iter_rows(min_row=2, values_only=True)}
    assert values["Annonce"] == f"iPhone 12 128{NBSP}Go"
    assert isinstance(values["Prix payé"], int | float)
    readings = {row[1]: row[2] for row in device.iter_rows(min_row=2, values_only=True)}
    assert readings["health_percent"] == 88.0  # numbers stay numbers
    assert readings["cycle_count"] == 512
    assert (readings["activation_lock"], readings["mdm"]) == ("oui", "non")


def test_the_german_workbook(one_day_audit, tmp_path):
    _, rows, header, _ = _workbook(one_day_audit, tmp_path, "de")
    assert rows["delivered_on_time"][2:6] == ("Bestanden", "leicht", "1 Tag", "höchstens 5 Tage")
    assert rows["cosmetic_grade"][4:7] == (
        "Sehr gut",
        "Premium oder besser",
        "1 Stufe schlechter als angeboten",
    )
    assert rows["invoice_present"][4] == "ja"
    assert header[4:] == ["Festgestellt", "Erwartet", "Anmerkungen"]
