"""Insights: running tallies of the scans, kept by triggers (issue 24).

The Insights pane re-reads its figures at every scan, from every desk, the hub
and PassEntry's readers. Counting half a million scans each time took 900 ms;
the tallies hold the same counts in a few thousand rows, kept exact by row
triggers on ``scans`` whoever writes (a door, another desk, the hub, a pull),
including undos, hold decisions and deletes:

- ``scan_tally``: scans per event, five-minute step, desk, reader, verdict
  (``undone`` for an undone scan) and reason, with the latest scan's time.
- ``pass_tally``: per event and pass, its admissions and exits (not undone),
  and whether the pass was the event's own ticket when scanned. A pass held
  inside twice (admissions >= exits + 2) is an offline conflict; passes
  admitted at least once give the no-shows. Partial indexes keep both reads short.

A door's verdict pays two keyed upserts (about 10 µs on SQLite). On PostgreSQL
the rows are per door and per pass, which the verdict holds anyway, so desks
never wait on each other's tally. The step is computed by each dialect from
the stored naive-UTC time: SQLite's text ``YYYY-MM-DD HH:MM:SS.ffffff`` (as
SQLAlchemy writes it) and PostgreSQL's ``timestamp``.

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from passdesk.store.scan_tallies import postgres_triggers, rebuild_sql, sqlite_triggers
from passdesk.store.types import UtcDateTime

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scan_tally",
        sa.Column("event_key", sa.String(64), nullable=False),
        sa.Column("step", UtcDateTime(), nullable=False),
        sa.Column("desk", sa.String(64), nullable=False),
        sa.Column("reader_key", sa.String(64), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(64), nullable=False),
        sa.Column("ticket", sa.SmallInteger(), nullable=False),
        sa.Column("scans", sa.BigInteger(), nullable=False),
        sa.Column("last_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("event_key", "step", "desk", "reader_key", "verdict", "reason",
                                "ticket", name="pk_scan_tally"),
    )
    op.create_index("ix_scan_tally_step", "scan_tally", ["step"])
    op.create_table(
        "pass_tally",
        sa.Column("event_key", sa.String(64), nullable=False),
        sa.Column("pass_id", sa.String(64), nullable=False),
        sa.Column("admissions", sa.Integer(), nullable=False),
        sa.Column("exits", sa.Integer(), nullable=False),
        sa.Column("ticket", sa.SmallInteger(), nullable=False),
        sa.PrimaryKeyConstraint("event_key", "pass_id", name="pk_pass_tally"),
    )
    again = sa.text("admissions >= 2 AND ticket = 1")
    twice = sa.text("admissions >= exits + 2")
    op.create_index("ix_pass_tally_again", "pass_tally", ["event_key", "admissions"],
                    sqlite_where=again, postgresql_where=again)
    op.create_index("ix_pass_tally_conflicts", "pass_tally", ["event_key"],
                    sqlite_where=twice, postgresql_where=twice)
    connection = op.get_bind()
    dialect = connection.dialect.name
    triggers = postgres_triggers() if dialect == "postgresql" else sqlite_triggers()
    for statement in [*triggers, *rebuild_sql(dialect)]:
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS passdesk_tally_scans ON scans")
        op.execute("DROP FUNCTION IF EXISTS passdesk_tally_scans()")
    else:
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS insights_scan_{name}")
    op.drop_table("pass_tally")
    op.drop_table("scan_tally")
