"""audits, check results, evidence and protocol snapshots

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('protocol_snapshots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_protocol_snapshots')),
    sa.UniqueConstraint('sha256', name=op.f('uq_protocol_snapshots_sha256'))
    )
    op.create_table('audits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('protocol_snapshot_id', sa.Integer(), nullable=False),
    sa.Column('policy_snapshot_id', sa.Integer(), nullable=False),
    sa.Column('audited_at_utc', sa.DateTime(), nullable=False),
    sa.Column('audited_at_offset_min', sa.SmallInteger(), nullable=False),
    sa.Column('technician', sa.String(length=80), nullable=False),
    sa.Column('reviewer', sa.String(length=80), nullable=True),
    sa.Column('case_json', sa.Text(), nullable=False),
    sa.Column('result_json', sa.Text(), nullable=False),
    sa.Column('grade', sa.String(length=20), nullable=False),
    sa.Column('base_grade', sa.String(length=20), nullable=False),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('improvement_advice', sa.Text(), nullable=False),
    sa.Column('amends_audit_id', sa.Integer(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['amends_audit_id'], ['audits.id'], name=op.f('fk_audits_amends_audit_id_audits')),
    sa.ForeignKeyConstraint(['order_id'], ['mystery_orders.id'], name=op.f('fk_audits_order_id_mystery_orders'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['policy_snapshot_id'], ['protocol_snapshots.id'], name=op.f('fk_audits_policy_snapshot_id_protocol_snapshots')),
    sa.ForeignKeyConstraint(['protocol_snapshot_id'], ['protocol_snapshots.id'], name=op.f('fk_audits_protocol_snapshot_id_protocol_snapshots')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audits'))
    )
    with op.batch_alter_table('audits', schema=None) as batch_op:
        batch_op.create_index('ix_audits_order_id', ['order_id'], unique=False)
        batch_op.create_index('ix_audits_state_finalised', ['state', 'finalised_at'], unique=False)

    op.create_table('audit_check_results',
    sa.Column('audit_id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.String(length=64), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('severity', sa.String(length=10), nullable=False),
    sa.Column('measured', sa.Text(), nullable=True),
    sa.Column('expected', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['audits.id'], name=op.f('fk_audit_check_results_audit_id_audits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('audit_id', 'check_id', name=op.f('pk_audit_check_results'))
    )
    with op.batch_alter_table('audit_check_results', schema=None) as batch_op:
        batch_op.create_index('ix_audit_check_results_check_outcome', ['check_id', 'outcome'], unique=False)

    op.create_table('evidence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('audit_id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.String(length=64), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('media_type', sa.String(length=80), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['audits.id'], name=op.f('fk_evidence_audit_id_audits'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index('ix_evidence_audit_id', ['audit_id'], unique=False)

    with op.batch_alter_table('mystery_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_stage', sa.String(length=20), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('mystery_orders', schema=None) as batch_op:
        batch_op.drop_column('audit_stage')

    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index('ix_evidence_audit_id')

    op.drop_table('evidence')
    with op.batch_alter_table('audit_check_results', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_check_results_check_outcome')

    op.drop_table('audit_check_results')
    with op.batch_alter_table('audits', schema=None) as batch_op:
        batch_op.drop_index('ix_audits_state_finalised')
        batch_op.drop_index('ix_audits_order_id')

    op.drop_table('audits')
    op.drop_table('protocol_snapshots')
