"""The scan log: every scan at a door, committed before its verdict is shown.

A desk set to "Log scans in PassEntry as" a reader also queues each scan for
``POST /scans/log`` (PASSENTRY-API.md §7.4): an outbox row of kind
``scan.log`` written in the scan's own transaction, so a scan is never
recorded without its log row. Its body never carries ``loyalty``: points go
once, through the loyalty outbox row.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.orm import Session

from passdesk.core.admission import SHOWN, Outcome
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import OutboxRow, Scan

_INSERT = Scan.__table__.insert()

#: Statuses of a logged scan (§7.4; §15.7: records and /scans/log say "successful").
SUCCESSFUL, FAILED = "successful", "failed"
#: A till's scan that found a card (no admission: the Door's rules never count it).
FOUND = "found"
#: Verdicts that PassEntry's dashboard shows as a successful scan: let in, let out,
#: or a card found at the till.
_SUCCESSFUL_VERDICTS = (str(Outcome.ADMIT), str(Outcome.WARN), str(Outcome.EXIT), FOUND)


def log_body(*, reader_id: str, scan_type: str, verdict: str, detail: str | None,
             value: str, pass_id: str | None) -> dict[str, Any]:
    """The fields of ``POST /scans/log`` for one verdict (the outbox row's payload).

    ``scan_type`` is how the value was read; anything but NFC went in as a code
    (§2.14 knows ``nfc`` and ``barcode`` only). Never ``loyalty``.
    """
    body = {"readerId": reader_id, "scanType": "nfc" if scan_type == "nfc" else "barcode",
            "status": SUCCESSFUL if verdict in _SUCCESSFUL_VERDICTS else FAILED,
            "statusDetail": detail or "", "scanValue": value}
    if pass_id:
        body["passId"] = pass_id
    return body


def log_order_key(reader_id: str) -> str:
    """One reader's scans reach PassEntry in the order they were made."""
    return f"scanlog:{reader_id}"[:64]


def log_row(scan_id: str, body: dict[str, Any], now: datetime,
            op_id: str | None = None) -> dict[str, Any]:
    """The outbox row that logs scan ``scan_id`` in PassEntry, as column values."""
    return {"op_id": op_id or str(uuid.uuid4()), "kind": OutboxKind.SCAN_LOG,
            "order_key": log_order_key(body["readerId"]), "target_id": scan_id,
            "payload": body, "state": "pending", "attempts": 0, "created_at": now,
            "next_attempt_at": None, "claimed_at": None, "last_error": None, "facts": {}}


def queue_log(session: Session | Connection, scan_id: str, body: dict[str, Any],
              now: datetime) -> str:
    """Queue ``POST /scans/log`` for a recorded scan, in the caller's transaction."""
    row = log_row(scan_id, body, now)
    session.execute(insert(OutboxRow), [row])
    return row["op_id"]


def held_remote_ids(session: Session | Connection, candidates: list[str]) -> set[str]:
    """Which of ``candidates`` (PassEntry scan ids) a scan here already holds."""
    if not candidates:
        return set()
    return set(session.scalars(select(Scan.remote_id).where(Scan.remote_id.in_(candidates))))


def set_remote_id(session: Session | Connection, scan_id: str, remote_id: str) -> None:
    """PassEntry answered (or was found to have) the log of ``scan_id``."""
    session.execute(update(Scan).where(Scan.id == scan_id).values(remote_id=remote_id))


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
#: ``verdict`` is the machine's word (admit, warn, deny, exit; hold while undecided);
#: ``shown`` is what the Door's screen said (ADMIT, CHECK, DENY, EXIT, HOLD), with
#: "UNDONE" for an undone admission.
#: New columns go at the end, so scripts reading by position keep working.
EXPORT_COLUMNS = ("scanned_at", "station", "source", "value", "verdict", "reason", "detail",
                  "pass_id", "holder", "event_id", "undone_at", "shown",
                  # A HOLD a door person decided: "confirmed" or "refused", by which desk, when.
                  "decision", "decided_by", "decided_at")


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
            scan.undone_at.isoformat() if scan.undone_at else "", _shown(scan),
            scan.decision, scan.decided_by,
            scan.decided_at.isoformat() if scan.decided_at else "")])
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
