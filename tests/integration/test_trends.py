"""`labapp trends`: figures from SQL aggregates, charts as PNG, a workbook."""

from __future__ import annotations

from openpyxl import load_workbook
from PIL import Image

from labapp.bootstrap import build_lab
from labapp.services.trends import TrendService

from .cli_helpers import labapp


def test_trends_on_a_seeded_lab(database_url, tmp_path):
    assert labapp(database_url, "demo", "seed", "--orders", "400", "--seed", "5").code == 0
    out = tmp_path / "trends"
    result = labapp(database_url, "trends", "--out", str(out), "--lang", "de")
    assert result.code == 0, result.err
    for name in (
        "monthly-defects",
        "failures-by-check",
        "worst-sellers",
        "by-model",
        "battery-health",
        "grades-by-month",
        "logistics",
    ):
        with Image.open(out / f"{name}.png") as image:
            assert image.width > 500 and image.height > 200
    workbook = load_workbook(out / "trends.xlsx")
    assert workbook.sheetnames[:3] == ["monthly", "by check", "worst sellers"]

    lab = build_lab(database_url)
    try:
        figures = TrendService(lab.database.unit_of_work).figures()
        finalised = [a for a in lab.audits.list_audits() if a.state.value in ("finalised", "sent")]
        failing = [a for a in finalised if a.grade != "compliant"]
    finally:
        lab.close()
    assert sum(row[1] for row in figures.monthly) == len(finalised)
    # Every graded audit with a failure is counted as failed (grade != compliant implies one).
    assert sum(row[2] for row in figures.monthly) >= len(failing)
    assert sum(count for _, count in figures.battery_buckets) > 0.9 * len(finalised)
    assert sum(row[2] for row in figures.grades_by_month) == len(finalised)
    battery = next(row for row in figures.by_check if row[0] == "battery_health")
    assert battery[1] > 0 and battery[2] >= battery[1]
    assert len(figures.by_seller) <= 15


def test_trends_refuse_a_bad_language_or_date(database_url, tmp_path):
    result = labapp(database_url, "trends", "--out", str(tmp_path), "--lang", "nl")
    assert result.code == 2 and "report language 'nl'" in result.err
    result = labapp(database_url, "trends", "--out", str(tmp_path), "--from", "yesterday")
    assert result.code == 2
