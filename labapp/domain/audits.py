"""The audit record and its workflow: draft → awaiting review → finalised → sent.

A finalised audit is never edited in place: a correction is an amendment, a
new audit that names the one it corrects, which stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from labapp.domain.errors import InvalidInput, Words, WrongState, words

if TYPE_CHECKING:
    from labapp.domain.grading import GradeResult


class AuditState(StrEnum):
    DRAFT = "draft"
    AWAITING_REVIEW = "awaiting_review"
    FINALISED = "finalised"
    SENT = "sent"


@dataclass(frozen=True)
class EvidenceItem:
    kind: str  # photo or device_reading
    sha256: str
    check_id: str | None = None
    media_type: str = ""
    original_name: str = ""
    caption: str = ""
    size_bytes: int = 0


@dataclass
class AuditRecord:
    order_ref: str
    seller_ref: str
    protocol_id: str
    protocol_version: int
    policy_id: str
    policy_version: int
    audited_at: datetime
    technician: str
    # The audit case (labapp.audit-case/1) the grade is computed from.
    case_document: dict[str, Any]
    result: GradeResult
    state: AuditState = AuditState.DRAFT
    id: int | None = None
    reviewer: str | None = None
    improvement_advice: str = ""
    amends_audit_id: int | None = None
    submitted_at: datetime | None = None
    finalised_at: datetime | None = None
    sent_at: datetime | None = None
    evidence: tuple[EvidenceItem, ...] = field(default_factory=tuple)
    # Optimistic locking: the stored version this record was read at (each save makes
    # the next), and who made the change being saved.
    version: int = 1
    changed_by: str | None = None

    def _require(self, *states: AuditState, action: Words) -> None:
        if self.state in states:
            return
        if len(states) == 1:
            raise WrongState(
                "audit {audit} is {state}; {action} needs it {allowed}",
                audit=self.id,
                state=self.state,
                action=action,
                allowed=states[0],
            )
        allowed, other = states  # no action is allowed in more than two states
        raise WrongState(
            "audit {audit} is {state}; {action} needs it {allowed} or {other}",
            audit=self.id,
            state=self.state,
            action=action,
            allowed=allowed,
            other=other,
        )

    def regrade(self, case_document: dict[str, Any], result: GradeResult) -> None:
        self._require(
            AuditState.DRAFT, AuditState.AWAITING_REVIEW, action=words("changing a check")
        )
        self.case_document = case_document
        self.result = result

    def submit(self, at: datetime) -> None:
        self._require(AuditState.DRAFT, action=words("submitting for review"))
        self.state, self.submitted_at = AuditState.AWAITING_REVIEW, at

    def send_back(self) -> None:
        self._require(AuditState.AWAITING_REVIEW, action=words("sending back to the bench"))
        self.state = AuditState.DRAFT

    def finalise(self, reviewer: str, at: datetime) -> None:
        self._require(AuditState.DRAFT, AuditState.AWAITING_REVIEW, action=words("finalising"))
        if not self.result.complete:
            raise InvalidInput(
                "audit {audit} cannot be finalised: not yet tested: {missing}",
                audit=self.id,
                missing=", ".join(self.result.missing),
            )
        self.state, self.reviewer, self.finalised_at = AuditState.FINALISED, reviewer, at
        self.submitted_at = self.submitted_at or at

    def mark_sent(self, at: datetime) -> None:
        self._require(AuditState.FINALISED, action=words("marking as sent"))
        self.state, self.sent_at = AuditState.SENT, at

    def set_advice(self, text: str) -> None:
        self._require(
            AuditState.DRAFT, AuditState.AWAITING_REVIEW, action=words("editing the advice")
        )
        self.improvement_advice = text

    def add_evidence(self, item: EvidenceItem) -> None:
        self._require(AuditState.DRAFT, AuditState.AWAITING_REVIEW, action=words("adding evidence"))
        if item not in self.evidence:
            self.evidence = (*self.evidence, item)
