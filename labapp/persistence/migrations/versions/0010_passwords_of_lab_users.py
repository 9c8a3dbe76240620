"""passwords of lab users

People sign in to a shared (PostgreSQL) lab with a password, kept only as an argon2id
hash. Everyone starts without one: an administrator sets them (labapp user password).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-25 06:58:24
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("lab_users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("lab_users", schema=None) as batch_op:
        batch_op.drop_column("password_hash")
