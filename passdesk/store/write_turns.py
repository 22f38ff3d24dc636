"""Turns at SQLite's one write lock between a waiting door and a bulk writer in the
same process.

A pull writes page after page, each in a transaction of its own, and starts the
next one a moment after the last commit. A door's verdict that found the lock
taken polls for it (``door_queries.begin_immediate``), but a writer that takes it
again at once can make it miss every free moment, page after page. So a door
that waits says so here (``door_waiting``) and sleeps until a bulk writer,
before its next transaction, wakes it and lets it go first (``let_doors_first``:
no polling that would take the GIL from the writer), never for longer than
``MAX_YIELD_S``: a verdict costs a pull a few milliseconds, never the pull's pace.
The pull writes through the store's cache engine (``Database.cache_session``):
``bulk_writes_yield(engine)`` makes each transaction begun on it do so.

A scanner types its code over a tenth of a second before its Enter. A door that
sees such a burst begin says a scan is coming (``door_expects_scan``): a bulk
writer then finishes the transaction it is in and waits before its next one until
the door's write is done (``door_wrote``) or ``EXPECT_S`` have passed, so the
verdict finds the lock free instead of waiting out a page of the pull.
A pull in a child process (``sync.pull_process``) hears both through a listener
(``add_listener``) and repeats them to its own bulk writer.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event

#: The longest a bulk writer waits for doors before its next transaction.
MAX_YIELD_S = 0.05

_turn = threading.Condition()
_waiting = 0
#: Counts the turns bulk writers gave: a waiting door wakes when it changes.
_given = 0
#: The longest a coming scan holds bulk writes back (a long code typed at a
#: scanner's pace, then its verdict).
EXPECT_S = 0.5
#: ``time.monotonic()`` until which a door expects a scan (0: none expected).
_expected_until = 0.0
#: Told the seconds a coming scan holds bulk writes back, and 0.0 when the door wrote.
Listener = Callable[[float], None]
_listeners: list[Listener] = []


def add_listener(listener: Listener) -> None:
    """``listener`` hears ``door_expects_scan`` and ``door_wrote`` (on the door's thread:
    it must not block)."""
    _listeners.append(listener)


def remove_listener(listener: Listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def door_expects_scan(seconds: float | None = None) -> None:
    """A scan is coming (a scanner's burst began): bulk writers wait before their next
    transaction until ``door_wrote`` or for at most ``seconds`` (default EXPECT_S)."""
    global _expected_until
    seconds = EXPECT_S if seconds is None else seconds
    with _turn:
        _expected_until = time.monotonic() + seconds
    for listener in tuple(_listeners):
        listener(seconds)


def door_wrote() -> None:
    """A door's write is done: a bulk writer held back for it goes on."""
    global _expected_until
    if not _expected_until:
        return
    with _turn:
        _expected_until = 0.0
        _turn.notify_all()
    for listener in tuple(_listeners):
        listener(0.0)


def _doors_before_writers() -> bool:
    return bool(_waiting) or time.monotonic() < _expected_until


@contextmanager
def door_waiting() -> Iterator[None]:
    """While a door waits for the write lock."""
    global _waiting
    with _turn:
        _waiting += 1
    try:
        yield
    finally:
        with _turn:
            _waiting -= 1
            _turn.notify_all()  # a bulk writer waiting for this door goes on


def doors_waiting() -> int:
    return _waiting


def wait_for_turn(timeout_s: float) -> None:
    """A waiting door: sleep until a bulk writer in this process gives its turn (it has
    committed and waits), or ``timeout_s`` (a writer elsewhere: poll)."""
    with _turn:
        given = _given
        _turn.wait_for(lambda: _given != given, timeout_s)


def let_doors_first(max_s: float | None = None,
                    flush: Callable[[], None] | None = None) -> None:
    """Before a bulk write transaction: while a door waits for the lock, wake it and
    wait for it (at most ``max_s``, default MAX_YIELD_S); while a door expects a scan,
    ``flush`` first, then wait for its write (at most until the expectation runs out)."""
    global _given
    if not _doors_before_writers():
        return
    if flush is not None and time.monotonic() < _expected_until:
        flush()
    deadline = max(time.monotonic() + (MAX_YIELD_S if max_s is None else max_s),
                   _expected_until)
    with _turn:
        _given += 1
        _turn.notify_all()
        while _doors_before_writers() and (left := deadline - time.monotonic()) > 0:
            _turn.wait(left)


def _before_bulk_write(connection) -> None:
    let_doors_first(flush=lambda: sync_wal(connection.engine.url.database))


def sync_wal(database: str | None) -> None:
    """Put the bulk writer's WAL pages on disk (fsync) while the door's scan is coming.

    A bulk writer commits without syncing (synchronous=NORMAL); a door commits with
    synchronous=FULL, whose sync flushes every page the writer left in the WAL file:
    20-40 ms on the verdict's path during a pull. Synced here, before the door's
    turn, that flush is the writer's, and the door's sync finds little to write.
    """
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    try:
        fd = os.open(f"{database}-wal", os.O_RDWR)  # Windows syncs a writable handle only
    except OSError:
        return  # no WAL yet: nothing to sync
    try:
        os.fsync(fd)
    except OSError:
        pass  # the door's own sync still makes its scan durable
    finally:
        os.close(fd)


def bulk_writes_yield(engine: Engine) -> None:
    """Every transaction begun on ``engine`` lets waiting doors go first (once per engine)."""
    if not event.contains(engine, "begin", _before_bulk_write):
        event.listen(engine, "begin", _before_bulk_write)
