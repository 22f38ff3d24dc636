"""The Door's WAL checkpoints, on a thread of their own instead of on a verdict's path.

SQLite checkpoints automatically in whichever connection commits once the WAL
holds 1,000 pages. During a pull it nearly always does: the Door's scan was the
commit that found it, and copied the pull's pages into the database and synced
it before the verdict could show (commit p50 20 ms, p90 35 ms while a child
pull wrote; 0.4 / 1.0 ms without). The Door's connection turns that off, and
every ``EVERY_COMMITS`` of its commits this thread runs a PASSIVE checkpoint
(it never waits for readers or holds up a writer), so the WAL stays as short
as before when the Door is the only writer all night.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # database.py imports bulk_load, which imports this module
    from passdesk.store.database import Database

log = logging.getLogger(__name__)

#: SQLite's default ``wal_autocheckpoint``, given back to a connection lent out.
AUTO_CHECKPOINT_PAGES = 1000
#: Door commits between two checkpoints: a scan writes a handful of pages, so
#: about as often as SQLite's own 1,000-page checkpoint would run.
EVERY_COMMITS = 100


class WalCheckpointer:
    """Checkpoints ``database``'s WAL on its own thread every ``EVERY_COMMITS``
    ``committed`` calls."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._asked = threading.Event()
        self._closed = False
        self._thread: threading.Thread | None = None
        self._commits = 0
        self.checkpoints = 0

    def committed(self) -> None:
        """One more commit; the checkpoint is asked for, never waited for. Never
        raises: the scan is recorded, and the Door must say so."""
        self._commits += 1
        if self._commits < EVERY_COMMITS:
            return
        self._commits = 0
        if self._thread is None:
            thread = threading.Thread(target=self._run, name="door-checkpoint", daemon=True)
            try:
                thread.start()
            except RuntimeError as exc:  # no thread to be had: here, as SQLite's own would
                log.warning("no thread for the Door's WAL checkpoint (%s); done in line", exc)
                self._checkpoint()
                return
            self._thread = thread
        self._asked.set()

    def _run(self) -> None:
        while True:
            self._asked.wait()
            if self._closed:
                return
            self._asked.clear()
            self._checkpoint()

    def _checkpoint(self) -> None:
        try:
            with self._db.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            self.checkpoints += 1
        except Exception as exc:  # the next one catches up; scans go on meanwhile
            log.warning("the WAL checkpoint after the Door's scans failed: %s", exc)

    def close(self) -> None:
        self._closed = True
        self._asked.set()
        if self._thread is not None:
            self._thread.join(5)
