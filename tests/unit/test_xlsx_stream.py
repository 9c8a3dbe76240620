"""The streaming workbook writer, read back with openpyxl as a spreadsheet user would."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from labapp.reports import xlsx_stream
from labapp.reports.xlsx_stream import StreamingWorkbook, column_letter

HEADERS = (("name", 20), ("when", 18), ("count", 8), ("ok", 6))


def write(path, rows, title="Rows", headers=HEADERS):
    with open(path, "wb") as target, StreamingWorkbook(target) as workbook:
        sheet = workbook.add_sheet(title, headers)
        for row in rows:
            sheet.append(row)


def _unescape(value):
    # Excel and LibreOffice decode SpreadsheetML's _x00HH_ escapes of control characters;
    # openpyxl leaves them as they are (it does decode _x005F_, an escaped underscore).
    if isinstance(value, str):
        return re.sub(r"_x00([01][0-9A-F])_", lambda m: chr(int(m.group(1), 16)), value)
    return value


def read(path):
    sheet = load_workbook(path).active
    return [[_unescape(value) for value in row] for row in sheet.iter_rows(values_only=True)]


def test_column_letters_follow_excel():
    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


def test_cells_keep_their_types(tmp_path):
    path = tmp_path / "typed.xlsx"
    moment = datetime(2026, 3, 4, 10, 11, 12)
    write(
        path,
        [
            ["Ré-Phone Atelier", moment, 3, True],
            ["Smartphone Müller", date(2026, 2, 28), Decimal("217.50"), False],
            [None, None, 0.25, None],
        ],
    )
    rows = read(path)
    assert rows[0] == ["name", "when", "count", "ok"]
    assert rows[1] == ["Ré-Phone Atelier", moment, 3, True]
    assert rows[2] == ["Smartphone Müller", datetime(2026, 2, 28), 217.5, False]
    assert rows[3] == [None, None, 0.25, None]
    sheet = load_workbook(path).active
    assert sheet["B2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["B3"].number_format == "yyyy-mm-dd"
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D4"
    assert sheet.column_dimensions["A"].width == 20


def test_formulas_are_neutralised_shared_or_inline(tmp_path, monkeypatch):
    evil = ["=1+1", "+33 1 23", "-2", "@SUM(A1)", "\tx", "\rx"]
    path = tmp_path / "shared.xlsx"
    write(path, [[text] for text in evil])
    assert [row[0] for row in read(path)[1:]] == ["'" + text for text in evil]
    # Past the shared table's cap, texts are written inline: neutralised all the same.
    monkeypatch.setattr(xlsx_stream, "SHARED_TEXTS_CAP", 2)
    path = tmp_path / "inline.xlsx"
    write(path, [[text] for text in evil])
    assert [row[0] for row in read(path)[1:]] == ["'" + text for text in evil]
    with zipfile.ZipFile(path) as package:
        assert b"inlineStr" in package.read("xl/worksheets/sheet1.xml")


def test_awkward_text_comes_back_intact(tmp_path):
    texts = [
        "<b>bold</b> & 'quotes' \"too\"",
        "line one\nline two",
        "bell\x07 and nul\x00",
        "_x0041_ stays as typed",
        "\u202eright-to-left mark",
        "x" * 40_000,
    ]
    path = tmp_path / "awkward.xlsx"
    write(path, [[text] for text in texts])
    back = [row[0] for row in read(path)[1:]]
    assert back[:2] == texts[:2]
    assert back[2] == "bell\x07 and nul\x00"
    assert back[3] == "_x0041_ stays as typed"
    assert back[4] == texts[4]
    assert len(back[5]) == xlsx_stream.MAX_TEXT and back[5].endswith("…")


def test_time_zones_are_refused_not_shifted(tmp_path):
    from datetime import UTC

    with pytest.raises(ValueError, match="time zone"):
        write(tmp_path / "tz.xlsx", [["x", datetime(2026, 1, 1, tzinfo=UTC), 1, True]])


def test_non_finite_numbers_are_written_as_text(tmp_path):
    path = tmp_path / "nan.xlsx"
    write(path, [["x", None, float("inf"), None], ["y", None, float("nan"), None]])
    assert [row[2] for row in read(path)[1:]] == ["inf", "nan"]


def test_sheets_follow_one_another_and_names_are_checked(tmp_path):
    path = tmp_path / "two.xlsx"
    with open(path, "wb") as target:
        workbook = StreamingWorkbook(target)
        workbook.add_sheet("Audits", HEADERS).append(["a", None, 1, True])
        workbook.add_sheet("Checks", (("check", 10),)).append(["battery_health"])
        with pytest.raises(ValueError, match="sheet name"):
            workbook.add_sheet("a/b", HEADERS)
        workbook.close()
    book = load_workbook(path)
    assert book.sheetnames == ["Audits", "Checks"]
    assert list(book["Checks"].iter_rows(values_only=True)) == [("check",), ("battery_health",)]


def test_a_cell_after_empty_ones_lands_in_its_own_column(tmp_path):
    # Cells go without their reference; the one after a gap names its column.
    path = tmp_path / "gaps.xlsx"
    write(path, [["a", None, None, True], [None, datetime(2026, 1, 2), None, 7], ["b", "a"]])
    rows = read(path)
    assert rows[1:] == [
        ["a", None, None, True],
        [None, datetime(2026, 1, 2), None, 7],
        ["b", "a", None, None],
    ]
    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert '<c r="D2" t="b">' in sheet_xml and '<c r="B3" s="2">' in sheet_xml
