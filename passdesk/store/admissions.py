"""What a door needs from the store: find the pass, its scans so far, record the scan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, and_, exists, func, select, text
from sqlalchemy.orm import Session

from passdesk.core.admission import EventFacts, History, PassFacts
from passdesk.store import locking
from passdesk.store.schema import (
    Event,
    Pass,
    PassTally,
    PassTemplate,
    ReaderConfiguration,
    Scan,
    SyncState,
)
from passdesk.store.types import UtcDateTime

#: The door runs these on a Core connection; other callers pass a session.
Executor = Session | Connection

#: Scan verdicts that put a person inside, and the one that takes them out.
IN_VERDICTS = ("admit", "warn")
OUT_VERDICT = "exit"


#: One round trip per candidate: id, then ext id, NFC value, barcode - each
#: branch on its own index (``col = :v`` implies the partial indexes' NOT NULL);
#: the one pass found brings its template's type and its event (by primary key).
_BRANCH = ("SELECT {prio} AS prio, id, display_name, status, template_id, template_name,"
           " event_id, expires_at, pass_type FROM passes WHERE {column} = :v")
FIND_SQL = (
    "SELECT f.id, f.display_name, f.status, f.template_id, f.template_name, f.event_id,"  # noqa: S608 - our own column names
    " f.expires_at, f.pass_type, t.template_type,"
    " e.name, e.start_time, e.end_time, e.time_zone FROM ("
    + " UNION ALL ".join(_BRANCH.format(prio=n, column=c) for n, c in enumerate(
        ("id", "ext_id", "nfc_value", "barcode_value"), start=1))
    + ") AS f LEFT JOIN pass_templates t ON t.id = f.template_id"
    " LEFT JOIN events e ON e.id = f.event_id ORDER BY f.prio LIMIT 1")
#: A scan from one of PassEntry's readers (``store/scan_import.py``) also brings its
#: reader's id and stored name, so a deny can say who let the pass in; other rows
#: bring NULLs (the CASE runs the name lookup for those rows only).
LAST_SCANS_SQL = (
    "SELECT verdict, scanned_at,"
    " CASE WHEN source = 'passentry' THEN COALESCE(reader_id, '') END AS by_reader,"
    " CASE WHEN source = 'passentry' THEN"
    " (SELECT r.name FROM readers r WHERE r.id = scans.reader_id) END AS by_name"
    " FROM scans WHERE pass_id = :p AND undone_at IS NULL"
    " AND verdict IN ('admit', 'warn', 'exit') AND (:e IS NULL OR event_id = :e)"
    " ORDER BY scanned_at DESC LIMIT 2")
COUNT_SQL = (
    "SELECT verdict, count(*) FROM scans WHERE undone_at IS NULL"
    " AND verdict IN ('admit', 'warn', 'exit') AND (:e IS NULL OR event_id = :e)"
    " GROUP BY verdict")


def _typed_null_test(sql: str) -> str:
    """PostgreSQL cannot type a bare ``:e IS NULL``: a cast tells it.

    The SQLite driver path keeps the plain text (and its measured plans).
    """
    return sql.replace("(:e IS NULL", "(CAST(:e AS VARCHAR(64)) IS NULL")


# The same statements for SQLAlchemy (any database), which types the timestamps on the way out.
_FIND = text(FIND_SQL).columns(expires_at=UtcDateTime(), start_time=UtcDateTime(),
                               end_time=UtcDateTime())
_LAST_SCANS = text(_typed_null_test(LAST_SCANS_SQL)).columns(scanned_at=UtcDateTime())
_COUNT = text(_typed_null_test(COUNT_SQL))


def find_pass(session: Executor, candidates: Sequence[str]) -> PassFacts | None:
    """The pass a scanned value names: by id, ext id, NFC value or barcode, in that order."""
    for value in candidates:
        row = session.execute(_FIND, {"v": value}).first()
        if row is not None:
            return facts_from(tuple(row))
    return None


def facts_from(row: Sequence) -> PassFacts:
    """``PassFacts`` from a ``FIND_SQL`` row (its times already aware)."""
    event = (EventFacts(row[5], row[9], row[10], row[11], row[12])
             if row[5] is not None and row[9:] != (None, None, None, None) else None)
    return PassFacts(*row[:7], pass_type=row[7], template_type=row[8], event=event)


def facts_of(session: Executor, pass_id: str) -> PassFacts | None:
    return find_pass(session, (pass_id,))


def history(session: Executor, pass_id: str, event_id: str | None, *,
            count_inside: bool, lock: bool = True) -> History:
    """The pass's last admission and exit (at this event), and how many are inside.

    For a verdict (``lock``, the default) the pass, and with ``count_inside``
    the event's head count, are locked first until the transaction ends
    (``store/locking.py``): a desk deciding on the same pass at the same time
    waits, then reads this verdict's scan. Record the scan in the same transaction.
    """
    if lock:
        locking.lock_for_verdict(session, pass_id, event_id, head_count=count_inside)
    last = session.execute(_LAST_SCANS, {"p": pass_id, "e": event_id}).all()
    inside = inside_count(session, event_id) if count_inside else 0
    return history_from(last, inside)


def history_from(last: Sequence[Sequence], inside: int) -> History:
    """History from the pass's last two in/out scans, newest first: (verdict, time) and,
    as ``LAST_SCANS_SQL`` reads them, a PassEntry reader's id and name."""
    admitted_at, exited, by = None, False, None
    for verdict, at, *reader in last:
        if verdict == OUT_VERDICT and admitted_at is None and not exited:
            exited = True
        elif verdict in IN_VERDICTS:
            admitted_at, by = at, _reader_words(*reader)
            break
    return History(admitted_at=admitted_at, exited_since=exited, inside=inside,
                   admitted_by=by)


def _reader_words(reader_id: str | None = None, name: str | None = None) -> str | None:
    """A PassEntry reader as the Door names it (None: the scan was made here)."""
    if reader_id is None:
        return None
    return name or (f"PassEntry reader {reader_id}" if reader_id else "a PassEntry reader")


def inside_count(session: Executor, event_id: str | None) -> int:
    return inside_from(dict(session.execute(_COUNT, {"e": event_id}).all()))


def inside_from(by_verdict: dict[str, int]) -> int:
    """People inside: admissions (not undone) less exits."""
    ins = sum(by_verdict.get(v, 0) for v in IN_VERDICTS)
    return max(0, ins - by_verdict.get(OUT_VERDICT, 0))


@dataclass(frozen=True)
class Counters:
    admitted: int
    denied: int
    inside: int


def counters(session: Session, event_id: str | None, since: datetime | None = None) -> Counters:
    query = select(Scan.verdict, func.count()).where(Scan.undone_at.is_(None))
    if event_id is not None:
        query = query.where(Scan.event_id == event_id)
    if since is not None:
        query = query.where(Scan.scanned_at >= since)
    by_verdict = dict(session.execute(query.group_by(Scan.verdict)).all())
    admitted = sum(by_verdict.get(v, 0) for v in IN_VERDICTS)
    return Counters(admitted, by_verdict.get("deny", 0), inside_count(session, event_id))


@dataclass(frozen=True)
class RecentScan:
    """One line of a desk's scan list, as plain data."""

    id: str
    at: datetime
    value: str
    verdict: str
    detail: str | None
    holder: str | None
    source: str | None = None
    undone_at: datetime | None = None
    #: Also admitted at another door while the desks could not see each other.
    conflict: bool = False


def recent_scans(session: Session, desk: str, limit: int = 50) -> list[RecentScan]:
    """This desk's last scans, newest first, with the holder's name where known."""
    # An admission of a pass the log holds inside twice (an offline conflict,
    # ``store/insights.py``) is flagged: another door let the same ticket in.
    twice = exists().where(
        PassTally.event_key == func.coalesce(Scan.event_id, ""),
        PassTally.pass_id == Scan.pass_id, PassTally.admissions >= PassTally.exits + 2)
    rows = session.execute(
        select(Scan.id, Scan.scanned_at, Scan.raw_value, Scan.verdict, Scan.detail,
               Pass.display_name, Scan.source, Scan.undone_at,
               and_(Scan.verdict.in_(IN_VERDICTS), Scan.undone_at.is_(None), twice))
        .outerjoin(Pass, Pass.id == Scan.pass_id)
        .where(Scan.desk == desk)
        .order_by(Scan.scanned_at.desc()).limit(limit)).all()
    return [RecentScan(*row[:-1], conflict=bool(row[-1])) for row in rows]


def door_events(session: Session) -> list[EventFacts]:
    """Every event a door can be set to, earliest first, with its times and zone."""
    return [EventFacts(*row) for row in session.execute(
        select(Event.id, Event.name, Event.start_time, Event.end_time, Event.time_zone)
        .order_by(Event.start_time))]


#: The pull's cursors (``sync/pull.py``): passes, then which event each pass belongs to.
_PASSES_CURSOR, _MEMBERS_CURSOR = "passes", "event_members"


def first_sync_done(session: Session) -> bool:
    """Whether a full pull has ever finished: every pass and its event are here.

    Before that, an unknown value may be a ticket that is not loaded yet.
    """
    cursor = (session.get(SyncState, _PASSES_CURSOR) or SyncState(value={})).value or {}
    if not (cursor.get("watermark") or cursor.get("completed_at")):
        return False
    return session.get(SyncState, _MEMBERS_CURSOR) is not None \
        or session.scalar(select(Event.id).limit(1)) is None


def can_undo(session: Session, desk: str) -> bool:
    """Whether ``desk`` has an admission that "Undo last admission" would take back."""
    return session.scalar(select(Scan.id).where(
        Scan.desk == desk, Scan.verdict.in_(IN_VERDICTS), Scan.undone_at.is_(None))
        .limit(1)) is not None


def validation_settings(session: Session) -> tuple[str | None, str | None] | None:
    """(validation type, URL) of the synced reader configuration, if there is one."""
    row = session.execute(select(ReaderConfiguration.validation_type,
                                 ReaderConfiguration.validation_url).limit(1)).first()
    return tuple(row) if row is not None else None


def barcode_types(session: Session) -> set[str | None]:
    """The barcode types the stored passes carry (None for passes without one)."""
    return set(session.scalars(select(Pass.barcode_type).distinct()))


def template_names(session: Session) -> dict[str, str]:
    return {t.id: t.name or t.id for t in session.scalars(select(PassTemplate))}
