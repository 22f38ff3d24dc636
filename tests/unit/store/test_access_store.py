"""store.access on real SQLite files: the venue's rules, staff and their PINs,
wrong tries and lockouts kept in the database, the last manager, recovery codes.

A PIN (or a recovery code) must never be kept or logged: the tests look for it
in the database file's bytes (and its write-ahead log) and in the log output.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from passdesk.core.roles import Role, VenueRules
from passdesk.store import access
from passdesk.store.access import AccessError
from passdesk.store.database import Database
from passdesk.store.schema import StaffMember

T0 = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
PIN = "482913"
OTHER_PIN = "7351"
WRONG_PIN = "0000"


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "access.sqlite3"


@pytest.fixture
def db(db_file: Path):
    database = Database.open(f"sqlite:///{db_file}")
    yield database
    database.close()


def add(db: Database, name: str, role: Role, pin: str = PIN) -> None:
    with db.session() as s:
        access.add_person(s, name, role, pin, now=T0)


def check(db: Database, name: str, pin: str, now: datetime) -> access.PinCheck:
    with db.session() as s:
        return access.check_pin(s, name, pin, now=now)


def staff_row(db: Database, name: str) -> StaffMember:
    with db.session() as s:
        row = s.get(StaffMember, name)
        assert row is not None
        return row


def file_bytes(db_file: Path) -> bytes:
    """The database file and its write-ahead log, as they are on disk."""
    wal = db_file.with_name(db_file.name + "-wal")
    return db_file.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


# --- the venue's rules ---------------------------------------------------------------

def test_roles_are_off_until_a_manager_exists(db: Database) -> None:
    with db.session() as s:
        assert access.rules(s).roles_on is False
    add(db, "Sam", Role.SUPERVISOR)
    add(db, "Dee", Role.DOOR_STAFF, OTHER_PIN)
    with db.session() as s:
        assert access.rules(s).roles_on is False
    add(db, "Mia", Role.MANAGER, OTHER_PIN)
    with db.session() as s:
        assert access.rules(s).roles_on is True


def test_roles_on_follows_the_managers_not_the_stored_options(db: Database) -> None:
    with db.session() as s:
        access.write_rules(s, VenueRules(roles_on=True))
    with db.session() as s:
        assert access.rules(s).roles_on is False


def test_write_rules_round_trips_the_venue_options(db: Database, db_file: Path) -> None:
    new = VenueRules(door_staff_may_search=True, door_staff_see_names=False,
                     largest_redemption=50, largest_change_per_hour=200)
    with db.session() as s:
        old = access.write_rules(s, new)
    assert old == VenueRules()
    reopened = Database.open(f"sqlite:///{db_file}")
    try:
        with reopened.session() as s:
            assert access.rules(s) == new
    finally:
        reopened.close()
    back = VenueRules(door_staff_may_search=False, door_staff_see_names=True,
                      largest_redemption=None, largest_change_per_hour=None)
    with db.session() as s:
        assert access.write_rules(s, back) == new
    with db.session() as s:
        assert access.rules(s) == back


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "10"])
@pytest.mark.parametrize("which", ["largest_redemption", "largest_change_per_hour"])
def test_a_bad_limit_is_refused_and_nothing_is_stored(db: Database, which: str,
                                                      bad: object) -> None:
    with db.session() as s:
        access.write_rules(s, VenueRules(largest_redemption=10, largest_change_per_hour=20))
    with pytest.raises(AccessError, match="above 0"), db.session() as s:
        access.write_rules(s, VenueRules(door_staff_may_search=True, **{which: bad}))
    with db.session() as s:
        assert access.rules(s) == VenueRules(largest_redemption=10, largest_change_per_hour=20)


# --- adding people; no PIN kept --------------------------------------------------------

@pytest.mark.parametrize("bad_pin", ["123", "12a4", "abcd", "", "123456789", "12 34"])
def test_add_person_refuses_a_bad_pin(db: Database, bad_pin: str) -> None:
    with pytest.raises(AccessError, match="PIN"), db.session() as s:
        access.add_person(s, "Ann", Role.SUPERVISOR, bad_pin, now=T0)
    with db.session() as s:
        assert access.people(s) == []


def test_add_person_refuses_a_name_already_there(db: Database) -> None:
    add(db, "Ann Lee", Role.SUPERVISOR)
    with pytest.raises(AccessError, match="already someone called Ann Lee"), \
            db.session() as s:
        access.add_person(s, "  Ann   Lee ", Role.MANAGER, OTHER_PIN, now=T0)
    with db.session() as s:
        assert [(p.name, p.role) for p in access.people(s)] == [("Ann Lee", Role.SUPERVISOR)]
    # The first Ann's PIN is still hers.
    assert check(db, "Ann Lee", PIN, T0).ok
    assert not check(db, "Ann Lee", OTHER_PIN, T0).ok


def test_add_person_refuses_an_empty_or_too_long_name(db: Database) -> None:
    for name in ("", "   ", "x" * (access.NAME_LONGEST + 1)):
        with pytest.raises(AccessError), db.session() as s:
            access.add_person(s, name, Role.SUPERVISOR, PIN, now=T0)
    with db.session() as s:
        assert access.people(s) == []


def test_people_lists_managers_first_then_by_name(db: Database) -> None:
    add(db, "zoe", Role.DOOR_STAFF)
    add(db, "Bob", Role.SUPERVISOR)
    add(db, "Al", Role.COUNTER_STAFF)
    add(db, "Mia", Role.MANAGER)
    with db.session() as s:
        assert [p.name for p in access.people(s)] == ["Mia", "Bob", "Al", "zoe"]


def test_the_pin_is_nowhere_in_the_database_file(db: Database, db_file: Path) -> None:
    add(db, "Ann", Role.MANAGER, PIN)
    stored = file_bytes(db_file)
    assert b"Ann" in stored  # the row was written, and these are its bytes
    assert PIN.encode() not in stored
    raw = sqlite3.connect(db_file)
    try:
        (pin_hash,) = raw.execute("SELECT pin_hash FROM staff WHERE name = 'Ann'").fetchone()
    finally:
        raw.close()
    assert pin_hash.startswith("scrypt$")
    assert PIN not in pin_hash
    # Still not there once the log is folded into the file.
    db.close()
    assert PIN.encode() not in file_bytes(db_file)


def test_two_people_with_the_same_pin_get_different_hashes(db: Database) -> None:
    add(db, "Ann", Role.MANAGER, PIN)
    add(db, "Bob", Role.SUPERVISOR, PIN)
    assert staff_row(db, "Ann").pin_hash != staff_row(db, "Bob").pin_hash


# --- checking PINs, wrong tries and lockouts ---------------------------------------------

def test_the_right_pin_passes_and_a_wrong_one_says_the_tries_left(db: Database) -> None:
    add(db, "Ann", Role.SUPERVISOR)
    right = check(db, "Ann", PIN, T0)
    assert right.ok
    assert right.words == ""
    assert right.person is not None
    assert right.person.name == "Ann"
    assert right.person.role is Role.SUPERVISOR
    words = [check(db, "Ann", WRONG_PIN, T0).words for _ in range(4)]
    assert words == [f"Wrong PIN. {n} {'try' if n == 1 else 'tries'} left before a lockout."
                     for n in (4, 3, 2, 1)]


def test_a_wrong_pin_is_not_ok(db: Database) -> None:
    add(db, "Ann", Role.SUPERVISOR)
    result = check(db, "Ann", WRONG_PIN, T0)
    assert not result.ok
    assert staff_row(db, "Ann").failures == 1


def test_an_unknown_name_is_refused(db: Database) -> None:
    add(db, "Ann", Role.SUPERVISOR)
    result = check(db, "Nobody", PIN, T0)
    assert not result.ok
    assert result.person is None
    assert "No one called Nobody" in result.words


def test_five_wrong_tries_lock_out_even_the_right_pin_for_30_seconds(db: Database) -> None:
    add(db, "Ann", Role.SUPERVISOR)
    results = [check(db, "Ann", WRONG_PIN, T0) for _ in range(5)]
    assert not any(r.ok for r in results)
    assert "Try again in 30 seconds" in results[-1].words
    assert "Wrong PIN. 1 try left" in results[-2].words

    during = check(db, "Ann", PIN, T0)
    assert not during.ok
    assert "Try again in 30 seconds" in during.words
    later = check(db, "Ann", PIN, T0 + timedelta(seconds=29))
    assert not later.ok
    assert "Try again in 1 second." in later.words
    # Wrong tries while locked out do not count, nor lengthen the lockout.
    assert not check(db, "Ann", WRONG_PIN, T0 + timedelta(seconds=10)).ok
    row = staff_row(db, "Ann")
    assert (row.failures, row.lockouts) == (0, 1)
    assert row.locked_until == T0 + timedelta(seconds=30)

    after = check(db, "Ann", PIN, T0 + timedelta(seconds=30))
    assert after.ok
    row = staff_row(db, "Ann")
    assert (row.failures, row.lockouts, row.locked_until) == (0, 0, None)
    # A fresh count: four tries left, and the next lockout is 30 s again.
    t1 = T0 + timedelta(minutes=5)
    assert "4 tries left" in check(db, "Ann", WRONG_PIN, t1).words
    for _ in range(4):
        last = check(db, "Ann", WRONG_PIN, t1)
    assert "Try again in 30 seconds" in last.words


def test_the_second_lockout_without_a_right_pin_lasts_60_seconds(db: Database) -> None:
    add(db, "Ann", Role.SUPERVISOR)
    for _ in range(5):
        check(db, "Ann", WRONG_PIN, T0)
    t1 = T0 + timedelta(seconds=30)  # the first lockout is over
    words = [check(db, "Ann", WRONG_PIN, t1).words for _ in range(5)]
    assert "4 tries left" in words[0]
    assert words[-1] == "Too many wrong PINs. Try again in 1 minute."
    assert not check(db, "Ann", PIN, t1 + timedelta(seconds=59)).ok
    assert staff_row(db, "Ann").lockouts == 2
    assert check(db, "Ann", PIN, t1 + timedelta(seconds=60)).ok


def test_tries_persist_across_opening_the_database_again(db: Database, db_file: Path) -> None:
    add(db, "Ann", Role.SUPERVISOR)
    for _ in range(3):
        check(db, "Ann", WRONG_PIN, T0)
    db.close()
    second = Database.open(f"sqlite:///{db_file}")
    try:
        assert "Wrong PIN. 1 try left" in check(second, "Ann", WRONG_PIN, T0).words
        assert "Try again in 30 seconds" in check(second, "Ann", WRONG_PIN, T0).words
    finally:
        second.close()
    third = Database.open(f"sqlite:///{db_file}")
    try:
        still = check(third, "Ann", PIN, T0 + timedelta(seconds=15))
        assert not still.ok
        assert "Try again in 15 seconds" in still.words
        with third.session() as s:
            (ann,) = access.people(s)
        assert ann.locked_until == T0 + timedelta(seconds=30)
    finally:
        third.close()


# --- reset and change of PIN -------------------------------------------------------------

def test_a_managers_reset_ends_the_lockout_and_replaces_the_pin(db: Database) -> None:
    add(db, "Mia", Role.MANAGER, OTHER_PIN)
    add(db, "Ann", Role.SUPERVISOR, PIN)
    for _ in range(5):
        check(db, "Ann", WRONG_PIN, T0)
    assert not check(db, "Ann", PIN, T0).ok
    with db.session() as s:
        access.reset_pin(s, "Ann", "246810", now=T0)
    row = staff_row(db, "Ann")
    assert (row.failures, row.lockouts, row.locked_until) == (0, 0, None)
    assert not check(db, "Ann", PIN, T0).ok
    assert check(db, "Ann", "246810", T0).ok


def test_reset_refuses_a_bad_pin_or_an_unknown_name(db: Database) -> None:
    add(db, "Ann", Role.SUPERVISOR, PIN)
    with pytest.raises(AccessError), db.session() as s:
        access.reset_pin(s, "Ann", "12", now=T0)
    with pytest.raises(AccessError, match="No one called Bob"), db.session() as s:
        access.reset_pin(s, "Bob", "246810", now=T0)
    assert check(db, "Ann", PIN, T0).ok


def test_change_own_pin_needs_the_old_pin(db: Database) -> None:
    add(db, "Ann", Role.SUPERVISOR, PIN)
    with db.session() as s:
        refused = access.change_own_pin(s, "Ann", WRONG_PIN, "135790", now=T0)
    assert not refused.ok
    assert "4 tries left" in refused.words
    assert not check(db, "Ann", "135790", T0).ok
    assert check(db, "Ann", PIN, T0).ok

    with db.session() as s:
        changed = access.change_own_pin(s, "Ann", PIN, "135790", now=T0)
    assert changed.ok
    assert check(db, "Ann", "135790", T0).ok
    assert not check(db, "Ann", PIN, T0).ok


def test_change_own_pin_refuses_a_bad_new_pin_and_a_locked_out_owner(db: Database) -> None:
    add(db, "Ann", Role.SUPERVISOR, PIN)
    with pytest.raises(AccessError), db.session() as s:
        access.change_own_pin(s, "Ann", PIN, "12x4", now=T0)
    for _ in range(5):
        check(db, "Ann", WRONG_PIN, T0)
    with db.session() as s:
        locked = access.change_own_pin(s, "Ann", PIN, "135790", now=T0)
    assert not locked.ok
    assert "Try again in" in locked.words
    assert check(db, "Ann", PIN, T0 + timedelta(seconds=30)).ok
    assert not check(db, "Ann", "135790", T0 + timedelta(seconds=30)).ok


# --- the last manager ----------------------------------------------------------------------

def test_the_last_manager_cannot_be_removed_or_demoted(db: Database) -> None:
    add(db, "Mia", Role.MANAGER)
    add(db, "Sam", Role.SUPERVISOR, OTHER_PIN)
    with pytest.raises(AccessError, match="last manager"), db.session() as s:
        access.remove_person(s, "Mia")
    with pytest.raises(AccessError, match="last manager"), db.session() as s:
        access.change_role(s, "Mia", Role.SUPERVISOR)
    with db.session() as s:
        assert [(p.name, p.role) for p in access.people(s)] == [
            ("Mia", Role.MANAGER), ("Sam", Role.SUPERVISOR)]
        assert access.rules(s).roles_on
    with db.session() as s:  # others may go
        assert access.remove_person(s, "Sam") is Role.SUPERVISOR
    with db.session() as s:
        assert [p.name for p in access.people(s)] == ["Mia"]


def test_with_two_managers_one_may_be_demoted_or_removed(db: Database) -> None:
    add(db, "Mia", Role.MANAGER)
    add(db, "Max", Role.MANAGER, OTHER_PIN)
    with db.session() as s:
        assert access.change_role(s, "Max", Role.SUPERVISOR) is Role.MANAGER
    with pytest.raises(AccessError, match="last manager"), db.session() as s:
        access.remove_person(s, "Mia")
    with db.session() as s:
        access.change_role(s, "Max", Role.MANAGER)
    with db.session() as s:
        assert access.remove_person(s, "Mia") is Role.MANAGER
    with db.session() as s:
        assert [(p.name, p.role) for p in access.people(s)] == [("Max", Role.MANAGER)]
        assert access.rules(s).roles_on
    with pytest.raises(AccessError, match="last manager"), db.session() as s:
        access.change_role(s, "Max", Role.DOOR_STAFF)


def test_removing_or_changing_someone_unknown_is_refused(db: Database) -> None:
    add(db, "Mia", Role.MANAGER)
    with pytest.raises(AccessError, match="No one called Bob"), db.session() as s:
        access.remove_person(s, "Bob")
    with pytest.raises(AccessError, match="No one called Bob"), db.session() as s:
        access.change_role(s, "Bob", Role.MANAGER)


# --- recovery ------------------------------------------------------------------------------

def test_recovery_code_matches_itself_only(db: Database, db_file: Path) -> None:
    code = access.new_recovery_code()
    with db.session() as s:
        assert not access.recovery_matches(s, code)  # none set yet
    with db.session() as s:
        access.set_recovery(s, code)
    with db.session() as s:
        assert access.recovery_matches(s, code)
        assert access.recovery_matches(s, f"  {code.lower()}\n")
        assert not access.recovery_matches(s, access.new_recovery_code())
        assert not access.recovery_matches(s, code[:-1])
        assert not access.recovery_matches(s, "")
    stored = file_bytes(db_file)
    assert code.encode() not in stored
    assert code.replace("-", "").encode() not in stored
    for group in code.split("-"):
        assert group.encode() not in stored


def test_a_recovery_code_set_in_lower_case_matches_as_typed_either_way(db: Database) -> None:
    code = access.new_recovery_code()
    with db.session() as s:
        access.set_recovery(s, f" {code.lower()} \n")
    with db.session() as s:
        assert access.recovery_matches(s, code)
        assert access.recovery_matches(s, code.lower())


def test_a_new_recovery_code_replaces_the_old_one(db: Database) -> None:
    first, second = access.new_recovery_code(), access.new_recovery_code()
    assert first != second
    with db.session() as s:
        access.set_recovery(s, first)
    with db.session() as s:
        access.set_recovery(s, second)
    with db.session() as s:
        assert access.recovery_matches(s, second)
        assert not access.recovery_matches(s, first)


def test_new_recovery_codes_are_five_groups_of_five() -> None:
    code = access.new_recovery_code()
    groups = code.split("-")
    assert [len(g) for g in groups] == [5] * 5
    assert set("".join(groups)) <= set("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


# --- nothing secret in the log ---------------------------------------------------------------

def test_no_pin_appears_in_the_log(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    # SQLAlchemy's own loggers too: the SQL and its parameters must not carry a PIN.
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    with db.session() as s:
        access.add_person(s, "Ann", Role.MANAGER, PIN, now=T0)
    check(db, "Ann", PIN, T0)
    check(db, "Ann", "918273", T0)
    with db.session() as s:
        access.reset_pin(s, "Ann", "564738", now=T0)
    check(db, "Ann", "564738", T0)
    assert "INSERT INTO staff" in caplog.text  # the log was captured
    for pin in (PIN, "918273", "564738"):
        assert pin not in caplog.text
