"""`labapp export audits --xlsx`: one row per audit and one per check, streamed.

Rows go straight from the database cursor into the sheet's zip entry (xlsx_stream), so
memory stays flat for 50,000 audits; cells are typed (dates as dates, numbers as
numbers) and every text that could start a formula is neutralised. A sheet that reaches
Excel's row limit continues on "Checks 2", and so on.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from labapp.domain.errors import InvalidInput
from labapp.reports.xlsx_stream import SheetWriter, StreamingWorkbook
from labapp.services.exports import AuditExportService, Row
from labapp.services.ports import ExportFilter
from labapp.services.safe_files import write_atomically

# In the order of the columns AuditRepository.export_audits / export_checks select.
AUDIT_HEADERS = (
    ("audit", 9),
    ("order", 16),
    ("seller", 12),
    ("seller name", 28),
    ("country", 8),
    ("state", 15),
    ("grade", 17),
    ("base grade", 17),
    ("complete", 9),
    ("critical", 8),
    ("major", 8),
    ("minor", 8),
    ("audited (UTC)", 17),
    ("finalised (UTC)", 17),
    ("technician", 18),
    ("reviewer", 18),
    ("model", 18),
    ("listed grade", 12),
    ("price", 10),
    ("currency", 9),
)
CHECK_HEADERS = (
    ("audit", 9),
    ("order", 16),
    ("seller", 12),
    ("audited (UTC)", 17),
    ("check", 22),
    ("outcome", 14),
    ("severity", 9),
    ("measured", 26),
    ("measured value", 14),
    ("expected", 26),
    ("reason", 40),
    ("source", 12),
)
_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(%|GB| days?)?\s*$")


class _Sheets:
    """One kind of row over as many sheets as Excel's row limit needs."""

    def __init__(
        self, workbook: StreamingWorkbook, title: str, headers: tuple[tuple[str, int], ...]
    ) -> None:
        self._workbook, self._title, self._headers = workbook, title, headers
        self._parts = 0
        self._sheet: SheetWriter | None = None

    def open(self) -> SheetWriter:
        """The sheet to write on: the first at once (an empty export keeps its header row),
        then a new one each time Excel's row limit is reached."""
        if self._sheet is None or self._sheet.full:
            self._parts += 1
            title = self._title if self._parts == 1 else f"{self._title} {self._parts}"
            self._sheet = self._workbook.add_sheet(title, self._headers)
        return self._sheet

    def append(self, values: list[Any]) -> None:
        self.open().append(values)


def _measured_value(text: str | None) -> float | None:
    found = _NUMBER.match(text or "")
    return float(found.group(1)) if found else None


def _audit_values(row: Row) -> list[Any]:
    values = list(row)
    values[8] = bool(values[8])
    for index in (9, 10, 11):
        values[index] = int(values[index] or 0)
    values[18] = float(values[18]) if values[18] is not None else None
    return values


def _check_values(row: Row) -> list[Any]:
    values = list(row)
    values.insert(8, _measured_value(values[7]))
    return values


def export_audits_xlsx(
    service: AuditExportService, selection: ExportFilter, out: Path
) -> tuple[int, int]:
    out = out.expanduser()
    if not out.parent.is_dir():  # before the query: fail fast, not after a long export
        raise InvalidInput("{folder}: no such folder", folder=out.parent)
    counts = (0, 0)

    def write(path: str) -> None:
        nonlocal counts
        with open(path, "wb") as target, StreamingWorkbook(target) as workbook:
            audits = _Sheets(workbook, "Audits", AUDIT_HEADERS)
            checks = _Sheets(workbook, "Checks", CHECK_HEADERS)
            audits.open()
            counts = service.stream(
                selection,
                lambda row: audits.append(_audit_values(row)),
                lambda row: checks.append(_check_values(row)),
            )
            checks.open()

    write_atomically(out, write)
    return counts
