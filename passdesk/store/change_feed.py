"""Which kinds of data other writers changed: what keeps several desks current.

The database's triggers (migration 0009) do the telling; a feed only listens:

- SQLite: ``change_counters`` holds a counter per topic; the feed reads the
  few rows every ``wait()`` and reports the topics whose counter moved.
- PostgreSQL: the feed's own connection ``LISTEN``s; ``wait()`` returns the
  topics notified, as soon as one arrives.

A feed also hears this desk's own writes (it cannot tell them apart), so a
pane may reload once more than needed; it never misses a committed change
while its connection lives. When the connection is lost, ``FeedLost`` is
raised: the caller opens a new feed and reloads everything, since changes in
between were not heard.
"""

from __future__ import annotations

import logging
import threading
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from passdesk.store.database import Database
from passdesk.store.schema import ChangeCounter

log = logging.getLogger(__name__)

#: The PostgreSQL channel the triggers notify (migration 0009).
CHANNEL = "passdesk_changes"


class FeedLost(RuntimeError):
    """The feed's connection failed: changes may have been missed."""


class ChangeFeed(Protocol):
    def wait(self, timeout: float) -> frozenset[str]:
        """Up to ``timeout`` seconds: the topics changed since the last call (maybe none)."""
        ...

    def close(self) -> None:
        """Stop listening; called by the thread that waits (``sync/live.py``)."""
        ...


def open_feed(database: Database) -> ChangeFeed:
    """A feed over ``database``; raises ``FeedLost`` when it cannot be set up now."""
    if database.engine.dialect.name == "postgresql":
        return NotifyFeed(database)
    return CounterFeed(database)


class CounterFeed:
    """SQLite: compare ``change_counters`` with what was last read."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._closed = threading.Event()
        self._seen = self._read()

    def _read(self) -> dict[str, int]:
        try:
            with self._db.engine.connect() as connection:
                rows = connection.execute(select(ChangeCounter.topic, ChangeCounter.version))
                return dict(rows.all())
        except SQLAlchemyError as exc:
            raise FeedLost(f"change counters not read: {exc}") from exc

    def wait(self, timeout: float) -> frozenset[str]:
        if self._closed.wait(timeout):
            return frozenset()
        now = self._read()
        changed = frozenset(topic for topic, version in now.items()
                            if self._seen.get(topic) != version)
        self._seen = now
        return changed

    def close(self) -> None:
        self._closed.set()


class NotifyFeed:
    """PostgreSQL: ``LISTEN`` on a connection of its own, outside the pool."""

    def __init__(self, database: Database) -> None:
        try:
            pooled = database.engine.raw_connection()
            # Detached: a listening connection is never handed to anyone else.
            pooled.detach()
            self._connection = pooled.dbapi_connection
            self._connection.autocommit = True
            self._connection.execute(f"LISTEN {CHANNEL}")
        except Exception as exc:  # psycopg and SQLAlchemy errors alike: no feed now
            raise FeedLost(f"cannot listen for changes: {exc}") from exc
        self._closed = False

    def wait(self, timeout: float) -> frozenset[str]:
        if self._closed:
            return frozenset()
        topics: set[str] = set()
        try:
            # The first notice ends the wait; those queued with it come along.
            for notice in self._connection.notifies(timeout=timeout, stop_after=1):
                topics.add(notice.payload)
            for notice in self._connection.notifies(timeout=0):
                topics.add(notice.payload)
        except Exception as exc:
            if self._closed:
                return frozenset()
            raise FeedLost(f"change notices stopped: {exc}") from exc
        return frozenset(topics)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._connection.close()
        except Exception as exc:  # already broken: nothing to give back
            log.debug("change feed connection not closed cleanly: %s", exc)
