"""Passes list: template, event and group indexes ordered by creation time.

The Passes pane lists newest first. With (template_id, status) a template
filter over a third of a million passes found every match and then sorted
them (150-200 ms before the first row). (template_id, created_at) hands the
matches over already in list order, so the first screenful is read at once;
a status on top is checked row by row along it. The pairs replace the
status pairs and the group tag index rather than join them: a pull writes
every index of every row.

With several filters the planner must know which index is selective (a
group tag is, a template is not); without statistics it guesses and a rare
combination walked a third of the list (100 ms). ``ANALYZE passes`` (0.3 s
at a million rows; pulls refresh it, see ``pass_list.refresh_statistics``)
gives it the numbers.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_passes_template_status", "passes")
    op.drop_index("ix_passes_event_status", "passes")
    op.drop_index("ix_passes_group_tag", "passes")
    op.create_index("ix_passes_template_created", "passes", ["template_id", "created_at"])
    op.create_index("ix_passes_event_created", "passes", ["event_id", "created_at"])
    op.create_index("ix_passes_group_created", "passes", ["group_tag", "created_at"])
    op.execute("ANALYZE passes")


def downgrade() -> None:
    op.drop_index("ix_passes_template_created", "passes")
    op.drop_index("ix_passes_event_created", "passes")
    op.drop_index("ix_passes_group_created", "passes")
    op.create_index("ix_passes_group_tag", "passes", ["group_tag"])
    op.create_index("ix_passes_template_status", "passes", ["template_id", "status"])
    op.create_index("ix_passes_event_status", "passes", ["event_id", "status"])
