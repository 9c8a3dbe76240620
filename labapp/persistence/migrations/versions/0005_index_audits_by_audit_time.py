"""index audits by audit time

Exports and trends walk the audits in audited order, often over a date range; with
this index the export's million check rows come out sorted with no sort step.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 04:28:39.938424
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audits_audited_at", "audits", ["audited_at_utc", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audits_audited_at", table_name="audits")
