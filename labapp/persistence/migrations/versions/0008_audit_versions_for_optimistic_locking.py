"""audit versions for optimistic locking

Two stations editing the same audit must never overwrite each other in silence:
each save names the version it read and adds one; a save that finds another version
is refused with who changed the audit and when.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 05:35:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audits") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch.add_column(sa.Column("changed_by", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audits") as batch:
        batch.drop_column("changed_by")
        batch.drop_column("version")
