"""What a door needs from the store: find the pass, its scans so far, record the scan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from passdesk.core.admission import History, PassFacts
from passdesk.store import locking
from passdesk.store.schema import Event, Pass, PassTemplate, ReaderConfiguration, Scan
from passdesk.store.types import UtcDateTime

#: The door runs these on a Core connection; other callers pass a session.
Executor = Session | Connection

#: Scan verdicts that put a person inside, and the one that takes them out.
IN_VERDICTS = ("admit", "warn")
OUT_VERDICT = "exit"


#: One round trip per candidate: id, then ext id, NFC value, barcode - each
#: branch on its own index (``col = :v`` implies the partial indexes' NOT NULL).
FIND_SQL = """
SELECT id, display_name, status, template_id, template_name, event_id, expires_at FROM (
  SELECT 1 AS prio, id, display_name, status, template_id, template_name, event_id,
         expires_at FROM passes WHERE id = :v
  UNION ALL
  SELECT 2, id, display_name, status, template_id, template_name, event_id, expires_at
    FROM passes WHERE ext_id = :v
  UNION ALL
  SELECT 3, id, display_name, status, template_id, template_name, event_id, expires_at
    FROM passes WHERE nfc_value = :v
  UNION ALL
  SELECT 4, id, display_name, status, template_id, template_name, event_id, expires_at
    FROM passes WHERE barcode_value = :v
) AS found ORDER BY prio LIMIT 1
"""
LAST_SCANS_SQL = (
    "SELECT verdict, scanned_at FROM scans WHERE pass_id = :p AND undone_at IS NULL"
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
_FIND = text(FIND_SQL).columns(expires_at=UtcDateTime())
_LAST_SCANS = text(_typed_null_test(LAST_SCANS_SQL)).columns(scanned_at=UtcDateTime())
_COUNT = text(_typed_null_test(COUNT_SQL))


def find_pass(session: Executor, candidates: Sequence[str]) -> PassFacts | None:
    """The pass a scanned value names: by id, ext id, NFC value or barcode, in that order."""
    for value in candidates:
        row = session.execute(_FIND, {"v": value}).first()
        if row is not None:
            return PassFacts(*row)
    return None


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


def history_from(last: Sequence[tuple[str, datetime | None]], inside: int) -> History:
    """History from the pass's last two in/out scans, newest first."""
    admitted_at, exited = None, False
    for verdict, at in last:
        if verdict == OUT_VERDICT and admitted_at is None and not exited:
            exited = True
        elif verdict in IN_VERDICTS:
            admitted_at = at
            break
    return History(admitted_at=admitted_at, exited_since=exited, inside=inside)


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


def recent_scans(session: Session, desk: str, limit: int = 50) -> list[RecentScan]:
    """This desk's last scans, newest first, with the holder's name where known."""
    rows = session.execute(
        select(Scan.id, Scan.scanned_at, Scan.raw_value, Scan.verdict, Scan.detail,
               Pass.display_name)
        .outerjoin(Pass, Pass.id == Scan.pass_id)
        .where(Scan.desk == desk)
        .order_by(Scan.scanned_at.desc()).limit(limit)).all()
    return [RecentScan(*row) for row in rows]


def events_by_start(session: Session) -> list[tuple[str, str | None, datetime | None]]:
    """(id, name, start) of every event, earliest first: what a door can be set to."""
    return [tuple(r) for r in session.execute(
        select(Event.id, Event.name, Event.start_time).order_by(Event.start_time))]


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
