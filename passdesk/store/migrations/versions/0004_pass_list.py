"""Passes list: a prefix index in the pass search, so each keystroke answers at once.

Typing a name char by char searches for one-, two- and three-letter prefixes
first. Without a prefix index FTS5 merges the lists of every word with that
prefix before answering (about 100 ms at 1,000,000 passes, however few rows
are read); with ``prefix='1 2 3'`` each such prefix is one list read lazily.
The index is made again with the same columns and options plus the prefixes;
the triggers of 0002 name the table, so they go on working unchanged.
PostgreSQL's GIN index needs nothing.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FTS = """CREATE VIRTUAL TABLE passes_fts USING fts5(
    display_name, ext_id, content='passes', content_rowid='rowid',
    detail=none, columnsize=0, tokenize="unicode61 remove_diacritics 2"{prefix})"""


def _recreate(prefix: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS passes_fts")
    op.execute(FTS.format(prefix=prefix))
    # A pull that bulk-loads with indexing off rebuilds at its end anyway.
    op.execute("INSERT INTO passes_fts(passes_fts) SELECT 'rebuild' "
               "WHERE (SELECT live FROM search_control WHERE id = 1)")


def upgrade() -> None:
    _recreate(", prefix='1 2 3'")


def downgrade() -> None:
    _recreate("")
