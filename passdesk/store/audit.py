"""The audit trail in the store: append one chained entry, read them, verify them.

Every entry is written in a transaction that holds the venue's access row
(``venue_access``): on PostgreSQL it is locked ``FOR UPDATE``, on SQLite the
file's write lock is taken first. So two desks never both append "entry 8",
and the head (the last entry's number and hash) kept in that row always moves
with the chain. The head is what notices entries taken off the chain's end.

Rows are never updated or deleted by the app. ``before`` and ``after`` are
stored as the JSON text that was sealed, so reading them back gives exactly
the values the hash covers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, insert, or_, select, text
from sqlalchemy.orm import Session

from passdesk.core.audit_chain import (
    GENESIS,
    ORIGIN,
    AuditEntry,
    BreakKind,
    ChainBreak,
    Head,
    next_entry,
    sealed_json,
)
from passdesk.core.audit_chain import verify as verify_chain
from passdesk.store.locking import begin_write, dialect_of
from passdesk.store.schema import AuditRow, VenueAccess

#: The one row of ``venue_access``.
ACCESS_ROW = 1


def access_row(session: Session) -> VenueAccess:
    """The venue's access row, made if missing, and held until the transaction ends
    (``FOR UPDATE`` on PostgreSQL, the file's write lock on SQLite)."""
    begin_write(session)
    if dialect_of(session) == "postgresql":
        session.execute(text("INSERT INTO venue_access (id) VALUES (:i) "
                             "ON CONFLICT (id) DO NOTHING"), {"i": ACCESS_ROW})
        return session.execute(select(VenueAccess).where(VenueAccess.id == ACCESS_ROW)
                               .with_for_update()).scalar_one()
    row = session.get(VenueAccess, ACCESS_ROW)
    if row is None:
        row = VenueAccess(id=ACCESS_ROW, door_staff_may_search=False,
                          door_staff_see_names=True, audit_seq=0, audit_hash=GENESIS)
        session.add(row)
        session.flush()
    return row


def append(session: Session, *, desk: str, actor: str, authorised_by: str | None,
           action: str, subject: str, before: object = None, after: object = None,
           at: datetime | None = None) -> AuditEntry:
    """Write the next entry of the chain in ``session``'s transaction and return it.

    Raises ValueError/TypeError for a value JSON cannot write (nothing written).
    """
    row = access_row(session)
    # After the head's number and hash (entry 0 and GENESIS for the first): a chain
    # whose end was cut goes on after the cut entries' numbers, so the gap stays visible.
    entry = next_entry(_head_of(row), at=(at or datetime.now(UTC)), desk=desk, actor=actor,
                       authorised_by=authorised_by, action=action, subject=subject,
                       before=before, after=after)
    session.execute(insert(AuditRow).values(
        seq=entry.seq, at=entry.at, desk=entry.desk, actor=entry.actor,
        authorised_by=entry.authorised_by, action=entry.action, subject=entry.subject,
        before=sealed_json(entry.before), after=sealed_json(entry.after), prev_hash=entry.prev_hash,
        hash=entry.hash))
    row.audit_seq, row.audit_hash = entry.seq, entry.hash
    return entry


def _entry(row: AuditRow) -> AuditEntry:
    def value(stored: str) -> object:
        try:
            return json.loads(stored)
        except ValueError:
            return stored  # an edited, unreadable value: its hash will not match
    return AuditEntry(seq=row.seq, at=row.at, desk=row.desk, actor=row.actor,
                      authorised_by=row.authorised_by, action=row.action,
                      subject=row.subject, before=value(row.before), after=value(row.after),
                      prev_hash=row.prev_hash, hash=row.hash)


@dataclass(frozen=True)
class AuditFilter:
    #: Entries whose action starts with this ("door." for every Door override).
    action: str = ""
    #: Words found in the desk, the actor, who authorised it or the subject.
    words: str = ""
    since: datetime | None = None
    until: datetime | None = None


def entries(session: Session, flt: AuditFilter = AuditFilter(), *,
            limit: int | None = 5000) -> list[AuditEntry]:
    """Matching entries, newest first."""
    query = select(AuditRow).order_by(AuditRow.seq.desc())
    if flt.action:
        query = query.where(AuditRow.action.startswith(flt.action, autoescape=True))
    if flt.words.strip():
        like = f"%{flt.words.strip().lower()}%"
        query = query.where(or_(*(func.lower(column).like(like) for column in (
            AuditRow.desk, AuditRow.actor, AuditRow.authorised_by, AuditRow.subject,
            AuditRow.before, AuditRow.after))))
    if flt.since is not None:
        query = query.where(AuditRow.at >= flt.since)
    if flt.until is not None:
        query = query.where(AuditRow.at < flt.until)
    if limit is not None:
        query = query.limit(limit)
    return [_entry(row) for row in session.scalars(query)]


def actions(session: Session) -> list[str]:
    """The actions written so far, for a filter's choices."""
    return list(session.scalars(select(AuditRow.action).distinct().order_by(AuditRow.action)))


def head(session: Session) -> Head:
    row = session.get(VenueAccess, ACCESS_ROW)
    return _head_of(row) if row is not None else ORIGIN


def _head_of(row: VenueAccess) -> Head:
    return Head(seq=row.audit_seq, hash=row.audit_hash)


def verify(session: Session) -> list[ChainBreak]:
    """Every break in the stored chain, and entries missing from its end (the head
    kept beside it says how far it went). Empty: the trail is whole."""
    chain = [_entry(row) for row in session.scalars(select(AuditRow).order_by(AuditRow.seq))]
    breaks = verify_chain(chain)
    return breaks + _end_breaks(chain, head(session))


def _end_breaks(chain: Iterable[AuditEntry], kept: Head) -> list[ChainBreak]:
    chain = list(chain)
    last = chain[-1] if chain else None
    last_seq = last.seq if last else 0
    if kept.seq > last_seq:
        first = last_seq + 1
        words = (f"Entry {kept.seq} is missing (the last one written)." if first == kept.seq
                 else f"Entries {first} to {kept.seq} are missing (the last ones written).")
        return [ChainBreak(first, BreakKind.MISSING, words)]
    if last is not None and kept.seq == last.seq and kept.hash != last.hash:
        return [ChainBreak(last.seq, BreakKind.EDITED,
                           f"Entry {last.seq} is not the entry that was written last: "
                           "it was changed or replaced.")]
    return []
