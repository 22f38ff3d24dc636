"""The Insights figures against a direct count of the scans, over generated scan logs.

Each log mixes desks, the hub and a PassEntry reader, exits and re-entries,
denials, holds decided later, undos, deletes and scans that arrive late from
another desk (written after newer ones). The figures come from the tallies the
triggers keep (``store/insights.py``); the expected values are counted here,
row by row, from the ``scans`` table itself.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text, update

from passdesk.core.insights import (
    CONFLICTS_LISTED,
    RATE_WINDOW,
    Scope,
    step_of,
)
from passdesk.store import insights, scans
from passdesk.store.database import Database
from passdesk.store.schema import Event, Pass, Reader, Scan

NOW = datetime(2026, 12, 6, 21, 30, 12, tzinfo=UTC)
START = NOW - timedelta(hours=3)
DOORS = [("Door 1", None), ("Door 2", None), ("hub", "vtap-7"), ("passentry:rd-2", "rd-2")]
REASONS = {"admit": ["admitted", "readmitted"], "warn": ["removed from wallet"],
           "deny": ["already admitted", "wrong event", "unknown pass", "doors closed"],
           "exit": ["exited"], "hold": ["held"]}
VERDICTS = ["admit"] * 8 + ["warn", "deny", "deny", "exit", "exit", "hold"]


def seed_store(db: Database, n_passes: int = 40) -> None:
    with db.session() as s:
        s.add(Event(id="E1", name="Winter Ball", start_time=START,
                    end_time=NOW + timedelta(hours=2)))
        s.add(Event(id="E2", name="Matinee"))
        s.add(Reader(id="rd-2", name="South Gate"))
        s.add(Reader(id="vtap-7", name="VTAP left"))
        for k in range(n_passes):
            event = "E1" if k % 5 else ("E2" if k % 10 else None)
            s.add(Pass(id=f"p{k}", display_name=f"Guest {k}", event_id=event))


def generate(db: Database, rng: random.Random, operations: int = 300) -> list:
    """Random scans, undos, hold decisions and deletes, each committed on its own.

    Returns the deleted scans: a door's last scan stays its last one (passdesk never
    deletes a scan; the tallies cannot take back a latest time)."""
    written: list[str] = []
    deleted: list = []
    for _ in range(operations):
        roll = rng.random()
        with db.session() as s:
            if roll < 0.8 or not written:
                desk, reader = rng.choice(DOORS)
                verdict = rng.choice(VERDICTS)
                # One scan in six arrives late: made earlier, written now.
                late = rng.random() < 1 / 6
                at = START + timedelta(seconds=rng.uniform(0, 3 * 3600 if not late else 3600))
                if rng.random() < 0.1:  # in the last few minutes: the rate now
                    at = NOW - timedelta(seconds=rng.uniform(0, 400))
                written.append(scans.record_scan(
                    s, scanned_at=at, raw_value="x", source="wedge",
                    pass_id=None if rng.random() < 0.05 else f"p{rng.randrange(40)}",
                    event_id=rng.choice(["E1", "E1", "E1", "E2", None]),
                    desk=desk, reader_id=reader, verdict=verdict,
                    reason=rng.choice(REASONS[verdict])))
            elif roll < 0.9:
                s.execute(update(Scan).where(Scan.id == rng.choice(written))
                          .values(undone_at=NOW))
            elif roll < 0.97:
                s.execute(update(Scan).where(Scan.id == rng.choice(written), Scan.verdict == "hold")
                          .values(verdict=rng.choice(["admit", "deny"]), decision="confirmed",
                                  decided_at=NOW, decided_by="Door 1"))
            else:
                gone = written.pop(rng.randrange(len(written)))
                deleted.extend(s.execute(select(*SCAN_FIELDS).where(Scan.id == gone)).all())
                s.execute(Scan.__table__.delete().where(Scan.id == gone))
    return deleted


@pytest.fixture
def store(tmp_path) -> Iterator[Database]:
    db = Database.open(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    yield db
    db.close()


@pytest.fixture
def pg_store(pg_database_url) -> Iterator[Database]:
    db = Database.open(pg_database_url)
    yield db
    db.close()


# --- the direct count ------------------------------------------------------------------


SCAN_FIELDS = (Scan.scanned_at, Scan.pass_id, Scan.event_id, Scan.desk, Scan.reader_id,
               Scan.verdict, Scan.reason, Scan.undone_at)


def all_scans(db: Database) -> list:
    with db.session() as s:
        return s.execute(select(*SCAN_FIELDS)).all()


def in_scope(row, scope: Scope) -> bool:
    if scope.event_id is not None:
        return row.event_id == scope.event_id
    return scope.start <= row.scanned_at < scope.end


def verdict(row) -> str:
    return "undone" if row.undone_at is not None else row.verdict


def expected(db: Database, scope: Scope, now: datetime, deleted: list) -> dict:
    rows = [r for r in all_scans(db) if in_scope(r, scope)]
    admissions = [r for r in rows if verdict(r) in ("admit", "warn")]
    per_step: dict[tuple[str, datetime], int] = Counter(
        (insights.door_key(r.desk, r.reader_id or ""), step_of(r.scanned_at)) for r in admissions)
    last: dict[str, datetime] = {}
    for r in rows:
        key = insights.door_key(r.desk, r.reader_id or "")
        last[key] = max(last.get(key, r.scanned_at), r.scanned_at)
    rate = Counter(insights.door_key(r.desk, r.reader_id or "") for r in admissions
                   if now - RATE_WINDOW < r.scanned_at <= now)
    # A conflict belongs to a pass at an event; a day lists those admitted during it.
    by_pass: dict[tuple[str | None, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in all_scans(db):
        if r.pass_id is not None and verdict(r) in ("admit", "warn", "exit") and (
                scope.event_id is None or r.event_id == scope.event_id):
            by_pass[(r.event_id, r.pass_id)][0 if verdict(r) != "exit" else 1] += 1
    in_day = {(r.event_id, r.pass_id) for r in admissions}
    conflicts = {key for key, (a, x) in by_pass.items() if a >= x + 2 and key in in_day}
    exits = sum(1 for r in rows if verdict(r) == "exit")
    return {
        "admitted": len(admissions),
        "re_entries": sum(1 for r in admissions if r.reason == "readmitted"),
        "exits": exits,
        "inside": max(0, len(admissions) - exits),
        "denied": dict(Counter(r.reason for r in rows if verdict(r) == "deny")),
        "holds": sum(1 for r in rows if verdict(r) == "hold"),
        "undone": sum(1 for r in rows if verdict(r) == "undone"),
        "per_step": per_step, "last": last, "rate": rate, "conflicts": conflicts,
        "admitted_passes": {r.pass_id for r in admissions if r.pass_id is not None},
        # A door's latest time cannot go back when its latest scan is deleted (the
        # app never deletes one): those doors' last scan is not compared.
        "deleted_at": {insights.door_key(r.desk, r.reader_id or "") for r in deleted
                       if in_scope(r, scope)},
    }


def check(db: Database, scope: Scope, deleted: list, now: datetime = NOW) -> None:
    with db.session() as s:
        got = insights.attendance(s, scope, now)
        tickets = {p for p, e in s.execute(select(Pass.id, Pass.event_id)).all()
                   if e == scope.event_id}
    want = expected(db, scope, now, deleted)
    assert got.admitted == want["admitted"]
    assert got.re_entries == want["re_entries"]
    assert got.exits == want["exits"]
    assert got.inside == want["inside"]
    assert got.denied == want["denied"]
    assert got.holds_waiting == want["holds"]
    assert got.undone == want["undone"]
    # Every step of every door, including the steps where a door admitted no one.
    for door in got.doors:
        assert door.per_step == tuple(want["per_step"].get((door.key, step), 0)
                                      for step in got.steps), door.name
        assert door.admitted == sum(door.per_step)
        if door.key not in want["deleted_at"]:
            assert door.last_scan_at == want["last"][door.key]
        assert door.rate_now == pytest.approx(want["rate"].get(door.key, 0) / 5)
    assert {d.key for d in got.doors} == set(want["last"])
    assert sum(got.per_step) == want["admitted"]
    assert {(c.event_id, c.pass_id) for c in got.conflicts} == want["conflicts"]
    assert got.conflict_count == len(want["conflicts"])
    if scope.event_id is not None:
        assert got.tickets == len(tickets)
        assert got.passes_admitted == len(want["admitted_passes"] & tickets)
        assert got.no_shows == len(tickets - want["admitted_passes"])


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_every_figure_equals_a_direct_count_of_a_generated_log(store, seed) -> None:
    db = store
    seed_store(db)
    deleted = generate(db, random.Random(seed))
    check(db, Scope(event_id="E1"), deleted)
    check(db, Scope(event_id="E2"), deleted)
    local = ZoneInfo("Europe/Berlin")
    check(db, insights.day_scope(NOW.astimezone(local).date(), local), deleted)


def test_the_same_on_postgresql(pg_store) -> None:
    db = pg_store
    seed_store(db)
    deleted = generate(db, random.Random(7), operations=200)
    check(db, Scope(event_id="E1"), deleted)
    check(db, insights.day_scope(date(2026, 12, 6), ZoneInfo("America/New_York")), deleted)


#: The counts (a latest time cannot go back after a delete or a decided hold).
TALLY_COUNTS = ("SELECT event_key, step, desk, reader_key, verdict, reason, scans "
                "FROM scan_tally WHERE scans > 0")


def test_tallies_built_by_the_migration_equal_those_the_triggers_keep(store) -> None:
    """A store with scans before 0019 gets its tallies counted once, then kept."""
    db = store
    seed_store(db)
    generate(db, random.Random(11), operations=150)
    with db.session() as s:
        kept = sorted(s.execute(text(TALLY_COUNTS)).all())
        kept_passes = sorted(s.execute(text(
            "SELECT * FROM pass_tally WHERE admissions > 0 OR exits > 0")).all())
    with db.engine.begin() as connection:
        from passdesk.store.scan_tallies import rebuild_sql
        for statement in rebuild_sql("sqlite"):
            connection.exec_driver_sql(statement)
    with db.session() as s:
        assert sorted(s.execute(text(TALLY_COUNTS)).all()) == kept
        assert sorted(s.execute(text(
            "SELECT * FROM pass_tally WHERE admissions > 0 OR exits > 0")).all()) == kept_passes


def test_a_split_lists_each_pass_admitted_twice_with_times_and_doors(store) -> None:
    db = store
    seed_store(db)
    t = START + timedelta(minutes=30)
    with db.session() as s:
        def scan(pass_id, at, desk, reader=None, verdict="admit", reason="admitted"):
            scans.record_scan(s, scanned_at=at, raw_value=pass_id, source="wedge",
                              pass_id=pass_id, event_id="E1", desk=desk, reader_id=reader,
                              verdict=verdict, reason=reason)
        scan("p1", t, "Door 1")
        scan("p1", t + timedelta(minutes=4), "passentry:rd-2", "rd-2")  # both offline
        scan("p2", t, "Door 1")
        scan("p2", t + timedelta(minutes=50), "Door 1", verdict="exit", reason="exited")
        scan("p2", t + timedelta(minutes=60), "Door 2", reason="readmitted")  # a re-entry
    with db.session() as s:
        got = insights.attendance(s, Scope(event_id="E1"), NOW)
    assert got.conflict_count == 1
    (conflict,) = got.conflicts
    assert conflict.pass_id == "p1"
    assert conflict.holder == "Guest 1"
    assert [(c.at, c.door) for c in conflict.scans] == [
        (t, "Door 1"), (t + timedelta(minutes=4), "South Gate (PassEntry reader)")]
    assert conflict.doors == ("Door 1", "South Gate (PassEntry reader)")
    assert got.re_entries == 1
    assert got.inside == 3
    with db.session() as s:
        assert insights.conflicted(s, "E1", ["p1", "p2", "p9"]) == {"p1"}
    # An undo of the second admission ends the conflict.
    with db.session() as s:
        s.execute(update(Scan).where(Scan.pass_id == "p1", Scan.desk != "Door 1")
                  .values(undone_at=NOW))
    with db.session() as s:
        assert insights.attendance(s, Scope(event_id="E1"), NOW).conflict_count == 0


def test_the_conflict_list_stops_but_its_count_does_not(store) -> None:
    db = store
    count = CONFLICTS_LISTED + 20
    with db.session() as s:
        s.add(Event(id="E1", name="Big night"))
        for k in range(count):
            for desk in ("Door 1", "Door 2"):
                scans.record_scan(s, scanned_at=START + timedelta(seconds=k), raw_value="v",
                                  source="wedge", pass_id=f"q{k}", event_id="E1", desk=desk,
                                  verdict="admit", reason="admitted")
    with db.session() as s:
        got = insights.attendance(s, Scope(event_id="E1"), NOW)
    assert got.conflict_count == count
    assert len(got.conflicts) == CONFLICTS_LISTED
    assert got.conflicts[0].pass_id == "q0"  # oldest first


def test_the_glance_is_this_desks_pace_and_the_events_head_count(store) -> None:
    db = store
    seed_store(db)
    with db.session() as s:
        for k, desk in enumerate(["Door 1"] * 6 + ["Door 2"] * 3):
            scans.record_scan(s, scanned_at=NOW - timedelta(seconds=20 * k), raw_value="v",
                              source="wedge", pass_id=f"p{k}", event_id="E1", desk=desk,
                              verdict="admit", reason="admitted")
        scans.record_scan(s, scanned_at=NOW - timedelta(minutes=30), raw_value="v",
                          source="wedge", pass_id="p1", event_id="E1", desk="Door 1",
                          verdict="exit", reason="exited")
        scans.record_scan(s, scanned_at=NOW - timedelta(minutes=8), raw_value="v",
                          source="wedge", pass_id="p20", event_id="E1", desk="Door 1",
                          verdict="admit", reason="admitted")  # outside the last 5 minutes
    with db.session() as s:
        door_1 = insights.glance(s, "E1", "Door 1", NOW)
        door_2 = insights.glance(s, "E1", "Door 2", NOW)
    assert door_1.rate_now == pytest.approx(6 / 5)
    assert door_2.rate_now == pytest.approx(3 / 5)
    assert door_1.inside == door_2.inside == 10 - 1


def test_a_day_is_local_midnight_to_midnight(store) -> None:
    db = store
    tokyo = ZoneInfo("Asia/Tokyo")  # midnight there is 15:00 UTC
    with db.session() as s:
        for at in (datetime(2026, 12, 6, 14, 59, 59, tzinfo=UTC),
                   datetime(2026, 12, 6, 15, 0, 0, tzinfo=UTC),
                   datetime(2026, 12, 7, 14, 59, 0, tzinfo=UTC)):
            scans.record_scan(s, scanned_at=at, raw_value="v", source="wedge", pass_id="p",
                              desk="Door 1", verdict="admit", reason="admitted")
    with db.session() as s:
        got = insights.attendance(s, insights.day_scope(date(2026, 12, 7), tokyo), NOW)
    assert got.admitted == 2
    assert got.steps[0] == datetime(2026, 12, 6, 15, 0, tzinfo=UTC)
    assert got.tickets is None
    assert got.no_shows is None


def test_the_doors_history_flags_an_admission_held_inside_twice(store) -> None:
    from passdesk.store import admissions

    seed_store(store)
    with store.session() as s:
        for desk, minutes, verdict, reason in (("Door 1", 0, "admit", "admitted"),
                                               ("Door 1", 1, "deny", "already admitted"),
                                               ("Door 2", 2, "admit", "admitted")):
            scans.record_scan(s, scanned_at=START + timedelta(minutes=minutes), raw_value="v",
                              source="wedge", pass_id="p1", event_id="E1", desk=desk,
                              verdict=verdict, reason=reason)
        scans.record_scan(s, scanned_at=START, raw_value="v", source="wedge", pass_id="p2",
                          event_id="E1", desk="Door 1", verdict="admit", reason="admitted")
    with store.session() as s:
        flags = {(r.value, r.verdict, r.holder): r.conflict
                 for r in admissions.recent_scans(s, "Door 1")}
    assert flags == {("v", "admit", "Guest 1"): True, ("v", "deny", "Guest 1"): False,
                     ("v", "admit", "Guest 2"): False}


def test_a_door_for_any_event_glances_at_everyone_inside_as_its_counters_do(store) -> None:
    from passdesk.store import admissions

    seed_store(store)
    with store.session() as s:
        for k, event in enumerate(["E1", "E1", "E2", None]):
            scans.record_scan(s, scanned_at=NOW - timedelta(seconds=30 * k), raw_value="v",
                              source="wedge", pass_id=f"p{k}", event_id=event, desk="Door 1",
                              verdict="admit", reason="admitted")
    with store.session() as s:
        anywhere = insights.glance(s, None, "Door 1", NOW)
        assert anywhere.inside == admissions.inside_count(s, None) == 4
        assert anywhere.rate_now == pytest.approx(4 / 5)
        assert insights.glance(s, "E1", "Door 1", NOW).inside == 2
