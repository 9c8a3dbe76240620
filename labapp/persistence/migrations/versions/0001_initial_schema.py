"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lab_settings',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_lab_settings'))
    )
    op.create_table('lab_users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lab_users')),
    sa.UniqueConstraint('name', name=op.f('uq_lab_users_name'))
    )
    op.create_table('sellers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('marketplace_ref', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sellers')),
    sa.UniqueConstraint('marketplace_ref', name=op.f('uq_sellers_marketplace_ref'))
    )
    op.create_table('mystery_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_ref', sa.String(length=64), nullable=False),
    sa.Column('seller_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('listing_model', sa.String(length=120), nullable=False),
    sa.Column('listing_storage_gb', sa.Integer(), nullable=False),
    sa.Column('listing_colour', sa.String(length=60), nullable=False),
    sa.Column('listing_grade', sa.String(length=20), nullable=False),
    sa.Column('price', sa.Numeric(precision=10, scale=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('premium_battery', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('ordered_at_utc', sa.DateTime(), nullable=False),
    sa.Column('ordered_at_offset_min', sa.SmallInteger(), nullable=False),
    sa.Column('shipped_at_utc', sa.DateTime(), nullable=True),
    sa.Column('shipped_at_offset_min', sa.SmallInteger(), nullable=True),
    sa.Column('carrier', sa.String(length=60), nullable=True),
    sa.Column('tracking_number', sa.String(length=60), nullable=True),
    sa.Column('tracking_entered_at_utc', sa.DateTime(), nullable=True),
    sa.Column('tracking_entered_at_offset_min', sa.SmallInteger(), nullable=True),
    sa.Column('delivered_at_utc', sa.DateTime(), nullable=True),
    sa.Column('delivered_at_offset_min', sa.SmallInteger(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['seller_id'], ['sellers.id'], name=op.f('fk_mystery_orders_seller_id_sellers'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mystery_orders')),
    sa.UniqueConstraint('order_ref', name=op.f('uq_mystery_orders_order_ref'))
    )
    with op.batch_alter_table('mystery_orders', schema=None) as batch_op:
        batch_op.create_index('ix_mystery_orders_ordered_at_utc', ['ordered_at_utc'], unique=False)
        batch_op.create_index('ix_mystery_orders_seller_ordered', ['seller_id', 'ordered_at_utc'], unique=False)
        batch_op.create_index('ix_mystery_orders_status_ordered', ['status', 'ordered_at_utc'], unique=False)
        batch_op.create_index('ix_mystery_orders_tracking_number', ['tracking_number'], unique=False)

    op.create_table('receptions',
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('received_at_utc', sa.DateTime(), nullable=False),
    sa.Column('received_at_offset_min', sa.SmallInteger(), nullable=False),
    sa.Column('received_by_id', sa.Integer(), nullable=False),
    sa.Column('parcel_condition', sa.String(length=20), nullable=False),
    sa.Column('invoice_present', sa.Boolean(), nullable=False),
    sa.Column('accessories', sa.Text(), nullable=False),
    sa.Column('extra_fees_amount', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('extra_fees_currency', sa.String(length=3), nullable=True),
    sa.Column('extra_fees_note', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['mystery_orders.id'], name=op.f('fk_receptions_order_id_mystery_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['received_by_id'], ['lab_users.id'], name=op.f('fk_receptions_received_by_id_lab_users'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('order_id', name=op.f('pk_receptions'))
    )


def downgrade() -> None:
    op.drop_table('receptions')
    with op.batch_alter_table('mystery_orders', schema=None) as batch_op:
        batch_op.drop_index('ix_mystery_orders_tracking_number')
        batch_op.drop_index('ix_mystery_orders_status_ordered')
        batch_op.drop_index('ix_mystery_orders_seller_ordered')
        batch_op.drop_index('ix_mystery_orders_ordered_at_utc')

    op.drop_table('mystery_orders')
    op.drop_table('sellers')
    op.drop_table('lab_users')
    op.drop_table('lab_settings')
