"""Audits in the database: the record, its check results in columns, its evidence."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CursorResult, bindparam, insert, literal_column, select, update
from sqlalchemy.orm import Session

from labapp.domain.audits import AuditRecord, AuditState, EvidenceItem
from labapp.domain.errors import ChangedElsewhere, NotFound, words
from labapp.domain.events import LabEvent
from labapp.domain.orders import OrderStatus
from labapp.domain.sanctions import PreviousAudit, parse_grade_name
from labapp.persistence.event_log import SqlEventLog
from labapp.persistence.moments import join_moment, split_moment
from labapp.persistence.repositories import flush_or_explain
from labapp.persistence.tables import (
    AuditCheckRow,
    AuditRow,
    EvidenceRow,
    IssuedReportRow,
    MysteryOrderRow,
    ProtocolSnapshotRow,
    SellerRow,
    table_of,
)
from labapp.services.case_facts import device_imei
from labapp.services.grade_json import grade_document
from labapp.services.ports import (
    AuditSummary,
    ExportFilter,
    IssuedReport,
    SnapshotText,
    StoredAudit,
)

# A protocol or policy file's kind, as a clash on storing it names it.
_SNAPSHOT_KINDS = {"protocol": words("protocol"), "sanction_policy": words("sanction_policy")}


def _naive_utc(moment: datetime | None) -> datetime | None:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment else None


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment else None


def _check_rows(audit_id: int, record: AuditRecord) -> list[dict[str, Any]]:
    return [
        {
            "audit_id": audit_id,
            "check_id": c.check_id,
            "outcome": c.outcome.value,
            "severity": c.severity.value,
            "measured": c.measured,
            "expected": c.expected,
            "reason": c.reason,
            "source": c.source,
        }
        for c in record.result.checks
    ]


class SqlAuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _snapshot_id(self, snapshot: SnapshotText) -> int:
        found = self._session.scalar(
            select(ProtocolSnapshotRow.id).where(ProtocolSnapshotRow.sha256 == snapshot.sha256)
        )
        if found is not None:
            return found
        row = ProtocolSnapshotRow(
            kind=snapshot.kind,
            source_id=snapshot.source_id,
            version=snapshot.version,
            sha256=snapshot.sha256,
            content=snapshot.text,
            created_at=datetime.now(UTC).replace(tzinfo=None),
        )
        self._session.add(row)
        flush_or_explain(
            self._session, _SNAPSHOT_KINDS.get(snapshot.kind, snapshot.kind), snapshot.source_id
        )
        # A protocol or policy version enters the lab's record the first time an audit
        # is graded with it: what it was, exactly (its hash).
        SqlEventLog(self._session).append(
            LabEvent(
                datetime.now(UTC),
                "labapp",
                "protocol" if snapshot.kind == "protocol" else "policy",
                f"{snapshot.source_id}@{snapshot.version}",
                "first used",
                None,
                {"sha256": snapshot.sha256},
            )
        )
        return row.id

    def _order_ids(self, refs: set[str]) -> dict[str, int]:
        rows = self._session.execute(
            select(MysteryOrderRow.order_ref, MysteryOrderRow.id).where(
                MysteryOrderRow.order_ref.in_(refs)
            )
        )
        ids = {ref: ident for ref, ident in rows}
        if missing := refs - ids.keys():
            raise NotFound("no order {refs}", refs=", ".join(sorted(missing)))
        return ids

    def _row_values(self, record: AuditRecord) -> dict[str, Any]:
        audited_utc, audited_offset = split_moment(record.audited_at)
        return {
            "state": record.state.value,
            "audited_at_utc": audited_utc,
            "audited_at_offset_min": audited_offset,
            "technician": record.technician,
            "reviewer": record.reviewer,
            "case_json": json.dumps(record.case_document, ensure_ascii=False, sort_keys=True),
            "result_json": json.dumps(grade_document(record.result), ensure_ascii=False),
            "grade": record.result.grade.value,
            "base_grade": record.result.base_grade.value,
            "complete": record.result.complete,
            "failed_critical": record.result.counts.critical,
            "failed_major": record.result.counts.major,
            "failed_minor": record.result.counts.minor,
            "improvement_advice": record.improvement_advice,
            "amends_audit_id": record.amends_audit_id,
            "submitted_at": _naive_utc(record.submitted_at),
            "finalised_at": _naive_utc(record.finalised_at),
            "sent_at": _naive_utc(record.sent_at),
            "updated_at": datetime.now(UTC).replace(tzinfo=None),
        }

    def add(self, record: AuditRecord, protocol: SnapshotText, policy: SnapshotText) -> int:
        self.add_many([record], protocol, policy)
        assert record.id is not None
        return record.id

    def add_many(
        self, records: Sequence[AuditRecord], protocol: SnapshotText, policy: SnapshotText
    ) -> None:
        protocol_id, policy_id = self._snapshot_id(protocol), self._snapshot_id(policy)
        order_ids = self._order_ids({r.order_ref for r in records})
        now = datetime.now(UTC).replace(tzinfo=None)
        values = [
            {
                "order_id": order_ids[r.order_ref],
                "protocol_snapshot_id": protocol_id,
                "policy_snapshot_id": policy_id,
                "created_at": now,
                **self._row_values(r),
            }
            for r in records
        ]
        # Core inserts on the tables (not the ORM entities, whose bulk path costs
        # per row): one round trip per batch; a demo seed adds thousands.
        table = table_of(AuditRow)
        ids = self._session.scalars(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), values
        ).all()
        checks: list[dict[str, Any]] = []
        for record, audit_id in zip(records, ids, strict=True):
            record.id = audit_id
            checks.extend(_check_rows(audit_id, record))
            self._add_evidence(audit_id, record.evidence)
        if checks:
            self._session.execute(insert(table_of(AuditCheckRow)), checks)
        imeis = [
            {"order": order_ids[r.order_ref], "imei": imei}
            for r in records
            if (imei := device_imei(r.case_document))
        ]
        if imeis:
            orders = table_of(MysteryOrderRow)
            self._session.execute(
                update(orders)
                .where(orders.c.id == bindparam("order"))
                .values(device_imei=bindparam("imei")),
                imeis,
            )

    def _add_evidence(self, audit_id: int, items: Sequence[EvidenceItem]) -> None:
        if not items:
            return
        known = set(
            self._session.scalars(
                select(EvidenceRow.sha256).where(EvidenceRow.audit_id == audit_id)
            )
        )
        now = datetime.now(UTC).replace(tzinfo=None)
        for item in items:
            if item.sha256 not in known:
                self._session.add(
                    EvidenceRow(
                        audit_id=audit_id,
                        check_id=item.check_id,
                        kind=item.kind,
                        sha256=item.sha256,
                        media_type=item.media_type,
                        original_name=item.original_name,
                        caption=item.caption,
                        size_bytes=item.size_bytes,
                        created_at=now,
                    )
                )

    def save(self, record: AuditRecord) -> None:
        if record.id is None:
            raise NotFound("an audit that was never stored cannot be saved")
        # Only from the version it was read at: a station that read an older one gets
        # ChangedElsewhere instead of writing over what the other station saved.
        saved: CursorResult[Any] = self._session.execute(  # type: ignore[assignment]
            update(AuditRow)
            .where(AuditRow.id == record.id, AuditRow.version == record.version)
            .values(
                **self._row_values(record),
                version=AuditRow.version + 1,
                changed_by=record.changed_by,
            )
            .execution_options(synchronize_session=False)
        )
        if saved.rowcount != 1:
            raise self._changed_elsewhere(record.id)
        record.version += 1
        self._session.query(AuditCheckRow).filter(AuditCheckRow.audit_id == record.id).delete()
        self._session.execute(insert(table_of(AuditCheckRow)), _check_rows(record.id, record))
        self._add_evidence(record.id, record.evidence)
        flush_or_explain(self._session, words("audit"), record.id)

    def _changed_elsewhere(self, audit_id: int) -> ChangedElsewhere:
        now = self._session.execute(
            select(AuditRow.version, AuditRow.changed_by, AuditRow.updated_at).where(
                AuditRow.id == audit_id
            )
        ).first()
        if now is None:
            return ChangedElsewhere("audit {audit} was deleted meanwhile", audit=audit_id)
        who = now.changed_by or words("another station")
        when = _aware(now.updated_at)
        if when is None:
            return ChangedElsewhere(
                "audit {audit} was changed by {who} at a moment ago (version {version}); "
                "reload it: nothing was overwritten",
                audit=audit_id,
                who=who,
                version=now.version,
            )
        return ChangedElsewhere(
            "audit {audit} was changed by {who} at {at} (version {version}); "
            "reload it: nothing was overwritten",
            audit=audit_id,
            who=who,
            at=when.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            version=now.version,
        )

    def _summary_select(self) -> Any:
        return (
            select(AuditRow, MysteryOrderRow.order_ref, SellerRow.marketplace_ref)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .join(SellerRow, SellerRow.id == MysteryOrderRow.seller_id)
        )

    @staticmethod
    def _summary(row: AuditRow, order_ref: str, seller_ref: str) -> AuditSummary:
        return AuditSummary(
            id=row.id,
            order_ref=order_ref,
            seller_ref=seller_ref,
            state=AuditState(row.state),
            grade=row.grade,
            complete=row.complete,
            audited_at=join_moment(row.audited_at_utc, row.audited_at_offset_min),
            technician=row.technician,
            amends_audit_id=row.amends_audit_id,
            finalised_at=_aware(row.finalised_at),
        )

    def _snapshot(self, ident: int) -> SnapshotText:
        row = self._session.get(ProtocolSnapshotRow, ident)
        assert row is not None  # a foreign key guarantees it
        return SnapshotText(row.kind, row.source_id, row.version, row.sha256, row.content)

    def get(self, audit_id: int) -> StoredAudit | None:
        found = self._session.execute(self._summary_select().where(AuditRow.id == audit_id)).first()
        if found is None:
            return None
        row, order_ref, seller_ref = found
        evidence = tuple(
            EvidenceItem(
                e.kind, e.sha256, e.check_id, e.media_type, e.original_name, e.caption, e.size_bytes
            )
            for e in self._session.scalars(
                select(EvidenceRow).where(EvidenceRow.audit_id == row.id).order_by(EvidenceRow.id)
            )
        )
        fields = {
            "id": row.id,
            "state": AuditState(row.state),
            "technician": row.technician,
            "reviewer": row.reviewer,
            "improvement_advice": row.improvement_advice,
            "amends_audit_id": row.amends_audit_id,
            "submitted_at": _aware(row.submitted_at),
            "finalised_at": _aware(row.finalised_at),
            "sent_at": _aware(row.sent_at),
            "evidence": evidence,
            "version": row.version,
            "changed_by": row.changed_by,
        }
        return StoredAudit(
            summary=self._summary(row, order_ref, seller_ref),
            record_fields=fields,
            case_document=json.loads(row.case_json),
            result_document=json.loads(row.result_json),
            protocol=self._snapshot(row.protocol_snapshot_id),
            policy=self._snapshot(row.policy_snapshot_id),
        )

    def list(
        self,
        order_ref: str | None = None,
        state: AuditState | None = None,
        limit: int | None = None,
    ) -> Sequence[AuditSummary]:
        statement = self._summary_select()
        if order_ref:
            statement = statement.where(MysteryOrderRow.order_ref == order_ref)
        if state:
            statement = statement.where(AuditRow.state == state.value)
        statement = statement.order_by(AuditRow.audited_at_utc.desc(), AuditRow.id.desc())
        if limit:
            statement = statement.limit(limit)
        return [self._summary(*found) for found in self._session.execute(statement)]

    def finalised_for_seller(self, seller_ref: str, before: datetime) -> Sequence[PreviousAudit]:
        # The seller's orders first (a few dozen), then their audits by order: the state
        # is tested on those rows (+state) so that SQLite does not walk every finalised
        # audit of the lab through the state index instead (200 ms, not 0.3, on 50,000).
        state: Any = AuditRow.state
        if self._session.get_bind().dialect.name == "sqlite":
            state = literal_column("+audits.state")
        rows = self._session.execute(
            select(AuditRow.finalised_at, AuditRow.grade)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .join(SellerRow, SellerRow.id == MysteryOrderRow.seller_id)
            .where(
                SellerRow.marketplace_ref == seller_ref,
                state.in_([AuditState.FINALISED.value, AuditState.SENT.value]),
                AuditRow.finalised_at < _naive_utc(before),
            )
        )
        return [
            PreviousAudit(_aware(at), parse_grade_name(grade))  # type: ignore[arg-type]
            for at, grade in rows
        ]

    def set_order_stage(self, order_ref: str, stage: OrderStatus | None) -> None:
        row = self._session.scalars(
            select(MysteryOrderRow).where(MysteryOrderRow.order_ref == order_ref)
        ).one_or_none()
        if row is None:
            raise NotFound("no order {ref!r}", ref=order_ref)
        row.audit_stage = stage.value if stage else None
        flush_or_explain(self._session, words("order"), order_ref)

    def add_issued_report(self, report: IssuedReport) -> None:
        values = {**report.__dict__, "issued_at": _naive_utc(report.issued_at)}
        self._session.add(IssuedReportRow(**values))
        flush_or_explain(self._session, words("report"), report.report_number)

    def find_issued_report(
        self, file_sha256: str | None = None, verification_code: str | None = None
    ) -> IssuedReport | None:
        statement = select(IssuedReportRow).order_by(IssuedReportRow.id.desc())
        if file_sha256:
            statement = statement.where(IssuedReportRow.file_sha256 == file_sha256)
        elif verification_code:
            statement = statement.where(IssuedReportRow.verification_code == verification_code)
        else:
            return None
        row = self._session.scalars(statement).first()
        if row is None:
            return None
        return IssuedReport(
            audit_id=row.audit_id,
            report_number=row.report_number,
            language=row.language,
            format=row.format,
            draft=row.draft,
            issued_at=_aware(row.issued_at) or row.issued_at,
            issued_by=row.issued_by,
            content_sha256=row.content_sha256,
            verification_code=row.verification_code,
            file_sha256=row.file_sha256,
        )

    # -- exports: rows streamed from the database, never all held in memory -------------

    def _export_filter(self, statement: Any, selection: ExportFilter) -> Any:
        if selection.audited_from:
            statement = statement.where(
                AuditRow.audited_at_utc >= _naive_utc(selection.audited_from)
            )
        if selection.audited_before:
            statement = statement.where(
                AuditRow.audited_at_utc < _naive_utc(selection.audited_before)
            )
        if selection.seller_ref:
            statement = statement.where(SellerRow.marketplace_ref == selection.seller_ref)
        return statement

    def _stream(self, statement: Any, batch: int) -> Iterator[tuple[Any, ...]]:
        # Core rows on the session's connection: the ORM's row loading would double the
        # time of a million-row export and add nothing to plain columns.
        connection = self._session.connection().execution_options(
            stream_results=True, yield_per=batch
        )
        yield from connection.execute(statement)

    def export_audits(self, selection: ExportFilter) -> Iterator[tuple[Any, ...]]:
        statement = (
            select(
                AuditRow.id,
                MysteryOrderRow.order_ref,
                SellerRow.marketplace_ref,
                SellerRow.name,
                SellerRow.country,
                AuditRow.state,
                AuditRow.grade,
                AuditRow.base_grade,
                AuditRow.complete,
                AuditRow.failed_critical,
                AuditRow.failed_major,
                AuditRow.failed_minor,
                AuditRow.audited_at_utc,
                AuditRow.finalised_at,
                AuditRow.technician,
                AuditRow.reviewer,
                MysteryOrderRow.listing_model,
                MysteryOrderRow.listing_grade,
                MysteryOrderRow.price,
                MysteryOrderRow.currency,
            )
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .join(SellerRow, SellerRow.id == MysteryOrderRow.seller_id)
            .order_by(AuditRow.audited_at_utc, AuditRow.id)
        )
        return self._stream(self._export_filter(statement, selection), 2000)

    def export_checks(self, selection: ExportFilter) -> Iterator[tuple[Any, ...]]:
        statement = (
            select(
                AuditRow.id,
                MysteryOrderRow.order_ref,
                SellerRow.marketplace_ref,
                AuditRow.audited_at_utc,
                AuditCheckRow.check_id,
                AuditCheckRow.outcome,
                AuditCheckRow.severity,
                AuditCheckRow.measured,
                AuditCheckRow.expected,
                AuditCheckRow.reason,
                AuditCheckRow.source,
            )
            # Audits first, in audited order (ix_audits_audited_at), then each audit's
            # checks by the primary key: rows come out sorted with no sort step.
            .select_from(AuditRow)
            .join(AuditCheckRow, AuditCheckRow.audit_id == AuditRow.id)
            .join(MysteryOrderRow, MysteryOrderRow.id == AuditRow.order_id)
            .join(SellerRow, SellerRow.id == MysteryOrderRow.seller_id)
            .order_by(AuditRow.audited_at_utc, AuditRow.id, AuditCheckRow.check_id)
        )
        return self._stream(self._export_filter(statement, selection), 5000)
