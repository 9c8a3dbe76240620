"""Review: an auditor reads a finished audit, its grade and the rules that set it, edits
the advice to the seller, then sends it back, finalises or amends it, and issues the
seller's report (PDF in the seller's language, or the workbook)."""

from __future__ import annotations

import tempfile
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from labapp.bootstrap import Lab
from labapp.domain.audits import AuditState
from labapp.domain.errors import ChangedElsewhere
from labapp.domain.permissions import Action
from labapp.reports.i18n import Catalog
from labapp.services.audits import AuditView
from labapp.services.ports import AuditSummary
from labapp.ui.checklist import GradePreview
from labapp.ui.checklist_model import ChecklistModel, audit_state_label
from labapp.ui.grade_wording import rule_explanation
from labapp.ui.language import window_language
from labapp.ui.messages import show_error
from labapp.ui.session import BenchSession
from labapp.ui.tasks import TaskRunner

# Each language named in itself, as a seller would look for it.
REPORT_LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "de": "Deutsch",
    "it": "Italiano",
}


class ReviewPage(QWidget):
    sent_back = Signal(int)  # the audit goes back to the bench
    amended = Signal(int)  # the new draft's id

    def __init__(self, lab: Lab, runner: TaskRunner, session: BenchSession) -> None:
        super().__init__()
        self._lab, self._runner, self._session = lab, runner, session
        self.audit: AuditView | None = None
        self._build()
        self._connect_signals()
        self.refresh_queue()

    def _build(self) -> None:
        self.queue = QListWidget()
        self.queue.setObjectName("reviewQueue")
        queue_box = QWidget()
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(QLabel(self.tr("Awaiting review")))
        queue_layout.addWidget(self.queue, 1)

        self.heading = QLabel(self.tr("Choose an audit awaiting review."))
        self.heading.setObjectName("reviewHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.preview = GradePreview()
        self.rules = QLabel()
        self.rules.setObjectName("rulesFired")
        self.rules.setWordWrap(True)
        # Read from the top, level with the grade box beside it, however many rules fired.
        self.rules.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.checks_model = ChecklistModel(self)
        self.checks = QTableView()
        self.checks.setModel(self.checks_model)
        self.checks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checks.verticalHeader().setVisible(False)
        self.checks.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.checks.setColumnWidth(2, 150)  # "non conforme (critique)", the longest outcome
        self.advice = QPlainTextEdit()
        self.advice.setObjectName("adviceEditor")
        self.advice.setPlaceholderText(self.tr("What the seller should improve, one point a line"))
        self.save_advice = QPushButton(self.tr("Save advice"))
        self.send_back = QPushButton(self.tr("Send back to the bench"))
        self.finalise = QPushButton(self.tr("Finalise"))
        self.finalise.setObjectName("finaliseAudit")
        self.amend = QPushButton(self.tr("Amend…"))
        self.mark_sent = QPushButton(self.tr("Mark as sent"))
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code, name in REPORT_LANGUAGES.items():
            self.language.addItem(name, code)
        self.export_pdf = QPushButton(self.tr("Report PDF…"))
        self.export_pdf.setObjectName("exportPdf")
        self.export_xlsx = QPushButton(self.tr("Workbook…"))
        self.print_report = QPushButton(self.tr("Print…"))

        top = QHBoxLayout()
        top.addWidget(self.rules, 3)
        top.addWidget(self.preview, 1)
        decisions = QHBoxLayout()
        for button in (self.send_back, self.finalise, self.amend, self.mark_sent):
            decisions.addWidget(button)
        decisions.addStretch(1)
        decisions.addWidget(QLabel(self.tr("Seller's language:")))
        for widget in (self.language, self.export_pdf, self.export_xlsx, self.print_report):
            decisions.addWidget(widget)
        advice_row = QHBoxLayout()
        advice_row.addWidget(self.advice, 1)
        advice_row.addWidget(self.save_advice)

        detail = QWidget()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.checks, 3)
        layout.addWidget(QLabel(self.tr("Improvement advice")))
        layout.addLayout(advice_row, 1)
        layout.addLayout(decisions)

        split = QSplitter()
        split.addWidget(queue_box)
        split.addWidget(detail)
        split.setSizes([230, 1000])
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.queue.currentItemChanged.connect(self._on_queue_item_changed)
        self.save_advice.clicked.connect(self._on_save_advice_clicked)
        self.send_back.clicked.connect(lambda: self._decide("send_back"))
        self.finalise.clicked.connect(lambda: self._decide("finalise"))
        self.mark_sent.clicked.connect(lambda: self._decide("mark_sent"))
        self.amend.clicked.connect(self._on_amend_clicked)
        self.export_pdf.clicked.connect(lambda: self._ask_where("pdf"))
        self.export_xlsx.clicked.connect(lambda: self._ask_where("xlsx"))
        self.print_report.clicked.connect(self._on_print_clicked)

    # -- the queue and the audit ----------------------------------------------------

    def refresh_queue(self) -> None:
        catalog = Catalog.of(window_language())

        def landed(summaries: list[AuditSummary]) -> None:
            chosen = self.audit.summary.id if self.audit else None
            self.queue.blockSignals(True)
            self.queue.clear()
            for summary in summaries:
                item = QListWidgetItem(
                    f"{summary.order_ref} · {summary.seller_ref}\n"
                    f"{summary.technician} · {catalog.t(f'grade_{summary.grade}')}"
                )
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                self.queue.addItem(item)
                if summary.id == chosen:
                    self.queue.setCurrentItem(item)
            self.queue.blockSignals(False)

        self._runner.run(
            lambda: list(self._lab.audits.list_audits(state=AuditState.AWAITING_REVIEW)),
            landed,
            self._failed,
        )

    def open_audit(self, audit_id: int) -> None:
        self._runner.run(lambda: self._lab.audits.get(audit_id), self.show_audit, self._failed)

    def show_audit(self, view: AuditView) -> None:
        self.audit = view
        record = view.record
        # The protocol's check names and the grades in the window's language.
        catalog = Catalog.of(window_language())
        self.heading.setText(
            self.tr("Audit %1 · order %2 · seller %3 · %4 · tested by %5")
            .replace("%1", str(view.summary.id))
            .replace("%2", record.order_ref)
            .replace("%3", record.seller_ref)
            .replace("%4", audit_state_label(record.state.value))
            .replace("%5", record.technician)
        )
        self._show_grade(view, catalog)
        self.checks_model.show_audit(view, catalog.language)
        self.advice.setPlainText(record.improvement_advice)
        index = self.language.findData(view.seller_language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        self._update_buttons()

    def _show_grade(self, view: AuditView, catalog: Catalog) -> None:
        result = view.record.result
        reviewing = view.record.state in (AuditState.DRAFT, AuditState.AWAITING_REVIEW)
        self.preview.show_result(result, catalog, reviewing)
        # Rich text: a rule's own words (a rule the catalogs do not know yet) may hold
        # a "<" that must not read as markup.
        fired = [
            "• " + escape(rule_explanation(rule, result.counts, catalog), quote=False)
            for rule in result.rules_fired
        ]
        self.rules.setText(
            "<b>" + self.tr("Rules that set the grade") + "</b><br>"
            + ("<br>".join(fired) if fired else self.tr("none: every check passed"))
        )  # fmt: skip

    def _update_buttons(self) -> None:
        state = self.audit.record.state if self.audit else None
        decide = self._session.may(Action.DECIDE_AUDITS)
        export = self._session.may(Action.EXPORT_REPORTS) and state is not None
        open_states = (AuditState.DRAFT, AuditState.AWAITING_REVIEW)
        self.advice.setReadOnly(not (decide and state in open_states))
        self.save_advice.setEnabled(decide and state in open_states)
        self.send_back.setEnabled(decide and state == AuditState.AWAITING_REVIEW)
        self.finalise.setEnabled(decide and state in open_states)
        self.amend.setEnabled(decide and state in (AuditState.FINALISED, AuditState.SENT))
        self.mark_sent.setEnabled(decide and state == AuditState.FINALISED)
        for button in (self.export_pdf, self.export_xlsx, self.print_report):
            button.setEnabled(export)
            button.setVisible(self._session.may(Action.EXPORT_REPORTS))
        for button in (self.save_advice, self.send_back, self.finalise, self.amend, self.mark_sent):
            button.setVisible(decide)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
        if isinstance(error, ChangedElsewhere) and self.audit is not None:
            # Show what the other station saved, and keep what this auditor typed so
            # they can save it again over the new version, knowingly.
            typed = self.advice.toPlainText()
            audit_id = self.audit.summary.id

            def reloaded(view: AuditView) -> None:
                self.show_audit(view)
                if typed != view.record.improvement_advice:
                    self.advice.setPlainText(typed)

            self._runner.run(
                lambda: self._lab.audits.get(audit_id), reloaded, lambda e: show_error(self, e)
            )

    def _on_queue_item_changed(self, item: QListWidgetItem | None, _: object) -> None:
        if item is not None:
            self.open_audit(int(item.data(Qt.ItemDataRole.UserRole)))

    # -- decisions ------------------------------------------------------------------

    def _after(self, view: AuditView) -> None:
        self.show_audit(view)
        self.refresh_queue()

    def _on_save_advice_clicked(self) -> None:
        if self.audit is None:
            return
        audit_id, text = self.audit.summary.id, self.advice.toPlainText()
        user, seen = self._session.user, self.audit.record.version
        self._runner.run(
            lambda: self._lab.audits.set_advice(audit_id, text, user, seen),
            self._after,
            self._failed,
        )

    def _decide(self, decision: str) -> None:
        if self.audit is None:
            return
        audit_id, reviewer = self.audit.summary.id, self._session.user
        # Decisions are taken on what the auditor saw: the version they read.
        seen = self.audit.record.version
        audits = self._lab.audits
        text = self.advice.toPlainText()
        edited = text != self.audit.record.improvement_advice

        def finalise() -> AuditView:
            # Advice typed but not saved goes into the report with the decision.
            version = seen
            if edited:
                version = audits.set_advice(audit_id, text, reviewer, seen).record.version
            return audits.finalise(audit_id, reviewer, version)

        work = {
            "send_back": lambda: audits.send_back(audit_id, reviewer, seen),
            "finalise": finalise,
            "mark_sent": lambda: audits.mark_sent(audit_id, reviewer, seen),
        }[decision]

        def landed(view: AuditView) -> None:
            self._after(view)
            if decision == "send_back":
                self.sent_back.emit(audit_id)

        self._runner.run(work, landed, self._failed)

    def _on_amend_clicked(self) -> None:
        if self.audit is None:
            return
        audit_id, user = self.audit.summary.id, self._session.user

        def landed(view: AuditView) -> None:
            self._after(view)
            self.amended.emit(view.summary.id)

        self._runner.run(lambda: self._lab.audits.amend(audit_id, user), landed, self._failed)

    # -- reports --------------------------------------------------------------------

    def _ask_where(self, fmt: str) -> None:
        if self.audit is None:
            return
        suggested = f"audit-{self.audit.summary.id}-{self.language.currentData()}.{fmt}"
        kinds = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), suggested, kinds)
        if path:
            self.export_report(Path(path), fmt)

    def export_report(self, path: Path, fmt: str, then_open: bool = False) -> None:
        """Issue the report (a draft until the audit is finalised) to `path`."""
        if self.audit is None:
            return
        audit_id, language, user = (
            self.audit.summary.id,
            self.language.currentData(),
            self._session.user,
        )
        draft = self.audit.record.state not in (AuditState.FINALISED, AuditState.SENT)

        def issue(token: object) -> object:
            return self._lab.reports.issue(audit_id, path, fmt, language, draft, user)

        def landed(report: object) -> None:
            self.heading.setText(
                self.heading.text().split("\n")[0]
                + "\n"
                + self.tr("Report written to %1 (verification code %2)")
                .replace("%1", str(path))
                .replace("%2", getattr(report, "verification_code", ""))
            )
            if then_open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self._runner.run_long(self.tr("Writing the report"), issue, landed, self._failed)

    def _on_print_clicked(self) -> None:
        # Qt's PDF renderer is not in PySide6-Essentials: the report opens in the
        # system's PDF viewer, which prints it as the seller will see it.
        if self.audit is None:
            return
        folder = Path(tempfile.mkdtemp(prefix="labapp-print-"))
        self.export_report(folder / f"audit-{self.audit.summary.id}.pdf", "pdf", then_open=True)
