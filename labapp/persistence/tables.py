"""The database schema as SQLAlchemy 2 typed models.

Times are stored as a naive UTC timestamp plus the offset, in minutes, that the
source gave: the logistics rules read dates and hours in the order's own
offset, and neither SQLite nor PostgreSQL's timestamptz keeps it.
Any change here needs an Alembic revision (tests compare the two).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import cast

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints so that migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(row_class: type[Base]) -> Table:
    """The Core table of a model, for bulk inserts that skip the ORM's per-row work."""
    return cast(Table, row_class.__table__)


def trigram_indexes(table: str, columns: tuple[str, ...]) -> tuple[Index, ...]:
    """PostgreSQL's pg_trgm GIN indexes for the order search's ILIKE '%...%' (migration
    0011); other databases have none."""
    return tuple(
        Index(
            f"ix_{table}_{column}_trgm",
            column,
            postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        ).ddl_if(dialect="postgresql")
        for column in columns
    )


class SellerRow(Base):
    __tablename__ = "sellers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    marketplace_ref: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime())

    __table_args__ = trigram_indexes("sellers", ("marketplace_ref", "name"))


class LabUserRow(Base):
    __tablename__ = "lab_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # An argon2id hash in its PHC string form ($argon2id$v=19$m=...,t=...,p=...$salt$hash);
    # None for someone who never set a password (an embedded single-bench lab).
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)


class MysteryOrderRow(Base):
    __tablename__ = "mystery_orders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_ref: Mapped[str] = mapped_column(String(64), unique=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(20))

    listing_model: Mapped[str] = mapped_column(String(120))
    listing_storage_gb: Mapped[int] = mapped_column(Integer)
    listing_colour: Mapped[str] = mapped_column(String(60), default="")
    listing_grade: Mapped[str] = mapped_column(String(20))
    price: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    currency: Mapped[str] = mapped_column(String(3))
    premium_battery: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(20))

    ordered_at_utc: Mapped[datetime] = mapped_column(DateTime())
    ordered_at_offset_min: Mapped[int] = mapped_column(SmallInteger)
    shipped_at_utc: Mapped[datetime | None] = mapped_column(DateTime())
    shipped_at_offset_min: Mapped[int | None] = mapped_column(SmallInteger)
    carrier: Mapped[str | None] = mapped_column(String(60))
    tracking_number: Mapped[str | None] = mapped_column(String(60))
    tracking_entered_at_utc: Mapped[datetime | None] = mapped_column(DateTime())
    tracking_entered_at_offset_min: Mapped[int | None] = mapped_column(SmallInteger)
    delivered_at_utc: Mapped[datetime | None] = mapped_column(DateTime())
    delivered_at_offset_min: Mapped[int | None] = mapped_column(SmallInteger)

    notes: Mapped[str] = mapped_column(Text, default="")
    audit_stage: Mapped[str | None] = mapped_column(String(20))
    # The IMEI the bench read from the phone in the parcel: a scanned IMEI finds the order.
    device_imei: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime())
    updated_at: Mapped[datetime] = mapped_column(DateTime())

    __table_args__ = (
        Index("ix_mystery_orders_seller_ordered", "seller_id", "ordered_at_utc"),
        Index("ix_mystery_orders_status_ordered", "status", "ordered_at_utc"),
        Index("ix_mystery_orders_ordered_at_utc", "ordered_at_utc"),
        Index("ix_mystery_orders_tracking_number", "tracking_number"),
        Index("ix_mystery_orders_device_imei", "device_imei"),
        *trigram_indexes("mystery_orders", ("order_ref", "tracking_number", "device_imei")),
    )


class ReceptionRow(Base):
    """The parcel's arrival at the lab: one per order at most."""

    __tablename__ = "receptions"

    order_id: Mapped[int] = mapped_column(
        ForeignKey("mystery_orders.id", ondelete="CASCADE"), primary_key=True
    )
    received_at_utc: Mapped[datetime] = mapped_column(DateTime())
    received_at_offset_min: Mapped[int] = mapped_column(SmallInteger)
    received_by_id: Mapped[int] = mapped_column(ForeignKey("lab_users.id", ondelete="RESTRICT"))
    parcel_condition: Mapped[str] = mapped_column(String(20))
    invoice_present: Mapped[bool] = mapped_column(Boolean)
    # One accessory per line: "charger", "USB-C cable", ...
    accessories: Mapped[str] = mapped_column(Text, default="")
    extra_fees_amount: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    extra_fees_currency: Mapped[str | None] = mapped_column(String(3))
    extra_fees_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class LabSettingRow(Base):
    """Lab-wide settings (cut-off hour, ...), shared by every bench on the database."""

    __tablename__ = "lab_settings"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime())


class ProtocolSnapshotRow(Base):
    """The exact text of a protocol or policy an audit was graded with."""

    __tablename__ = "protocol_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime())


class AuditRow(Base):
    __tablename__ = "audits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("mystery_orders.id", ondelete="RESTRICT"))
    state: Mapped[str] = mapped_column(String(20))
    protocol_snapshot_id: Mapped[int] = mapped_column(ForeignKey("protocol_snapshots.id"))
    policy_snapshot_id: Mapped[int] = mapped_column(ForeignKey("protocol_snapshots.id"))
    audited_at_utc: Mapped[datetime] = mapped_column(DateTime())
    audited_at_offset_min: Mapped[int] = mapped_column(SmallInteger)
    technician: Mapped[str] = mapped_column(String(80))
    reviewer: Mapped[str | None] = mapped_column(String(80))
    case_json: Mapped[str] = mapped_column(Text)
    result_json: Mapped[str] = mapped_column(Text)
    grade: Mapped[str] = mapped_column(String(20))
    base_grade: Mapped[str] = mapped_column(String(20))
    complete: Mapped[bool] = mapped_column(Boolean)
    # Failed checks by severity, kept with the audit so trends count without scanning
    # every check result.
    failed_critical: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    failed_major: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    failed_minor: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    improvement_advice: Mapped[str] = mapped_column(Text, default="")
    # Optimistic locking: every save adds one and must find the version it read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(String(80))
    amends_audit_id: Mapped[int | None] = mapped_column(ForeignKey("audits.id"))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime())
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime())
    sent_at: Mapped[datetime | None] = mapped_column(DateTime())
    created_at: Mapped[datetime] = mapped_column(DateTime())
    updated_at: Mapped[datetime] = mapped_column(DateTime())

    __table_args__ = (
        Index("ix_audits_order_id", "order_id"),
        Index("ix_audits_state_finalised", "state", "finalised_at"),
        # Exports and trends walk audits in audited order, often over a date range.
        Index("ix_audits_audited_at", "audited_at_utc", "id"),
    )


class AuditCheckRow(Base):
    """One check's outcome, kept in columns so trends can count failures by check."""

    __tablename__ = "audit_check_results"

    audit_id: Mapped[int] = mapped_column(
        ForeignKey("audits.id", ondelete="CASCADE"), primary_key=True
    )
    check_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(10))
    measured: Mapped[str | None] = mapped_column(Text)
    expected: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20))

    __table_args__ = (Index("ix_audit_check_results_check_outcome", "check_id", "outcome"),)


class EvidenceRow(Base):
    """A photo or reading attached to an audit; photo bytes live in the evidence folder."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audits.id", ondelete="CASCADE"))
    check_id: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(80), default="")
    original_name: Mapped[str] = mapped_column(String(255), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime())

    __table_args__ = (Index("ix_evidence_audit_id", "audit_id"),)


class ParcelPhotoRow(Base):
    """A photo of the parcel taken at reception, before the order has an audit; the
    audit takes it as evidence of the packaging check when the bench starts."""

    __tablename__ = "parcel_photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("mystery_orders.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(80), default="")
    original_name: Mapped[str] = mapped_column(String(255), default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime())

    __table_args__ = (
        Index("ix_parcel_photos_order_id", "order_id"),
        UniqueConstraint("order_id", "sha256"),
    )


class EventRow(Base):
    """One sealed event of the lab's append-only log (see labapp.domain.events)."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at_utc: Mapped[datetime] = mapped_column(DateTime())
    at_offset_min: Mapped[int] = mapped_column(SmallInteger)
    actor: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(60))
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (Index("ix_events_entity", "entity", "entity_id"),)


class IssuedReportRow(Base):
    """A report handed out: the hash of its content (the printed verification code) and of
    the file, so `labapp verify` can tell an issued report from an altered one."""

    __tablename__ = "issued_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audits.id", ondelete="RESTRICT"))
    report_number: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(2))
    format: Mapped[str] = mapped_column(String(10))
    draft: Mapped[bool] = mapped_column(Boolean)
    issued_at: Mapped[datetime] = mapped_column(DateTime())
    issued_by: Mapped[str] = mapped_column(String(80))
    content_sha256: Mapped[str] = mapped_column(String(64))
    verification_code: Mapped[str] = mapped_column(String(32))
    file_sha256: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_issued_reports_file_sha256", "file_sha256"),
        Index("ix_issued_reports_verification_code", "verification_code"),
        Index("ix_issued_reports_audit_id", "audit_id"),
    )
