"""The pull's write path on real SQLite files: rows made ready ahead (passes.ready_groups,
write_ready) store what upsert_passes stores, nullified passes and events included; the
events a pull placed are placed once (pass_events.PlacedEvents); the cursor written as
one statement (sync_state.write_now) reads back as sync_state.write's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text

from passdesk.core.records import Pass as PassRecord
from passdesk.store import pass_events, rows, sync_state
from passdesk.store import passes as pass_store
from passdesk.store.database import Database
from passdesk.store.schema import Event, Pass
from tests.helpers.stored_rows import stored_rows

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
EVENT = {"event": {"name": "Gala", "startDateTime": "2026-06-01T19:00:00Z",
                   "endDateTime": "2026-06-01T23:00:00Z"}, "venue": {"name": "Hall"}}


def record(pass_id: str, **attrs) -> PassRecord:
    base = {"status": "active", "extId": f"x-{pass_id}", "createdAt": "2026-04-01T10:00:00Z",
            "addedAt": "2026-04-02T10:00:00.250Z", "groupTags": ["vip"],
            "barcode": {"enabled": True, "type": "qr", "source": "custom",
                        "value": f"TKT-{pass_id}"},
            "passContent": {"fullName": f"Ann {pass_id}"}}
    return PassRecord.from_resource({"id": pass_id, "type": "pass",
                                     "attributes": {**base, **attrs}})


def records() -> list[PassRecord]:
    return [record("p1"), record("p2", enhancedEventData=EVENT),
            record("p3", status="nullified", nullifiedAt="2026-04-03T00:00:00Z", extId=None,
                   barcode={"enabled": False}),
            record("p4", enhancedEventData=EVENT, groupTags=None, addedAt=None)]


def write_both(ready: Database, upserted: Database, recs: list[PassRecord]) -> None:
    page_rows = [rows.pass_row(r, NOW) for r in recs]
    events = [e for e in (rows.pass_event_row(r, NOW) for r in recs) if e]
    with ready.cache_session() as session:
        mapping, _ = pass_events.PlacedEvents().place(session, events)
        pass_store.write_ready(session, pass_store.ready_groups(page_rows), mapping)
    with upserted.cache_session() as session:
        pass_store.upsert_passes(session, page_rows, events)


def test_rows_made_ready_store_what_upsert_passes_stores(two) -> None:
    ready, upserted = two
    write_both(ready, upserted, records())
    assert stored_rows(ready, "passes") == stored_rows(upserted, "passes")
    assert len(stored_rows(ready, "passes")) == 4
    # A pass nullified later keeps its code, on both paths.
    later = [record("p1", status="nullified", nullifiedAt="2026-04-05T00:00:00Z",
                    barcode={"enabled": False})]
    write_both(ready, upserted, later)
    assert stored_rows(ready, "passes") == stored_rows(upserted, "passes")
    with ready.session() as session:
        assert session.get(Pass, "p1").barcode_value == "TKT-p1"


def test_a_listed_event_takes_the_passes_on_the_ready_path_too(two) -> None:
    ready, upserted = two
    listed = {"id": "ev-9", "name": "Gala", "start_time": datetime(2026, 6, 1, 19, tzinfo=UTC),
              "attributes": {}, "source": None}
    for db in two:
        with db.session() as session:
            session.add(Event(**listed))
    write_both(ready, upserted, records())
    assert stored_rows(ready, "passes") == stored_rows(upserted, "passes")
    with ready.session() as session:
        assert session.get(Pass, "p2").event_id == "ev-9"
        assert session.scalar(select(func.count()).select_from(Event)) == 1


def test_a_pull_places_an_event_once_and_again_when_it_changes(tmp_path,
                                                               monkeypatch) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'events.sqlite3'}")
    placed = pass_events.PlacedEvents()
    upserts = []
    original = pass_events.place

    def counting(session, events):
        upserts.append([e["id"] for e in events])
        return original(session, events)

    monkeypatch.setattr(pass_events, "place", counting)
    try:
        event = rows.pass_event_row(record("p2", enhancedEventData=EVENT), NOW)
        for synced in (NOW, datetime(2026, 5, 1, 12, 5, tzinfo=UTC)):
            with db.cache_session() as session:
                mapping, new = placed.place(session, [{**event, "synced_at": synced}])
            placed.keep(new)
            assert mapping == {event["id"]: event["id"]}
        assert upserts == [[event["id"]], []]  # the same event again: not written again
        renamed = {**event, "venue_name": "Hall B"}
        with db.cache_session() as session:
            _, new = placed.place(session, [renamed])
        placed.keep(new)
        assert upserts[-1] == [event["id"]]
        with db.session() as session:
            assert session.get(Event, event["id"]).venue_name == "Hall B"
        # Placed in a transaction that rolled back (never kept): placed again.
        other = {**event, "id": "eed-other", "name": "Other"}
        def fail_after_placing() -> None:
            with db.cache_session() as session:
                placed.place(session, [other])
                raise RuntimeError("the page failed")

        with pytest.raises(RuntimeError):
            fail_after_placing()
        with db.cache_session() as session:
            placed.place(session, [other])
        assert upserts[-1] == ["eed-other"]
    finally:
        db.close()


def test_the_cursor_written_in_one_statement_reads_back(tmp_path) -> None:
    db = Database.open(f"sqlite:///{tmp_path / 'state.sqlite3'}")
    try:
        cursor = {"mode": "full", "next_page": 3, "newest": None, "before": "2026-05-01T12:00:00Z"}
        with db.cache_session() as session:
            sync_state.write_now(session, "passes", cursor)
        with db.session() as session:
            assert sync_state.read(session, "passes") == cursor
            sync_state.write(session, "other", cursor)
        with db.session() as session:  # the same text as the JSON type stores
            texts = session.execute(text('SELECT value FROM sync_state WHERE "key" IN '
                                         "('passes', 'other')")).scalars().all()
        assert len(texts) == 2
        assert texts[0] == texts[1]
        with db.cache_session() as session:  # over a row that exists
            sync_state.write_now(session, "passes", {**cursor, "next_page": 4})
        with db.session() as session:
            assert sync_state.read(session, "passes")["next_page"] == 4
    finally:
        db.close()
