"""The bench's checklist, driven from the keyboard, and the live grade preview.

Keys on a row: P pass, F fail, N not applicable, 1-9 an option (cosmetic grade, the
fitted screen), Enter a note; each answer is saved at once and the cursor moves to the
next check still waiting for one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from labapp.domain.audit_inputs import CheckOutcome
from labapp.domain.grading import GradeResult
from labapp.reports.i18n import Catalog
from labapp.reports.pdf_style import GRADE_COLOURS
from labapp.ui.checklist_model import ChecklistModel, numbered_options, options_of
from labapp.ui.grade_wording import grade_wording

_OUTCOME_KEYS = {
    Qt.Key.Key_P: CheckOutcome.PASS,
    Qt.Key.Key_F: CheckOutcome.FAIL,
    Qt.Key.Key_N: CheckOutcome.NOT_APPLICABLE,
}
_OPTION_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class ChecklistTable(QTableView):
    """Emits what the technician answered; the page saves it."""

    answered = Signal(str, object)  # check id, observation ("pass" or a dict)
    note_asked = Signal(str)  # check id
    refused = Signal(str)  # why a key did nothing (shown in the status line)

    def __init__(self, model: ChecklistModel) -> None:
        super().__init__()
        self.setObjectName("checklist")
        self.checklist = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The outcome is as wide as "non conforme (critique)", its longest in French.
        for column, width in ((1, 95), (2, 150), (3, 100), (4, 110), (5, 50)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)

    def current_check(self) -> str | None:
        index = self.currentIndex()
        return self.checklist.check(index.row()).id if index.isValid() else None

    def go_to(self, row: int) -> None:
        if 0 <= row < self.checklist.rowCount():
            self.setCurrentIndex(self.checklist.index(row, 0))

    def next_waiting(self) -> None:
        """To the next check still waiting for an answer, after the current one."""
        rows = self.checklist.rowCount()
        start = self.currentIndex().row() if self.currentIndex().isValid() else -1
        for step in range(1, rows + 1):
            row = (start + step) % rows
            if self.checklist.needs_answer(row):
                self.go_to(row)
                return
        self.go_to(min(start + 1, rows - 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = Qt.Key(event.key())
        if not index.isValid() or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        row = index.row()
        check = self.checklist.check(row)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.note_asked.emit(check.id)
        elif key in _OUTCOME_KEYS:
            refusal = self._outcome_refusal(row)
            if refusal:
                self.refused.emit(refusal)
                return
            self._answer(check.id, _OUTCOME_KEYS[key].value)
        elif key in _OPTION_KEYS:
            options = options_of(check)
            number = _OPTION_KEYS[key]
            if number > len(options):
                self.refused.emit(self._option_refusal(row, number))
                return
            previous = self.checklist.observation(check.id)
            note = previous.get("note", "") if isinstance(previous, dict) else ""
            self._answer(check.id, {"value": options[number - 1], "note": note})
        else:
            super().keyPressEvent(event)

    def _outcome_refusal(self, row: int) -> str:
        """Why P, F or N does nothing on this row ("" when it answers)."""
        check = self.checklist.check(row)
        name = check.label(self.checklist.language)
        if check.options:  # the cosmetic grade: a grade is seen, not passed or failed
            return (
                self.tr("Answer “%1” with a number: %2.")
                .replace("%1", name)
                .replace("%2", numbered_options(check, self.checklist.language))
            )
        if not self.checklist.answerable(row):
            return self._decided(name)
        return ""

    def _option_refusal(self, row: int, number: int) -> str:
        check = self.checklist.check(row)
        name = check.label(self.checklist.language)
        if options_of(check):
            return (
                self.tr("“%1” has no option %2. Its options: %3.")
                .replace("%1", name)
                .replace("%2", str(number))
                .replace("%3", numbered_options(check, self.checklist.language))
            )
        if not self.checklist.answerable(row):
            return self._decided(name)
        return self.tr("“%1” has no options: answer it with P, F or N.").replace("%1", name)

    def _decided(self, name: str) -> str:
        return self.tr("“%1” is decided by the phone's reading or the order's dates.").replace(
            "%1", name
        )

    def _answer(self, check_id: str, observation: Any) -> None:
        self.answered.emit(check_id, observation)
        self.next_waiting()


class GradePreview(QFrame):
    """The grade the audit has now, the rule that set it, and what is left to test."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("gradePreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grade = QLabel()
        self.grade.setObjectName("gradeLabel")
        self.grade.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Grade so far"))
        title.setStyleSheet("color: #5b6b7b;")
        layout.addWidget(title)
        layout.addWidget(self.grade)
        layout.addWidget(self.rule)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.show_result(None)

    def show_result(
        self, result: GradeResult | None, catalog: Catalog | None = None, reviewing: bool = True
    ) -> None:
        """``reviewing``: the audit still waits for a decision (a finalised one is not
        called "ready for review")."""
        if result is None:
            self.grade.setText("—")
            self.grade.setStyleSheet("font-size: 20px; padding: 10px;")
            self.rule.setText(self.tr("Open an order to start its audit."))
            self.progress.setText("")
            return
        catalog = catalog or Catalog.of("en")
        grade = result.grade.value
        # The rule and the counts in the window's language, worded as the review page
        # and the seller's report word them (a rule's own words are English).
        wording = grade_wording(result, catalog, reviewing)
        self.grade.setText(wording.grade)
        self.grade.setStyleSheet(
            f"font-size: 20px; font-weight: bold; color: white; padding: 10px;"
            f"background: {GRADE_COLOURS[grade]}; border-radius: 4px;"
        )
        self.rule.setText(wording.set_by)
        self.progress.setText(wording.progress)
