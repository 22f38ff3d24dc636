"""Template designer: drafts saved on this computer, published through the outbox.

``template_drafts`` keeps each draft's document as the exact text the designer
produced (never re-serialised), the sample values shown in its preview, the
synced template it was opened from, and how publishing it went.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from passdesk.store.types import Json, UtcDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "template_drafts",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("samples", Json, nullable=False),
        sa.Column("source_template_id", sa.String(length=64), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("published_template_id", sa.String(length=64), nullable=True),
        sa.Column("publish_state", sa.String(length=16), nullable=False),
        sa.Column("publish_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_drafts")),
    )
    op.create_index("ix_template_drafts_updated_at", "template_drafts", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_template_drafts_updated_at", "template_drafts")
    op.drop_table("template_drafts")
