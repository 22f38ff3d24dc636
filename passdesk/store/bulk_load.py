"""A full pull's bulk load on SQLite: per-row triggers set aside, WAL checkpoints by the pull.

Triggers: every pass a full pull writes ran three row triggers, the two search
indexes' (no-ops then: indexing is suspended and rebuilt once at the end,
``store.search``) and the change counter's (desks hear "passes changed",
``store.change_feed``); calling them cost more than writing the row. While a
full pull loads, their insert and update triggers are dropped, their SQL kept
in ``sync_state`` in the same transaction, and created again from it (the same
SQL) when the pull ends, well or not (``restore``). Meanwhile the pull raises
the passes counter with each transaction (``page_written``), so desks still hear
each; a pass another writer changes meanwhile is heard with the pull's next
page. Delete triggers stay. PostgreSQL: nothing is set aside (its change
triggers run once per statement).

Checkpoints: SQLite's automatic checkpoint runs in whichever connection
commits when the WAL passes 1,000 pages, mid-pull that is often a Door's scan.
The pull's connection turns it off (``no_auto_checkpoint``) and the pull
checkpoints itself between pages (``checkpoint``), PASSIVE: it never waits for
readers or makes a writer wait, and keeps the WAL short enough that another
writer's commit does not find a checkpoint to do.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from passdesk.store import bulk_sqlite, sync_state
from passdesk.store.wal_checkpoint import AUTO_CHECKPOINT_PAGES

#: ``sync_state`` key: trigger name -> its CREATE TRIGGER statement, while set aside.
KEY = "set_aside_triggers"
#: Row triggers on passes a bulk load does without (the delete triggers stay).
TRIGGERS = (
    "passes_fts_insert", "passes_fts_update",
    "passes_fts_code_insert", "passes_fts_code_update",
    "passdesk_changed_passes_insert", "passdesk_changed_passes_update",
)


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def set_aside(session: Session) -> bool:
    """Drop the passes' row triggers, keeping their SQL; True when any are set aside."""
    if not _sqlite(session):
        return False
    saved = dict(sync_state.read(session, KEY) or {})
    marks = ", ".join(f"'{name}'" for name in TRIGGERS)
    present = session.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "  # noqa: S608 - constants
        f"AND tbl_name = 'passes' AND name IN ({marks})")).all()
    for name, sql in present:
        saved[name] = sql
        session.execute(text(f'DROP TRIGGER "{name}"'))
    if saved:
        sync_state.write(session, KEY, saved)
    return bool(saved)


def restore(session: Session) -> int:
    """Create the set-aside triggers again from their own SQL; returns how many."""
    if not _sqlite(session):
        return 0
    saved = sync_state.read(session, KEY) or {}
    for sql in saved.values():
        # A migration may have made one again meanwhile: that one stays.
        session.execute(text(sql.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS", 1)))
    if saved:
        sync_state.clear(session, KEY)
    return len(saved)


def is_set_aside(session: Session) -> bool:
    return _sqlite(session) and bool(sync_state.read(session, KEY))


def page_written(session: Session, pages: int = 1) -> None:
    """What the set-aside change triggers did, once for the pages of a transaction
    (raised by their number: desks compare versions, tests count pages)."""
    bulk_sqlite.execute_many(session, "UPDATE change_counters SET version = version + ? "
                                      "WHERE topic = 'passes'", [(pages,)])


def no_auto_checkpoint(session: Session, off: bool = True) -> None:
    """Turn this connection's automatic checkpoint off (or back on)."""
    if _sqlite(session):
        pages = 0 if off else AUTO_CHECKPOINT_PAGES
        bulk_sqlite.execute(session, f"PRAGMA wal_autocheckpoint = {pages}")


def checkpoint(session: Session) -> None:
    """A PASSIVE checkpoint on this connection, outside any transaction."""
    if _sqlite(session):
        session.connection().exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
