"""failure counts on audits

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audits', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_critical', sa.SmallInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('failed_major', sa.SmallInteger(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('failed_minor', sa.SmallInteger(), server_default='0', nullable=False))
    # Existing audits: count their failed checks once, here.
    for severity in ("critical", "major", "minor"):
        op.execute(
            f"UPDATE audits SET failed_{severity} = (SELECT count(*) FROM audit_check_results r "
            f"WHERE r.audit_id = audits.id AND r.outcome = 'fail' AND r.severity = '{severity}')"
        )


def downgrade() -> None:
    with op.batch_alter_table('audits', schema=None) as batch_op:
        batch_op.drop_column('failed_minor')
        batch_op.drop_column('failed_major')
        batch_op.drop_column('failed_critical')

