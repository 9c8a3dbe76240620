"""append-only event log

Every change to an audit, an order, a seller or a protocol, and every issued report,
becomes an event sealed with the hash of the one before (labapp.domain.events).
The log starts empty: changes made before this version were not recorded.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 05:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at_utc", sa.DateTime(), nullable=False),
        sa.Column("at_offset_min", sa.SmallInteger(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=True),
        sa.Column("after_json", sa.Text(), nullable=True),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_events_hash")),
    )
    op.create_index("ix_events_entity", "events", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_events_entity", table_name="events")
    op.drop_table("events")
