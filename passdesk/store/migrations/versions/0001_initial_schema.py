"""Initial schema: the API cache, scans, loyalty operations, outbox, sync state.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from passdesk.store.types import Json, UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entities",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("attributes", Json, nullable=False),
        sa.Column("synced_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entities")),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("venue_name", sa.String(length=255), nullable=True),
        sa.Column("start_time", UtcDateTime(), nullable=True),
        sa.Column("end_time", UtcDateTime(), nullable=True),
        sa.Column("time_zone", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("passes_count", sa.Integer(), nullable=True),
        sa.Column("attributes", Json, nullable=False),
        sa.Column("synced_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_start_time"), ["start_time"], unique=False)

    op.create_table(
        "loyalty_operations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("pass_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("desk", sa.String(length=64), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("confirmed_balance", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loyalty_operations")),
    )
    with op.batch_alter_table("loyalty_operations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_loyalty_operations_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_loyalty_operations_pass_id"), ["pass_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_loyalty_operations_state"), ["state"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("order_key", sa.String(length=64), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=True),
        sa.Column("payload", Json, nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("claimed_at", UtcDateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("facts", Json, nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("op_id", name=op.f("uq_outbox_op_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_deliverable", ["state", "next_attempt_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_order_key"), ["order_key"], unique=False)

    op.create_table(
        "pass_templates",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("template_type", sa.String(length=64), nullable=True),
        sa.Column("loyalty_enabled", sa.Boolean(), nullable=False),
        sa.Column("balance_type", sa.String(length=32), nullable=True),
        sa.Column("attributes", Json, nullable=False),
        sa.Column("synced_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pass_templates")),
    )
    op.create_table(
        "passes",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("ext_id", sa.String(length=255), nullable=True),
        sa.Column("nfc_value", sa.String(length=255), nullable=True),
        sa.Column("barcode_value", sa.String(length=1024), nullable=True),
        sa.Column("barcode_type", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=True),
        sa.Column("pass_type", sa.String(length=32), nullable=True),
        sa.Column("device_type", sa.String(length=32), nullable=True),
        sa.Column("group_tag", sa.String(length=255), nullable=True),
        sa.Column("template_id", sa.String(length=64), nullable=True),
        sa.Column("template_name", sa.String(length=255), nullable=True),
        sa.Column("event_id", sa.String(length=64), nullable=True),
        sa.Column("display_name", sa.String(length=255), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=True),
        sa.Column("added_at", UtcDateTime(), nullable=True),
        sa.Column("removed_at", UtcDateTime(), nullable=True),
        sa.Column("deactivated_at", UtcDateTime(), nullable=True),
        sa.Column("expires_at", UtcDateTime(), nullable=True),
        sa.Column("latest_message", sa.Text(), nullable=True),
        sa.Column("download_url", sa.String(length=1024), nullable=True),
        sa.Column("loyalty_balance", sa.Integer(), nullable=True),
        sa.Column("attributes", Json, nullable=False),
        sa.Column("synced_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_passes")),
    )
    with op.batch_alter_table("passes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_passes_barcode_value",
            ["barcode_value"],
            unique=False,
            sqlite_where=sa.text("barcode_value IS NOT NULL"),
            postgresql_where=sa.text("barcode_value IS NOT NULL"),
        )
        batch_op.create_index(batch_op.f("ix_passes_created_at"), ["created_at"], unique=False)
        batch_op.create_index("ix_passes_event_status", ["event_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_passes_ext_id"), ["ext_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_passes_group_tag"), ["group_tag"], unique=False)
        batch_op.create_index(
            "ix_passes_nfc_value",
            ["nfc_value"],
            unique=False,
            sqlite_where=sa.text("nfc_value IS NOT NULL"),
            postgresql_where=sa.text("nfc_value IS NOT NULL"),
        )
        batch_op.create_index("ix_passes_template_status", ["template_id", "status"], unique=False)

    op.create_table(
        "reader_configurations",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("google_collector_id", sa.String(length=64), nullable=True),
        sa.Column("apple_pass_type_id", sa.String(length=255), nullable=True),
        sa.Column("google_key_version", sa.Integer(), nullable=True),
        sa.Column("validation_type", sa.String(length=32), nullable=True),
        sa.Column("validation_url", sa.String(length=1024), nullable=True),
        sa.Column("synced_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reader_configurations")),
    )
    op.create_table(
        "readers",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("reader_type", sa.String(length=32), nullable=True),
        sa.Column("attributes", Json, nullable=False),
        sa.Column("synced_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_readers")),
    )
    op.create_table(
        "scans",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("scanned_at", UtcDateTime(), nullable=False),
        sa.Column("raw_value", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("pass_id", sa.String(length=64), nullable=True),
        sa.Column("event_id", sa.String(length=64), nullable=True),
        sa.Column("desk", sa.String(length=64), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=64), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("undone_at", UtcDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scans")),
    )
    with op.batch_alter_table("scans", schema=None) as batch_op:
        batch_op.create_index("ix_scans_event_verdict", ["event_id", "verdict"], unique=False)
        batch_op.create_index("ix_scans_pass_time", ["pass_id", "scanned_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_scans_scanned_at"), ["scanned_at"], unique=False)

    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", Json, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    with op.batch_alter_table("scans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scans_scanned_at"))
        batch_op.drop_index("ix_scans_pass_time")
        batch_op.drop_index("ix_scans_event_verdict")

    op.drop_table("scans")
    op.drop_table("readers")
    op.drop_table("reader_configurations")
    with op.batch_alter_table("passes", schema=None) as batch_op:
        batch_op.drop_index("ix_passes_template_status")
        batch_op.drop_index("ix_passes_nfc_value")
        batch_op.drop_index(batch_op.f("ix_passes_group_tag"))
        batch_op.drop_index(batch_op.f("ix_passes_ext_id"))
        batch_op.drop_index("ix_passes_event_status")
        batch_op.drop_index(batch_op.f("ix_passes_created_at"))
        batch_op.drop_index("ix_passes_barcode_value")

    op.drop_table("passes")
    op.drop_table("pass_templates")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_order_key"))
        batch_op.drop_index("ix_outbox_deliverable")

    op.drop_table("outbox")
    with op.batch_alter_table("loyalty_operations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loyalty_operations_state"))
        batch_op.drop_index(batch_op.f("ix_loyalty_operations_pass_id"))
        batch_op.drop_index(batch_op.f("ix_loyalty_operations_created_at"))

    op.drop_table("loyalty_operations")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_start_time"))
        batch_op.drop_index(batch_op.f("ix_events_name"))

    op.drop_table("events")
    op.drop_table("entities")
