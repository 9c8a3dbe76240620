"""`labapp trends`: figures from SQL aggregates, charts as PNG, a workbook."""

from __future__ import annotations

from datetime import UTC, datetime

from openpyxl import load_workbook
from PIL import Image

from labapp.bootstrap import build_lab
from labapp.services.ports import ExportFilter, TrendWindow

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
        "days-to-ship-and-deliver",
        "repeat-offenders",
    ):
        with Image.open(out / f"{name}.png") as image:
            assert image.width > 500 and image.height > 200
    workbook = load_workbook(out / "trends.xlsx")
    assert workbook.sheetnames[:3] == ["monthly", "by check", "worst sellers"]

    lab = build_lab(database_url)
    try:
        figures = lab.trends.figures()
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
    rates = [row[3] / row[2] for row in figures.by_seller]
    assert rates == sorted(rates, reverse=True)
    assert all(row[2] >= 2 for row in figures.repeat_offenders)
    assert [row[2] for row in figures.repeat_offenders] == sorted(
        (row[2] for row in figures.repeat_offenders), reverse=True
    )
    # Every finalised audit's order was shipped and delivered: each is in both charts.
    assert sum(n for _, n in figures.days_to_ship) == len(finalised)
    assert sum(n for _, n in figures.days_to_deliver) == len(finalised)
    assert figures.ship_within_business_days >= 1 and figures.deliver_within_days >= 1


def test_trends_narrow_to_a_seller_a_model_and_a_period(database_url, tmp_path):
    assert labapp(database_url, "demo", "seed", "--orders", "300", "--seed", "8").code == 0
    lab = build_lab(database_url)
    try:
        # The audits and their check results, row by row, to count the slow way.
        audits, failed = [], set()

        def keep_check(row):
            if row[4] == "battery_health" and row[5] == "fail":
                failed.add(row[0])

        lab.exports.stream(ExportFilter(), audits.append, keep_check)
        final = [a for a in audits if a[5] in ("finalised", "sent")]
        seller, model = final[0][2], final[0][16]
        service = lab.trends
        everything = service.figures()
        by_seller = service.figures(TrendWindow(seller_ref=seller))
        by_model = service.figures(TrendWindow(model=model))
        months = [row[0] for row in everything.monthly]
        first = months[len(months) // 2]
        since = datetime(first // 100, first % 100, 1, tzinfo=UTC)
        recent = service.figures(TrendWindow(since=since))
    finally:
        lab.close()
    assert by_seller.audits == sum(1 for a in final if a[2] == seller)
    assert {row[0] for row in by_seller.by_seller} == {seller}
    assert by_model.audits == sum(1 for a in final if a[16] == model)
    assert [row[0] for row in by_model.by_model] == [model]
    assert recent.audits == sum(n for m, n, _ in everything.monthly if m >= first)

    def battery_failures(figures):
        return dict((row[0], row[1]) for row in figures.by_check).get("battery_health", 0)

    # The whole lab's count (all results less the open audits') and the seller's (joined
    # through the audits) both agree with counting finalised audits one by one.
    assert battery_failures(everything) == sum(1 for a in final if a[0] in failed)
    assert battery_failures(by_seller) == sum(1 for a in final if a[0] in failed and a[2] == seller)
    assert len(final) < len(audits), "the demo should leave some audits open"


def test_trends_refuse_a_bad_language_or_date(database_url, tmp_path):
    result = labapp(database_url, "trends", "--out", str(tmp_path), "--lang", "nl")
    assert result.code == 2 and "report language 'nl'" in result.err
    result = labapp(database_url, "trends", "--out", str(tmp_path), "--from", "yesterday")
    assert result.code == 2
