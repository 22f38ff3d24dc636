"""Events created or edited here: local row + outbox row in one transaction."""

from __future__ import annotations

import uuid
from datetime import datetime

from passdesk.core.payloads import EventInput
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.renames import LOCAL_PREFIX
from passdesk.store.schema import Event
from passdesk.sync.changes import ChangeRefused, Clock, utcnow

CREATE, UPDATE = "event.create", "event.update"


def _aware(value: datetime | str | None) -> datetime | None:
    return value if isinstance(value, datetime) and value.tzinfo else None


def create_event(db: Database, *, event: EventInput, clock: Clock = utcnow) -> str:
    """Create an event now, locally; returns its local id (the API's id replaces it later)."""
    problems = event.problems(creating=True)
    if problems:
        raise ChangeRefused("; ".join(problems))
    local_id = f"{LOCAL_PREFIX}{uuid.uuid4()}"
    now = clock()
    with db.session() as session:
        session.add(Event(id=local_id, name=event.name, venue_name=event.venue_name,
                          start_time=_aware(event.start), end_time=_aware(event.end),
                          time_zone=event.time_zone, status="pending", attributes={}))
        outbox.enqueue(session, kind=CREATE, order_key=local_id, target_id=local_id,
                       payload={"body": event.to_body()}, now=now)
    return local_id


def update_event(db: Database, *, event_id: str, changes: EventInput,
                 clock: Clock = utcnow) -> None:
    problems = changes.problems(creating=False)
    if problems:
        raise ChangeRefused("; ".join(problems))
    with db.session() as session:
        row = session.get(Event, event_id)
        if row is None:
            raise ChangeRefused(f"No event {event_id} in the local store.")
        for column, value in (("name", changes.name), ("venue_name", changes.venue_name),
                              ("time_zone", changes.time_zone),
                              ("start_time", _aware(changes.start)),
                              ("end_time", _aware(changes.end))):
            if value is not None:
                setattr(row, column, value)
        outbox.enqueue(session, kind=UPDATE, order_key=event_id, target_id=event_id,
                       payload={"body": changes.to_body()}, now=clock())
