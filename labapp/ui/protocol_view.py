"""The protocol and sanction policy in use, read-only: what every check asks, how much a
failure weighs, and how failures become a sanction grade.

Everyone may read it (a technician wants to know why a check exists); changing it means
shipping a new version of the file in audit_templates/, never editing it here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.domain.protocol import AuditProtocol, CheckSpec, Condition, Threshold
from labapp.domain.sanctions import SanctionGrade, SanctionPolicy
from labapp.ui.language import day_text, number_text
from labapp.ui.messages import show_error
from labapp.ui.settings_widgets import hint_label
from labapp.ui.table_model import HeadedTableModel
from labapp.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
REPORT_LANGUAGES = ("en", "fr", "es", "de", "it")
# Called by this name with a literal context, so that pyside6-lupdate finds each text.
translate = QCoreApplication.translate


class ReadOnlyRowsModel(HeadedTableModel):
    """A table of ready-made text rows; a tooltip per row when given."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._tips: list[str] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]], tips: Sequence[str] = ()) -> None:
        self.beginResetModel()
        self._rows = [tuple(row) for row in rows]
        self._tips = list(tips)
        self.endResetModel()

    def row(self, number: int) -> tuple[str, ...]:
        return self._rows[number]

    def row_total(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.column() < len(self.headers):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.row() < len(self._tips):
            return self._tips[index.row()] or None
        return None


# -- wording --------------------------------------------------------------------


def grade_label(grade: SanctionGrade | str) -> str:
    labels = {
        "compliant": translate("protocol", "compliant"),
        "advisory": translate("protocol", "advisory"),
        "surveillance": translate("protocol", "surveillance"),
        "sales_limitation": translate("protocol", "sales limitation"),
        "suspension": translate("protocol", "suspension"),
        "deregistration": translate("protocol", "deregistration"),
    }
    return labels.get(str(grade), str(grade))


def severity_label(severity: str) -> str:
    labels = {
        "minor": translate("protocol", "minor"),
        "major": translate("protocol", "major"),
        "critical": translate("protocol", "critical"),
    }
    return labels.get(severity, severity)


def kind_label(kind: str) -> str:
    labels = {
        "order_fact": translate("protocol", "order fact"),
        "device_reading": translate("protocol", "device reading"),
        "measurement": translate("protocol", "measurement"),
        "observation": translate("protocol", "observation"),
        "choice": translate("protocol", "choice"),
    }
    return labels.get(kind, kind)


def _value(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, bool):
        return translate("protocol", "yes") if value else translate("protocol", "no")
    return str(value)


def condition_text(condition: Condition) -> str:
    # Facts keep the names the protocol files use: they are the lab's vocabulary.
    words = {
        "is": translate("protocol", "{fact} is {value}"),
        "is_not": translate("protocol", "{fact} is not {value}"),
        "in": translate("protocol", "{fact} is one of {value}"),
        "at_least": translate("protocol", "{fact} at least {value}"),
        "at_most": translate("protocol", "{fact} at most {value}"),
    }
    return words[condition.operator.value].format(
        fact=condition.fact.value, value=_value(condition.value)
    )


def conditions_text(conditions: Sequence[Condition]) -> str:
    return translate("protocol", " and ").join(condition_text(c) for c in conditions)


def _limits(minimum: float | None, maximum: float | None, unit: str) -> str:
    def number(value: float) -> str:
        return number_text(value) + (f" {unit}" if unit else "")

    parts = []
    if minimum is not None:
        parts.append(f"≥ {number(minimum)}")
    if maximum is not None:
        parts.append(f"≤ {number(maximum)}")
    return translate("protocol", " and ").join(parts)


def threshold_text(threshold: Threshold | None) -> str:
    if threshold is None:
        return ""
    text = _limits(threshold.minimum, threshold.maximum, threshold.unit)
    if threshold.effective_from is not None:
        text += " " + translate("protocol", "(since {day})").format(
            day=day_text(threshold.effective_from)
        )
    for rule in threshold.overrides:
        limits = _limits(rule.minimum, rule.maximum, threshold.unit)
        text += "; " + translate("protocol", "{limits} when {conditions}").format(
            limits=limits, conditions=conditions_text(rule.when)
        )
    return text


def severity_text(check: CheckSpec) -> str:
    text = severity_label(check.severity.value)
    for rule in check.severity_rules:
        text += "; " + translate("protocol", "{severity} when {conditions}").format(
            severity=severity_label(rule.severity.value), conditions=conditions_text(rule.when)
        )
    return text


def check_rows(protocol: AuditProtocol, language: str) -> tuple[list[tuple[str, ...]], list[str]]:
    rows: list[tuple[str, ...]] = []
    tips: list[str] = []
    for section in protocol.sections:
        section_label = section.labels.get(language) or section.labels.get("en", section.id)
        for check in section.checks:
            rows.append(
                (
                    section_label,
                    check.label(language),
                    kind_label(check.kind.value),
                    severity_text(check),
                    threshold_text(check.threshold),
                    conditions_text(check.applies_when) or translate("protocol", "always"),
                )
            )
            tips.append(f"{check.id} · {check.rule}\n{check.advice_in(language)}")
    return rows, tips


def policy_rows(policy: SanctionPolicy) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for rule in policy.base_rules:
        reached = translate("protocol", " and ").join(
            translate("protocol", "at least {count} {severity}").format(
                count=n, severity=severity_label(severity)
            )
            for severity, n in rule.at_least.items()
        )
        rows.append(
            (
                rule.id,
                translate("protocol", "failed checks: {reached}").format(reached=reached),
                grade_label(rule.grade),
            )
        )
    rows.append(
        (
            translate("protocol", "otherwise"),
            translate("protocol", "no rule above matches"),
            grade_label(policy.default_grade),
        )
    )
    if policy.onboarding_floor is not None:
        floor = policy.onboarding_floor
        rows.append(
            (
                translate("protocol", "onboarding floor"),
                translate("protocol", "a seller in onboarding graded {grade}").format(
                    grade=grade_label(floor.when_grade)
                ),
                grade_label(floor.raise_to),
            )
        )
    if policy.repeat_offence is not None:
        repeat = policy.repeat_offence
        rows.append(
            (
                translate("protocol", "repeat offence"),
                translate(
                    "protocol",
                    "last finalised audit within {days} days was {previous} or worse, "
                    "and this one is {grade} or worse",
                ).format(
                    days=repeat.window_days,
                    previous=grade_label(repeat.previous_at_least),
                    grade=grade_label(repeat.applies_at_least),
                ),
                translate("protocol", "%n step(s) up, at most {cap}", None, repeat.steps).format(
                    cap=grade_label(repeat.cap)
                ),
            )
        )
    return rows


# -- the view -------------------------------------------------------------------


def _read_only_table(model: HeadedTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    # Rows as tall as their wrapped text at the columns' final widths (a few dozen rows).
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProtocolView(QWidget):
    """Read-only: the protocol and the sanction policy new audits are graded with."""

    def __init__(self, lab: Lab, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lab, self._runner = lab, runner
        self.checks_model = ReadOnlyRowsModel(
            [
                self.tr("Section"),
                self.tr("Check"),
                self.tr("Kind"),
                self.tr("Severity if failed"),
                self.tr("Threshold"),
                self.tr("Applies when"),
            ],
            self,
        )
        self.rules_model = ReadOnlyRowsModel(
            [self.tr("Rule"), self.tr("When"), self.tr("Grade")], self
        )
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.summary = QLabel(self.tr("Loading the protocol…"))
        self.summary.setObjectName("protocolSummary")
        self.summary.setWordWrap(True)
        note = hint_label(
            self.tr(
                "Read-only. A protocol or policy changes by a new version of its file in "
                "audit_templates; audits keep the version they were graded with."
            )
        )
        self.checks_table = _read_only_table(self.checks_model, "protocolChecks")
        header = self.checks_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 270, 115, 230, 300)):
            self.checks_table.setColumnWidth(column, width)
        self.rules_table = _read_only_table(self.rules_model, "policyRules")
        self.rules_table.setColumnWidth(0, 150)
        self.rules_table.setColumnWidth(1, 660)
        checks_box = QGroupBox(self.tr("Checks"))
        QVBoxLayout(checks_box).addWidget(self.checks_table)
        rules_box = QGroupBox(self.tr("Sanction policy"))
        QVBoxLayout(rules_box).addWidget(self.rules_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(checks_box)
        split.addWidget(rules_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([460, 260])  # the checks are the longer list
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        library = self._lab.library
        # Reading and validating the YAML files is slow the first time: off the GUI thread.
        self._runner.run(
            lambda: (library.protocol()[0], library.policy()[0]),
            self._on_library_loaded,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _on_library_loaded(self, loaded: tuple[AuditProtocol, SanctionPolicy]) -> None:
        protocol, policy = loaded
        language = QLocale().name().split("_")[0]
        if language not in REPORT_LANGUAGES:
            language = "en"
        rows, tips = check_rows(protocol, language)
        self.checks_model.set_rows(rows, tips)
        self.rules_model.set_rows(policy_rows(policy))
        self.summary.setText(
            self.tr(
                "Protocol <b>{protocol}</b>, version {version}: {checks} checks in {sections} "
                "sections. Sanction policy <b>{policy}</b>, version {policy_version}."
            ).format(
                protocol=protocol.id,
                version=protocol.version,
                checks=len(protocol.checks),
                sections=len(protocol.sections),
                policy=policy.id,
                policy_version=policy.version,
            )
        )
