"""The scan log: every scan at a door, committed before its verdict is shown."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from passdesk.core.admission import SHOWN, Outcome
from passdesk.store.schema import Scan

_INSERT = Scan.__table__.insert()


def record_scan(session: Session | Connection, **values) -> str:
    """Record one scan (a Core insert; the door itself uses store/door_queries.py)."""
    scan_id = values.pop("scan_id", None) or str(uuid.uuid4())
    session.execute(_INSERT, {"id": scan_id, "pass_id": None, "event_id": None, "desk": None,
                              "reason": None, "detail": None, "undone_at": None,
                              "reader_id": None, **values})
    return scan_id


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Scan)) or 0


#: Columns of the scan log export, in order; names a spreadsheet user can read.
#: ``verdict`` is the machine's word (admit, warn, deny, exit); ``shown`` is what the
#: Door's screen said (ADMIT, CHECK, DENY, EXIT), with "UNDONE" for an undone admission.
#: New columns go at the end, so scripts reading by position keep working.
EXPORT_COLUMNS = ("scanned_at", "station", "source", "value", "verdict", "reason", "detail",
                  "pass_id", "holder", "event_id", "undone_at", "shown")


def export_csv(session: Session, out, *, since: datetime | None = None,
               event_id: str | None = None) -> int:
    """Write the scan log as CSV (UTF-8, times in UTC ISO 8601) to ``out``; returns rows.

    Values that a spreadsheet would run as formulas (= + - @ at the start)
    are prefixed with a quote: a scanned value is untrusted input.
    """
    import csv

    from passdesk.store.schema import Pass

    query = (select(Scan, Pass.display_name).outerjoin(Pass, Pass.id == Scan.pass_id)
             .order_by(Scan.scanned_at))
    if since is not None:
        query = query.where(Scan.scanned_at >= since)
    if event_id is not None:
        query = query.where(Scan.event_id == event_id)
    writer = csv.writer(out)
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for scan, holder in session.execute(query):
        writer.writerow([_cell(v) for v in (
            scan.scanned_at.isoformat(), scan.desk, scan.source, scan.raw_value, scan.verdict,
            scan.reason, scan.detail, scan.pass_id, holder, scan.event_id,
            scan.undone_at.isoformat() if scan.undone_at else "", _shown(scan))])
        count += 1
    return count


def _shown(scan: Scan) -> str:
    try:
        word = SHOWN[Outcome(scan.verdict)]
    except ValueError:
        word = scan.verdict.upper()
    return f"{word} (UNDONE)" if scan.undone_at else word


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
