"""The door against a store synced from the sandbox: verdicts, the log, undo, fuzz."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from passdesk.api import PassEntryClient
from passdesk.core.admission import Direction, DoorConfig, Outcome, Reason
from passdesk.scan.door import Door
from passdesk.scan.sources import ScanKind, ScanRead
from passdesk.store.database import Database
from passdesk.store.schema import Event, Pass, Scan
from passdesk.sync.pull import PullSync


@pytest.fixture(scope="module")
def synced_file(tmp_path_factory, sandbox_session):
    """One synced store for the module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("station") / "synced.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    with PassEntryClient(sandbox_session.base_url, "demo") as client:
        PullSync(client, db).run(reconcile=False)
    db.close()
    return path


@pytest.fixture
def db(synced_file, tmp_path):
    copy = tmp_path / "door.sqlite3"
    copy.write_bytes(synced_file.read_bytes())
    database = Database.open(f"sqlite:///{copy}")
    yield database
    database.close()


def running_event(db) -> Event:
    now = datetime.now(UTC)
    with db.session() as s:
        return next(e for e in s.scalars(select(Event))
                    if e.start_time <= now <= e.end_time)


def ticket(db, event_id: str, status: str = "active") -> Pass:
    with db.session() as s:
        return s.scalars(select(Pass).where(Pass.event_id == event_id,
                                            Pass.status == status).limit(1)).first()


@pytest.fixture
def door(db) -> Door:
    return Door(db, DoorConfig(desk="north", event_id=running_event(db).id))


def test_a_valid_ticket_is_admitted_and_logged_before_the_answer(db, door) -> None:
    guest = ticket(db, door.config.event_id)
    result = door.scan(ScanRead(guest.barcode_value, source="wedge", kind=ScanKind.BARCODE))
    assert result.verdict.outcome is Outcome.ADMIT
    assert result.facts.id == guest.id
    assert result.facts.name == guest.display_name
    with db.session() as s:
        logged = s.get(Scan, result.scan_id)
        assert (logged.verdict, logged.pass_id, logged.source, logged.desk) == \
            ("admit", guest.id, "wedge", "north")


def test_every_kind_of_value_finds_the_pass(db, door) -> None:
    guest = ticket(db, door.config.event_id)
    values = [guest.id, guest.id.upper(), guest.ext_id, guest.barcode_value,
              f"https://download.passentry.com/download?pass={guest.id}", f"VAS:{guest.id}"]
    found = {door.scan(v).facts.id for v in values}
    assert found == {guest.id}


def test_the_same_ticket_twice_is_denied_and_undo_lets_it_in_again(db, door) -> None:
    guest = ticket(db, door.config.event_id)
    assert door.scan(guest.id).verdict.outcome is Outcome.ADMIT
    again = door.scan(guest.id)
    assert (again.verdict.outcome, again.verdict.reason) == (Outcome.DENY,
                                                             Reason.ALREADY_ADMITTED)
    assert again.verdict.message.startswith("Already admitted at ")
    undone = door.undo_last_admission()
    assert undone.facts.id == guest.id
    assert door.scan(guest.id).verdict.outcome is Outcome.ADMIT


def test_unknown_deactivated_and_wrong_event_are_denied(db, door) -> None:
    assert door.scan("no-such-ticket-42").verdict.reason is Reason.UNKNOWN_PASS
    deactivated = ticket(db, door.config.event_id, status="deactivated")
    assert door.scan(deactivated.id).verdict.reason is Reason.DEACTIVATED
    with db.session() as s:
        other = s.scalars(select(Pass).where(Pass.event_id.isnot(None),
                                             Pass.event_id != door.config.event_id,
                                             Pass.status == "active")).first()
    assert door.scan(other.id).verdict.reason is Reason.WRONG_EVENT


def test_capacity_and_exit_scans_count_who_is_inside(db) -> None:
    event = running_event(db)
    entry = Door(db, DoorConfig(desk="in", event_id=event.id, capacity=2,
                                      allow_reentry=True))
    exit_door = Door(db, DoorConfig(desk="out", event_id=event.id,
                                          direction=Direction.EXIT, allow_reentry=True))
    with db.session() as s:
        guests = s.scalars(select(Pass.id).where(Pass.event_id == event.id,
                                                 Pass.status == "active").limit(3)).all()
    assert entry.scan(guests[0]).verdict.lets_in
    assert entry.scan(guests[1]).verdict.lets_in
    assert entry.scan(guests[2]).verdict.reason is Reason.CAPACITY_REACHED
    assert exit_door.scan(guests[0]).verdict.outcome is Outcome.EXIT
    assert entry.counters().inside == 1
    assert entry.scan(guests[2]).verdict.lets_in
    assert entry.scan(guests[0]).verdict.reason is Reason.CAPACITY_REACHED  # full again


hostile = st.one_of(
    st.text(max_size=200),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    st.sampled_from(["' OR 1=1 --", "\"; DROP TABLE scans; --", "%", "_", "\\", "\x00",
                     "x" * 10_000, "🎟️" * 500, "VAS:", "https://", "https://x/?pass=",
                     "NDEF:\x00\x00", "SELECT * FROM passes"]),
)


@settings(max_examples=1500, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hostile)
def test_hostile_values_get_a_clean_deny_and_a_log_row(door, value) -> None:
    result = door.scan(ScanRead(value, source="fuzz", kind=ScanKind.BARCODE))
    assert result.verdict.outcome is Outcome.DENY
    assert result.verdict.message
    assert len(result.value) <= 512


def test_the_fuzzed_door_still_works(db, door) -> None:
    for value in ["' OR 1=1 --", "x" * 10_000, "\x00\x01", ""]:
        door.scan(value)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Scan)) == 4
        assert s.scalar(select(func.count()).select_from(Pass)) == 2000  # nothing dropped
    guest = ticket(db, door.config.event_id)
    assert door.scan(guest.id).verdict.outcome is Outcome.ADMIT


def test_a_ticket_before_doors_open(db) -> None:
    event = running_event(db)
    later = Door(db, DoorConfig(event_id=event.id,
                                      doors_open=datetime.now(UTC) + timedelta(hours=1)))
    assert later.scan(ticket(db, event.id).id).verdict.reason is Reason.TOO_EARLY


def test_the_store_answers_what_a_door_screen_lists(db, door) -> None:
    from passdesk.store import admissions, search

    guest = ticket(db, door.config.event_id)
    door.scan(guest.id)
    door.scan("nobody-at-all")
    with db.session() as s:
        recent = admissions.recent_scans(s, "north")
        assert [(r.verdict, r.holder) for r in recent] == [("deny", None),
                                                          ("admit", guest.display_name)]
        hits = search.find_passes(s, guest.display_name, limit=200)
        assert guest.id in [h.id for h in hits]
        assert all(h.name for h in hits)
        events = admissions.door_events(s)
        assert len(events) == 3
        assert [e.start for e in events] == sorted(e.start for e in events)
