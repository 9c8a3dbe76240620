"""The audit as a workbook: a summary sheet, a checks sheet and a device-reading sheet."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from labapp import __version__
from labapp.domain.audit_inputs import CheckOutcome
from labapp.reports.cells import openpyxl_cell
from labapp.reports.check_wording import word_check
from labapp.reports.i18n import Catalog
from labapp.reports.report_data import ReportData

BOLD = Font(bold=True)
FAIL_FILL = PatternFill("solid", fgColor="FBE4E1")
HEAD_FILL = PatternFill("solid", fgColor="E8EEF4")


def _naive(moment: datetime | None) -> datetime | None:
    """Excel has no time zones: the local wall time of the event."""
    return moment.replace(tzinfo=None) if moment else None


def _sheet(
    workbook: Workbook, title: str, header: list[str], rows: list[list[Any]], widths: list[int]
) -> Any:
    sheet = workbook.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font, cell.fill = BOLD, HEAD_FILL
    for row in rows:
        sheet.append([openpyxl_cell(value) for value in row])
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    return sheet


def build_audit_workbook(data: ReportData, catalog: Catalog, code: str) -> bytes:
    c, record, order = catalog, data.audit.record, data.order
    result = record.result
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = f"labapp {__version__}"
    summary: list[list[Any]] = [
        [c.t("report_number"), data.report_number],
        [c.t("verification"), code],
        [c.t("issued_on"), _naive(data.issued_at)],
        [c.t("seller"), f"{data.seller.name} ({data.seller.marketplace_ref})"],
        [c.t("order"), order.order_ref],
        [c.t("ordered"), _naive(order.ordered_at)],
        [c.t("shipped"), _naive(order.shipped_at)],
        [c.t("delivered"), _naive(order.delivered_at)],
        [c.t("listing"), f"{order.listing_model} {c.storage(order.listing_storage_gb)}"],
        [c.t("price"), float(order.price)],
        [c.t("grade"), c.t(f"grade_{result.grade.value}")],
        [c.t("base_grade"), c.t(f"grade_{result.base_grade.value}")],
        [c.t("tested_by"), record.technician],
        [c.t("reviewed_by"), record.reviewer or ""],
        [
            c.t("protocol"),
            f"{record.protocol_id}, " + c.t("version", version=record.protocol_version),
        ],
    ]
    sheet = _sheet(workbook, c.t("summary")[:31], ["", ""], summary, [32, 50])
    for row in sheet.iter_rows(min_row=2, max_col=2):
        if isinstance(row[1].value, datetime):
            row[1].number_format = "yyyy-mm-dd hh:mm"
    ordered = sorted(result.checks, key=lambda r: r.outcome is not CheckOutcome.FAIL)
    checks = []
    for check in ordered:
        said = word_check(check, data.audit.protocol, c)
        checks.append(
            [
                check.check_id,
                said.label,
                said.outcome,
                said.severity,
                said.measured,
                said.expected,
                said.notes,
            ]
        )
    sheet = _sheet(
        workbook,
        c.t("checks")[:31],
        [
            "id",
            c.t("check"),
            c.t("outcome"),
            c.t("severity"),
            c.t("measured"),
            c.t("expected"),
            c.t("notes"),
        ],
        checks,
        [20, 34, 16, 12, 24, 24, 50],
    )
    for row_index, check in enumerate(ordered, start=2):
        if check.outcome is CheckOutcome.FAIL:
            for cell in sheet[row_index]:
                cell.fill = FAIL_FILL
    device_rows = []
    for section, values in (data.device or {}).items():
        if isinstance(values, dict) and section != "raw":
            for key, value in values.items():
                device_rows.append([section, key, _plain(value, c)])
    sheet = _sheet(
        workbook, c.t("device")[:31], ["section", "field", "value"], device_rows, [14, 28, 50]
    )
    for row in sheet.iter_rows(min_row=2, min_col=3, max_col=3):
        if (
            row[0].value is not None
            and isinstance(row[0].value, float)
            and "health_percent" in str(sheet.cell(row=row[0].row, column=2).value)
        ):
            row[0].number_format = "0.0"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _plain(value: Any, catalog: Catalog) -> Any:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return catalog.t("yes" if value else "no")
    if isinstance(value, int | float):
        return float(value)
    return str(value)
