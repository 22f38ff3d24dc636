"""Loyalty till: what each operation was for, and when a balance was read.

``loyalty_operations`` gains the till's action (earn, add, redeem, set,
scan), the amount spent (exact decimal text), the balance the customer was
told and a (desk, time) index for a shift's list. ``passes`` gains the time
its loyalty balance was last read from the API, so the till can say how old
the balance it shows is. Adding nullable columns is instant on both databases.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from passdesk.store.types import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("loyalty_operations", sa.Column("action", sa.String(16), nullable=True))
    op.add_column("loyalty_operations", sa.Column("spent", sa.String(32), nullable=True))
    op.add_column("loyalty_operations", sa.Column("balance_after", sa.Integer(), nullable=True))
    op.create_index("ix_loyalty_operations_desk_created_at", "loyalty_operations",
                    ["desk", "created_at"])
    op.add_column("passes", sa.Column("loyalty_read_at", UtcDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("passes") as batch:
        batch.drop_column("loyalty_read_at")
    op.drop_index("ix_loyalty_operations_desk_created_at", "loyalty_operations")
    with op.batch_alter_table("loyalty_operations") as batch:
        batch.drop_column("balance_after")
        batch.drop_column("spent")
        batch.drop_column("action")
