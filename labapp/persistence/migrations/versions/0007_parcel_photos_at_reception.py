"""parcel photos at reception

Photos of a parcel taken when it arrives, before the order has an audit; the bench's
audit takes them as evidence of the packaging check.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 05:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parcel_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("media_type", sa.String(length=80), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["mystery_orders.id"],
            name=op.f("fk_parcel_photos_order_id_mystery_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parcel_photos")),
        sa.UniqueConstraint("order_id", "sha256", name=op.f("uq_parcel_photos_order_id_sha256")),
    )
    op.create_index("ix_parcel_photos_order_id", "parcel_photos", ["order_id"])


def downgrade() -> None:
    op.drop_index("ix_parcel_photos_order_id", table_name="parcel_photos")
    op.drop_table("parcel_photos")
