"""The search indexes rebuilt in short steps: triggers keep the part already rebuilt.

A full pull suspends live search indexing and rebuilt both SQLite indexes
(``passes_fts``, ``passes_fts_code``) in one transaction at its end: seconds
with SQLite's only write lock held at a million passes, long enough for a
Door's scan to give up waiting ("not recorded") during a first sync. The
rebuild now goes in steps of a few thousand passes by rowid, each its own
transaction (``store/search.py``), and ``search_control.upto`` says how far it
got. The row triggers index a change when indexing is live *or* the row is in
the part already rebuilt (``rowid <= upto``); a row above it is read by a later
step as it is then. So the indexes never disagree with the passes, whoever
writes between two steps.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

#: As store/search.py keys codes at this revision (a migration does not follow later code).
CODE_DROP = " -_./\\:#+%"
CODE_SAME = {"O": "0", "I": "1", "L": "1"}


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sqlite_key(column: str) -> str:
    expr = f"upper(coalesce({column}, ''))"
    for old, new in CODE_SAME.items():
        expr = f"replace({expr}, '{old}', '{new}')"
    for dropped in CODE_DROP:
        expr = f"replace({expr}, {_literal(dropped)}, '')"
    return expr


def _pass_key(row: str) -> str:
    return f"{_sqlite_key(f'{row}.barcode_value')} || ' ' || {_sqlite_key(f'{row}.ext_id')}"


def _indexed(row: str | None) -> str:
    """When a trigger indexes: live, or (with ``row``) that row already rebuilt."""
    if row is None:
        return "(SELECT live FROM search_control WHERE id = 1)"
    return f"(SELECT live OR {row}.rowid <= upto FROM search_control WHERE id = 1)"  # noqa: S608


def _triggers(row_rule) -> list[str]:
    new, old = row_rule("new"), row_rule("old")
    return [
        f"""CREATE TRIGGER passes_fts_insert AFTER INSERT ON passes WHEN {new} BEGIN
            INSERT INTO passes_fts(rowid, display_name, ext_id)
            VALUES (new.rowid, new.display_name, new.ext_id);
        END""",  # noqa: S608 - constant SQL
        f"""CREATE TRIGGER passes_fts_delete AFTER DELETE ON passes WHEN {old} BEGIN
            INSERT INTO passes_fts(passes_fts, rowid, display_name, ext_id)
            VALUES ('delete', old.rowid, old.display_name, old.ext_id);
        END""",  # noqa: S608 - constant SQL
        f"""CREATE TRIGGER passes_fts_update AFTER UPDATE OF display_name, ext_id ON passes
        WHEN {old} BEGIN
            INSERT INTO passes_fts(passes_fts, rowid, display_name, ext_id)
            VALUES ('delete', old.rowid, old.display_name, old.ext_id);
            INSERT INTO passes_fts(rowid, display_name, ext_id)
            VALUES (new.rowid, new.display_name, new.ext_id);
        END""",  # noqa: S608 - constant SQL
        f"""CREATE TRIGGER passes_fts_code_insert AFTER INSERT ON passes WHEN {new} BEGIN
            INSERT INTO passes_fts_code(rowid, code) VALUES (new.rowid, {_pass_key('new')});
        END""",  # noqa: S608 - constant SQL
        f"""CREATE TRIGGER passes_fts_code_delete AFTER DELETE ON passes WHEN {old} BEGIN
            INSERT INTO passes_fts_code(passes_fts_code, rowid, code)
            VALUES ('delete', old.rowid, {_pass_key('old')});
        END""",  # noqa: S608 - constant SQL
        f"""CREATE TRIGGER passes_fts_code_update AFTER UPDATE OF barcode_value, ext_id
        ON passes WHEN {old} AND (old.barcode_value IS NOT new.barcode_value
                                  OR old.ext_id IS NOT new.ext_id) BEGIN
            INSERT INTO passes_fts_code(passes_fts_code, rowid, code)
            VALUES ('delete', old.rowid, {_pass_key('old')});
            INSERT INTO passes_fts_code(rowid, code) VALUES (new.rowid, {_pass_key('new')});
        END""",  # noqa: S608 - constant SQL
    ]


NAMES = ("passes_fts_insert", "passes_fts_delete", "passes_fts_update",
         "passes_fts_code_insert", "passes_fts_code_delete", "passes_fts_code_update")


def _replace_triggers(statements: list[str]) -> None:
    for name in NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL indexes in place (generated columns): nothing is rebuilt
    op.execute("ALTER TABLE search_control ADD COLUMN upto INTEGER NOT NULL DEFAULT 0")
    _replace_triggers(_triggers(_indexed))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _replace_triggers(_triggers(lambda _row: _indexed(None)))
    op.execute("ALTER TABLE search_control DROP COLUMN upto")
