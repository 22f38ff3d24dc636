"""What the venue hub has applied (``hub_events``): each delivery or reader change once.

The row is inserted first in the transaction that makes the change, so a
retried or concurrent duplicate fails on the primary key (source, event_id)
and its transaction - change included - is rolled back. The key decides,
not a check before an insert, so this holds with several hub processes on
one PostgreSQL database too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from passdesk.store.database import Database
from passdesk.store.schema import HubEvent

Executor = Session | Connection


@dataclass(frozen=True)
class AppliedEvent:
    source: str
    event_id: str
    kind: str
    received_at: datetime
    pass_id: str | None
    detail: str | None


class AlreadyApplied(Exception):
    """The event was applied before (possibly by another hub process just now)."""

    def __init__(self, event: AppliedEvent | None) -> None:
        super().__init__("already applied")
        self.event = event


def record(session: Executor, *, source: str, event_id: str, kind: str,
           received_at: datetime, pass_id: str | None = None,
           detail: str | None = None) -> None:
    """Insert the row (in the caller's transaction); a duplicate raises IntegrityError."""
    session.execute(insert(HubEvent), [{
        "source": source, "event_id": event_id, "kind": kind, "received_at": received_at,
        "pass_id": pass_id, "detail": detail}])


def set_outcome(session: Executor, *, source: str, event_id: str, pass_id: str | None,
                detail: str | None) -> None:
    """What applying the event did (the pass, and e.g. the answer given), on its row."""
    session.execute(update(HubEvent).where(HubEvent.source == source,
                                           HubEvent.event_id == event_id)
                    .values(pass_id=pass_id, detail=detail))


def find(session: Executor, source: str, event_ids: Sequence[str]) -> AppliedEvent | None:
    """The applied event with one of ``event_ids`` (the newest if several)."""
    if not event_ids:
        return None
    row = session.execute(
        select(HubEvent.source, HubEvent.event_id, HubEvent.kind, HubEvent.received_at,
               HubEvent.pass_id, HubEvent.detail)
        .where(HubEvent.source == source, HubEvent.event_id.in_(list(event_ids)))
        .order_by(HubEvent.received_at.desc()).limit(1)).first()
    return AppliedEvent(*row) if row is not None else None


def apply_once(db: Database, *, source: str, event_id: str, kind: str, received_at: datetime,
               change: Callable[[Session], tuple[str | None, str | None]]) -> None:
    """Run ``change`` and record the event in one transaction, unless applied before.

    ``change`` gets the session and returns (pass id, detail) for the row.
    Raises ``AlreadyApplied`` (nothing changed) when the event is known.
    """
    with db.session() as session:
        known = find(session, source, [event_id])
    if known is not None:
        raise AlreadyApplied(known)
    try:
        with db.session() as session:
            # The row first: a concurrent duplicate waits here, then fails on the key.
            record(session, source=source, event_id=event_id, kind=kind,
                   received_at=received_at)
            session.flush()
            pass_id, detail = change(session)
            if pass_id is not None or detail is not None:
                set_outcome(session, source=source, event_id=event_id, pass_id=pass_id,
                            detail=detail)
    except IntegrityError as exc:
        with db.session() as session:
            known = find(session, source, [event_id])
        if known is None:
            raise
        raise AlreadyApplied(known) from exc


def is_duplicate(error: BaseException) -> bool:
    """Whether ``error`` is the primary key refusing a second row."""
    return isinstance(error, IntegrityError)


def prune(session: Executor, source: str, before: datetime) -> int:
    """Forget ``source``'s events received before ``before`` (past any retry or replay
    window); returns how many."""
    return session.execute(delete(HubEvent).where(
        HubEvent.source == source, HubEvent.received_at < before)).rowcount or 0
