"""The figures of the Insights pane, the Door's glance strip and the report.

Everything is read from the tallies that migration 0019's triggers keep
(``scan_tally``, ``pass_tally``): a few thousand rows for a night, whoever
wrote the scans. Only "the rate now" reads scans themselves, the last five
minutes of them on the ``scanned_at`` index. See ``core/insights.py`` for the words.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import and_, func, literal_column, select
from sqlalchemy.orm import Session

from passdesk.core.insights import (
    ADMITTING,
    CONFLICTS_LISTED,
    DENY,
    EXIT,
    HOLD,
    RATE_WINDOW,
    READMITTED,
    UNDONE,
    Attendance,
    Conflict,
    ConflictScan,
    DoorLine,
    Scope,
    rate_per_minute,
    step_of,
    steps_between,
)
from passdesk.core.texts import translate
from passdesk.store.schema import Event, Pass, PassTally, Reader, Scan, ScanTally

#: The desk a PassEntry reader's pulled scans carry (``store/scan_import.py``).
READER_DESK_PREFIX = "passentry:"
#: An event still drawn up to now this long after its last scan (a quiet door
#: shows as a flat line, not as the end of the chart).
LIVE_AFTER_LAST_SCAN = timedelta(hours=6)
#: The partial indexes' own conditions, written out: SQLite uses a partial index
#: only when the query states its condition with the same constants, not parameters.
TWICE = literal_column("pass_tally.admissions >= pass_tally.exits + 2")
AGAIN = literal_column("pass_tally.admissions >= 2 AND pass_tally.ticket = 1")


@dataclass(frozen=True)
class Glance:
    """What the Door's strip shows: this door's pace and the venue's head count."""

    rate_now: float
    inside: int


def event_scope(session: Session, event_id: str) -> Scope | None:
    event = session.get(Event, event_id)
    if event is None:
        return None
    return Scope(event_id=event_id, start=event.start_time, end=event.end_time,
                 label=event.name or event_id)


def day_scope(day: date, tz: tzinfo) -> Scope:
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return Scope(day=day, start=start, end=end, label=day.isoformat())


def attendance(session: Session, scope: Scope, now: datetime, *,
               capacity: int | None = None, tickets: int | None = None) -> Attendance:
    """Every figure of ``scope`` at ``now``.

    ``tickets``: the event's ticket count (``count_tickets``) when the caller knows
    it is current, as it is while only scans change: counting a million passes
    takes 70 ms, the rest of the figures 15.
    """
    # Three grouped reads of the scope's tally rows, summed in the database: the
    # admissions per door and step, the totals per verdict and reason, each door's
    # latest scan. (Reading the rows themselves cost 30 ms at 4,600 rows.)
    where = (_tally_scope(scope), ScanTally.scans > 0)
    door_cols = (ScanTally.desk, ScanTally.reader_key)
    admitted_rows = session.execute(
        select(*door_cols, ScanTally.step, func.sum(ScanTally.scans))
        .where(*where, ScanTally.verdict.in_(ADMITTING))
        .group_by(*door_cols, ScanTally.step)).all()
    totals = session.execute(
        select(ScanTally.verdict, ScanTally.reason, func.sum(ScanTally.scans))
        .where(*where).group_by(ScanTally.verdict, ScanTally.reason)).all()
    doors_seen = session.execute(
        select(*door_cols, func.max(ScanTally.last_at), func.min(ScanTally.step),
               func.max(ScanTally.step))
        .where(*where).group_by(*door_cols)).all()
    names = _door_names(session)
    steps = _steps(scope, now, [when for row in doors_seen for when in row[3:]])
    index = {step: k for k, step in enumerate(steps)}
    per_door: dict[str, list[int]] = {}
    last_scan: dict[str, datetime] = {}
    door_name: dict[str, str] = {}
    for desk, reader_key, last_at, _first, _last in doors_seen:
        key = door_key(desk, reader_key)
        door_name[key] = names(desk, reader_key)
        per_door[key] = [0] * len(steps)
        last_scan[key] = last_at
    for desk, reader_key, step, scans in admitted_rows:
        per_door[door_key(desk, reader_key)][index[step]] += scans
    denied: dict[str, int] = defaultdict(int)
    admitted = re_entries = exits = holds = undone = 0
    for verdict, reason, scans in totals:
        if verdict in ADMITTING:
            admitted += scans
            if reason == READMITTED:
                re_entries += scans
        elif verdict == EXIT:
            exits += scans
        elif verdict == DENY:
            denied[reason or "no reason given"] += scans
        elif verdict == HOLD:
            holds += scans
        elif verdict == UNDONE:
            undone += scans
    rates = _admissions_since(session, scope, now - RATE_WINDOW, now)
    doors = tuple(sorted(
        (DoorLine(key=key, name=door_name[key], per_step=tuple(counts), admitted=sum(counts),
                  rate_now=rate_per_minute(rates.get(key, 0)), last_scan_at=last_scan.get(key))
         for key, counts in per_door.items()),
        key=lambda d: (d.name.casefold(), d.key)))
    passes_admitted = None
    if scope.event_id is not None:
        if tickets is None:
            tickets = count_tickets(session, scope.event_id)
        passes_admitted = _tickets_admitted(session, scope.event_id)
    else:
        tickets = None
    conflicts, conflict_count = _conflicts(session, scope, names)
    return Attendance(
        scope=scope, now=now, steps=steps, doors=doors, admitted=admitted,
        re_entries=re_entries, exits=exits, inside=max(0, admitted - exits),
        denied=dict(sorted(denied.items(), key=lambda item: (-item[1], item[0]))),
        holds_waiting=holds, undone=undone, tickets=tickets,
        no_shows=None if tickets is None else max(0, tickets - (passes_admitted or 0)),
        conflicts=conflicts, conflict_count=conflict_count, capacity=capacity,
        passes_admitted=passes_admitted or 0)


def count_tickets(session: Session, event_id: str) -> int:
    """The event's passes: its tickets."""
    return session.scalar(select(func.count()).select_from(Pass)
                          .where(Pass.event_id == event_id)) or 0


def _tickets_admitted(session: Session, event_id: str) -> int:
    """Tickets admitted at least once: every ticket admission, less the second and
    later ones of tickets admitted more than once (re-entries, conflicts). Both are
    short reads; counting the admitted passes themselves read 400,000 rows."""
    admissions = session.scalar(
        select(func.sum(ScanTally.scans))
        .where(ScanTally.event_key == event_id, ScanTally.ticket == 1,
               ScanTally.verdict.in_(ADMITTING))) or 0
    again = session.scalar(
        select(func.sum(PassTally.admissions - 1))
        .where(PassTally.event_key == event_id, AGAIN)) or 0
    return admissions - again


def glance(session: Session, event_id: str | None, desk: str, now: datetime) -> Glance:
    """This desk's admissions per minute over the last five minutes, and who is inside
    at its event (every door; every event for a door set to any event) - the Door's
    strip, readable from two metres."""
    # A door for "any event" counts everyone inside, as its own counters do
    # (``admissions.inside_count``).
    wanted = [ScanTally.verdict.in_((*ADMITTING, EXIT))]
    if event_id is not None:
        wanted.append(ScanTally.event_key == event_id)
    by_verdict = dict(session.execute(
        select(ScanTally.verdict, func.sum(ScanTally.scans))
        .where(*wanted)
        .group_by(ScanTally.verdict)).all())
    inside = sum(by_verdict.get(v) or 0 for v in ADMITTING) - (by_verdict.get(EXIT) or 0)
    recent = session.scalar(
        select(func.count()).select_from(Scan)
        .where(Scan.scanned_at > now - RATE_WINDOW, Scan.scanned_at <= now, Scan.desk == desk,
               Scan.verdict.in_(ADMITTING), Scan.undone_at.is_(None),
               *([] if event_id is None else [Scan.event_id == event_id])))
    return Glance(rate_now=rate_per_minute(recent or 0), inside=max(0, inside))


def conflicted(session: Session, event_id: str | None, pass_ids: list[str]) -> set[str]:
    """Which of ``pass_ids`` the log holds inside twice at ``event_id`` (the Door's flag)."""
    if not pass_ids:
        return set()
    return set(session.scalars(
        select(PassTally.pass_id).where(
            PassTally.event_key == (event_id or ""), PassTally.pass_id.in_(pass_ids), TWICE)))


def door_key(desk: str, reader_key: str) -> str:
    return f"{desk}|{reader_key}" if reader_key else desk


# --- reading ------------------------------------------------------------------------------


def _tally_scope(scope: Scope):
    if scope.event_id is not None:
        return ScanTally.event_key == scope.event_id
    # A scan's step starts at or after midnight iff the scan does: days are whole steps.
    return and_(ScanTally.step >= scope.start, ScanTally.step < scope.end)


def _scan_scope(scope: Scope):
    if scope.event_id is not None:
        return Scan.event_id == scope.event_id
    return and_(Scan.scanned_at >= scope.start, Scan.scanned_at < scope.end)


def _steps(scope: Scope, now: datetime, seen: list[datetime]) -> tuple[datetime, ...]:
    """From the first step with a scan to the last, or to now while the scope is live."""
    live = _live(scope, now, max(seen, default=None))
    if not seen:
        return (step_of(now),) if live else ()
    return steps_between(min(seen), now if live and now > max(seen) else max(seen))


def _live(scope: Scope, now: datetime, last_step: datetime | None) -> bool:
    if scope.day is not None:
        return scope.start <= now < scope.end
    if scope.end is not None and now > scope.end:
        return False
    return last_step is None or now - last_step <= LIVE_AFTER_LAST_SCAN


def _admissions_since(session: Session, scope: Scope, since: datetime,
                      now: datetime) -> dict[str, int]:
    in_scope = _scan_scope(scope)
    if scope.event_id is not None and session.get_bind().dialect.name == "sqlite":
        # Unary plus: checked row by row, never walked. Given the choice, SQLite
        # walked the event's 400,000 admissions (17 ms) instead of five minutes of scans.
        in_scope = literal_column("+scans.event_id") == scope.event_id
    rows = session.execute(
        select(Scan.desk, Scan.reader_id, func.count())
        .where(Scan.scanned_at > since, Scan.scanned_at <= now, in_scope,
               Scan.verdict.in_(ADMITTING), Scan.undone_at.is_(None))
        .group_by(Scan.desk, Scan.reader_id)).all()
    counts: dict[str, int] = defaultdict(int)
    for desk, reader_id, n in rows:
        counts[door_key(desk or "", reader_id or "")] += n
    return counts


def _door_names(session: Session):
    readers = dict(session.execute(select(Reader.id, Reader.name)).all())

    def name(desk: str, reader_key: str) -> str:
        if desk.startswith(READER_DESK_PREFIX):
            reader = reader_key or desk[len(READER_DESK_PREFIX):]
            return translate("insights", "{reader} (PassEntry reader)").format(
                reader=readers.get(reader) or reader)
        unnamed = translate("insights", "Unnamed desk")
        if reader_key:
            return translate("insights", "{desk} · {reader}").format(
                desk=desk or unnamed, reader=readers.get(reader_key) or reader_key)
        return desk or unnamed

    return name


def _conflicts(session: Session, scope: Scope, names) -> tuple[tuple[Conflict, ...], int]:
    query = select(PassTally.event_key, PassTally.pass_id).where(TWICE)
    if scope.event_id is not None:
        query = query.where(PassTally.event_key == scope.event_id)
    candidates = session.execute(query).all()
    if not candidates:
        return (), 0
    found: list[Conflict] = []
    holders: dict[str, str | None] = {}
    for chunk in _chunks(candidates, 400):
        pass_ids = [pass_id for _event, pass_id in chunk]
        holders.update(session.execute(
            select(Pass.id, Pass.display_name).where(Pass.id.in_(pass_ids))).all())
        wanted = {(event, pass_id) for event, pass_id in chunk}
        scans: dict[tuple[str, str], list[ConflictScan]] = defaultdict(list)
        for row in session.execute(
                select(Scan.event_id, Scan.pass_id, Scan.scanned_at, Scan.desk, Scan.reader_id,
                       Scan.verdict)
                .where(Scan.pass_id.in_(pass_ids), Scan.undone_at.is_(None),
                       Scan.verdict.in_((*ADMITTING, EXIT)))
                .order_by(Scan.pass_id, Scan.scanned_at)):
            key = (row.event_id or "", row.pass_id)
            if key in wanted:
                scans[key].append(ConflictScan(
                    at=row.scanned_at, door=names(row.desk or "", row.reader_id or ""),
                    verdict=row.verdict))
        for (event, pass_id), seen in scans.items():
            if scope.day is not None and not any(
                    scope.start <= s.at < scope.end for s in seen if s.verdict in ADMITTING):
                continue
            found.append(Conflict(pass_id=pass_id, holder=holders.get(pass_id),
                                  scans=tuple(seen), event_id=event or None))
    found.sort(key=lambda c: (c.scans[0].at, c.pass_id))
    return tuple(found[:CONFLICTS_LISTED]), len(found)


def _chunks(items: list, size: int):
    for k in range(0, len(items), size):
        yield items[k:k + size]
