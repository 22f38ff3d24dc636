"""A list read nobody wants any more is stopped at once, on a real SQLite file, and the
store reads as before afterwards (pass_list_reads.ReadStop)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from passdesk.store.database import Database
from passdesk.store.pass_list import PassFilter, SortKey
from passdesk.store.pass_list_reads import ReadStop, ReadStopped, read_keys

#: A query that runs until it is interrupted (a billion rows counted).
ENDLESS = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1e9) "
           "SELECT count(*) FROM n")


@pytest.fixture
def db(tmp_path):
    database = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    with database.session() as session:
        session.execute(text("INSERT INTO passes (id, status, attributes, created_at) "
                             "VALUES ('p1', 'active', '{}', '2026-01-01 10:00:00')"))
    yield database
    database.close()


def test_a_running_query_is_interrupted_and_the_connection_reads_again(db) -> None:
    stop = ReadStop()
    started, outcome = threading.Event(), []

    def read() -> None:
        try:
            with stop.session(db) as session:
                started.set()
                session.execute(text(ENDLESS)).scalar()
            outcome.append("finished")
        except ReadStopped:
            outcome.append("stopped")

    worker = threading.Thread(target=read)
    worker.start()
    assert started.wait(10)
    stop.stop()
    worker.join(30)
    assert not worker.is_alive()
    assert outcome == ["stopped"]
    # The pool's connections read as before: the interrupt hit only that read.
    for _ in range(3):
        assert list(read_keys(db, PassFilter(), SortKey()).keys) == [1]


def test_a_read_stopped_before_it_starts_reads_nothing(db) -> None:
    stop = ReadStop()
    stop.stop()
    with pytest.raises(ReadStopped):
        read_keys(db, PassFilter(), SortKey(), stop)


def test_a_stop_after_the_read_ended_hits_no_later_read(db) -> None:
    stop = ReadStop()
    assert list(read_keys(db, PassFilter(), SortKey(), stop).keys) == [1]
    stop.stop()  # the connection is back in the pool: nothing is interrupted
    assert list(read_keys(db, PassFilter(), SortKey()).keys) == [1]


def test_a_stop_while_a_statement_is_made_ready_is_seen_before_it_runs(db, monkeypatch) -> None:
    """The stop lands after the read began but before its statement started: SQLite
    drops an interrupt that finds no statement running, and the progress handler
    looks only every PROGRESS_STEPS steps (here: never)."""
    from sqlalchemy import event

    from passdesk.store import pass_list_reads

    monkeypatch.setattr(pass_list_reads, "PROGRESS_STEPS", 2_000_000_000)
    stop, ran = ReadStop(), []

    def stop_now(*_args) -> None:  # the statement is about to be compiled
        stop.stop()

    def executed(_conn, _cursor, statement, *_args) -> None:
        ran.append(statement)

    event.listen(db.engine, "before_execute", stop_now)
    event.listen(db.engine, "after_cursor_execute", executed)
    try:
        with pytest.raises(ReadStopped):
            read_keys(db, PassFilter(), SortKey(), stop)
    finally:
        event.remove(db.engine, "before_execute", stop_now)
        event.remove(db.engine, "after_cursor_execute", executed)
    assert ran == []  # the list's statement never ran
    assert list(read_keys(db, PassFilter(), SortKey()).keys) == [1]  # the pool reads on
