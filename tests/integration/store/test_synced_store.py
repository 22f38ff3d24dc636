"""A store synced from the sandbox, on SQLite and on PostgreSQL: the same answers.

The pull writes the demo data (2,000 passes) into each database; then the
door, the search, the Passes list and the scan log are asked the same
questions on both. Nothing here changes the sandbox (test_push_on_both.py does).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from passdesk.api import PassEntryClient
from passdesk.core.admission import Direction, DoorConfig, Outcome, Reason
from passdesk.scan.door import Door
from passdesk.store import pass_list, scans, search
from passdesk.store.database import Database
from passdesk.store.pass_list import PassFilter, SortKey
from passdesk.store.schema import Event, Pass, PassTemplate, Scan
from passdesk.sync.pull import PullSync


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def synced(request: pytest.FixtureRequest, tmp_path_factory, sandbox_session) -> Iterator[tuple]:
    """(kind, url) of one store synced from the session's sandbox, per backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('synced') / 'synced.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_server").create_database()
    db = Database.open(url)
    with PassEntryClient(sandbox_session.base_url, "demo") as client:
        PullSync(client, db).run(reconcile=False)
    db.close()
    yield request.param, url
    if request.param == "postgresql":
        request.getfixturevalue("pg_server").drop_database(url)


@pytest.fixture
def db(synced, tmp_path, request: pytest.FixtureRequest) -> Iterator[Database]:
    """This test's own copy of the synced store."""
    kind, url = synced
    if kind == "sqlite":
        copy = tmp_path / "copy.sqlite3"
        copy.write_bytes(Path(url.removeprefix("sqlite:///")).read_bytes())
        copy_url = f"sqlite:///{copy}"
    else:
        server = request.getfixturevalue("pg_server")
        copy_url = server.copy_database(url)
    database = Database.open(copy_url)
    yield database
    database.close()
    if kind == "postgresql":
        server.drop_database(copy_url)


def running_event(db: Database) -> Event:
    now = datetime.now(UTC)
    with db.session() as s:
        return next(e for e in s.scalars(select(Event)) if e.start_time <= now <= e.end_time)


def guests(db: Database, event_id: str, count: int) -> list[Pass]:
    with db.session() as s:
        return list(s.scalars(select(Pass).where(Pass.event_id == event_id,
                                                 Pass.status == "active",
                                                 Pass.barcode_value.is_not(None),
                                                 Pass.ext_id.is_not(None))
                              .order_by(Pass.id).limit(count)))


def test_the_pull_stored_everything(db) -> None:
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Pass)) == 2000
        assert s.scalar(select(func.count()).select_from(Event)) == 3
        template = s.scalars(select(PassTemplate).limit(1)).one()
        assert template.attributes  # the API's record, as sent
        assert not search.indexing_suspended(s)


def test_the_door_admits_once_denies_again_undoes_and_counts(db) -> None:
    event = running_event(db)
    door = Door(db, DoorConfig(desk="north", event_id=event.id, capacity=2,
                                     allow_reentry=True))
    exit_door = Door(db, DoorConfig(desk="out", event_id=event.id,
                                          direction=Direction.EXIT, allow_reentry=True))
    a, b, c = guests(db, event.id, 3)
    assert door.scan(a.barcode_value).verdict.outcome is Outcome.ADMIT
    again = door.scan(a.ext_id)
    assert (again.verdict.outcome, again.verdict.reason) == (Outcome.DENY,
                                                             Reason.ALREADY_ADMITTED)
    assert door.scan(b.id).verdict.lets_in
    assert door.scan(c.id).verdict.reason is Reason.CAPACITY_REACHED
    assert exit_door.scan(a.id).verdict.outcome is Outcome.EXIT
    assert door.counters().inside == 1
    assert door.scan(c.id).verdict.lets_in
    undone = door.undo_last_admission()
    assert undone.facts.id == c.id
    assert door.counters().inside == 1
    assert door.scan(a.id).verdict.reason is Reason.READMITTED  # after its exit
    door.close()
    exit_door.close()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Scan)) == 7
        out = io.StringIO()
        assert scans.export_csv(s, out) == 7


def test_search_and_the_passes_list_agree_on_both_databases(db) -> None:
    with db.session() as s:
        sample = s.scalars(select(Pass).where(Pass.display_name.is_not(None))
                           .order_by(Pass.id).limit(1)).one()
        first, *_middle, last = sample.display_name.split()
        assert sample.id in search.search_ids(s, f"{first[:3]} {last}", limit=500)
        assert sample.id in search.search_ids(s, sample.ext_id)
        assert search.search_ids(s, "zzzzqqq") == []
        keys = pass_list.list_keys(s, PassFilter(text=last, status=sample.status),
                                   SortKey("display_name", descending=False))
        rows = pass_list.fetch_rows(s, keys.keys)
        assert sample.id in [r.id for r in rows]
        assert all(r.status == sample.status for r in rows)
        names = [r.display_name for r in rows]
        assert names == sorted(names)
        everything = pass_list.list_keys(s, PassFilter(), SortKey())
        assert len(everything.keys) == 2000
        created = [r.created_at for r in pass_list.fetch_rows(s, everything.keys[:50])]
        assert created == sorted(created, reverse=True)
