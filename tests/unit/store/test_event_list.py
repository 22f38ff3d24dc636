"""The Events pane's list: filtered, sorted, each event with its unsent changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.event_list import (
    EventFilter,
    EventSort,
    When,
    get_event,
    list_events,
    statuses,
    unsent_changes,
)
from passdesk.store.schema import Event

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@pytest.fixture
def db(db_url):
    database = Database.open(db_url)
    with database.session() as s:
        s.add_all([
            Event(id="e-gala", name="Summer Gala", venue_name="Town Hall",
                  start_time=NOW + 48 * HOUR, end_time=NOW + 52 * HOUR,
                  time_zone="Europe/Berlin", status="upcoming", passes_count=120),
            Event(id="e-jazz", name="jazz night", venue_name="The Cellar",
                  start_time=NOW - 2 * HOUR, end_time=NOW + HOUR,  # on now
                  time_zone="America/New_York", status="ongoing", passes_count=40),
            Event(id="e-fair", name="Book Fair", venue_name="Hall 100%_B",
                  start_time=NOW - 72 * HOUR, end_time=NOW - 60 * HOUR,
                  time_zone="Europe/London", status="ended", passes_count=900),
            Event(id="e-open", name="Open Day", venue_name="Campus",
                  start_time=NOW - 5 * HOUR, end_time=None,  # no end: over once started
                  time_zone="UTC", status="ended", passes_count=None),
            Event(id="local-1", name="Draft", venue_name="Town Hall",
                  start_time=None, end_time=None, time_zone=None, status="pending"),
        ])
    yield database
    database.close()


def ids(db, **kwargs) -> list[str]:
    with db.session() as s:
        return [row.id for row in list_events(s, now=NOW, **kwargs)]


def test_upcoming_keeps_what_is_not_over_past_the_rest(db) -> None:
    assert ids(db, where=EventFilter(when=When.UPCOMING)) == ["e-jazz", "e-gala", "local-1"]
    assert ids(db, where=EventFilter(when=When.PAST)) == ["e-fair", "e-open"]
    assert ids(db) == ["e-fair", "e-open", "e-jazz", "e-gala", "local-1"]


def test_text_matches_name_or_venue_in_any_case_and_literally(db) -> None:
    assert ids(db, where=EventFilter(text="JAZZ")) == ["e-jazz"]
    assert ids(db, where=EventFilter(text=" town hall ")) == ["e-gala", "local-1"]
    assert ids(db, where=EventFilter(text="100%_")) == ["e-fair"]
    assert ids(db, where=EventFilter(text="%")) == ["e-fair"]  # not a wildcard
    assert ids(db, where=EventFilter(text="gala", when=When.PAST)) == []


def test_status_filter_and_the_statuses_to_offer(db) -> None:
    assert ids(db, where=EventFilter(status="ended")) == ["e-fair", "e-open"]
    with db.session() as s:
        assert statuses(s) == ["ended", "ongoing", "pending", "upcoming"]


def test_sorts_with_missing_values_last(db) -> None:
    assert ids(db, sort=EventSort.START, descending=True) == \
        ["e-gala", "e-jazz", "e-open", "e-fair", "local-1"]
    assert ids(db, sort=EventSort.NAME) == ["e-fair", "local-1", "e-jazz", "e-open", "e-gala"]
    assert ids(db, sort=EventSort.PASSES, descending=True) == \
        ["e-fair", "e-gala", "e-jazz", "local-1", "e-open"]  # no count: last, by name
    assert ids(db, sort=EventSort.VENUE)[:2] == ["e-open", "e-fair"]


def test_rows_are_plain_data_with_aware_utc_times(db) -> None:
    with db.session() as s:
        row = get_event(s, "e-gala")
        assert get_event(s, "e-nothing") is None
    assert row is not None
    assert (row.name, row.venue_name, row.time_zone, row.status, row.passes_count) == \
        ("Summer Gala", "Town Hall", "Europe/Berlin", "upcoming", 120)
    assert row.start == NOW + 48 * HOUR
    assert row.start.tzinfo is not None
    assert not row.pending
    assert not row.is_local


def test_unsent_changes_mark_their_event_until_delivered(db) -> None:
    with db.session() as s:
        create = outbox.enqueue(s, kind="event.create", order_key="local-1",
                                target_id="local-1", payload={}, now=NOW)
        outbox.enqueue(s, kind="event.update", order_key="e-gala", target_id="e-gala",
                       payload={}, now=NOW)
        refused = outbox.enqueue(s, kind="event.update", order_key="e-fair",
                                 target_id="e-fair", payload={}, now=NOW)
        outbox.enqueue(s, kind="event.update", order_key="e-fair", target_id="e-fair",
                       payload={}, now=NOW)
        # A pass change with an id like an event's is not an event change.
        outbox.enqueue(s, kind="pass.update", order_key="e-jazz", target_id="e-jazz",
                       payload={}, now=NOW)
        refused.state = outbox.FAILED
    with db.session() as s:
        rows = {r.id: r for r in list_events(s, now=NOW)}
    assert rows["local-1"].pending
    assert rows["local-1"].is_local
    assert rows["e-gala"].unsent == "pending"
    assert not rows["e-gala"].needs_a_person
    # A refused change behind it: the person must act, whatever else waits.
    assert rows["e-fair"].unsent == "failed"
    assert rows["e-fair"].needs_a_person
    assert not rows["e-jazz"].pending
    assert not rows["e-open"].pending

    with db.session() as s:
        outbox.get(s, create.seq).state = outbox.DONE
        outbox.discard(s, refused.seq)
    with db.session() as s:
        assert unsent_changes(s) == {"e-gala": "pending", "e-fair": "pending"}
