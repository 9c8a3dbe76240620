"""The protocol's checklist as a table: one row per check, the technician's answer and
the outcome the grading gives it, refreshed from each saved answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from labapp.domain.audit_inputs import CheckOutcome
from labapp.domain.audits import AuditState
from labapp.domain.grading import CheckResult
from labapp.domain.protocol import CheckKind, CheckSpec, EvidenceKind
from labapp.reports.i18n import Catalog
from labapp.reports.phrases import say
from labapp.services.audits import AuditView
from labapp.ui.table_model import HeadedTableModel

Index = QModelIndex | QPersistentModelIndex
# Checks the technician answers; the others are computed from the order or the phone.
ANSWERED_BY_HAND = (CheckKind.OBSERVATION, CheckKind.CHOICE)
# Computed checks the technician may still give a value for (what the phone cannot say).
VALUE_FROM_THE_BENCH = {"screen_technology": ("OLED", "LCD")}
_OUTCOME_COLOURS = {
    CheckOutcome.PASS: "#dff0e4",
    CheckOutcome.FAIL: "#f6dcd8",
    CheckOutcome.NOT_APPLICABLE: "#eceff3",
}


def options_of(check: CheckSpec) -> tuple[str, ...]:
    return check.options or VALUE_FROM_THE_BENCH.get(check.id, ())


def option_name(option: str, language: str) -> str:
    """An option as the window names it: the protocol's cosmetic grades ("excellent")
    in the marketplace's own words for the window's language ("Parfait état"), as the
    order's heading names the listed grade; OLED and LCD as they are."""
    return option if language == "en" else say(option, Catalog.of(language))


def numbered_options(check: CheckSpec, language: str) -> str:
    """The keys of a check's options: "1 fair, 2 good, 3 excellent, 4 premium"."""
    options = options_of(check)
    return ", ".join(f"{n} {option_name(o, language)}" for n, o in enumerate(options, 1))


def read_from_the_phone(check: CheckSpec) -> bool:
    """A check the phone's reading settles (IMEI, model, battery, locks, parts...)."""
    return check.kind is CheckKind.DEVICE_READING or EvidenceKind.DEVICE_READING in check.evidence


class ChecklistModel(HeadedTableModel):
    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checks: list[CheckSpec] = []
        self._results: dict[str, CheckResult] = {}
        self._observations: dict[str, Any] = {}
        self._photos: dict[str, int] = {}
        self._language = "en"
        # A draft whose phone has not been read yet: its device checks wait for the
        # reading. The grading says "not applicable" for the IMEI then (no IMEI to
        # check) and "not tested" for the others, which would read as settled or as
        # the technician's to answer.
        self._before_reading = False
        self.headers = [
            self.tr("Check"),
            self.tr("Answer"),
            self.tr("Outcome"),
            self.tr("Measured"),
            self.tr("Expected"),
            self.tr("Photos"),
        ]

    def show_audit(self, view: AuditView | None, language: str = "en") -> None:
        """The audit's checks, in protocol order (same rows: only values change)."""
        checks = list(view.protocol.checks) if view else []
        same_rows = [c.id for c in checks] == [c.id for c in self._checks]
        if not same_rows:
            self.beginResetModel()
        self._checks = checks
        self._language = language
        self._before_reading = (
            view is not None
            and view.record.state is AuditState.DRAFT
            and not view.record.case_document.get("device")
        )
        if view is None:
            self._results, self._observations, self._photos = {}, {}, {}
        else:
            self._results = {c.check_id: c for c in view.record.result.checks}
            self._observations = dict(view.record.case_document.get("observations") or {})
            self._photos = {}
            for item in view.record.evidence:
                if item.kind == "photo" and item.check_id:
                    self._photos[item.check_id] = self._photos.get(item.check_id, 0) + 1
        if same_rows:
            if checks:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(checks) - 1, self.COLUMNS - 1)
                )
        else:
            self.endResetModel()

    @property
    def language(self) -> str:
        return self._language

    def check(self, row: int) -> CheckSpec:
        return self._checks[row]

    def row_of(self, check_id: str) -> int | None:
        for row, check in enumerate(self._checks):
            if check.id == check_id:
                return row
        return None

    def result(self, row: int) -> CheckResult | None:
        return self._results.get(self._checks[row].id)

    def needs_answer(self, row: int) -> bool:
        check = self._checks[row]
        result = self._results.get(check.id)
        return result is not None and result.outcome is CheckOutcome.NOT_TESTED

    def waits_for_reading(self, row: int) -> bool:
        """A check the phone will settle, before the phone is read (and not answered by
        hand meanwhile: a value the phone cannot give may be answered)."""
        check = self._checks[row]
        return (
            self._before_reading
            and read_from_the_phone(check)
            and self._observations.get(check.id) is None
        )

    def answerable(self, row: int) -> bool:
        """Whether pass, fail or not applicable may be given by hand: for what the
        technician sees, and for what the phone or order could not settle."""
        check = self._checks[row]
        if check.options:
            return False  # answered with an option's number
        if check.kind in ANSWERED_BY_HAND:
            return True
        result = self._results.get(check.id)
        return (
            result is None
            or result.outcome is CheckOutcome.NOT_TESTED
            or (result.source == "observation")
        )

    def answer_text(self, check: CheckSpec) -> str:
        given = self._observations.get(check.id)
        if given is None:
            return ""  # computed checks say where their outcome came from in the tooltip
        if isinstance(given, str):
            return _outcome_label(CheckOutcome(given))
        parts = []
        if given.get("outcome"):
            parts.append(_outcome_label(CheckOutcome(given["outcome"])))
        if given.get("value") is not None:
            parts.append(option_name(str(given["value"]), self._language))
        if given.get("note"):
            parts.append(f"“{given['note']}”")
        return " · ".join(parts)

    def observation(self, check_id: str) -> Any:
        return self._observations.get(check_id)

    def _said(self, text: str | None) -> str:
        # The check rules say their values in English; another language gets the
        # seller's report's wording of them (a date, "2 jours", "au plus 5 jours").
        if not text or self._language == "en":
            return text or ""
        return say(text, Catalog.of(self._language))

    # -- the table --------------------------------------------------------------

    def row_total(self) -> int:
        return len(self._checks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._checks):
            return None
        check = self._checks[index.row()]
        result = self._results.get(check.id)
        column = index.column()
        waiting = 2 <= column <= 4 and role != Qt.ItemDataRole.UserRole
        if waiting and self.waits_for_reading(index.row()):
            return _waiting(role, column)  # what the grading says now is no outcome yet
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(check, result, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == 2 and result is not None:
            colour = _OUTCOME_COLOURS.get(result.outcome)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return check.advice_in(self._language)
            if result is not None:
                return self._said(result.reason)
        if role == Qt.ItemDataRole.UserRole:
            return check.id
        return None

    def _text(self, check: CheckSpec, result: CheckResult | None, column: int) -> str | None:
        if column == 0:
            return check.label(self._language)
        if column == 1:
            return self.answer_text(check)
        if result is None:
            return None
        if column == 2:
            label = _outcome_label(result.outcome)
            if result.outcome is CheckOutcome.FAIL:
                return f"{label} ({_severity_label(result.severity.value)})"
            return label
        if column == 3:
            return self._said(result.measured)
        if column == 4:
            return self._said(result.expected)
        if column == 5:
            return str(self._photos.get(check.id, "")) or ""
        return None


def _waiting(role: int, column: int) -> str | None:
    """Outcome, measured and expected of a check that waits for the phone's reading."""
    if role == Qt.ItemDataRole.DisplayRole and column == 2:
        return QCoreApplication.translate("outcome", "waiting for the reading")
    if role == Qt.ItemDataRole.ToolTipRole:
        return QCoreApplication.translate(
            "outcome", "Settled by the phone's reading: plug the phone in and press F5."
        )
    return None


def _outcome_label(outcome: CheckOutcome) -> str:
    labels = {
        CheckOutcome.PASS: QCoreApplication.translate("outcome", "pass"),
        CheckOutcome.FAIL: QCoreApplication.translate("outcome", "fail"),
        CheckOutcome.NOT_APPLICABLE: QCoreApplication.translate("outcome", "not applicable"),
        CheckOutcome.NOT_TESTED: QCoreApplication.translate("outcome", "not tested"),
    }
    return labels[outcome]


def _severity_label(severity: str) -> str:
    labels = {
        "minor": QCoreApplication.translate("outcome", "minor"),
        "major": QCoreApplication.translate("outcome", "major"),
        "critical": QCoreApplication.translate("outcome", "critical"),
    }
    return labels.get(severity, severity)


def audit_state_label(state: str) -> str:
    """An audit's state as the bench, the review and the sellers' history name it."""
    labels = {
        "draft": QCoreApplication.translate("audit", "on the bench"),
        "awaiting_review": QCoreApplication.translate("audit", "awaiting review"),
        "finalised": QCoreApplication.translate("audit", "finalised"),
        "sent": QCoreApplication.translate("audit", "sent"),
    }
    return labels.get(state, state)
