"""store.access and store.audit with several desks on one PostgreSQL database.

Each desk is its own ``Database`` (its own engine and connections), as two
computers at the venue would be. Staff and their wrong PIN tries are shared:
a lockout earned across desks holds at every desk, and desks typing wrong PINs
at the same moment never lose a try (the person's row is locked for the check).
The audit trail stays one whole chain however many desks append at once.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from passdesk.core.roles import Role
from passdesk.store import access, audit
from passdesk.store.access import AccessError
from passdesk.store.database import Database
from passdesk.store.schema import AuditRow, StaffMember

pytestmark = pytest.mark.postgres

T0 = datetime(2026, 12, 7, 21, 0, tzinfo=UTC)
PIN = "482913"
WRONG_PIN = "0000"


@pytest.fixture
def desks(pg_database_url: str) -> Iterator[tuple[Database, Database]]:
    """Desk A and desk B on the same PostgreSQL database."""
    a, b = Database.open(pg_database_url), Database.open(pg_database_url)
    yield a, b
    a.close()
    b.close()


def check(db: Database, name: str, pin: str, now: datetime = T0) -> access.PinCheck:
    with db.session() as s:
        return access.check_pin(s, name, pin, now=now)


def staff_row(db: Database, name: str) -> StaffMember:
    with db.session() as s:
        row = s.get(StaffMember, name)
        assert row is not None
        return row


def in_threads(work: Callable[[int], object], count: int) -> list[object]:
    """Run ``work(0)`` … ``work(count - 1)`` in threads released together; their
    results in order (an exception raised is re-raised here)."""
    barrier = threading.Barrier(count)
    results: list[object] = [None] * count
    errors: list[BaseException] = []

    def run(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            results[index] = work(index)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
        assert not thread.is_alive(), "a desk never finished"
    if errors:
        raise errors[0]
    return results


def test_a_person_added_at_one_desk_is_known_at_the_other(desks) -> None:
    a, b = desks
    with a.session() as s:
        access.add_person(s, "Mia", Role.MANAGER, PIN, now=T0)
    with b.session() as s:
        assert [(p.name, p.role) for p in access.people(s)] == [("Mia", Role.MANAGER)]
        assert access.rules(s).roles_on
    assert check(b, "Mia", PIN).ok
    with b.session() as s, pytest.raises(AccessError, match="already someone called Mia"):
        access.add_person(s, "Mia", Role.SUPERVISOR, "1234", now=T0)


def test_wrong_tries_at_two_desks_count_together(desks) -> None:
    a, b = desks
    with a.session() as s:
        access.add_person(s, "Ann", Role.SUPERVISOR, PIN, now=T0)
    words_a = [check(a, "Ann", WRONG_PIN).words for _ in range(3)]
    words_b = [check(b, "Ann", WRONG_PIN).words for _ in range(2)]
    assert [w.split(".")[1].strip() for w in words_a + words_b[:1]] == [
        "4 tries left before a lockout", "3 tries left before a lockout",
        "2 tries left before a lockout", "1 try left before a lockout"]
    assert "Try again in 30 seconds" in words_b[-1]
    for desk in (a, b):  # the right PIN is refused at both desks while locked out
        during = check(desk, "Ann", PIN, T0 + timedelta(seconds=10))
        assert not during.ok
        assert "Try again in 20 seconds" in during.words
    row = staff_row(b, "Ann")
    assert (row.failures, row.lockouts, row.locked_until) == (0, 1, T0 + timedelta(seconds=30))
    assert check(a, "Ann", PIN, T0 + timedelta(seconds=30)).ok
    assert staff_row(b, "Ann").lockouts == 0


def test_wrong_tries_typed_at_once_at_two_desks_are_all_counted(pg_database_url) -> None:
    setup = Database.open(pg_database_url)
    with setup.session() as s:
        access.add_person(s, "Ann", Role.SUPERVISOR, PIN, now=T0)

    def desk(_index: int) -> list[str]:
        db = Database.open(pg_database_url)
        try:
            words = []
            for _ in range(5):
                result = check(db, "Ann", WRONG_PIN)
                assert not result.ok
                words.append(result.words)
            return words
        finally:
            db.close()

    try:
        results = in_threads(desk, 2)
        words = Counter(w for desk_words in results for w in desk_words)
        # Tried one after the other: 4, 3, 2, 1 tries left once each, then a lockout
        # (the fifth try) and five refusals during it. A lost update would repeat a count.
        lockout = "Too many wrong PINs. Try again in 30 seconds."
        assert words == Counter({
            "Wrong PIN. 4 tries left before a lockout.": 1,
            "Wrong PIN. 3 tries left before a lockout.": 1,
            "Wrong PIN. 2 tries left before a lockout.": 1,
            "Wrong PIN. 1 try left before a lockout.": 1,
            lockout: 6})
        row = staff_row(setup, "Ann")
        assert (row.failures, row.lockouts, row.locked_until) == (
            0, 1, T0 + timedelta(seconds=30))
    finally:
        setup.close()


def test_two_desks_cannot_demote_the_last_two_managers_at_once(desks) -> None:
    """Each desk sees two managers before the other commits: only one may go."""
    a, b = desks
    with a.session() as s:
        access.add_person(s, "Mia", Role.MANAGER, PIN, now=T0)
        access.add_person(s, "Max", Role.MANAGER, "1234", now=T0)
    outcome: list[object] = []

    def desk_b() -> None:
        try:
            with b.session() as s:
                outcome.append(access.remove_person(s, "Max"))
        except AccessError as exc:
            outcome.append(exc)

    other = threading.Thread(target=desk_b)
    with a.session() as s:
        assert access.change_role(s, "Mia", Role.SUPERVISOR) is Role.MANAGER
        other.start()
        other.join(timeout=1.5)  # desk B meets A's uncommitted change (or waits for it)
    other.join(timeout=30)
    assert not other.is_alive()
    (refused,) = outcome
    assert isinstance(refused, AccessError), refused
    assert "last manager" in str(refused)
    with a.session() as s:
        assert [(p.name, p.role) for p in access.people(s)] == [
            ("Max", Role.MANAGER), ("Mia", Role.SUPERVISOR)]
        assert access.rules(s).roles_on


def test_audit_entries_appended_at_once_by_two_desks_make_one_whole_chain(
        pg_database_url) -> None:
    def desk(index: int) -> list[int]:
        db = Database.open(pg_database_url)
        try:
            seqs = []
            for n in range(20):
                with db.session() as s:
                    entry = audit.append(s, desk=f"desk-{index}", actor="Mia",
                                         authorised_by=None, action="door.undo_admission",
                                         subject=f"pass-{index}-{n}", before={"n": n},
                                         after=None, at=T0 + timedelta(seconds=n))
                seqs.append(entry.seq)
            return seqs
        finally:
            db.close()

    seqs_0, seqs_1 = in_threads(desk, 2)
    assert sorted(seqs_0 + seqs_1) == list(range(1, 41))
    assert seqs_0 == sorted(seqs_0)
    assert seqs_1 == sorted(seqs_1)
    reader = Database.open(pg_database_url)
    try:
        with reader.session() as s:
            assert audit.verify(s) == []
            rows = s.scalars(select(AuditRow).order_by(AuditRow.seq)).all()
            assert [r.seq for r in rows] == list(range(1, 41))
            assert Counter(r.desk for r in rows) == Counter({"desk-0": 20, "desk-1": 20})
            assert audit.head(s).seq == 40
            assert audit.head(s).hash == rows[-1].hash
    finally:
        reader.close()
