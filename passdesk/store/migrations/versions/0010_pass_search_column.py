"""PostgreSQL: the pass search's words stored with each pass, so short prefixes are quick.

Migration 0008 indexed an expression. A prefix of a letter or two matches a
large share of the passes, and the newest matches then had to be found by
reading every matching row (66-83 ms a keystroke at 1,000,000 passes). With
the words stored (``search_tsv``, a generated column) a match costs about a
microsecond per row, so the list can walk the newest passes by ``created_at``
and stop at the cap (2-5 ms); rarer words still go through the GIN index.
The column is computed by PostgreSQL, never written by passdesk, and has no
model (like SQLite's FTS5 tables). Adding it rewrites the table: about 25 s
at 1,000,000 passes, once.

SQLite: nothing (its FTS5 index already walks the newest passes first).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ADD_COLUMN = (
    "ALTER TABLE passes ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple'::regconfig, passdesk_search_text(display_name, ext_id))) STORED")
INDEX = "CREATE INDEX ix_passes_search ON passes USING gin (search_tsv)"
#: 0008's index, for the way down.
OLD_INDEX = ("CREATE INDEX ix_passes_search ON passes USING gin "
             "(to_tsvector('simple'::regconfig, passdesk_search_text(display_name, ext_id)))")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_passes_search")
    op.execute(ADD_COLUMN)
    op.execute(INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_passes_search")
    op.execute("ALTER TABLE passes DROP COLUMN search_tsv")
    op.execute(OLD_INDEX)
