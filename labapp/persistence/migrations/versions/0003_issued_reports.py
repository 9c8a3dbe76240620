"""issued reports

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('issued_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('audit_id', sa.Integer(), nullable=False),
    sa.Column('report_number', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('format', sa.String(length=10), nullable=False),
    sa.Column('draft', sa.Boolean(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.String(length=80), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('verification_code', sa.String(length=32), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['audits.id'], name=op.f('fk_issued_reports_audit_id_audits'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_reports'))
    )
    with op.batch_alter_table('issued_reports', schema=None) as batch_op:
        batch_op.create_index('ix_issued_reports_audit_id', ['audit_id'], unique=False)
        batch_op.create_index('ix_issued_reports_file_sha256', ['file_sha256'], unique=False)
        batch_op.create_index('ix_issued_reports_verification_code', ['verification_code'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('issued_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_issued_reports_verification_code')
        batch_op.drop_index('ix_issued_reports_file_sha256')
        batch_op.drop_index('ix_issued_reports_audit_id')

    op.drop_table('issued_reports')
