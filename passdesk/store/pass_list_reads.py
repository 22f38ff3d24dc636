"""The Passes pane's reads, each in a session of its own, returning plain data.

What the pane and its list model run on the store's worker: the queries are
``store/pass_list.py``'s; here each read opens and closes its session, so no
widget holds one.

A list read that is no longer wanted (the person filtered again while the
store's worker was reading the whole list anew after a sync page) is stopped
with a ``ReadStop``: on SQLite the running statement is interrupted, so the
new list's read does not wait behind the old one on the one store worker.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from passdesk.store.database import Database
from passdesk.store.pass_list import (
    FilterChoices,
    KeyList,
    PassFilter,
    PassRow,
    SortKey,
    deactivatable,
    display_names,
    export_csv,
    fetch_rows,
    filter_choices,
    list_keys,
    pass_ids,
)

#: SQLite virtual machine steps between two looks at the stop (a few milliseconds of
#: a big read): rare enough that a read under load seldom waits for the GIL for it.
PROGRESS_STEPS = 2_000_000


class ReadStopped(Exception):
    """The read was stopped (``ReadStop.stop``): nobody wants its answer."""


class ReadStop:
    """Stops one read from another thread (the UI thread, when a newer list is asked
    for). The read checks it between its queries; a query running on SQLite is
    interrupted (``sqlite3_interrupt``) only while this read holds the connection."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._driver: sqlite3.Connection | None = None
        self.stopped = False

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            if self._driver is not None:
                self._driver.interrupt()

    def check(self) -> None:
        if self.stopped:
            raise ReadStopped

    @contextmanager
    def session(self, database: Database) -> Iterator[Session]:
        self.check()
        with database.session() as session:
            connection = session.connection()
            driver = None
            if database.is_sqlite:
                driver = connection.connection.driver_connection
            with self._lock:
                self.check()
                self._driver = driver
            if driver is not None:
                # An interrupt between two statements is lost (SQLite clears it when
                # the next one starts): the progress handler catches that case.
                driver.set_progress_handler(self._is_stopped, PROGRESS_STEPS)
            # And a stop while a statement is being made ready (its compiling takes
            # a millisecond or more under load) is seen before it starts: otherwise
            # it waited for the progress handler, up to 90 ms while a pull wrote.
            event.listen(connection, "before_cursor_execute", self._before_statement)
            try:
                yield session
            except (sqlite3.OperationalError, OperationalError) as exc:
                if self.stopped:  # "interrupted": the stop, not the store
                    raise ReadStopped from exc
                raise
            finally:
                event.remove(connection, "before_cursor_execute", self._before_statement)
                # Before the connection goes back to the pool: no later read is hit.
                with self._lock:
                    self._driver = None
                if driver is not None:
                    driver.set_progress_handler(None, 0)

    def _is_stopped(self) -> bool:
        return self.stopped

    def _before_statement(self, *_: object) -> None:
        self.check()


def _session(database: Database, stop: ReadStop | None):
    return stop.session(database) if stop is not None else database.session()


def read_first_page(database: Database, flt: PassFilter, sort: SortKey, *, page: int,
                    limit: int | None, stop: ReadStop | None = None
                    ) -> tuple[KeyList, list[PassRow]]:
    """The list's keys (the first ``limit`` of them, None: all) and its first ``page`` rows."""
    with _session(database, stop) as session:
        keys = list_keys(session, flt, sort, limit=limit)
        return keys, fetch_rows(session, keys.keys[:page])


def read_again(database: Database, flt: PassFilter, sort: SortKey, pages: Sequence[int], *,
               page: int, stop: ReadStop | None = None
               ) -> tuple[KeyList, dict[int, list[PassRow]]]:
    """The whole list's keys, and the rows of the ``pages`` (of ``page`` rows) shown."""
    with _session(database, stop) as session:
        keys = list_keys(session, flt, sort)
        if stop is not None:
            stop.check()
        return keys, {p: fetch_rows(session, keys.keys[p * page:(p + 1) * page])
                      for p in pages}


def read_keys(database: Database, flt: PassFilter, sort: SortKey,
              stop: ReadStop | None = None) -> KeyList:
    with _session(database, stop) as session:
        return list_keys(session, flt, sort)


def read_rows(database: Database, keys: Sequence[Any]) -> list[PassRow]:
    with database.session() as session:
        return fetch_rows(session, keys)


def read_filter_choices(database: Database) -> FilterChoices:
    with database.session() as session:
        return filter_choices(session)


def read_pass_ids(database: Database, keys: Sequence[Any]) -> list[str]:
    with database.session() as session:
        return pass_ids(session, keys)


def read_display_names(database: Database, ids: Sequence[str]) -> list[str | None]:
    with database.session() as session:
        return display_names(session, ids)


def read_deactivatable(database: Database, ids: Sequence[str]
                       ) -> tuple[list[str], list[str | None]]:
    with database.session() as session:
        return deactivatable(session, list(ids))


def export_list(database: Database, out: TextIO, flt: PassFilter, sort: SortKey) -> int:
    """Write the list as CSV to ``out``; the number of passes written."""
    with database.session() as session:
        return export_csv(session, out, flt, sort)
