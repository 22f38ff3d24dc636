"""Live desks: what other desks and the hub write reaches this desk's panes.

A thread of its own listens to the store's change feed and hands each topic
on as a ``StoreChanged`` notice, the same one a local change or a sync sends,
so panes need nothing new to follow other writers. With SQLite the feed is
polled every ``POLL_EVERY``; PostgreSQL notifies at once. A lost feed (the
database restarted, the network to it dropped) is opened again, and then
"all" is announced once: what changed in between was not heard.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from passdesk.store.change_feed import ChangeFeed, FeedLost, open_feed
from passdesk.store.database import Database
from passdesk.store.topics import Topic

log = logging.getLogger(__name__)

#: How long one wait on the feed lasts: SQLite's poll period, and how soon
#: ``stop()`` is noticed.
POLL_EVERY = 0.5
#: Waits before opening a lost feed again (the last one repeats).
REOPEN_AFTER = (0.5, 1.0, 2.0, 5.0)
#: How long ``start()`` waits for the feed's first opening (a local SQLite
#: file: milliseconds); past it the thread goes on trying on its own.
OPEN_WAIT = 3.0


class LiveChanges:
    """Calls ``on_change(topic)`` on its own thread for each topic another writer changed."""

    def __init__(self, database: Database, on_change: Callable[[str], None], *,
                 poll_every: float = POLL_EVERY,
                 opener: Callable[[Database], ChangeFeed] = open_feed) -> None:
        self._db = database
        self._on_change = on_change
        self._poll_every = poll_every
        self._open = opener
        self._stop = threading.Event()
        self._opened = threading.Event()  # the first attempt to open the feed is over
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, wait: float = OPEN_WAIT) -> None:
        """Start listening; a change committed after this returns is heard.

        The feed takes its starting point when it opens, so the first opening
        is waited for (up to ``wait`` seconds): otherwise a write made right
        after ``start()`` could fall before that point and go unheard.
        """
        if self._thread is not None:
            return
        self._stop.clear()
        self._opened.clear()
        self._thread = threading.Thread(target=self._run, name="passdesk-live", daemon=True)
        self._thread.start()
        self._opened.wait(wait)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        feed, lost = None, False
        failures = 0
        while not self._stop.is_set():
            if feed is None:
                try:
                    feed = self._open(self._db)
                except FeedLost as exc:
                    self._opened.set()
                    pause = REOPEN_AFTER[min(failures, len(REOPEN_AFTER) - 1)]
                    failures, lost = failures + 1, True
                    if failures == 1:
                        log.warning("not following other desks' changes for now: %s", exc)
                    self._stop.wait(pause)
                    continue
                self._opened.set()
                if lost:  # back: what changed meanwhile was not heard
                    log.info("following other desks' changes again")
                    self._tell(frozenset({Topic.ALL}))  # every pane reloads
                failures, lost = 0, False
            try:
                topics = feed.wait(self._poll_every)
            except FeedLost as exc:
                log.warning("lost other desks' changes: %s", exc)
                feed.close()
                feed, lost = None, True
                continue
            if topics and not self._stop.is_set():
                self._tell(topics)
        if feed is not None:
            feed.close()

    def _tell(self, topics: frozenset[str]) -> None:
        for topic in sorted(topics):
            try:
                self._on_change(topic)
            except Exception:  # a listener's bug must not stop the feed
                log.exception("a change notice (%s) was not handled", topic)
