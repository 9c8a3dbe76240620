"""The trends page: nine charts counted off the GUI thread, filters that count again,
an empty period said in words, and the export of `labapp trends`."""

from __future__ import annotations

from datetime import date, timedelta

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from labapp.domain.audits import AuditState
from labapp.domain.users import LabRole
from labapp.services.ports import OrderQuery
from labapp.ui.trends_page import DRAWINGS, TrendsPage

from .conftest import WAIT_MS, signed_in, wait_idle

FINAL = (AuditState.FINALISED, AuditState.SENT)
TITLES = {
    "monthly-defects": "trend_monthly",
    "grades-by-month": "trend_grades",
    "failures-by-check": "trend_by_check",
    "by-model": "trend_by_model",
    "worst-sellers": "trend_by_seller",
    "repeat-offenders": "trend_repeat_offenders",
    "battery-health": "trend_battery",
    "days-to-ship-and-deliver": "trend_days",
    "logistics": "trend_logistics",
}


def open_page(qtbot, lab, runner, role=LabRole.QUALITY_MANAGER):
    page = TrendsPage(lab, runner, signed_in(lab, role))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, runner, page)
    return page


def settle(qtbot, runner, page):
    """Until the figures are counted and every chart is drawn (one per turn of the loop)."""
    wait_idle(qtbot, runner)
    qtbot.waitUntil(lambda: page.settled, timeout=WAIT_MS)


def final_audits(lab, window):
    """The finalised audits a window holds, counted the slow way."""
    return [
        audit
        for audit in lab.audits.list_audits()
        if audit.state in FINAL
        and (window.seller_ref is None or audit.seller_ref == window.seller_ref)
        and (window.since is None or audit.audited_at >= window.since)
        and (window.before is None or audit.audited_at < window.before)
    ]


def choose(qtbot, runner, page, combo, text):
    """Pick an entry as a person would, with the keyboard, and wait for the new figures."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    while combo.currentIndex() != index:
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    settle(qtbot, runner, page)


def test_the_charts_are_drawn_from_the_figures_of_the_last_twelve_months(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    assert page.period.currentText() == "Last 12 months"
    assert page.showing_charts and not page.loading and page.export.isEnabled()
    assert page.progress.isHidden() and page.cancel.isHidden()
    window = page.load.window
    # From this day a year ago to the end of today, in the lab's own time.
    assert window.since.date() == QDate.currentDate().addMonths(-12).toPython()
    assert window.before.date() == date.today() + timedelta(days=1)
    figures = page.load.figures
    assert figures == lab.trends.figures(window)
    assert figures.audits == len(final_audits(lab, window)) > 20
    serious = [a for a in final_audits(lab, window) if a.grade not in ("compliant", "advisory")]
    failed = sum(row[2] for row in figures.monthly)
    assert page.status.text() == (
        f"{figures.audits} finalised audit(s) · {failed} with a failed check"
        f" · {len(serious)} graded surveillance or worse"
    )
    for name, key in TITLES.items():
        ax = page.canvases[name].axes
        assert ax is not None, name
        assert ax.get_title(loc="left") == page.catalog.t(key), name
    assert set(DRAWINGS) == set(TITLES)
    monthly = page.canvases["monthly-defects"].axes
    assert len(monthly.patches) == len(figures.monthly) > 6
    assert [bar.get_height() for bar in monthly.patches] == [row[1] for row in figures.monthly]
    sellers = page.canvases["worst-sellers"].axes
    assert len(sellers.patches) == len(figures.by_seller) > 1
    failing_checks = [row for row in figures.by_check if row[1]]
    assert len(page.canvases["failures-by-check"].axes.patches) == len(failing_checks) > 0
    assert len(page.canvases["battery-health"].axes.patches) == len(figures.battery_buckets)
    assert not runner.errors


def test_choosing_a_seller_counts_that_sellers_audits_only(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    assert page.seller.itemText(0) == "All sellers" and page.seller.count() > 3
    ref = page.seller.itemData(2)
    choose(qtbot, runner, page, page.seller, page.seller.itemText(2))
    window = page.load.window
    assert window.seller_ref == ref
    figures = page.load.figures
    assert figures.audits == len(final_audits(lab, window)) > 0
    assert {row[0] for row in figures.by_seller} == {ref}
    assert page.status.text().startswith(f"{figures.audits} finalised audit(s) · ")
    # Charts that rank sellers would hold one bar: the summary line says it instead.
    rankings = [page.canvases["worst-sellers"], page.canvases["repeat-offenders"]]
    assert all(canvas.isHidden() for canvas in rankings)
    assert page.showing_charts and not page.canvases["monthly-defects"].isHidden()
    monthly = page.canvases["monthly-defects"].axes
    assert [bar.get_height() for bar in monthly.patches] == [row[1] for row in figures.monthly]

    choose(qtbot, runner, page, page.seller, "All sellers")
    assert page.load.window.seller_ref is None
    assert len(page.load.figures.by_seller) > 1
    assert not any(canvas.isHidden() for canvas in rankings)
    labels = [label.get_text() for label in rankings[0].axes.get_yticklabels()]
    assert len(labels) == len(page.load.figures.by_seller)


def test_choosing_a_model_counts_that_models_audits_only(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    assert page.model.itemText(0) == "All models"
    models = {line.listing_model for line in lab.orders.lines(OrderQuery())}
    listed = [page.model.itemText(i) for i in range(1, page.model.count())]
    assert set(listed) <= models and len(listed) > 3
    choose(qtbot, runner, page, page.model, listed[0])
    assert page.load.window.model == listed[0]
    assert [row[0] for row in page.load.figures.by_model] in ([listed[0]], [])


def test_the_period_presets_and_dates_choose_the_audits(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    last_year = page.load.figures.audits
    choose(qtbot, runner, page, page.period, "All time")
    assert page.load.window.since is None and page.load.window.before is None
    assert not page.date_from.isEnabled()
    everything = len([a for a in lab.audits.list_audits() if a.state in FINAL])
    assert page.load.figures.audits == everything >= last_year
    choose(qtbot, runner, page, page.period, "Last 3 months")
    assert page.date_from.isEnabled()
    assert page.date_from.date() == QDate.currentDate().addMonths(-3)
    assert page.load.figures.audits == len(final_audits(lab, page.load.window)) < everything

    # A date typed in is a period of its own, counted once the typing pauses.
    page.date_from.setDate(QDate.currentDate().addMonths(-6))
    assert page.period.currentText() == "Between these dates"
    qtbot.waitUntil(lambda: page.load.window.since.date() == page.date_from.date().toPython())
    settle(qtbot, runner, page)
    assert page.load.figures.audits == len(final_audits(lab, page.load.window))


def test_a_period_without_finalised_audits_says_so_instead_of_empty_charts(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    choose(qtbot, runner, page, page.period, "Between these dates")
    page.date_from.setDate(QDate(2001, 1, 1))
    page.date_to.setDate(QDate(2001, 12, 31))
    qtbot.waitUntil(lambda: page.load.window.since.year == 2001, timeout=WAIT_MS)
    settle(qtbot, runner, page)
    assert page.load.figures.audits == 0
    assert not page.showing_charts
    assert "No finalised audits in this period" in page.board.message.text()
    assert not page.export.isEnabled()


def test_cancelling_a_load_leaves_no_charts_of_another_choice(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    page.reload()
    assert page.loading and not page.progress.isHidden()
    qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    assert not page.loading and page.cancel.isHidden()
    assert "Loading cancelled" in page.board.message.text() and not page.showing_charts
    wait_idle(qtbot, runner)
    assert not page.showing_charts and not runner.errors
    qtbot.mouseClick(page.refresh, Qt.MouseButton.LeftButton)
    settle(qtbot, runner, page)
    assert page.showing_charts and page.load.figures.audits > 0


def test_export_writes_the_charts_and_the_workbook(qtbot, lab, runner, tmp_path, monkeypatch):
    page = open_page(qtbot, lab, runner)
    folder = tmp_path / "trends"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kw: str(folder))
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS) as exported:
        qtbot.mouseClick(page.export, Qt.MouseButton.LeftButton)
    assert exported.args == [str(folder)]
    wait_idle(qtbot, runner)
    written = sorted(path.name for path in folder.iterdir())
    assert written == sorted([f"{name}.png" for name in DRAWINGS] + ["trends.xlsx"])
    workbook = load_workbook(folder / "trends.xlsx")
    monthly = list(workbook["monthly"].iter_rows(min_row=2, values_only=True))
    assert sum(row[1] for row in monthly) == page.load.figures.audits
    assert "10 file(s) written to" in page.status.text()


def test_export_is_offered_to_those_who_may_export(qtbot, lab, runner):
    manager = open_page(qtbot, lab, runner, LabRole.QUALITY_MANAGER)
    administrator = open_page(qtbot, lab, runner, LabRole.ADMINISTRATOR)
    assert not manager.export.isHidden() and administrator.export.isHidden()


def test_nothing_is_counted_until_the_page_is_first_shown(qtbot, lab, runner):
    page = TrendsPage(lab, runner, signed_in(lab, LabRole.QUALITY_MANAGER))
    qtbot.addWidget(page)
    wait_idle(qtbot, runner)
    assert page.load is None and not page.loading and page.seller.count() == 1
    page.show()
    settle(qtbot, runner, page)
    assert page.load is not None and page.seller.count() > 1
    sellers = page.seller.count()
    page.hide()
    page.show()
    settle(qtbot, runner, page)
    assert page.seller.count() == sellers
