"""Tables of the sellers page: every seller with its standing, and one seller's audits.

Both are plain lists of the services' frozen rows; the database did the counting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from labapp.reports.pdf_style import GRADE_COLOURS
from labapp.reports.trend_charts import LADDER
from labapp.services.ports import SellerAuditLine, SellerStanding
from labapp.ui.checklist_model import audit_state_label
from labapp.ui.language import day_text, moment_text, number_text
from labapp.ui.table_model import HeadedTableModel

Index = QModelIndex | QPersistentModelIndex
# What a column sorts by (a number or a date where the text would sort wrongly).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Row = TypeVar("Row")


def grade_label(grade: str | None) -> str:
    labels = {
        "compliant": QCoreApplication.translate("grade", "compliant"),
        "advisory": QCoreApplication.translate("grade", "advisory"),
        "surveillance": QCoreApplication.translate("grade", "surveillance"),
        "sales_limitation": QCoreApplication.translate("grade", "sales limitation"),
        "suspension": QCoreApplication.translate("grade", "suspension"),
        "deregistration": QCoreApplication.translate("grade", "deregistration"),
    }
    return labels.get(grade, grade) if grade else "—"


def seller_status_label(status: str) -> str:
    labels = {
        "onboarding": QCoreApplication.translate("seller", "onboarding"),
        "active": QCoreApplication.translate("seller", "active"),
        "surveillance": QCoreApplication.translate("seller", "under surveillance"),
        "limited": QCoreApplication.translate("seller", "sales limited"),
        "suspended": QCoreApplication.translate("seller", "suspended"),
        "deregistered": QCoreApplication.translate("seller", "deregistered"),
    }
    return labels.get(status, status)


def day(moment: datetime | None) -> str:
    # The day where the audit took place (its own offset), as the seller would date it,
    # written as the person's locale writes days.
    return day_text(moment)


def grade_rank(grade: str | None) -> int:
    return LADDER.index(grade) if grade in LADDER else -1


class RowsModel(HeadedTableModel, Generic[Row]):
    """A read-only table over a list of frozen rows; subclasses say what a cell shows."""

    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Row:
        return self._rows[number]

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            grade = self.grade_in(row, column)
            return QColor(GRADE_COLOURS[grade]) if grade in GRADE_COLOURS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tip(row, column)
        return None

    def text(self, row: Row, column: int) -> str | None:
        raise NotImplementedError

    def sort_key(self, row: Row, column: int) -> Any:
        return self.text(row, column)

    def grade_in(self, row: Row, column: int) -> str | None:
        """The grade a cell shows, to colour it as the reports do."""
        return None

    def tip(self, row: Row, column: int) -> str | None:
        return None


class SellerStandingsModel(RowsModel[SellerStanding]):
    NUMERIC = frozenset({5})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                self.tr("Seller"),
                self.tr("Name"),
                self.tr("Country"),
                self.tr("Language"),
                self.tr("Status"),
                self.tr("Audits"),
                self.tr("Last grade"),
                self.tr("Last audit"),
            ],
            parent,
        )

    def row_of(self, seller_ref: str) -> int | None:
        for number, standing in enumerate(self._rows):
            if standing.marketplace_ref == seller_ref:
                return number
        return None

    def text(self, row: SellerStanding, column: int) -> str | None:
        cells = (
            row.marketplace_ref,
            row.name,
            row.country,
            row.language.upper(),
            seller_status_label(row.status),
            number_text(row.audits),
            grade_label(row.last_grade),
            day(row.last_audited_at),
        )
        return cells[column] if 0 <= column < len(cells) else None

    def sort_key(self, row: SellerStanding, column: int) -> Any:
        if column == 1:
            return row.name.casefold()
        if column == 5:
            return row.audits
        if column == 6:
            return grade_rank(row.last_grade)
        if column == 7:
            return row.last_audited_at.timestamp() if row.last_audited_at else 0.0
        return self.text(row, column)

    def grade_in(self, row: SellerStanding, column: int) -> str | None:
        return row.last_grade if column == 6 else None

    def tip(self, row: SellerStanding, column: int) -> str | None:
        if column == 6:
            if row.last_grade is None:
                return self.tr("No finalised audit yet")
            return self.tr("Grade of the latest finalised audit, {day}").format(
                day=day(row.last_graded_at)
            )
        if column == 7:
            return self.tr("The latest audit, finalised or not")
        return None


class SellerAuditsModel(RowsModel[SellerAuditLine]):
    NUMERIC = frozenset({0})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                self.tr("Audit"),
                self.tr("Order"),
                self.tr("Model"),
                self.tr("Audited"),
                self.tr("State"),
                self.tr("Grade"),
            ],
            parent,
        )

    def text(self, row: SellerAuditLine, column: int) -> str | None:
        state = audit_state_label(row.state.value)
        if row.amends_audit_id is not None:
            state = self.tr("{state}, corrects #{audit}").format(
                state=state, audit=row.amends_audit_id
            )
        grade = grade_label(row.grade)
        if not row.final:
            grade = self.tr("{grade} (not final)").format(grade=grade)
        cells = (
            f"#{row.audit_id}",
            row.order_ref,
            row.listing_model,
            moment_text(row.audited_at),
            state,
            grade,
        )
        return cells[column] if 0 <= column < len(cells) else None

    def sort_key(self, row: SellerAuditLine, column: int) -> Any:
        if column == 0:
            return row.audit_id
        if column == 3:
            return row.audited_at.timestamp()
        if column == 5:
            return grade_rank(row.grade)
        return self.text(row, column)

    def grade_in(self, row: SellerAuditLine, column: int) -> str | None:
        return row.grade if column == 5 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.UserRole and index.isValid() and index.row() < len(self._rows):
            return self._rows[index.row()].audit_id
        return super().data(index, role)
