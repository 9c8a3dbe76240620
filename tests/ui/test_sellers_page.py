"""The sellers page: every seller counted by the database, a search, one seller's audits
and grades over time, and an audit opened by double-click."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, Qt

from labapp.domain.audits import AuditState
from labapp.domain.users import LabRole
from labapp.ui.sellers_model import SORT_ROLE
from labapp.ui.sellers_page import SellersPage

from .conftest import WAIT_MS, signed_in, wait_idle

FINAL = (AuditState.FINALISED, AuditState.SENT)


def open_page(qtbot, lab, runner, role=LabRole.AUDITOR):
    page = SellersPage(lab, runner, signed_in(lab, role))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    wait_idle(qtbot, runner)
    return page


def shown_rows(page):
    """The sellers as the table shows them, top to bottom."""
    proxy = page.sorted_sellers
    return [
        page.model.row(proxy.mapToSource(proxy.index(row, 0)).row())
        for row in range(proxy.rowCount())
    ]


def click_row(qtbot, table, row, double=False):
    index = table.model().index(row, 0)
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_the_table_holds_every_seller_counted_as_the_audit_list_counts(
    qtbot, lab, runner, qtmodeltester
):
    page = open_page(qtbot, lab, runner)
    audits = lab.audits.list_audits()
    counted = Counter(audit.seller_ref for audit in audits)
    sellers = lab.directory.list_sellers()
    rows = shown_rows(page)
    assert [row.marketplace_ref for row in rows] == sorted(s.marketplace_ref for s in sellers)
    assert {row.marketplace_ref: row.audits for row in rows} == {
        s.marketplace_ref: counted.get(s.marketplace_ref, 0) for s in sellers
    }
    assert page.count.text() == f"{len(sellers)} seller(s)"
    for row in rows:
        final = [a for a in audits if a.seller_ref == row.marketplace_ref and a.state in FINAL]
        assert row.last_grade == (final[0].grade if final else None)
    # What a person reads in the cells.
    first = page.model.index(0, 0)
    assert page.model.data(first) == rows[0].marketplace_ref
    assert page.model.data(first.siblingAtColumn(5)) == str(rows[0].audits)
    assert page.model.data(first.siblingAtColumn(7)) == rows[0].last_audited_at.strftime("%Y-%m-%d")
    qtmodeltester.check(page.model)


def test_sorting_by_audits_puts_the_most_audited_seller_first(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    header = page.table.horizontalHeader()
    audits_column = page.model.headers.index("Audits")
    middle = QPoint(
        header.sectionViewportPosition(audits_column) + header.sectionSize(audits_column) // 2,
        header.height() // 2,
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    ascending = [row.audits for row in shown_rows(page)]
    assert ascending == sorted(ascending) and ascending[0] < ascending[-1]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert [row.audits for row in shown_rows(page)] == sorted(ascending, reverse=True)
    assert page.sorted_sellers.sortRole() == SORT_ROLE


def test_typing_narrows_the_list_by_ref_or_name(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    everyone = shown_rows(page)
    french = [row for row in everyone if row.marketplace_ref.startswith("S-FR")]
    assert 0 < len(french) < len(everyone)
    qtbot.keyClicks(page.search, "s-fr")
    qtbot.waitUntil(lambda: len(shown_rows(page)) < len(everyone), timeout=WAIT_MS)
    wait_idle(qtbot, runner)
    assert shown_rows(page) == french
    assert page.count.text() == f"{len(french)} seller(s)"

    # A word of the name, typed as a person would (ASCII: QTest types nothing else).
    named = next(row for row in everyone if row.name.split()[-1].isascii())
    word = named.name.split()[-1]
    page.search.clear()
    qtbot.keyClicks(page.search, word.upper())
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert named in shown_rows(page)
    assert all(word.lower() in row.name.lower() for row in shown_rows(page))

    page.search.clear()
    qtbot.keyClicks(page.search, "no such seller")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert shown_rows(page) == [] and page.count.text() == "0 seller(s)"


def test_choosing_a_seller_shows_its_audits_and_grades(qtbot, lab, runner, qtmodeltester):
    page = open_page(qtbot, lab, runner)
    assert page.shown_seller is None and page.audits.rowCount() == 0
    busiest = max(shown_rows(page), key=lambda row: row.audits)
    with qtbot.waitSignal(page.seller_shown, timeout=WAIT_MS) as shown:
        click_row(qtbot, page.table, shown_rows(page).index(busiest))
    assert shown.args == [busiest.marketplace_ref]
    wait_idle(qtbot, runner)
    theirs = [a for a in lab.audits.list_audits() if a.seller_ref == busiest.marketplace_ref]
    assert [line.audit_id for line in page.audits.rows] == [a.id for a in theirs]
    assert [line.grade for line in page.audits.rows] == [a.grade for a in theirs]
    assert busiest.name in page.heading.text()
    assert f"{len(theirs)} audit(s)" in page.heading.text()
    # Newest first on screen too.
    first_shown = page.sorted_audits.index(0, 0)
    assert page.sorted_audits.data(first_shown) == f"#{theirs[0].id}"

    ax = page.chart.axes
    assert ax.get_title(loc="left") == page.catalog.t("seller_grade_history")
    plotted = sum(len(points.get_offsets()) for points in ax.collections)
    assert plotted == len(theirs)
    ladder = [label.get_text() for label in ax.get_yticklabels()]
    assert ladder[0] == page.catalog.t("grade_compliant")
    assert ladder[-1] == page.catalog.t("grade_deregistration")
    qtmodeltester.check(page.audits)

    # The search keeps the chosen seller while it still matches.
    qtbot.keyClicks(page.search, busiest.marketplace_ref)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert page.shown_seller == busiest.marketplace_ref
    assert len(page.audits.rows) == len(theirs)


def test_double_clicking_an_audit_opens_it(qtbot, lab, runner):
    page = open_page(qtbot, lab, runner)
    assert page.select_seller(shown_rows(page)[0].marketplace_ref)
    wait_idle(qtbot, runner)
    third = page.sorted_audits.index(2, 0)
    wanted = page.audits.row(page.sorted_audits.mapToSource(third).row()).audit_id
    with qtbot.waitSignal(page.audit_opened, timeout=WAIT_MS) as opened:
        click_row(qtbot, page.history, 2, double=True)
    assert opened.args == [wanted]
    # Enter on the chosen audit opens it too, for those at the keyboard.
    with qtbot.waitSignal(page.audit_opened, timeout=WAIT_MS) as opened:
        qtbot.keyClick(page.history, Qt.Key.Key_Return)
    assert opened.args == [wanted]


def test_a_seller_never_audited_says_so(qtbot, lab, runner):
    lab.directory.add_seller("S-NL-0099", "Never Audited BV", "NL")
    page = open_page(qtbot, lab, runner, LabRole.QUALITY_MANAGER)
    row = next(row for row in shown_rows(page) if row.marketplace_ref == "S-NL-0099")
    assert (row.audits, row.last_grade, row.last_audited_at) == (0, None, None)
    number = page.model.row_of("S-NL-0099")
    assert page.model.data(page.model.index(number, 6)) == "—"
    assert page.select_seller("S-NL-0099")
    wait_idle(qtbot, runner)
    assert page.audits.rowCount() == 0
    texts = [text.get_text() for text in page.chart.axes.texts]
    assert texts == [page.catalog.t("no_seller_audits")]
    assert not page.select_seller("S-XX-404")
