"""Who may do what, in the store: the staff who own PINs, the venue's rules for
roles, and PIN checks whose wrong tries every desk counts together.

A PIN is kept only as its scrypt hash (``core.pins``) and is never logged. The
check reads the person's row and writes the tries back in one transaction that
holds the row (``FOR UPDATE`` on PostgreSQL, the write lock on SQLite), so two
desks typing wrong PINs for one person cannot both get five tries.

Roles are on exactly when a manager with a PIN exists (``core.roles``: until
then every desk may do everything, as before roles existed).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from passdesk.core.pins import (
    TRIES_BEFORE_LOCKOUT,
    Tries,
    after_failure,
    after_success,
    hash_code,
    hash_pin,
    locked,
    lockout_words,
    needs_rehash,
    pin_problem,
    verify_code,
    verify_pin,
)
from passdesk.core.roles import ROLE_WORDS, Role, VenueRules
from passdesk.core.texts import translate
from passdesk.store.audit import access_row
from passdesk.store.locking import begin_write, dialect_of
from passdesk.store.schema import StaffMember, VenueAccess

#: The longest name a person can have (the column's size).
NAME_LONGEST = 80
#: Held to the transaction's end while the managers are counted (PostgreSQL).
_LOCK_MANAGERS = text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))")


class AccessError(ValueError):
    """A change to staff or PINs that cannot be made; the message says why."""


@dataclass(frozen=True)
class Person:
    name: str
    role: Role
    locked_until: datetime | None

    @property
    def words(self) -> str:
        return translate("roles", "{name} ({role})").format(name=self.name,
                                                            role=ROLE_WORDS[self.role])


@dataclass(frozen=True)
class PinCheck:
    ok: bool
    #: What to show when not ok: "Wrong PIN. 3 tries left." or the lockout's words.
    words: str = ""
    person: Person | None = None


def _person(row: StaffMember) -> Person:
    return Person(name=row.name, role=Role(row.role), locked_until=row.locked_until)


def rules(session: Session) -> VenueRules:
    """The venue's rules; ``roles_on`` when a manager with a PIN exists."""
    row = session.get(VenueAccess, 1)
    roles_on = session.scalar(select(StaffMember.name).where(
        StaffMember.role == Role.MANAGER.value).limit(1)) is not None
    if row is None:
        return VenueRules(roles_on=roles_on)
    return VenueRules(door_staff_may_search=bool(row.door_staff_may_search),
                      door_staff_see_names=bool(row.door_staff_see_names),
                      largest_redemption=row.largest_redemption,
                      largest_change_per_hour=row.largest_change_per_hour,
                      roles_on=roles_on)


def write_rules(session: Session, new: VenueRules) -> VenueRules:
    """Store the venue's options (``roles_on`` is not one: it follows the managers).
    Returns the rules as they were, for the audit trail."""
    old = rules(session)
    for limit in (new.largest_redemption, new.largest_change_per_hour):
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)
                                  or limit < 1):
            raise AccessError("A limit is a whole number of points above 0, or no limit.")
    row = access_row(session)
    row.door_staff_may_search = new.door_staff_may_search
    row.door_staff_see_names = new.door_staff_see_names
    row.largest_redemption = new.largest_redemption
    row.largest_change_per_hour = new.largest_change_per_hour
    return old


def people(session: Session) -> list[Person]:
    """Everyone with a PIN, managers first, then by name."""
    rows = session.scalars(select(StaffMember))
    return sorted((_person(row) for row in rows), key=lambda p: (-p.role.rank, p.name.lower()))


def _held(session: Session, name: str) -> StaffMember | None:
    begin_write(session)
    query = select(StaffMember).where(StaffMember.name == name)
    if dialect_of(session) == "postgresql":
        query = query.with_for_update()
    return session.execute(query).scalar_one_or_none()


def _checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise AccessError("Type the person's name.")
    if len(name) > NAME_LONGEST:
        raise AccessError(f"A name is at most {NAME_LONGEST} characters.")
    return name


def _checked_pin(pin: str) -> str:
    problem = pin_problem(pin)
    if problem:
        raise AccessError(problem)
    return pin


def add_person(session: Session, name: str, role: Role, pin: str,
               now: datetime | None = None) -> Person:
    name, pin = _checked_name(name), _checked_pin(pin)
    if _held(session, name) is not None:
        raise AccessError(f"There is already someone called {name}.")
    row = StaffMember(name=name, role=Role(role).value, pin_hash=hash_pin(pin), failures=0,
                      lockouts=0, locked_until=None, changed_at=now or datetime.now(UTC))
    session.add(row)
    session.flush()
    return _person(row)


def change_role(session: Session, name: str, role: Role) -> Role:
    """Give ``name`` another role; returns the one they had. The last manager keeps theirs."""
    row = _must(session, name)
    old = Role(row.role)
    if old is Role.MANAGER and role is not Role.MANAGER and _managers(session) == 1:
        raise AccessError("The last manager stays a manager: make someone else a manager "
                          "first.")
    row.role = Role(role).value
    return old


def remove_person(session: Session, name: str) -> Role:
    row = _must(session, name)
    old = Role(row.role)
    if old is Role.MANAGER and _managers(session) == 1:
        raise AccessError("The last manager cannot be removed: that would turn roles off "
                          "at every desk.")
    session.execute(delete(StaffMember).where(StaffMember.name == row.name))
    return old


def _managers(session: Session) -> int:
    """How many managers there are, counted under a lock on PostgreSQL: two desks each
    demoting or removing a different manager must not both count two (SQLite's write
    lock, taken by ``_held``, already serialises them)."""
    if dialect_of(session) == "postgresql":
        session.execute(_LOCK_MANAGERS, {"k": "passdesk.staff.managers"})
    return len(session.scalars(select(StaffMember.name).where(
        StaffMember.role == Role.MANAGER.value)).all())


def _must(session: Session, name: str) -> StaffMember:
    row = _held(session, name)
    if row is None:
        raise AccessError(_no_one(name))
    return row


def reset_pin(session: Session, name: str, pin: str, now: datetime | None = None) -> None:
    """A manager gives ``name`` a new PIN; any lockout ends."""
    pin = _checked_pin(pin)
    row = _must(session, name)
    row.pin_hash = hash_pin(pin)
    _keep(row, Tries())
    row.changed_at = now or datetime.now(UTC)


def check_pin(session: Session, name: str, pin: str, now: datetime | None = None) -> PinCheck:
    """Is ``pin`` ``name``'s PIN? Counts a wrong try (five lock the person out for a
    growing time); while locked out the PIN is not even checked."""
    row = _held(session, name)
    if row is None:
        return PinCheck(False, _no_one(name))
    return _check(row, pin, now or datetime.now(UTC))


def _check(row: StaffMember, pin: str, now: datetime) -> PinCheck:
    """``check_pin`` on a row this transaction holds."""
    tries = Tries(row.failures or 0, row.lockouts or 0, row.locked_until)
    left = locked(tries, now)
    if left is not None:
        return PinCheck(False, lockout_words(left), _person(row))
    if verify_pin(pin, row.pin_hash):
        if needs_rehash(row.pin_hash):
            row.pin_hash = hash_pin(pin)
        _keep(row, after_success(tries))
        return PinCheck(True, "", _person(row))
    tries = after_failure(tries, now)
    _keep(row, tries)
    left = locked(tries, now)
    if left is not None:
        return PinCheck(False, lockout_words(left), _person(row))
    remaining = TRIES_BEFORE_LOCKOUT - tries.failures
    return PinCheck(False, translate("roles", "Wrong PIN. %n tr(y|ies) left before a lockout.",
                                     None, remaining), _person(row))


def _no_one(name: str) -> str:
    return translate("roles", "No one called {name} has a PIN here.").format(name=name)


def _keep(row: StaffMember, tries: Tries) -> None:
    row.failures, row.lockouts, row.locked_until = (tries.failures, tries.lockouts,
                                                    tries.locked_until)


def change_own_pin(session: Session, name: str, old_pin: str, new_pin: str,
                   now: datetime | None = None) -> PinCheck:
    """The owner changes their PIN, typing the old one (counted as any PIN try)."""
    new_pin = _checked_pin(new_pin)
    now = now or datetime.now(UTC)
    row = _held(session, name)
    if row is None:
        return PinCheck(False, _no_one(name))
    check = _check(row, old_pin, now)
    if check.ok:
        row.pin_hash = hash_pin(new_pin)
        row.changed_at = now
    return check


# --- the first manager and recovery ---------------------------------------------------

def new_recovery_code() -> str:
    """Five groups of five letters and digits (about 120 bits), easy to read aloud."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(25))
    return "-".join(raw[i:i + 5] for i in range(0, 25, 5))


def recovery_scope(url: str | URL) -> str:
    """The keychain scope of a store's recovery code: one per database, named by a
    hash of its URL (a string, or an engine's) without a password."""
    safe = make_url(url).render_as_string(hide_password=True)
    return "roles:" + hashlib.sha256(safe.encode()).hexdigest()[:16]


def set_recovery(session: Session, code: str) -> None:
    """Keep the recovery code's hash (the code itself goes to the keychain only),
    of the code as ``recovery_matches`` reads one: trimmed, in capitals."""
    access_row(session).recovery_hash = hash_code(code.strip().upper())


def recovery_matches(session: Session, code: str) -> bool:
    row = session.get(VenueAccess, 1)
    return bool(row is not None and row.recovery_hash
                and verify_code(code.strip().upper(), row.recovery_hash))
