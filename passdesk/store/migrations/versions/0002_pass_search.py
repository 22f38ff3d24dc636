"""Full-text search over pass names and ext ids.

SQLite: an FTS5 index kept current by triggers (external content, so the
text is not stored twice); accents folded, so "muller" finds "Müller".
PostgreSQL: a GIN index over a tsvector of the same two columns.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    """CREATE VIRTUAL TABLE passes_fts USING fts5(
        display_name, ext_id, content='passes', content_rowid='rowid',
        tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER passes_fts_insert AFTER INSERT ON passes BEGIN
        INSERT INTO passes_fts(rowid, display_name, ext_id)
        VALUES (new.rowid, new.display_name, new.ext_id);
    END""",
    """CREATE TRIGGER passes_fts_delete AFTER DELETE ON passes BEGIN
        INSERT INTO passes_fts(passes_fts, rowid, display_name, ext_id)
        VALUES ('delete', old.rowid, old.display_name, old.ext_id);
    END""",
    # Only when the searched text changes: a status-only update costs nothing here.
    """CREATE TRIGGER passes_fts_update AFTER UPDATE OF display_name, ext_id ON passes BEGIN
        INSERT INTO passes_fts(passes_fts, rowid, display_name, ext_id)
        VALUES ('delete', old.rowid, old.display_name, old.ext_id);
        INSERT INTO passes_fts(rowid, display_name, ext_id)
        VALUES (new.rowid, new.display_name, new.ext_id);
    END""",
    # Passes stored by revision 0001 become searchable too.
    "INSERT INTO passes_fts(passes_fts) VALUES ('rebuild')",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS passes_fts_update",
    "DROP TRIGGER IF EXISTS passes_fts_delete",
    "DROP TRIGGER IF EXISTS passes_fts_insert",
    "DROP TABLE IF EXISTS passes_fts",
]

POSTGRES_TSVECTOR = (
    "to_tsvector('simple', coalesce(display_name, '') || ' ' || coalesce(ext_id, ''))"
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute(f"CREATE INDEX ix_passes_search ON passes USING gin ({POSTGRES_TSVECTOR})")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_passes_search")
