"""device imei on orders

A technician scans the IMEI printed on a phone's box or read from the phone, and the
window jumps to its order: the IMEI from the audit's device reading is kept, indexed,
on the order. Existing audits fill it in from their stored case.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 05:00:00
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("mystery_orders", sa.Column("device_imei", sa.String(length=20), nullable=True))
    op.create_index("ix_mystery_orders_device_imei", "mystery_orders", ["device_imei"])
    connection = op.get_bind()
    found = connection.execute(sa.text("SELECT order_id, case_json FROM audits ORDER BY id"))
    imeis: dict[int, str] = {}
    for order_id, case_json in found:
        try:
            device = json.loads(case_json).get("device") or {}
            imei = (device.get("identity") or {}).get("imei") or []
        except (ValueError, AttributeError):
            continue
        if imei:
            imeis[order_id] = str(imei[0])[:20]
    for order_id, imei in imeis.items():
        connection.execute(
            sa.text("UPDATE mystery_orders SET device_imei = :imei WHERE id = :id"),
            {"imei": imei, "id": order_id},
        )


def downgrade() -> None:
    op.drop_index("ix_mystery_orders_device_imei", table_name="mystery_orders")
    op.drop_column("mystery_orders", "device_imei")
