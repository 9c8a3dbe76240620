"""The database schema as SQLAlchemy 2 typed models.

Times are stored as a naive UTC timestamp plus the offset, in minutes, that the
source gave: the logistics rules read dates and hours in the order's own
offset, and neither SQLite nor PostgreSQL's timestamptz keeps it.
Any change here needs an Alembic revision (tests compare the two).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

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
    Text,
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


class SellerRow(Base):
    __tablename__ = "sellers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    marketplace_ref: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(2))
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime())


class LabUserRow(Base):
    __tablename__ = "lab_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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
    created_at: Mapped[datetime] = mapped_column(DateTime())
    updated_at: Mapped[datetime] = mapped_column(DateTime())

    __table_args__ = (
        Index("ix_mystery_orders_seller_ordered", "seller_id", "ordered_at_utc"),
        Index("ix_mystery_orders_status_ordered", "status", "ordered_at_utc"),
        Index("ix_mystery_orders_ordered_at_utc", "ordered_at_utc"),
        Index("ix_mystery_orders_tracking_number", "tracking_number"),
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
