"""A small streaming .xlsx writer for one job: a million typed rows, fast, in flat memory.

openpyxl's write-only mode builds an object per cell and takes about 200 s for the
eleven million cells of a 50,000-audit export on a bench laptop; the export must take
under 20 s. A workbook is a zip of XML parts (ECMA-376, SpreadsheetML), and an export
needs only a sliver of it: typed cells, a bold header, column widths, a frozen header
row and a filter. Each sheet is written straight into its zip entry as rows arrive, so
memory holds one batch of rows plus the table of repeated texts (capped).

Values: str (neutralised against formulas, see cells.safe_cell), int, float, Decimal,
bool, datetime and date (naive, shown as they are), None (an empty cell).
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from labapp.reports.cells import safe_cell

# Excel's own limits: rows per sheet and characters per cell.
MAX_ROWS = 1_048_576
MAX_TEXT = 32_767
# Texts seen this many times at most go in the shared table; the rest are written inline,
# so a column of free-text notes cannot grow memory without bound.
SHARED_TEXTS_CAP = 200_000
_BATCH = 2_000
_EPOCH = datetime(1899, 12, 30)
_DAY_SECONDS = 86_400.0

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
# Style ids in styles.xml: 0 plain, 1 header, 2 date and time, 3 date.
_HEADER, _MOMENT, _DAY = 1, 2, 3
# XML 1.0 forbids these; SpreadsheetML spells them _xHHHH_ (and so a literal "_x0041_"
# must have its underscore escaped, or a reader would turn it into "A").
# A carriage return is spelled so too: an XML reader would turn a bare one into a newline.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\r\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _xml_text(text: str) -> str:
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 1] + "…"
    text = _FORBIDDEN.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return escape(text)


class _SharedTexts:
    """Texts written once in sharedStrings.xml and referred to by number from the cells.

    Keyed by the text as given; the neutralised text (cells.safe_cell) is what is written.
    Each text's cell is kept ready-made, so a repeated text costs one dictionary look-up.
    """

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.cells: dict[str, str] = {}

    def add(self, text: str) -> str | None:
        """The cell of a text not yet in the table, or None once the table is full."""
        if len(self.index) >= SHARED_TEXTS_CAP:
            return None
        number = self.index[text] = len(self.index)
        cell = self.cells[text] = f'<c t="s"><v>{number}</v></c>'
        return cell

    def xml(self) -> str:
        items = "".join(
            f'<si><t xml:space="preserve">{_xml_text(safe_cell(text))}</t></si>'
            for text in self.index
        )
        return f'{_XML}<sst xmlns="{_MAIN}" uniqueCount="{len(self.index)}">{items}</sst>'


class SheetWriter:
    """Rows of one sheet; the workbook opens it and closes it (see StreamingWorkbook.sheet)."""

    def __init__(
        self,
        stream: IO[bytes],
        texts: _SharedTexts,
        headers: Sequence[tuple[str, float]],
    ) -> None:
        self._stream, self._texts = stream, texts
        self._letters = [column_letter(i) for i in range(1, len(headers) + 1)]
        self._pending: list[str] = []
        self.rows = 0  # below the header
        self._line = 0  # the spreadsheet's row number last written
        widths = "".join(
            f'<col min="{i}" max="{i}" width="{width}" customWidth="1"/>'
            for i, (_, width) in enumerate(headers, start=1)
        )
        self._stream.write(
            (
                f'{_XML}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
                '<sheetViews><sheetView workbookViewId="0">'
                '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
                "</sheetView></sheetViews>"
                f"<cols>{widths}</cols><sheetData>"
            ).encode()
        )
        self._write_row([name for name, _ in headers], style=_HEADER)

    @property
    def full(self) -> bool:
        return self._line >= MAX_ROWS

    def append(self, values: Iterable[Any]) -> None:
        self._write_row(values)
        self.rows += 1

    def _write_row(self, values: Iterable[Any], style: int = 0) -> None:
        # The hot loop of a million-row export. A cell's reference (r="H12") is optional
        # in SpreadsheetML (ECMA-376 §18.3.1.4: a cell without one follows the cell
        # before it), so cells go without, and a text's cell comes ready-made from the
        # shared table. Only a cell after an empty one (None) names where it is.
        self._line += 1
        number = str(self._line)
        ready = self._texts.cells
        cells = [f'<row r="{number}">']
        after_gap = False
        for letter, value in zip(self._letters, values, strict=False):
            if value is None:
                after_gap = True
                continue
            kind = type(value)
            if style:
                cell = self._cell(value, style)
            elif kind is str:
                cell = ready.get(value) or self._texts.add(value) or self._cell(value, style)
            elif kind is int or (kind is float and math.isfinite(value)):
                cell = f"<c><v>{value}</v></c>"
            else:
                cell = self._cell(value, style)
            if after_gap:
                cell = f'<c r="{letter}{number}"{cell[2:]}'
                after_gap = False
            cells.append(cell)
        cells.append("</row>")
        self._pending.append("".join(cells))
        if len(self._pending) >= _BATCH:
            self._flush()

    def _cell(self, value: Any, style: int) -> str:
        """A cell with no reference (the caller adds one after a gap)."""
        kind = type(value)
        styled = f' s="{style}"' if style else ""
        if kind is str:
            return (
                f'<c{styled} t="inlineStr"><is><t xml:space="preserve">'
                f"{_xml_text(safe_cell(value))}</t></is></c>"
            )
        if kind is bool:
            return f'<c{styled} t="b"><v>{int(value)}</v></c>'
        if kind is int or kind is float or kind is Decimal:
            if not math.isfinite(float(value)):
                return self._cell(str(value), style)
            return f"<c{styled}><v>{value}</v></c>"
        if kind is datetime:
            if value.tzinfo is not None:
                raise ValueError(
                    f"row {self._line}: a spreadsheet cell cannot hold a time zone ({value})"
                )
            serial = (value - _EPOCH).total_seconds() / _DAY_SECONDS
            return f'<c s="{_MOMENT}"><v>{serial!r}</v></c>'
        if kind is date:
            serial = (datetime(value.year, value.month, value.day) - _EPOCH).days
            return f'<c s="{_DAY}"><v>{serial}</v></c>'
        return self._cell(str(value), style)

    def _flush(self) -> None:
        if self._pending:
            self._stream.write("".join(self._pending).encode())
            self._pending.clear()

    def abandon(self) -> None:
        self._pending.clear()
        self._stream.close()

    def close(self) -> str:
        """Finish the sheet; returns the filter's range, such as A1:L201."""
        self._flush()
        span = f"A1:{self._letters[-1]}{self.rows + 1}"
        self._stream.write(f'</sheetData><autoFilter ref="{span}"/></worksheet>'.encode())
        self._stream.close()
        return span


class StreamingWorkbook:
    """Sheets written one after another into a zip: open, append rows, close, next sheet."""

    def __init__(self, target: IO[bytes], compression_level: int = 1) -> None:
        # Level 1: four times faster than the default for files about 15 % larger.
        self._zip = zipfile.ZipFile(
            target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compression_level
        )
        self._texts = _SharedTexts()
        self._sheets: list[tuple[str, str]] = []  # (title, filter range)
        self._open: SheetWriter | None = None

    def __enter__(self) -> StreamingWorkbook:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.close()
            return
        # A failed export: close the zip without finishing it; the caller throws it away.
        if self._open is not None:
            self._open.abandon()
            self._open = None
        self._zip.close()

    def add_sheet(self, title: str, headers: Sequence[tuple[str, float]]) -> SheetWriter:
        if not title or len(title) > 31 or any(c in title for c in "[]:*?/\\"):
            raise ValueError(f"{title!r}: not a possible sheet name")
        self.close_sheet()
        number = len(self._sheets) + 1
        stream = self._zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True)
        self._sheets.append((title, ""))
        self._open = SheetWriter(stream, self._texts, headers)
        return self._open

    def close_sheet(self) -> None:
        if self._open is not None:
            title, _ = self._sheets[-1]
            self._sheets[-1] = (title, self._open.close())
            self._open = None

    def close(self) -> None:
        self.close_sheet()
        parts = {
            "[Content_Types].xml": self._content_types(),
            "_rels/.rels": (
                f'{_XML}<Relationships xmlns="{_PKG_REL}">'
                f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
                "</Relationships>"
            ),
            "xl/workbook.xml": self._workbook(),
            "xl/_rels/workbook.xml.rels": self._workbook_relations(),
            "xl/styles.xml": _STYLES,
            "xl/sharedStrings.xml": self._texts.xml(),
        }
        for name, text in parts.items():
            self._zip.writestr(name, text.encode())
        self._zip.close()

    def _content_types(self) -> str:
        kind = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        sheets = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{kind}.worksheet+xml"/>'
            for n in range(1, len(self._sheets) + 1)
        )
        return (
            f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{kind}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{kind}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}.sharedStrings+xml"/>'
            f"{sheets}</Types>"
        )

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name={quoteattr(title)} sheetId="{n}" r:id="rId{n}"/>'
            for n, (title, _) in enumerate(self._sheets, start=1)
        )
        # Excel keeps a sheet's filter range in this hidden name as well as on the sheet.
        filters = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{n}" hidden="1">'
            f"{escape(_absolute(title, span))}</definedName>"
            for n, (title, span) in enumerate(self._sheets)
        )
        return (
            f'{_XML}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f"<bookViews><workbookView/></bookViews><sheets>{sheets}</sheets>"
            f"<definedNames>{filters}</definedNames></workbook>"
        )

    def _workbook_relations(self) -> str:
        count = len(self._sheets)
        sheets = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, count + 1)
        )
        return (
            f'{_XML}<Relationships xmlns="{_PKG_REL}">{sheets}'
            f'<Relationship Id="rId{count + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId{count + 2}" Type="{_REL}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>'
        )


def _absolute(title: str, span: str) -> str:
    start, end = span.split(":")
    split = re.compile(r"([A-Z]+)(\d+)")
    first, last = split.fullmatch(start), split.fullmatch(end)
    assert first and last
    quoted = "'" + title.replace("'", "''") + "'"
    return f"{quoted}!${first[1]}${first[2]}:${last[1]}${last[2]}"


_STYLES = (
    f'{_XML}<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="3"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF4"/></patternFill></fill>'
    "</fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
