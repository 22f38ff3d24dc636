"""Locks that make a read-then-write safe with several desks on one database.

A door's verdict reads the pass's scans (and, with a capacity, the head
count) and then records the scan. Two desks doing that at once for the same
pass must not both read "not admitted yet": the database serialises them.

- **PostgreSQL** (the shared venue database): the pass's row is locked
  (``SELECT ... FOR UPDATE``) before its history is read, and the event's
  head count by a transaction-level advisory lock on its id (the event may
  have no row here: a door can name an event the pull has not stored). Both
  locks end with the transaction; every verdict takes them in the same order
  (pass, then head count), so two verdicts never deadlock. Under READ
  COMMITTED each later statement then sees what the previous holder committed.
- **SQLite**: one writer at a time for the whole file. The door's own path
  opens its transaction with ``BEGIN IMMEDIATE``; a SQLAlchemy transaction
  takes the write lock with a write that changes nothing, before it reads.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

Executor = Session | Connection

_LOCK_PASS = text("SELECT 1 FROM passes WHERE id = :p FOR UPDATE")
#: hashtextextended: a stable 64-bit key from the event id (PostgreSQL 11+).
_LOCK_HEAD_COUNT = text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))")
#: Takes SQLite's write lock (RESERVED) at once; no row matches, nothing is written.
_SQLITE_WRITE_LOCK = text("UPDATE scans SET id = id WHERE 0")


def dialect_of(executor: Executor) -> str:
    if isinstance(executor, Session):
        return executor.get_bind().dialect.name
    return executor.dialect.name


def begin_write(executor: Executor) -> None:
    """SQLite: hold the file's write lock from now to the end of the transaction."""
    if dialect_of(executor) == "sqlite":
        executor.execute(_SQLITE_WRITE_LOCK)


def lock_for_verdict(executor: Executor, pass_id: str, event_id: str | None, *,
                     head_count: bool) -> None:
    """Serialise verdicts on ``pass_id`` (and on ``event_id``'s head count when a
    capacity applies) until this transaction ends. Call before reading history."""
    dialect = dialect_of(executor)
    if dialect == "postgresql":
        executor.execute(_LOCK_PASS, {"p": pass_id})
        if head_count:
            executor.execute(_LOCK_HEAD_COUNT, {"k": f"passdesk.head-count:{event_id or ''}"})
    elif dialect == "sqlite":
        executor.execute(_SQLITE_WRITE_LOCK)
