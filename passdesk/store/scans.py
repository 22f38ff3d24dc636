"""The scan log: every scan at a door, committed before its verdict is shown."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from passdesk.store.schema import Scan


def add_scan(session: Session, *, scanned_at: datetime, raw_value: str, source: str,
             verdict: str, pass_id: str | None = None, event_id: str | None = None,
             desk: str | None = None, reason: str | None = None,
             detail: str | None = None, scan_id: str | None = None) -> Scan:
    scan = Scan(id=scan_id or str(uuid.uuid4()), scanned_at=scanned_at, raw_value=raw_value,
                source=source, verdict=verdict, pass_id=pass_id, event_id=event_id, desk=desk,
                reason=reason, detail=detail)
    session.add(scan)
    return scan


_INSERT = Scan.__table__.insert()


def record_scan(session: Session | Connection, **values) -> str:
    """``add_scan`` without the ORM's unit of work: the door's hot path."""
    scan_id = values.pop("scan_id", None) or str(uuid.uuid4())
    session.execute(_INSERT, {"id": scan_id, "pass_id": None, "event_id": None, "desk": None,
                              "reason": None, "detail": None, "undone_at": None, **values})
    return scan_id


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Scan)) or 0
