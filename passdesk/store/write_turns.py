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
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event

#: The longest a bulk writer waits for doors before its next transaction.
MAX_YIELD_S = 0.05

_turn = threading.Condition()
_waiting = 0
#: Counts the turns bulk writers gave: a waiting door wakes when it changes.
_given = 0


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


def let_doors_first(max_s: float | None = None) -> None:
    """Before a bulk write transaction: while a door waits for the lock, wake it and
    wait for it (at most ``max_s``, default MAX_YIELD_S)."""
    global _given
    if not _waiting:
        return
    deadline = time.monotonic() + (MAX_YIELD_S if max_s is None else max_s)
    with _turn:
        _given += 1
        _turn.notify_all()
        while _waiting and (left := deadline - time.monotonic()) > 0:
            _turn.wait(left)


def _before_bulk_write(_connection) -> None:
    let_doors_first()


def bulk_writes_yield(engine: Engine) -> None:
    """Every transaction begun on ``engine`` lets waiting doors go first (once per engine)."""
    if not event.contains(engine, "begin", _before_bulk_write):
        event.listen(engine, "begin", _before_bulk_write)
