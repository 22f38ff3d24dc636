"""Holds for special tickets: who decided a held scan, and what (issue 21, part 4).

``scans.decision`` ("confirmed" / "refused"), ``scans.decided_at`` and
``scans.decided_by`` (the desk), all nullable: a scan that was never held has
none; a held scan has verdict "hold" until a door person decides, then
"admit" or "deny" with these set. Plain nullable columns: no rewrite of the table.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from passdesk.store.types import UtcDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_COLUMNS = ("decision", "decided_at", "decided_by")


def upgrade() -> None:
    op.add_column("scans", sa.Column("decision", sa.String(length=16), nullable=True))
    op.add_column("scans", sa.Column("decided_at", UtcDateTime(), nullable=True))
    op.add_column("scans", sa.Column("decided_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), as 0012 and 0014: no batch rebuild of the table.
    for column in reversed(_COLUMNS):
        op.execute(f"ALTER TABLE scans DROP COLUMN {column}")
