"""The scan log: every scan at a door, committed before its verdict is shown."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import func, select
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


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Scan)) or 0
