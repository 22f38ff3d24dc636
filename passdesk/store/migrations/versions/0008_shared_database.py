"""Shared venue database: outbox claims with a lease, PostgreSQL's JSON and search.

- ``outbox`` gains ``claimed_by`` and ``claimed_until``: several desks' pushers
  claim rows from one database, each row by one of them, and a claim that
  outlives its lease (the desk died) may be taken over (``store/outbox.py``).
- PostgreSQL: JSON columns become ``json`` instead of ``jsonb``, which keeps
  the text's key order (a synced template exports byte for byte as the API
  sent it; pass fields show in the order the template gives them).
- PostgreSQL: the pass search folds accents ("muller" finds "Müller") and
  splits ext ids at punctuation ("crm-003" is "crm" and "003"), as SQLite's
  FTS5 index does: a GIN index over ``to_tsvector('simple',
  passdesk_search_text(display_name, ext_id))``. ``unaccent`` is a trusted
  extension (the database's owner may create it); where it cannot be created
  the search works without folding accents.

SQLite needs only the two columns (its search and JSON already behave so).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from passdesk.store.types import UtcDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: (table, column) of every JSON column.
JSON_COLUMNS = (
    ("entities", "attributes"), ("pass_templates", "attributes"), ("events", "attributes"),
    ("passes", "attributes"), ("readers", "attributes"), ("outbox", "payload"),
    ("outbox", "facts"), ("sync_state", "value"), ("template_drafts", "samples"),
)
#: Characters that split words in ext ids and names, as FTS5's tokenizer splits them.
PUNCTUATION = "-_./@:+#,;'\"()[]&*!?=|\\~"
SEARCH_INDEX = ("CREATE INDEX ix_passes_search ON passes USING gin "
                "(to_tsvector('simple'::regconfig, passdesk_search_text(display_name, ext_id)))")
OLD_SEARCH_INDEX = (
    "CREATE INDEX ix_passes_search ON passes USING gin (to_tsvector('simple', "
    "coalesce(display_name, '') || ' ' || coalesce(ext_id, '')))")


def _fold_function(connection) -> str:
    """passdesk_fold(text): accents off where unaccent can be had, else unchanged."""
    schema = None
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        savepoint.commit()
        schema = connection.exec_driver_sql(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
            "ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'").scalar()
    except sa.exc.DBAPIError:  # not installed, or not allowed to create it
        savepoint.rollback()
    if schema is None:
        body = "SELECT $1"
    else:
        # Schema-qualified: an index expression is also evaluated with an empty search_path.
        quoted = _quoted(schema)
        body = f"SELECT {quoted}.unaccent('{quoted}.unaccent'::regdictionary, $1)"
    return ("CREATE OR REPLACE FUNCTION passdesk_fold(text) RETURNS text "
            f"LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $fn$ {body} $fn$")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _search_function(schema: str) -> str:
    spaces = " " * len(PUNCTUATION)
    punctuation = PUNCTUATION.replace("'", "''")
    schema = _quoted(schema)
    # Not inlined (SET), so its COST counts: a search with LIMIT would otherwise
    # plan a scan of every row through unaccent instead of the index (0.9 s at 200,000).
    return (
        "CREATE OR REPLACE FUNCTION passdesk_search_text(name text, ext text) RETURNS text "
        f"LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 1000 SET search_path = pg_catalog, {schema} "
        "AS $fn$ SELECT pg_catalog.translate("
        f"{schema}.passdesk_fold(coalesce(name, '') || ' ' || coalesce(ext, '')), "
        f"'{punctuation}', '{spaces}') $fn$")


def upgrade() -> None:
    op.add_column("outbox", sa.Column("claimed_by", sa.String(length=64), nullable=True))
    op.add_column("outbox", sa.Column("claimed_until", UtcDateTime(), nullable=True))
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    types = dict(connection.exec_driver_sql(
        "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema()").all())
    for table, column in JSON_COLUMNS:
        if types.get(f"{table}.{column}") == "jsonb":
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE json "
                       f"USING {column}::json")
    connection.exec_driver_sql(_fold_function(connection))
    schema = connection.exec_driver_sql("SELECT current_schema()").scalar()
    connection.exec_driver_sql(_search_function(schema))
    op.execute("DROP INDEX IF EXISTS ix_passes_search")
    connection.exec_driver_sql(SEARCH_INDEX)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_passes_search")
        connection.exec_driver_sql(OLD_SEARCH_INDEX)
        op.execute("DROP FUNCTION IF EXISTS passdesk_search_text(text, text)")
        op.execute("DROP FUNCTION IF EXISTS passdesk_fold(text)")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
