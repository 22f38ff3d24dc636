"""Passes list: status and device indexes ordered by creation time.

Neither a status nor a device filter had an index of its own: the list
walked every pass newest first and checked each one. A value few passes
have ("nullified", or a device no pass pulled lately has) found its
screenful only at the end of the walk: 250-300 ms at a million passes, more
while a pull wrote. (status, created_at) and (device_type, created_at) hand
those matches over in list order, as 0005's pairs do for template, event and
group; ``store/list_plan.py`` picks the rarest filtered value's pair.

Every index costs every row a pull writes. In ``bench_sync.py`` (100,000
passes) the status pair took the pull's upsert from 20,800-21,800 to
18,600-19,400 rows a second, both pairs to 16,500-16,900; the whole pull
went from 5,800-5,900 to 5,400-5,500 passes a second. The lists are what a
person waits on; the pull runs behind them.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_passes_status_created", "passes", ["status", "created_at"])
    op.create_index("ix_passes_device_created", "passes", ["device_type", "created_at"])
    op.execute("ANALYZE passes")


def downgrade() -> None:
    op.drop_index("ix_passes_status_created", "passes")
    op.drop_index("ix_passes_device_created", "passes")
