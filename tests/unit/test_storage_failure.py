"""core.storage_failure: one cause and one set of words per storage failure, from the
real exceptions SQLite raises (made here on real files), SQLAlchemy's wrappers and OS errors."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from passdesk.core.storage_failure import Cause, classify


def full_disk_error(tmp_path) -> sqlite3.OperationalError:
    db = sqlite3.connect(tmp_path / "full.sqlite3")
    db.execute("CREATE TABLE t (b BLOB)")
    db.commit()
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as caught:
        db.executemany("INSERT INTO t VALUES (zeroblob(4000))", [()] * 100)
    db.close()
    return caught.value


def test_a_full_disk_from_sqlite_itself(tmp_path) -> None:
    failure = classify(full_disk_error(tmp_path))
    assert failure.cause is Cause.DISK_FULL
    assert failure.door_words == "Not recorded — the disk is full. Do not admit; call a supervisor."
    assert failure.log_line == "disk full: database or disk is full"


def test_wrapped_by_sqlalchemy_the_cause_and_one_line(tmp_path) -> None:
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path)
    holder.execute("CREATE TABLE t (x)")
    holder.commit()
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    with pytest.raises(OperationalError) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
    holder.close()
    engine.dispose()
    failure = classify(caught.value)
    assert failure.cause is Cause.LOCKED
    assert "\n" not in failure.message
    assert "[SQL" not in failure.message
    assert "scan again" in failure.door_words


def test_a_damaged_file(tmp_path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database" * 200)
    with pytest.raises(sqlite3.DatabaseError) as caught:
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()
    assert classify(caught.value).cause is Cause.DAMAGED


@pytest.mark.parametrize(("exc", "cause"), [
    (OSError(errno.ENOSPC, "No space left on device"), Cause.DISK_FULL),
    (OSError(errno.EIO, "Input/output error"), Cause.IO_ERROR),
    (RuntimeError("disk I/O error"), Cause.IO_ERROR),
    (RuntimeError("attempt to write a readonly database"), Cause.READ_ONLY),
    (RuntimeError("could not extend file: No space left on device"), Cause.DISK_FULL),
    (ValueError("something else"), Cause.OTHER),
])
def test_os_errors_and_messages(exc, cause) -> None:
    assert classify(exc).cause is cause


def test_the_cause_is_found_down_the_chain() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("could not save") from inner
    except RuntimeError as outer:
        failure = classify(outer)
    assert failure.cause is Cause.DISK_FULL
    assert failure.message == "could not save"
    assert failure.till_words.startswith("Not saved — the disk is full.")
