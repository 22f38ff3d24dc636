"""Live desks: the database says which kinds of data changed, whoever wrote them.

Several desks and the venue hub write one database; each desk shows counters,
lists and balances that must follow within a second or two. Triggers do the
telling, so every writer is covered (another desk, the hub, a sync), and only
committed changes are told:

- SQLite: a counter per topic in ``change_counters``, raised by a row trigger
  on every insert, update and delete; a desk polls the few rows
  (``store/change_feed.py``). SQLite has one writer at a time, so the counter
  row costs no waiting (about 1 µs per written row). A later migration that
  rebuilds one of these tables (SQLite batch mode) must create its triggers again.
- PostgreSQL: a statement trigger that changed rows sends
  ``NOTIFY passdesk_changes, '<topic>'``, delivered at commit to every desk
  that listens. No shared counter row, which would make every door's
  admission wait for the others' commits. The table
  exists there too (one schema for both) and stays empty.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from passdesk.store.topics import Topic

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: Table -> the topic desks hear (``StoreChanged.what``). A snapshot: later
#: migrations add their own tables here, this one stays as it was.
TOPICS = {
    "passes": Topic.PASSES,
    "scans": Topic.SCANS,
    "loyalty_operations": Topic.LOYALTY,
    "events": Topic.EVENTS,
    "readers": Topic.READERS,
    "reader_configurations": Topic.READERS,
    "outbox": Topic.OUTBOX,
    "pass_templates": Topic.TEMPLATES,
}
CHANNEL = "passdesk_changes"
OPERATIONS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    op.create_table(
        "change_counters",
        sa.Column("topic", sa.String(length=32), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("topic", name=op.f("pk_change_counters")),
    )
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        # Only when rows changed: a statement trigger also fires for an UPDATE that
        # matched nothing (a pusher finding no work), which must not wake every desk.
        op.execute(
            "CREATE OR REPLACE FUNCTION passdesk_notify_change() RETURNS trigger "
            "LANGUAGE plpgsql AS $fn$ BEGIN "
            "IF TG_OP = 'DELETE' THEN PERFORM 1 FROM old_rows LIMIT 1; "
            "ELSE PERFORM 1 FROM new_rows LIMIT 1; END IF; "
            f"IF FOUND THEN PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]); END IF; "
            "RETURN NULL; END $fn$")
        for table, topic in TOPICS.items():
            for operation in OPERATIONS:
                rows = "OLD TABLE AS old_rows" if operation == "DELETE" else "NEW TABLE AS new_rows"
                op.execute(
                    f"CREATE TRIGGER passdesk_changed_{operation.lower()} AFTER {operation} "
                    f"ON {table} REFERENCING {rows} FOR EACH STATEMENT "
                    f"EXECUTE FUNCTION passdesk_notify_change('{topic}')")
        return
    for topic in sorted(set(TOPICS.values())):
        op.execute(
            f"INSERT INTO change_counters (topic, version) VALUES ('{topic}', 0)")  # noqa: S608
    for table, topic in TOPICS.items():
        for operation in OPERATIONS:
            op.execute(
                f"CREATE TRIGGER passdesk_changed_{table}_{operation.lower()} "  # noqa: S608
                f"AFTER {operation} ON {table} BEGIN UPDATE change_counters "
                f"SET version = version + 1 WHERE topic = '{topic}'; END")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        for table in TOPICS:
            for operation in OPERATIONS:
                op.execute(f"DROP TRIGGER IF EXISTS passdesk_changed_{operation.lower()} "
                           f"ON {table}")
        op.execute("DROP FUNCTION IF EXISTS passdesk_notify_change()")
    else:
        for table in TOPICS:
            for operation in OPERATIONS:
                op.execute(f"DROP TRIGGER IF EXISTS passdesk_changed_{table}_{operation.lower()}")
    op.drop_table("change_counters")
