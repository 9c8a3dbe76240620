"""What the services need from storage, as protocols.

`labapp.persistence` implements them on SQLAlchemy; the unit tests implement
them with dictionaries.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any, Protocol, Self

from labapp.domain.audits import AuditRecord, AuditState, EvidenceItem
from labapp.domain.events import LabEvent, SealedEvent
from labapp.domain.orders import MysteryOrder, OrderStatus
from labapp.domain.sanctions import PreviousAudit
from labapp.domain.sellers import Seller
from labapp.domain.users import LabUser


@dataclass(frozen=True)
class OrderQuery:
    """Filters for the order list; every field narrows, None means any."""

    seller_ref: str | None = None
    status: OrderStatus | None = None
    # Any of these states (the window's "expected" is ordered, shipped or delivered).
    statuses: tuple[OrderStatus, ...] | None = None
    # Matches the order ref, the tracking number, the seller or the IMEI, in part.
    text: str | None = None
    ordered_from: datetime | None = None
    ordered_before: datetime | None = None
    limit: int | None = None
    # Rows to skip, for a window that pages through the list as it scrolls.
    offset: int = 0


@dataclass(frozen=True)
class OrderLine:
    """One row of the order queue: enough to find and pick an order, nothing computed."""

    order_ref: str
    seller_ref: str
    seller_name: str
    listing_model: str
    listing_storage_gb: int
    status: OrderStatus
    ordered_at: datetime
    carrier: str | None
    tracking_number: str | None
    device_imei: str | None


class SellerRepository(Protocol):
    def get(self, marketplace_ref: str) -> Seller | None: ...
    def add(self, seller: Seller) -> None: ...
    def update(self, seller: Seller) -> None: ...
    def list(self) -> Sequence[Seller]: ...


class UserRepository(Protocol):
    def get(self, name: str) -> LabUser | None: ...
    def add(self, user: LabUser) -> None: ...
    def update(self, user: LabUser) -> None: ...  # role and active flag, by name
    def list(self) -> Sequence[LabUser]: ...
    # Passwords are kept apart from LabUser so that a hash never travels with a person.
    def password_hash(self, name: str) -> str | None: ...
    def set_password_hash(self, name: str, password_hash: str | None) -> None: ...
    def anyone_has_a_password(self) -> bool: ...
    def names_with_passwords(self) -> set[str]: ...


class OrderRepository(Protocol):
    def get(self, order_ref: str) -> MysteryOrder | None: ...
    def existing_refs(self, order_refs: Iterable[str]) -> set[str]: ...
    def add(self, order: MysteryOrder) -> None: ...
    def add_many(self, orders: Sequence[MysteryOrder]) -> None: ...
    def save(self, order: MysteryOrder) -> None: ...
    def list(self, query: OrderQuery) -> Sequence[MysteryOrder]: ...
    def count(self) -> int: ...
    def lines(self, query: OrderQuery) -> Sequence[OrderLine]: ...
    def count_matching(self, query: OrderQuery) -> int: ...
    def ref_for_code(self, code: str) -> str | None: ...
    def set_device_imei(self, order_ref: str, imei: str | None) -> None: ...
    def add_parcel_photo(self, order_ref: str, photo: EvidenceItem) -> None: ...
    def parcel_photos(self, order_ref: str) -> Sequence[EvidenceItem]: ...


@dataclass(frozen=True)
class SnapshotText:
    """A protocol or policy file's text as an audit was graded with it."""

    kind: str
    source_id: str
    version: int
    sha256: str
    text: str


@dataclass(frozen=True)
class AuditSummary:
    id: int
    order_ref: str
    seller_ref: str
    state: AuditState
    grade: str
    complete: bool
    audited_at: datetime
    technician: str
    amends_audit_id: int | None
    finalised_at: datetime | None


@dataclass(frozen=True)
class StoredAudit:
    """An audit as stored: its record (graded from its case), the exact rules, the stored grade."""

    summary: AuditSummary
    record_fields: dict[str, Any]
    case_document: dict[str, Any]
    result_document: dict[str, Any]
    protocol: SnapshotText
    policy: SnapshotText


@dataclass(frozen=True)
class IssuedReport:
    audit_id: int
    report_number: str
    language: str
    format: str
    draft: bool
    issued_at: datetime
    issued_by: str
    content_sha256: str
    verification_code: str
    file_sha256: str


@dataclass(frozen=True)
class ExportFilter:
    audited_from: datetime | None = None
    audited_before: datetime | None = None
    seller_ref: str | None = None


class AuditRepository(Protocol):
    def add(self, record: AuditRecord, protocol: SnapshotText, policy: SnapshotText) -> int: ...
    def add_many(
        self, records: Sequence[AuditRecord], protocol: SnapshotText, policy: SnapshotText
    ) -> None: ...
    def get(self, audit_id: int) -> StoredAudit | None: ...
    def save(self, record: AuditRecord) -> None: ...
    def list(
        self,
        order_ref: str | None = None,
        state: AuditState | None = None,
        limit: int | None = None,
    ) -> Sequence[AuditSummary]: ...
    def finalised_for_seller(
        self, seller_ref: str, before: datetime
    ) -> Sequence[PreviousAudit]: ...
    def set_order_stage(self, order_ref: str, stage: OrderStatus | None) -> None: ...
    def add_issued_report(self, report: IssuedReport) -> None: ...
    def export_audits(self, selection: ExportFilter) -> Iterator[tuple[Any, ...]]: ...
    def export_checks(self, selection: ExportFilter) -> Iterator[tuple[Any, ...]]: ...
    def find_issued_report(
        self, file_sha256: str | None = None, verification_code: str | None = None
    ) -> IssuedReport | None: ...


@dataclass(frozen=True)
class TrendWindow:
    """Which finalised audits the trends count; every field narrows, None means any."""

    since: datetime | None = None
    before: datetime | None = None
    seller_ref: str | None = None
    model: str | None = None

    @property
    def everything(self) -> bool:
        return not (self.since or self.before or self.seller_ref or self.model)


class TrendSource(Protocol):
    """Aggregates over finalised audits (see labapp.persistence.trend_queries)."""

    def monthly_grades(self) -> list[tuple[Any, ...]]: ...
    def failures_by_check(self) -> list[tuple[Any, ...]]: ...
    def sellers(self) -> list[tuple[Any, ...]]: ...
    def by_model(self) -> list[tuple[Any, ...]]: ...
    def battery_values(self) -> list[tuple[Any, ...]]: ...
    def late_by_month(self) -> list[tuple[Any, ...]]: ...
    def days_to_ship_and_deliver(self) -> list[tuple[Any, ...]]: ...


class EventLog(Protocol):
    """The append-only, hash-chained record of changes (labapp.domain.events)."""

    def append(self, event: LabEvent) -> SealedEvent: ...
    def append_many(self, events: list[LabEvent]) -> list[SealedEvent]: ...
    def all(self) -> Iterator[SealedEvent]: ...
    def of(self, entity: str, entity_id: str) -> list[SealedEvent]: ...


class SettingsRepository(Protocol):
    def load(self) -> dict[str, str]: ...
    def store(self, name: str, value: str) -> None: ...


class UnitOfWork(Protocol):
    """One transaction: commit() makes everything durable, leaving without it undoes all."""

    @property
    def sellers(self) -> SellerRepository: ...
    @property
    def users(self) -> UserRepository: ...
    @property
    def orders(self) -> OrderRepository: ...
    @property
    def settings(self) -> SettingsRepository: ...
    @property
    def audits(self) -> AuditRepository: ...
    @property
    def events(self) -> EventLog: ...

    def trends(self, window: TrendWindow) -> TrendSource: ...
    def seller_history(self) -> SellerHistorySource: ...
    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def refresh_statistics(self) -> None:
        """After a bulk write, once committed: the database's planner statistics."""


class UnitOfWorkFactory(Protocol):
    # writing=True: the transaction will read then write (load, change, save); SQLite
    # then takes its write lock at the start, so two stations' changes queue instead
    # of the later one failing at its first write.
    def __call__(self, writing: bool = False) -> UnitOfWork: ...


@dataclass(frozen=True)
class SellerStanding:
    """One seller as the sellers page lists it: who, and how the lab's audits went."""

    marketplace_ref: str
    name: str
    country: str
    language: str
    status: str
    audits: int  # every audit, whatever its state
    last_audited_at: datetime | None  # the latest audit, finalised or not
    # The grade of the latest finalised (or sent) audit: the sanction the seller was
    # told; an open audit's grade may still change at review.
    last_grade: str | None
    last_graded_at: datetime | None


@dataclass(frozen=True)
class SellerAuditLine:
    """One audit in a seller's history, newest first."""

    audit_id: int
    order_ref: str
    listing_model: str
    audited_at: datetime
    state: AuditState
    grade: str
    amends_audit_id: int | None

    @property
    def final(self) -> bool:
        return self.state in (AuditState.FINALISED, AuditState.SENT)


class SellerHistorySource(Protocol):
    """Aggregates per seller (see labapp.persistence.seller_queries)."""

    def standings(self, text: str | None = None) -> list[SellerStanding]: ...
    def audits_of(self, seller_ref: str) -> list[SellerAuditLine]: ...
    def audited_models(self) -> list[str]: ...
