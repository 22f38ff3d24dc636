"""Staff roles, PINs and the audit trail (issue 23).

``staff``: the people who own a PIN (its scrypt hash only) with their wrong
tries and lockout, shared by every desk on the database. ``venue_access``: one
row with the venue's rules for roles, the recovery code's hash and the audit
trail's head. ``audit_entries``: the chained entries (``core.audit_chain``).

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from passdesk.store.types import UtcDateTime

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("pin_hash", sa.String(255), nullable=False),
        sa.Column("failures", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("lockouts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("locked_until", UtcDateTime(), nullable=True),
        sa.Column("changed_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_staff"),
    )
    op.create_table(
        "venue_access",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("door_staff_may_search", sa.Boolean(), server_default=sa.text("false"),
                  nullable=False),
        sa.Column("door_staff_see_names", sa.Boolean(), server_default=sa.text("true"),
                  nullable=False),
        sa.Column("largest_redemption", sa.Integer(), nullable=True),
        sa.Column("largest_change_per_hour", sa.Integer(), nullable=True),
        sa.Column("recovery_hash", sa.String(255), nullable=True),
        sa.Column("audit_seq", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("audit_hash", sa.String(64), server_default=sa.text("'" + "0" * 64 + "'"),
                  nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_venue_access"),
    )
    op.create_table(
        "audit_entries",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("desk", sa.String(255), nullable=False),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("authorised_by", sa.String(80), nullable=True),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_entries"),
    )
    op.create_index("ix_audit_entries_at", "audit_entries", ["at"])
    op.create_index("ix_audit_entries_action", "audit_entries", ["action"])


def downgrade() -> None:
    op.drop_table("audit_entries")
    op.drop_table("venue_access")
    op.drop_table("staff")
