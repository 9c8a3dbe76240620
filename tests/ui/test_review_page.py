"""Review as an auditor: the grade and its rules, advice, finalise, the seller's PDF."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from labapp.domain.audits import AuditState
from labapp.domain.users import LabRole
from labapp.services.access import Actor
from labapp.ui.review_page import ReviewPage

from .conftest import signed_in, wait_idle


def open_review(qtbot, lab, runner, role=LabRole.AUDITOR):
    page = ReviewPage(lab, runner, signed_in(lab, role, "Inès Moreau"))
    qtbot.addWidget(page)
    page.resize(1300, 720)
    wait_idle(qtbot, runner)
    return page


def waiting(lab) -> int:
    found = lab.audits.list_audits(state=AuditState.AWAITING_REVIEW)
    if found:
        return found[0].id
    draft = lab.audits.list_audits(state=AuditState.DRAFT)[0]
    view = lab.audits.get(draft.id)
    for check in view.record.result.missing:
        lab.audits.observe(
            draft.id, check, "pass" if check != "cosmetic_grade" else {"value": "premium"}
        )
    lab.audits.submit(draft.id)
    return draft.id


def test_finalise_with_edited_advice_then_export_the_pdf(qtbot, lab, runner, tmp_path):
    audit_id = waiting(lab)
    page = open_review(qtbot, lab, runner)
    assert page.queue.count() >= 1
    page.open_audit(audit_id)
    wait_idle(qtbot, runner)
    assert page.finalise.isEnabled() and not page.amend.isEnabled()
    page.advice.setPlainText("- Check every battery before listing.")
    page.finalise.click()
    wait_idle(qtbot, runner)
    stored = lab.audits.get(audit_id).record
    assert stored.state == AuditState.FINALISED and stored.reviewer == "Inès Moreau"
    assert stored.improvement_advice == "- Check every battery before listing."
    assert page.amend.isEnabled() and not page.finalise.isEnabled()
    page.language.setCurrentIndex(page.language.findData("fr"))
    target = tmp_path / "report.pdf"
    page.export_report(target, "pdf")
    wait_idle(qtbot, runner)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Rapport d'audit" in text or "rapport" in text.lower()
    assert "DRAFT" not in text and "BROUILLON" not in text
    assert "Check every battery" in text


def test_a_quality_manager_reads_but_does_not_decide(qtbot, lab, runner):
    audit_id = waiting(lab)
    page = open_review(qtbot, lab, runner, LabRole.QUALITY_MANAGER)
    page.open_audit(audit_id)
    wait_idle(qtbot, runner)
    assert page.finalise.isHidden() and page.send_back.isHidden()
    assert page.advice.isReadOnly()
    assert not page.export_pdf.isHidden()


def test_send_back_returns_the_audit_to_the_bench(qtbot, lab, runner):
    audit_id = waiting(lab)
    page = open_review(qtbot, lab, runner)
    page.open_audit(audit_id)
    wait_idle(qtbot, runner)
    with qtbot.waitSignal(page.sent_back, timeout=10_000):
        page.send_back.click()
    wait_idle(qtbot, runner)
    assert lab.audits.get(audit_id).record.state == AuditState.DRAFT


def test_a_stale_save_says_who_changed_it_and_keeps_the_typed_advice(qtbot, lab, runner):
    audit_id = waiting(lab)
    page = open_review(qtbot, lab, runner)
    page.open_audit(audit_id)
    wait_idle(qtbot, runner)
    # Another auditor edits the advice at their station meanwhile.
    here = lab.gate.actor
    lab.gate.become(Actor("Léa Dubois", LabRole.AUDITOR))
    lab.audits.set_advice(audit_id, "- from the other station")
    lab.gate.become(here)
    page.advice.setPlainText("- my own advice")
    page.save_advice.click()
    wait_idle(qtbot, runner)
    box = page.findChild(QMessageBox, "errorMessage")
    assert box is not None and "changed by Léa Dubois" in box.text()
    box.close()
    assert lab.audits.get(audit_id).record.improvement_advice == "- from the other station"
    assert page.advice.toPlainText() == "- my own advice"  # kept, to save again knowingly
    page.save_advice.click()
    wait_idle(qtbot, runner)
    assert lab.audits.get(audit_id).record.improvement_advice == "- my own advice"
