"""Scans logged in PassEntry keep PassEntry's scan id (PASSENTRY-API.md §7.4).

``scans.remote_id`` (nullable, indexed): the ``scanId`` that ``POST /scans/log``
answered for a scan made here. After a lost answer the pusher lists
``GET /scans`` and takes a matching scan only when no local scan already
holds its id, so one scan on PassEntry is never claimed by two local scans;
the pull of PassEntry's scans skips ids held here too.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("scans", sa.Column("remote_id", sa.String(length=64), nullable=True))
    op.create_index("ix_scans_remote_id", "scans", ["remote_id"])


def downgrade() -> None:
    op.drop_index("ix_scans_remote_id", table_name="scans")
    # Plain DROP COLUMN (SQLite 3.35+), as 0012: no batch rebuild of the table.
    op.execute("ALTER TABLE scans DROP COLUMN remote_id")
