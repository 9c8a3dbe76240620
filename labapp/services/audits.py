"""Audits: import a case, record observations and photos, review, finalise, amend.

Every grade is computed again from the audit's stored case with the exact
protocol and policy texts it was first graded with, so a later protocol
version never changes an old audit's grade.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from labapp.domain.audits import AuditRecord, AuditState, EvidenceItem
from labapp.domain.errors import AlreadyExists, ChangedElsewhere, InvalidInput, NotFound, words
from labapp.domain.grading import GradeResult, grade_audit
from labapp.domain.logistics import LogisticsPolicy
from labapp.domain.orders import OrderStatus
from labapp.domain.permissions import Action
from labapp.domain.protocol import AuditProtocol
from labapp.domain.sanctions import SanctionPolicy
from labapp.services.access import AccessGate
from labapp.services.audit_case import AuditCase, parse_case
from labapp.services.business_calendar import HolidayCalendar
from labapp.services.case_facts import device_imei
from labapp.services.case_records import case_document_for, order_for_case, seller_for_case
from labapp.services.evidence_store import EvidenceStore
from labapp.services.orders import Clock, utc_now
from labapp.services.ports import (
    AuditSummary,
    SnapshotText,
    StoredAudit,
    UnitOfWork,
    UnitOfWorkFactory,
)
from labapp.services.protocols import ProtocolLibrary, SourceText, parse_policy, parse_protocol
from labapp.services.recording import audit_facts, changes, record_event

log = logging.getLogger(__name__)

# Times a change that applies to the latest audit is tried again after losing a race.
RACE_RETRIES = 3
# Photos of the parcel at reception are evidence of this check.
PARCEL_CHECK = "packaging_adequate"
PARCEL_CAPTION = "parcel as received"

ORDER_STAGE = {
    AuditState.DRAFT: OrderStatus.ON_BENCH,
    AuditState.AWAITING_REVIEW: OrderStatus.AWAITING_REVIEW,
    AuditState.FINALISED: OrderStatus.FINALISED,
    AuditState.SENT: OrderStatus.SENT,
}


@dataclass(frozen=True)
class AuditView:
    summary: AuditSummary
    record: AuditRecord
    seller_language: str
    # The exact rules the audit was graded with (from its snapshots).
    protocol: AuditProtocol
    policy: SanctionPolicy


def default_advice(result: GradeResult) -> str:
    """The protocol's advice for each failed check, worst first: the auditor's starting text."""
    return "\n".join(f"- {r.advice}" for r in result.recommendations)


def snapshot_of(source: SourceText) -> SnapshotText:
    return SnapshotText(source.kind, source.id, source.version, source.sha256, source.text)


class AuditService:
    def __init__(
        self,
        unit_of_work: UnitOfWorkFactory,
        gate: AccessGate,
        library: ProtocolLibrary,
        calendar: HolidayCalendar,
        logistics: Callable[[], LogisticsPolicy],
        evidence: EvidenceStore,
        clock: Clock = utc_now,
    ) -> None:
        self._uow = unit_of_work
        self._gate = gate
        self._library = library
        self._calendar = calendar
        self._logistics = logistics
        self._evidence = evidence
        self._clock = clock
        self._parsed: dict[str, Any] = {}

    def evidence_path(self, sha256: str) -> Path:
        return self._evidence.path_of(sha256)

    # -- grading -------------------------------------------------------------

    def _rules(
        self, protocol: SnapshotText, policy: SnapshotText
    ) -> tuple[AuditProtocol, SanctionPolicy]:
        if protocol.sha256 not in self._parsed:
            self._parsed[protocol.sha256] = parse_protocol(protocol.text, protocol.source_id)
        if policy.sha256 not in self._parsed:
            self._parsed[policy.sha256] = parse_policy(policy.text, policy.source_id)
        return self._parsed[protocol.sha256], self._parsed[policy.sha256]

    def grade(
        self,
        uow: UnitOfWork,
        case: AuditCase,
        protocol: SnapshotText,
        policy: SnapshotText,
        language: str,
    ) -> GradeResult:
        rules, sanctions = self._rules(protocol, policy)
        previous = [
            *uow.audits.finalised_for_seller(case.seller_ref, case.inputs.audited_at),
            *case.previous_audits,
        ]
        self._calendar.check_country(case.inputs.order.seller_country)
        return grade_audit(
            rules, sanctions, case.inputs, self._calendar, self._logistics(), previous, language
        )

    # -- creating ------------------------------------------------------------

    def import_case(self, case: AuditCase, technician: str | None = None) -> AuditView:
        """A case from a file becomes an audit; ``technician`` defaults to whoever is
        signed in (the trusted local user may name the one who did the work)."""
        technician = self._gate.acting(Action.TEST_AT_BENCH, technician)
        protocol_source = self._library.protocol(case.template_id, case.template_version)[1]
        policy_source = self._library.policy()[1]
        protocol, policy = snapshot_of(protocol_source), snapshot_of(policy_source)
        with self._uow() as uow:
            seller = seller_for_case(uow, case, self._calendar.check_country)
            order_for_case(uow, case)
            existing = [a for a in uow.audits.list(order_ref=case.inputs.order.order_ref)]
            if existing:
                raise AlreadyExists(
                    "order {ref} already has audit {audit}; amend that audit instead",
                    ref=case.inputs.order.order_ref,
                    audit=existing[0].id,
                )
            result = self.grade(uow, case, protocol, policy, seller.language.value)
            record = AuditRecord(
                order_ref=case.inputs.order.order_ref,
                seller_ref=seller.marketplace_ref,
                protocol_id=protocol.source_id,
                protocol_version=protocol.version,
                policy_id=policy.source_id,
                policy_version=policy.version,
                audited_at=case.inputs.audited_at,
                technician=technician,
                case_document=case.document,
                result=result,
                improvement_advice=default_advice(result),
            )
            audit_id = uow.audits.add(record, protocol, policy)
            record_event(
                uow,
                technician,
                "audit",
                audit_id,
                "created",
                None,
                {"order": record.order_ref, **audit_facts(record)},
            )
            uow.audits.set_order_stage(record.order_ref, ORDER_STAGE[record.state])
            uow.orders.set_device_imei(record.order_ref, device_imei(case.document))
            uow.commit()
        log.info(
            "audit %s imported for order %s: %s", audit_id, record.order_ref, result.grade.value
        )
        return self.get(audit_id)

    def start(self, order_ref: str, technician: str) -> AuditView:
        """The bench's audit of a received parcel: a draft whose case holds the order's
        facts and the reception's, with no observation yet. An order already on the
        bench gets its draft back, so scanning the parcel again resumes the work."""
        technician = self._gate.acting(Action.TEST_AT_BENCH, technician)
        protocol_source = self._library.protocol()[1]
        with self._uow() as uow:
            order = uow.orders.get(order_ref)
            if order is None:
                raise NotFound("no order {ref!r}", ref=order_ref)
            existing = list(uow.audits.list(order_ref=order_ref))
            open_ones = [a for a in existing if a.state == AuditState.DRAFT]
            if open_ones:
                return self.get(open_ones[-1].id)
            if existing:
                raise AlreadyExists(
                    "order {ref} already has audit {audit} ({state}); amend that audit instead",
                    ref=order_ref,
                    audit=existing[-1].id,
                    state=existing[-1].state,
                )
            if order.reception is None:
                raise InvalidInput(
                    "order {ref} has not been received: record the parcel first", ref=order_ref
                )
            seller = uow.sellers.get(order.seller_ref)
            assert seller is not None, "an order's seller always exists"
            document = case_document_for(
                order, seller, protocol_source.id, protocol_source.version, self._clock()
            )
            parcel = uow.orders.parcel_photos(order_ref)
        view = self.import_case(parse_case(document, f"order {order_ref}"), technician)
        if not parcel:
            return view
        photos = [replace(p, check_id=PARCEL_CHECK, caption=PARCEL_CAPTION) for p in parcel]

        def take_photos(record: AuditRecord) -> None:
            for photo in photos:
                record.add_evidence(photo)

        return self._change(
            view.summary.id,
            take_photos,
            f"{len(photos)} parcel photo(s) taken as evidence",
            by=technician,
            action=Action.TEST_AT_BENCH,
        )

    def add_parcel_photo(self, order_ref: str, photo: Path) -> Sequence[EvidenceItem]:
        """A photo of the parcel as it arrived; kept with the order, and with its audit
        (packaging check) if the bench has started one. Returns the order's photos."""
        by = self._gate.acting(Action.RECEIVE_PARCELS)
        stored = self._evidence.put(photo)
        item = EvidenceItem(
            "photo", stored.sha256, None, stored.media_type, photo.name, "", stored.size_bytes
        )
        with self._uow(writing=True) as uow:
            uow.orders.add_parcel_photo(order_ref, item)
            record_event(uow, by, "order", order_ref, "parcel photo added", None,
                         {"sha256": item.sha256, "name": item.original_name})  # fmt: skip
            drafts = [
                a for a in uow.audits.list(order_ref=order_ref) if a.state == AuditState.DRAFT
            ]
            uow.commit()
        if drafts:
            evidence = replace(item, check_id=PARCEL_CHECK, caption=PARCEL_CAPTION)
            self._change(
                drafts[-1].id,
                lambda r: r.add_evidence(evidence),
                "parcel photo added",
                by=by,
                action=Action.RECEIVE_PARCELS,
            )
        return self.parcel_photos(order_ref)

    def parcel_photos(self, order_ref: str) -> Sequence[EvidenceItem]:
        with self._uow() as uow:
            return uow.orders.parcel_photos(order_ref)

    # -- reading -------------------------------------------------------------

    def _load(self, uow: UnitOfWork, audit_id: int) -> tuple[AuditRecord, StoredAudit, str]:
        stored = uow.audits.get(audit_id)
        if stored is None:
            raise NotFound("no audit {audit}", audit=audit_id)
        seller = uow.sellers.get(stored.summary.seller_ref)
        language = seller.language.value if seller else "en"
        case = parse_case(stored.case_document, f"audit {audit_id}")
        result = self.grade(uow, case, stored.protocol, stored.policy, language)
        if result.grade.value != stored.result_document["grade"]:
            log.error(
                "audit %s grades %s now but was stored as %s",
                audit_id,
                result.grade.value,
                stored.result_document["grade"],
            )
        record = AuditRecord(
            order_ref=stored.summary.order_ref,
            seller_ref=stored.summary.seller_ref,
            protocol_id=stored.protocol.source_id,
            protocol_version=stored.protocol.version,
            policy_id=stored.policy.source_id,
            policy_version=stored.policy.version,
            audited_at=stored.summary.audited_at,
            case_document=stored.case_document,
            result=result,
            **stored.record_fields,
        )
        return record, stored, language

    def get(self, audit_id: int) -> AuditView:
        with self._uow() as uow:
            record, stored, language = self._load(uow, audit_id)
        protocol, policy = self._rules(stored.protocol, stored.policy)
        return AuditView(stored.summary, record, language, protocol, policy)

    def list_audits(
        self,
        order_ref: str | None = None,
        state: AuditState | None = None,
        limit: int | None = None,
    ) -> Sequence[AuditSummary]:
        with self._uow() as uow:
            return uow.audits.list(order_ref, state, limit)

    # -- changing ------------------------------------------------------------

    def _change(
        self,
        audit_id: int,
        change: Callable[[AuditRecord], None],
        what: str,
        expected_version: int | None = None,
        by: str | None = None,
        edit_case: Callable[[dict[str, Any]], None] | None = None,
        *,
        action: Action,
    ) -> AuditView:
        """Load, change, save in one transaction, if the person signed in may (`action`).

        `expected_version` is the version the person saw: if the audit moved on since,
        ChangedElsewhere says by whom and nothing is written. Without it (a change that
        applies to the latest, such as one check's answer), a save that loses a race to
        another station is tried again on what that station saved. `edit_case` changes
        the audit's inputs, which are then graded again in the same transaction."""
        by = self._gate.acting(action, by)
        for attempt in range(RACE_RETRIES + 1):
            try:
                with self._uow(writing=True) as uow:
                    record, stored, language = self._load(uow, audit_id)
                    if expected_version is not None and record.version != expected_version:
                        raise self._moved_on(record, expected_version)
                    before = audit_facts(record)
                    before_imei = device_imei(record.case_document)
                    if edit_case is not None:
                        document = copy.deepcopy(record.case_document)
                        edit_case(document)
                        case = parse_case(document, f"audit {audit_id}")
                        result = self.grade(uow, case, stored.protocol, stored.policy, language)
                        # Advice nobody has edited follows the grade: the protocol's advice
                        # for what fails now (a bench audit starts with nothing failed).
                        untouched = record.improvement_advice == default_advice(record.result)
                        record.regrade(document, result)
                        if untouched:
                            record.improvement_advice = default_advice(result)
                    change(record)
                    record.changed_by = by
                    uow.audits.save(record)
                    uow.audits.set_order_stage(record.order_ref, ORDER_STAGE[record.state])
                    imei = device_imei(record.case_document)
                    if imei != before_imei:  # a new reading; most changes leave it alone
                        uow.orders.set_device_imei(record.order_ref, imei)
                    old, new = changes(before, audit_facts(record))
                    record_event(uow, by, "audit", audit_id, what, old, new)
                    uow.commit()
                break
            except ChangedElsewhere:
                if expected_version is not None or attempt == RACE_RETRIES:
                    raise
                log.info("audit %s: saved by another station meanwhile; trying again", audit_id)
        log.info("audit %s %s", audit_id, what)
        return self.get(audit_id)

    @staticmethod
    def _moved_on(record: AuditRecord, seen: int) -> ChangedElsewhere:
        who = record.changed_by or words("another station")
        return ChangedElsewhere(
            "audit {audit} was changed by {who} since you opened it "
            "(version {seen}, now {now}); reload it: nothing was overwritten",
            audit=record.id,
            who=who,
            seen=seen,
            now=record.version,
        )

    def observe(
        self,
        audit_id: int,
        check_id: str,
        observation: dict[str, Any] | str,
        by: str | None = None,
        expected_version: int | None = None,
    ) -> AuditView:
        """One check's answer, saved at once and graded again. Two stations answering
        different checks of one audit both keep their answers."""

        def answer(document: dict[str, Any]) -> None:
            document.setdefault("observations", {})[check_id] = observation

        return self._change(
            audit_id,
            lambda _: None,
            f"check {check_id} answered",
            expected_version,
            by,
            edit_case=answer,
            action=Action.TEST_AT_BENCH,
        )

    def record_reading(
        self, audit_id: int, reading: dict[str, Any], by: str | None = None
    ) -> AuditView:
        """A device reading becomes the audit's device input and a piece of its evidence."""
        self._gate.acting(Action.TEST_AT_BENCH, by)
        import hashlib
        import json

        from pydantic import ValidationError

        from labapp.services.device_reading_json import DeviceReadingModel

        try:
            DeviceReadingModel.model_validate(reading)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InvalidInput(
                "the device reading is not valid: {where}: {problem}",
                where=where,
                problem=first["msg"],
            ) from None
        canonical = json.dumps(reading, sort_keys=True, ensure_ascii=False).encode("utf-8")
        item = EvidenceItem(
            "device_reading",
            hashlib.sha256(canonical).hexdigest(),
            None,
            "application/json",
            "device reading",
            "",
            len(canonical),
        )

        def take_reading(document: dict[str, Any]) -> None:
            document["device"] = reading

        return self._change(
            audit_id,
            lambda record: record.add_evidence(item),
            "device reading recorded",
            None,
            by,
            edit_case=take_reading,
            action=Action.TEST_AT_BENCH,
        )

    def submit(
        self, audit_id: int, by: str | None = None, expected_version: int | None = None
    ) -> AuditView:
        now = self._clock()
        return self._change(
            audit_id,
            lambda r: r.submit(now),
            "submitted for review",
            expected_version,
            by,
            action=Action.TEST_AT_BENCH,
        )

    def send_back(
        self, audit_id: int, by: str | None = None, expected_version: int | None = None
    ) -> AuditView:
        return self._change(
            audit_id,
            lambda r: r.send_back(),
            "sent back to the bench",
            expected_version,
            by,
            action=Action.DECIDE_AUDITS,
        )

    def finalise(
        self, audit_id: int, reviewer: str | None = None, expected_version: int | None = None
    ) -> AuditView:
        """``reviewer`` defaults to whoever is signed in."""
        now = self._clock()
        named = self._gate.acting(Action.DECIDE_AUDITS, reviewer)
        return self._change(
            audit_id,
            lambda r: r.finalise(named, now),
            "finalised",
            expected_version,
            named,
            action=Action.DECIDE_AUDITS,
        )

    def mark_sent(
        self, audit_id: int, by: str | None = None, expected_version: int | None = None
    ) -> AuditView:
        now = self._clock()
        return self._change(
            audit_id,
            lambda r: r.mark_sent(now),
            "marked as sent",
            expected_version,
            by,
            action=Action.DECIDE_AUDITS,
        )

    def set_advice(
        self,
        audit_id: int,
        text: str,
        by: str | None = None,
        expected_version: int | None = None,
    ) -> AuditView:
        """The advice as the auditor edited it, over the version they read."""
        return self._change(
            audit_id,
            lambda r: r.set_advice(text),
            "advice edited",
            expected_version,
            by,
            action=Action.DECIDE_AUDITS,
        )

    def attach(
        self, audit_id: int, photo: Path, check_id: str | None, caption: str = ""
    ) -> AuditView:
        self._gate.require(Action.TEST_AT_BENCH)
        stored = self._evidence.put(photo)
        item = EvidenceItem(
            "photo",
            stored.sha256,
            check_id,
            stored.media_type,
            photo.name,
            caption,
            stored.size_bytes,
        )
        if check_id is not None:
            self._library.protocol()[0].check(check_id)
        return self._change(
            audit_id,
            lambda r: r.add_evidence(item),
            f"photo {photo.name} added",
            action=Action.TEST_AT_BENCH,
        )

    def amend(self, audit_id: int, technician: str | None = None) -> AuditView:
        """A new draft audit with the same inputs, correcting a finalised one."""
        technician = self._gate.acting(Action.DECIDE_AUDITS, technician)
        with self._uow() as uow:
            original, stored, _ = self._load(uow, audit_id)
            if original.state not in (AuditState.FINALISED, AuditState.SENT):
                raise InvalidInput(
                    "audit {audit} is {state}: change it "
                    "directly; only finalised audits are amended",
                    audit=audit_id,
                    state=original.state,
                )
            amendment = AuditRecord(
                order_ref=original.order_ref,
                seller_ref=original.seller_ref,
                protocol_id=original.protocol_id,
                protocol_version=original.protocol_version,
                policy_id=original.policy_id,
                policy_version=original.policy_version,
                audited_at=original.audited_at,
                technician=technician,
                case_document=copy.deepcopy(original.case_document),
                result=original.result,
                improvement_advice=original.improvement_advice,
                amends_audit_id=audit_id,
                evidence=original.evidence,
            )
            new_id = uow.audits.add(amendment, stored.protocol, stored.policy)
            record_event(uow, technician, "audit", new_id, "created to amend", None,
                         {"amends": audit_id, **audit_facts(amendment)})  # fmt: skip
            record_event(uow, technician, "audit", audit_id, "amended", None, {"by_audit": new_id})
            uow.audits.set_order_stage(original.order_ref, ORDER_STAGE[AuditState.DRAFT])
            uow.commit()
        log.info("audit %s amends audit %s", new_id, audit_id)
        return self.get(new_id)
