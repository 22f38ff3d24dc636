"""One database thread for the hub on SQLite, committing queued scans together.

A scan is committed with ``synchronous=FULL`` before its answer leaves, and
on a virtual disk that fsync alone takes ~4 ms: one transaction per request
would cap the hub near 250 answers a second and queue 20 readers' requests
behind each other. So the scans waiting when the thread is free go through
the door step (``scan/door_step.py``, the one the Door runs) one after the
other in one door transaction and are committed with one fsync
(group commit); each reader is answered only after that commit. Within the
batch each scan sees the ones before it, exactly as if committed alone. If
the batch fails, every scan in it is retried alone, so one bad request
cannot fail the others.

Other database work (webhooks, loyalty changes, health) runs on the same
thread, between batches: SQLite writes one transaction at a time anyway,
and this way no hub write waits on another connection's lock.

The WAL is checkpointed by a thread of its own (``PRAGMA
wal_checkpoint(PASSIVE)`` every ``CHECKPOINT_EVERY_S``) instead of inside
whichever commit crosses SQLite's 1,000-page mark: a checkpoint writes and
syncs the database file, and done inside a commit it held up every reader
waiting on that batch (the slowest answers under load, by 20-30 ms here).
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from passdesk.core.admission import DoorConfig
from passdesk.core.clock import Clock
from passdesk.hub.validate import HubRequest, answer_scan
from passdesk.store.database import Database
from passdesk.store.door_queries import sqlite_transaction

log = logging.getLogger(__name__)
#: At most this many scans share one commit.
MAX_BATCH = 64
#: How often the checkpoint thread moves the WAL into the database file.
CHECKPOINT_EVERY_S = 1.0


@dataclass(frozen=True)
class _Scan:
    request: HubRequest
    future: Future


@dataclass(frozen=True)
class _Call:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    future: Future


_STOP = object()


class GroupCommitter:
    def __init__(self, db: Database, config: DoorConfig, clock: Clock) -> None:
        self.config = config
        self.clock = clock
        self.db = db
        # The door's own queries on the driver (as ``DoorStore``), on a connection
        # that leaves checkpoints to the checkpoint thread.
        self._raw = db.engine.raw_connection()
        self._driver = self._raw.driver_connection
        self._driver.execute("PRAGMA wal_autocheckpoint=0")
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-db", daemon=True)
        self._checkpointer = threading.Thread(target=self._checkpoint, name="hub-checkpoint",
                                              daemon=True)
        self._thread.start()
        self._checkpointer.start()

    def scan(self, request: HubRequest) -> Future:
        """Judge and log ``request``; the future's result is the answer body."""
        future: Future = Future()
        self._queue.put(_Scan(request, future))
        return future

    def call(self, fn: Callable[..., Any], *args: Any) -> Future:
        """Run ``fn(*args)`` on the database thread."""
        future: Future = Future()
        self._queue.put(_Call(fn, args, future))
        return future

    def close(self) -> None:
        self._queue.put(_STOP)
        self._thread.join()
        self._stop.set()
        self._checkpointer.join()

    def _checkpoint(self) -> None:
        raw = self.db.engine.raw_connection()
        try:
            while not self._stop.wait(CHECKPOINT_EVERY_S):
                self._checkpoint_once(raw)
            self._checkpoint_once(raw)
        finally:
            raw.close()

    @staticmethod
    def _checkpoint_once(raw: Any) -> None:
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as exc:  # busy or locked: the next round catches up
            log.debug("checkpoint skipped: %s", exc)

    def _run(self) -> None:
        try:
            while True:
                item = self._queue.get()
                if item is _STOP:
                    return
                scans: list[_Scan] = []
                while True:
                    if isinstance(item, _Call):
                        self._commit(scans)
                        scans = []
                        self._call(item)
                    elif item is _STOP:
                        self._commit(scans)
                        return
                    else:
                        scans.append(item)
                    if len(scans) >= MAX_BATCH:
                        self._commit(scans)
                        scans = []
                    try:
                        item = self._queue.get_nowait()
                    except queue.Empty:
                        break
                self._commit(scans)
        finally:
            self._raw.close()

    @staticmethod
    def _call(item: _Call) -> None:
        if not item.future.set_running_or_notify_cancel():
            return
        try:
            item.future.set_result(item.fn(*item.args))
        except BaseException as exc:  # handed to the waiting request
            item.future.set_exception(exc)

    def _check_connection(self) -> None:
        """After a failed scan: a connection left inside a transaction (its rollback
        failed: an I/O error, a damaged file) is replaced, so the hub records again by
        itself once the cause is gone."""
        try:
            stuck = self._driver.in_transaction
            self._driver.execute("SELECT 1").fetchone()
        except sqlite3.Error:
            stuck = True
        if not stuck:
            return
        log.warning("the hub's database connection is opened again after a failure")
        old = self._raw
        old.invalidate()
        old.close()
        self._raw = self.db.engine.raw_connection()
        self._driver = self._raw.driver_connection
        self._driver.execute("PRAGMA wal_autocheckpoint=0")

    def _commit(self, scans: list[_Scan]) -> None:
        if not scans:
            return
        try:
            with sqlite_transaction(self._driver) as door:
                answers = [answer_scan(door, s.request, self.config, self.clock())
                           for s in scans]
        except Exception as exc:
            if len(scans) == 1:
                self._check_connection()
                scans[0].future.set_exception(exc)
                return
            log.warning("a batch of %d scans failed; judging each alone", len(scans))
            for one in scans:
                self._commit([one])
            return
        for one, body in zip(scans, answers, strict=True):
            one.future.set_result(body)
