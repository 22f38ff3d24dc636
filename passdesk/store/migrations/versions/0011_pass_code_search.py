"""Look passes up by the number printed on them: a code key per pass, indexed for parts.

A person at the Door or the Till types a ticket or card number by hand when
a phone's code will not scan: whole or in part ("25vum"), in any case, and
mixing up O and 0, I / l and 1. Each pass gets a *code key*: its barcode
value and ext id, upper case, O as 0, I and L as 1, punctuation left out,
joined by a space ("TKT25VUMKB1RK CRM0001"). ``store/search.py`` keys what
was typed the same way (``code_key``) and looks for it inside the keys.

- SQLite: a contentless trigram FTS5 index over the keys (``passes_fts_code``),
  kept by triggers like ``passes_fts`` (switched off by ``search_control``
  while a full pull bulk-loads; the rebuild fills it again). Any part
  of three characters or more is a phrase of trigrams: with positions
  (``detail=full``) the index itself checks that they follow each other, so no
  key is computed at query time (regular numbers like crm-00012345 make every
  trigram common: without positions, checking candidates took 40-70 ms at
  1,000,000 passes).
- PostgreSQL: a generated column ``search_code`` (computed by PostgreSQL, no
  model, like ``search_tsv``) with a pg_trgm GIN index. Where pg_trgm cannot
  be created the search still works, reading every key.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

#: As store/search.py at this revision (a migration does not follow later code).
CODE_DROP = " -_./\\:#+%"
CODE_SAME = {"O": "0", "I": "1", "L": "1"}
LOWER = "abcdefghijklmnopqrstuvwxyz"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sqlite_key(column: str) -> str:
    expr = f"upper(coalesce({column}, ''))"
    for old, new in CODE_SAME.items():
        expr = f"replace({expr}, '{old}', '{new}')"
    for dropped in CODE_DROP:
        expr = f"replace({expr}, {_literal(dropped)}, '')"
    return expr


def _sqlite_pass_key(row: str) -> str:
    return f"{_sqlite_key(f'{row}.barcode_value')} || ' ' || {_sqlite_key(f'{row}.ext_id')}"


LIVE = "(SELECT live FROM search_control WHERE id = 1)"
SQLITE_UP = [
    """CREATE VIRTUAL TABLE passes_fts_code USING fts5(
        code, content='', detail=full, columnsize=0, tokenize='trigram case_sensitive 1')""",
    f"""CREATE TRIGGER passes_fts_code_insert AFTER INSERT ON passes WHEN {LIVE} BEGIN
        INSERT INTO passes_fts_code(rowid, code) VALUES (new.rowid, {_sqlite_pass_key('new')});
    END""",  # noqa: S608 - constant SQL
    f"""CREATE TRIGGER passes_fts_code_delete AFTER DELETE ON passes WHEN {LIVE} BEGIN
        INSERT INTO passes_fts_code(passes_fts_code, rowid, code)
        VALUES ('delete', old.rowid, {_sqlite_pass_key('old')});
    END""",  # noqa: S608 - constant SQL
    # Only when a code changes: a pull's upsert rewrites every column of every pass.
    f"""CREATE TRIGGER passes_fts_code_update AFTER UPDATE OF barcode_value, ext_id ON passes
    WHEN {LIVE} AND (old.barcode_value IS NOT new.barcode_value
                     OR old.ext_id IS NOT new.ext_id) BEGIN
        INSERT INTO passes_fts_code(passes_fts_code, rowid, code)
        VALUES ('delete', old.rowid, {_sqlite_pass_key('old')});
        INSERT INTO passes_fts_code(rowid, code) VALUES (new.rowid, {_sqlite_pass_key('new')});
    END""",  # noqa: S608 - constant SQL
    # Passes stored before: found by their numbers too.
    f"INSERT INTO passes_fts_code(rowid, code) SELECT rowid, {_sqlite_pass_key('passes')} FROM passes",  # noqa: E501, S608
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS passes_fts_code_update",
    "DROP TRIGGER IF EXISTS passes_fts_code_delete",
    "DROP TRIGGER IF EXISTS passes_fts_code_insert",
    "DROP TABLE IF EXISTS passes_fts_code",
]


def _postgres_key_function() -> str:
    # translate() maps each "from" character to the one at its place in "to" and
    # drops those past its end: ASCII upper case (as SQLite's upper), O/I/L, punctuation.
    mapping = {c: CODE_SAME.get(c.upper(), c.upper()) for c in LOWER} | CODE_SAME
    source = "".join(mapping) + CODE_DROP
    target = "".join(mapping.values())
    return (
        "CREATE OR REPLACE FUNCTION passdesk_code_key(barcode text, ext text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        f"AS $fn$ SELECT pg_catalog.translate(coalesce(barcode, ''), {_literal(source)}, "
        f"{_literal(target)}) || ' ' || pg_catalog.translate(coalesce(ext, ''), "
        f"{_literal(source)}, {_literal(target)}) $fn$")


ADD_COLUMN = ("ALTER TABLE passes ADD COLUMN search_code text GENERATED ALWAYS AS "
              "(passdesk_code_key(barcode_value, ext_id)) STORED")


def _trigram_ops(connection) -> str | None:
    """pg_trgm's operator class, schema-qualified; None where it cannot be had."""
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        savepoint.commit()
    except sa.exc.DBAPIError:  # not installed, or not allowed to create it
        savepoint.rollback()
        return None
    schema = connection.exec_driver_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n "
        "ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'").scalar()
    return '"' + schema.replace('"', '""') + '".gin_trgm_ops'


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    elif connection.dialect.name == "postgresql":
        # The driver reads % as a placeholder mark even with no parameters.
        connection.exec_driver_sql(_postgres_key_function().replace("%", "%%"))
        connection.exec_driver_sql(ADD_COLUMN)
        ops = _trigram_ops(connection)
        if ops is not None:
            connection.exec_driver_sql(
                f"CREATE INDEX ix_passes_search_code ON passes USING gin (search_code {ops})")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    elif connection.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_passes_search_code")
        op.execute("ALTER TABLE passes DROP COLUMN IF EXISTS search_code")
        op.execute("DROP FUNCTION IF EXISTS passdesk_code_key(text, text)")
