"""Scans made by PassEntry's own readers, stored as door history (issue 19, D1/D2).

A scan PassEntry judged (``internalValidation``) is one row of the scans table
with PassEntry's scan id as its id, so the pull (``sync/scan_pull.py``) and the
hub's ``passScanned`` webhook store the same scan once: rows are inserted only
where the id is absent, in one statement per batch (``ON CONFLICT DO NOTHING``,
so two writers at once cannot collide either). Each row names its reader
(``desk`` "passentry:<readerId>", ``reader_id``), its verdict (admit for
``successful``, deny for ``failed``), the pass and the pass's event, and its
``scanned_at`` is PassEntry's ``scannedAt``: the Door reads a pass's history by
scan time, so a scan that arrives late takes its place in time.

A scan whose pass is not stored yet keeps its ``pass_id`` and gets its event
when the pass arrives (``place_scans``, run after each pull).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from passdesk.store.schema import Pass, Reader, Scan

#: ``scans.source`` of a scan that came from PassEntry (pull or webhook).
SOURCE = "passentry"
#: What the scan log keeps of a raw value (as the Door: ``scan.door_step.LOGGED_VALUE_MAX``).
VALUE_MAX = 512
#: ``scans.id`` is 36 characters (a UUID, as PassEntry's scan ids are).
_ID_MAX = 36
#: Longer ids get a stable UUID of their own (the pull and the webhook agree on it).
_LONG_IDS = uuid.UUID("6f0c2a52-1f43-4a4e-9d0a-2bd2f5e8c419")


@dataclass(frozen=True)
class PassEntryScan:
    """One scan as PassEntry reports it (``GET /scans`` or ``passScanned``)."""

    id: str
    scanned_at: datetime
    successful: bool
    scan_value: str | None = None
    status_detail: str | None = None
    pass_id: str | None = None
    reader_id: str | None = None
    #: The reader's name where the answer carried it (a webhook's included reader).
    reader_name: str | None = None
    #: "scan" (passScanned, the list) or "tap" (the deprecated passTapped).
    what: str = "scan"


def local_id(scan_id: str) -> str:
    """The ``scans.id`` of PassEntry's scan ``scan_id`` (itself when it fits)."""
    return scan_id if len(scan_id) <= _ID_MAX else str(uuid.uuid5(_LONG_IDS, scan_id))


def desk_of(reader_id: str | None) -> str:
    return f"passentry:{reader_id or 'reader'}"[:64]


def detail_words(scan: PassEntryScan, reader_name: str | None) -> str:
    """What the scan log says: "Accepted by PassEntry at South Gate Reader"."""
    where = reader_name or scan.reader_id or "a PassEntry reader"
    words = f"{'Accepted' if scan.successful else 'Refused'} by PassEntry at {where}"
    if scan.status_detail and not scan.successful:
        words += f": {scan.status_detail}"
    return words


def known_ids(session: Session, scan_ids: Iterable[str]) -> set[str]:
    """Which of PassEntry's ``scan_ids`` this store holds: imported here (``id``) or
    logged from here (``remote_id``, the id ``POST /scans/log`` answered)."""
    ids = list(dict.fromkeys(scan_ids))
    if not ids:
        return set()
    by_local = {local_id(i): i for i in ids}
    found = {by_local[i] for i in session.scalars(select(Scan.id).where(
        Scan.id.in_(list(by_local))))}
    found |= set(session.scalars(select(Scan.remote_id).where(Scan.remote_id.in_(ids))))
    return found


def import_scans(session: Session, scans: Sequence[PassEntryScan]) -> int:
    """Store the scans this store does not hold yet, in the caller's transaction.

    Returns how many were new. A few queries per batch, whatever its size:
    which ids are known, the passes' events, the readers' names, one insert.
    """
    if not scans:
        return 0
    known = known_ids(session, (s.id for s in scans))
    fresh = list({s.id: s for s in scans if s.id not in known}.values())
    if not fresh:
        return 0
    pass_ids = {s.pass_id for s in fresh if s.pass_id}
    events = dict(session.execute(select(Pass.id, Pass.event_id).where(
        Pass.id.in_(pass_ids))).all()) if pass_ids else {}
    reader_ids = {s.reader_id for s in fresh if s.reader_id and not s.reader_name}
    names = dict(session.execute(select(Reader.id, Reader.name).where(
        Reader.id.in_(reader_ids))).all()) if reader_ids else {}
    rows = [_row(s, events.get(s.pass_id) if s.pass_id else None,
                 s.reader_name or names.get(s.reader_id)) for s in fresh]
    _insert_absent(session, rows)
    return len(rows)


def _row(scan: PassEntryScan, event_id: str | None, reader_name: str | None) -> dict[str, Any]:
    return {
        "id": local_id(scan.id), "scanned_at": scan.scanned_at,
        "raw_value": (scan.scan_value or scan.pass_id or "")[:VALUE_MAX], "source": SOURCE,
        "pass_id": scan.pass_id[:64] if scan.pass_id else None, "event_id": event_id,
        "desk": desk_of(scan.reader_id),
        "reader_id": scan.reader_id[:64] if scan.reader_id else None,
        "verdict": "admit" if scan.successful else "deny",
        "reason": f"passentry {scan.what}", "detail": detail_words(scan, reader_name),
        "undone_at": None, "remote_id": None,
    }


def _insert_absent(session: Session, rows: list[dict[str, Any]]) -> None:
    dialect = session.get_bind().dialect.name
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}.get(dialect)
    if insert is None:
        raise NotImplementedError(f"scan import is not written for {dialect}")
    session.execute(insert(Scan).on_conflict_do_nothing(index_elements=["id"]), rows)


def place_scans(session: Session) -> int:
    """Give PassEntry's scans whose pass was not stored at import time their pass's
    event, now that the pass is here. Returns how many were placed.

    Only rows without an event are looked at (the event index's NULL part: a door
    set to an event writes its event on every scan, so that part stays small).
    """
    event = select(Pass.event_id).where(Pass.id == Scan.pass_id).scalar_subquery()
    result = session.execute(
        update(Scan).where(and_(Scan.event_id.is_(None), Scan.source == SOURCE,
                                Scan.pass_id.is_not(None), event.is_not(None)))
        .values(event_id=event).execution_options(synchronize_session=False))
    return result.rowcount or 0
