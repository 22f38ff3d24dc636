"""Rescuing a damaged store: every row still readable comes back, the old file is kept."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from passdesk.store import damage_mark, rescue, rescue_read, sync_state
from passdesk.store.database import Database, DatabaseError
from tests.helpers import damaged_store as ds

NOW = datetime(2026, 12, 6, 23, 50, 0, tzinfo=UTC)


def _clock() -> datetime:
    return NOW


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _middle(pages: list[int], share: float) -> list[int]:
    count = max(1, int(len(pages) * share))
    start = (len(pages) - count) // 2
    return pages[start:start + count]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "passdesk.sqlite3"
    ds.build_store(path)
    return path


def test_every_row_still_readable_is_rescued(store: Path) -> None:
    before = {t: ds.rows_by_rowid(store, t) for t in ds.KEYS}
    scan_leaves = ds.leaf_pages(store, "scans")
    outbox_leaves = ds.leaf_pages(store, "outbox")
    # Two runs of scans pages apart, and one page of the unsent changes.
    hit = (scan_leaves[10:13] + scan_leaves[40:42] + outbox_leaves[5:6])
    ds.damage(store, hit)
    damaged_sha = _sha(store)
    # What SQLite still gives when each row is asked for alone: the honest target.
    expected = {t: ds.readable_one_by_one(store, t, list(before[t])) for t in ds.KEYS}
    assert 0 < len(expected["scans"]) < len(before["scans"])
    assert 0 < len(expected["outbox"]) < len(before["outbox"])

    report = rescue.rescue(store, clock=_clock)

    for table in ("outbox", "scans", "loyalty_operations", "template_drafts"):
        rescued = ds.rows_by_rowid(store, table)
        assert sorted(rescued.values()) == sorted(expected[table].values()), table
        counts = report.table(table)
        assert counts.rescued == len(expected[table])
        # An index on other pages tells exactly how many rows the bad pages held.
        assert counts.lost == len(before[table]) - len(expected[table])
    # Unsent changes first: the report lists them before the scans.
    assert [t.name for t in report.tables][:2] == ["outbox", "scans"]

    kept = report.kept_as[0]
    assert kept.name == "passdesk.damaged-20261206-235000.sqlite3"
    assert _sha(kept) == damaged_sha  # moved, never written
    words = "\n".join(report.lines())
    assert str(kept) in words
    assert f"door scans: {len(expected['scans']):,} rescued, " \
           f"{len(before['scans']) - len(expected['scans']):,} lost" in words

    database = Database.open(f"sqlite:///{store}")  # the app's own open: head, sound
    try:
        with database.session() as session:
            # Cursors gone: the next pull is a full one; the server binding stays,
            # so the rescued changes go only to their own server.
            assert sync_state.read(session, "passes") is None
            assert sync_state.read(session, "scans") is None
            assert sync_state.read(session, "server") == {"base_url": "http://127.0.0.1:1"}
            assert sync_state.read(session, rescue.RESCUE_KEY)["kept_as"] == str(kept)
    finally:
        database.close()
    fresh = store.with_name("fresh.sqlite3")
    Database.open(f"sqlite:///{fresh}").close()
    with closing(sqlite3.connect(store)) as conn, closing(sqlite3.connect(fresh)) as made:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Every trigger is back (the change counters' were set aside while copying).
        triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        assert conn.execute(triggers).fetchall() == made.execute(triggers).fetchall()


def test_a_table_whose_root_page_is_gone_is_reported_unreadable(store: Path) -> None:
    with sqlite3.connect(store) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master "
                            "WHERE name = 'loyalty_operations'").fetchone()[0]
    ds.damage(store, [root])

    report = rescue.rescue(store, clock=_clock)

    loyalty = report.table("loyalty_operations")
    assert (loyalty.rescued, loyalty.lost, loyalty.unreadable) == (0, 60, True)
    assert report.table("outbox").rescued == 300
    assert report.table("scans").rescued == 2000
    assert "loyalty operations: could not be read (60 rows)" in "\n".join(report.lines())


def test_a_damaged_header_is_read_through_a_repaired_copy(store: Path) -> None:
    data = bytearray(store.read_bytes())
    data[0:20] = b"\xff" * 20  # "file is not a database"
    store.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as failed:
        Database.open(f"sqlite:///{store}")
    assert rescue.damaged_file(failed.value, f"sqlite:///{store}") == store

    report = rescue.rescue(store, clock=_clock)

    assert report.table("outbox").rescued == 300
    assert report.table("scans").rescued == 2000
    assert report.kept_as[0].read_bytes()[:20] == b"\xff" * 20  # the kept file untouched


def test_nothing_readable_says_so_and_still_leaves_a_working_store(
        store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ds.damage(store, [1])  # the list of tables itself
    monkeypatch.setattr(rescue_read.shutil, "which", lambda _name: None)  # no sqlite3 tool

    report = rescue.rescue(store, clock=_clock)

    assert not report.anything_rescued
    assert report.problem
    assert "Nothing could be read from it" in "\n".join(report.lines())
    Database.open(f"sqlite:///{store}").close()


def test_start_fresh_keeps_the_old_file_with_its_wal(store: Path) -> None:
    (store.parent / (store.name + "-wal")).write_bytes(b"wal")
    report = rescue.start_fresh(store, clock=_clock)
    assert [p.name for p in report.kept_as] == [
        "passdesk.damaged-20261206-235000.sqlite3",
        "passdesk.damaged-20261206-235000.sqlite3-wal"]
    assert report.kept_as[1].read_bytes() == b"wal"
    database = Database.open(f"sqlite:///{store}")
    try:
        with database.session() as session:
            assert sync_state.read(session, rescue.RESCUE_KEY)["fresh"] is True
    finally:
        database.close()
    # A second rescue in the same second does not overwrite the first kept file.
    again = rescue.start_fresh(store, clock=_clock)
    assert again.kept_as[0].name == "passdesk.damaged-20261206-235000-2.sqlite3"


def test_only_damage_counts_as_damage(tmp_path: Path, store: Path) -> None:
    missing = f"sqlite:///{tmp_path / 'nowhere' / 'passdesk.sqlite3'}"
    assert rescue.damaged_file(DatabaseError("cannot create the folder"), missing) is None
    # A sound file whose open failed for another reason (here: a made-up one).
    assert rescue.damaged_file(DatabaseError("database is locked"),
                               f"sqlite:///{store}") is None
    assert rescue.damaged_file(DatabaseError("x"), "postgresql+psycopg://db/venue") is None


def test_rows_only_in_the_wal_of_a_crashed_app_are_rescued(store: Path, tmp_path: Path) -> None:
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    conn = sqlite3.connect(store, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_autocheckpoint=0")  # committed, but only in the -wal
        conn.execute("UPDATE outbox SET state = 'failed' WHERE seq <= 10")
        # Copied while the app still holds it: what a power cut leaves behind.
        for end in ("", "-wal"):
            (crashed / ("passdesk.sqlite3" + end)).write_bytes(
                store.with_name(store.name + end).read_bytes())
    finally:
        conn.close()
    copy = crashed / "passdesk.sqlite3"
    assert len((crashed / "passdesk.sqlite3-wal").read_bytes()) > 0

    report = rescue.rescue(copy, clock=_clock)

    assert report.table("outbox").rescued == 300
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT count(*) FROM outbox WHERE state = 'failed'"
                            ).fetchone()[0] == 10
    assert [p.name for p in report.kept_as] == [
        "passdesk.damaged-20261206-235000.sqlite3",
        "passdesk.damaged-20261206-235000.sqlite3-wal"]


def test_a_door_scan_that_meets_damage_leaves_the_note(store: Path) -> None:
    # The Door writes through the raw SQLite driver, not the engine's error hook: a
    # damaged page it meets must still make the next start offer the rescue.
    from passdesk.core.admission import DoorConfig
    from passdesk.scan.door import Door

    ds.damage(store, ds.leaf_pages(store, "scans")[-1:])  # where the next scan goes
    database = Database.open(f"sqlite:///{store}")
    door = Door(database, DoorConfig())
    try:
        assert damage_mark.seen(store) is None
        with pytest.raises(sqlite3.DatabaseError, match="malformed"):
            door.scan("TKT-NOT-HERE")
        assert "malformed" in (damage_mark.seen(store) or "")
    finally:
        door.close()
        database.close()
