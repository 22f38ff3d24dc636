"""Venue hub: what it has already applied, so a retried delivery changes nothing twice.

``hub_events`` keeps one row per applied webhook delivery (PassEntry, PassSlot)
and per reader request that changed something (a loyalty delta): the key the
sender gave it, or one the hub derives. Inserting the row in the same
transaction as the change makes the change happen once, also with several hub
processes on one PostgreSQL database (the primary key decides, not a check).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from passdesk.store.types import UtcDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_events",
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("pass_id", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("source", "event_id", name=op.f("pk_hub_events")),
    )
    op.create_index("ix_hub_events_received_at", "hub_events", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_hub_events_received_at", table_name="hub_events")
    op.drop_table("hub_events")
