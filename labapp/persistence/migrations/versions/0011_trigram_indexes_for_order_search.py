"""trigram indexes for order search on PostgreSQL

The order list's search box finds a part of an order ref, a tracking number, an IMEI or a
seller's ref or name anywhere in the text (ILIKE '%...%'), which a B-tree cannot answer.
pg_trgm's GIN indexes can, for three characters or more. pg_trgm is a trusted extension
(PostgreSQL 13+): the database's owner may create it. Where it cannot be created (an
older server, a role without CREATE on the database), the search still works by scanning,
and this says so in the log. SQLite needs nothing: it scans 50,000 orders in under 50 ms.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-25 07:35:00
"""

import logging

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

INDEXES = (
    ("ix_mystery_orders_order_ref_trgm", "mystery_orders", "order_ref"),
    ("ix_mystery_orders_tracking_number_trgm", "mystery_orders", "tracking_number"),
    ("ix_mystery_orders_device_imei_trgm", "mystery_orders", "device_imei"),
    ("ix_sellers_marketplace_ref_trgm", "sellers", "marketplace_ref"),
    ("ix_sellers_name_trgm", "sellers", "name"),
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as error:
        log.warning(
            "order search will scan: the pg_trgm extension cannot be created (%s)",
            str(error.orig).strip().splitlines()[0],
        )
        return
    for name, table, column in INDEXES:
        bind.execute(
            sa.text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)")
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _, _ in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
