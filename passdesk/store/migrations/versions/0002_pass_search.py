"""Full-text search over pass names and ext ids.

SQLite: an FTS5 index kept current by triggers (external content, so the
text is not stored twice); accents folded, so "muller" finds "Müller".
``detail=none, columnsize=0`` keep it small and cheap to write: token and
prefix queries work, phrase queries (not needed for names) do not.
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
    # live = 0 while a full pull bulk-loads passes: indexing 100,000 rows one
    # trigger at a time costs 40% of the pull; one rebuild at its end is cheap.
    "CREATE TABLE search_control (id INTEGER PRIMARY KEY CHECK (id = 1), live INTEGER NOT NULL)",
    "INSERT INTO search_control (id, live) VALUES (1, 1)",
    """CREATE VIRTUAL TABLE passes_fts USING fts5(
        display_name, ext_id, content='passes', content_rowid='rowid',
        detail=none, columnsize=0, tokenize="unicode61 remove_diacritics 2")""",
    """CREATE TRIGGER passes_fts_insert AFTER INSERT ON passes
    WHEN (SELECT live FROM search_control WHERE id = 1) BEGIN
        INSERT INTO passes_fts(rowid, display_name, ext_id)
        VALUES (new.rowid, new.display_name, new.ext_id);
    END""",
    """CREATE TRIGGER passes_fts_delete AFTER DELETE ON passes
    WHEN (SELECT live FROM search_control WHERE id = 1) BEGIN
        INSERT INTO passes_fts(passes_fts, rowid, display_name, ext_id)
        VALUES ('delete', old.rowid, old.display_name, old.ext_id);
    END""",
    # Only when the searched text changes: a status-only update costs nothing here.
    """CREATE TRIGGER passes_fts_update AFTER UPDATE OF display_name, ext_id ON passes
    WHEN (SELECT live FROM search_control WHERE id = 1) BEGIN
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
    "DROP TABLE IF EXISTS search_control",
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
