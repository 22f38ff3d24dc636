"""Events created or edited here: local row + outbox row in one transaction.

The events API is legacy: where the server does not offer it (the last pull
found out, ``sync_state``), creating and editing are refused with its words.
Events learnt from the passes' ``enhancedEventData`` are read-only.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from passdesk.api import NotOfferedError, PassEntryClient
from passdesk.core.payloads import EventInput
from passdesk.core.texts import translate
from passdesk.store import outbox, pass_events, sync_state
from passdesk.store.database import Database
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.renames import LOCAL_PREFIX
from passdesk.store.schema import Event
from passdesk.sync.changes import ChangeRefused, Clock, utcnow
from passdesk.sync.passes import problems_said

READ_ONLY_WORDS = translate("events", "This event comes from its tickets (their event details "
                                      "on PassEntry); it cannot be changed here.")


def _check_offered(session) -> None:
    if sync_state.is_offered(session, sync_state.EVENTS) is False:
        # The words the pull noted, as a Text: said in the person's language.
        raise ChangeRefused(sync_state.not_offered(session)[sync_state.EVENTS])


def _aware(value: datetime | str | None) -> datetime | None:
    return value if isinstance(value, datetime) and value.tzinfo else None


def create_event(db: Database, *, event: EventInput, clock: Clock = utcnow) -> str:
    """Create an event now, locally; returns its local id (the API's id replaces it later)."""
    problems = event.problems(creating=True)
    if problems:
        raise ChangeRefused(problems_said(problems))
    local_id = f"{LOCAL_PREFIX}{uuid.uuid4()}"
    now = clock()
    with db.session() as session:
        _check_offered(session)
        session.add(Event(id=local_id, name=event.name, venue_name=event.venue_name,
                          start_time=_aware(event.start), end_time=_aware(event.end),
                          time_zone=event.time_zone, status="pending", attributes={}))
        outbox.enqueue(session, kind=OutboxKind.EVENT_CREATE, order_key=local_id,
                       target_id=local_id,
                       payload={"body": event.to_body()}, now=now)
    return local_id


def update_event(db: Database, *, event_id: str, changes: EventInput,
                 clock: Clock = utcnow) -> None:
    problems = changes.problems(creating=False)
    if problems:
        raise ChangeRefused(problems_said(problems))
    with db.session() as session:
        row = session.get(Event, event_id)
        if row is None:
            raise ChangeRefused(translate("events", "No event {event_id} in the local store.")
                                .format(event_id=event_id))
        if pass_events.is_read_only(session, event_id):
            raise ChangeRefused(READ_ONLY_WORDS)
        _check_offered(session)
        for column, value in (("name", changes.name), ("venue_name", changes.venue_name),
                              ("time_zone", changes.time_zone),
                              ("start_time", _aware(changes.start)),
                              ("end_time", _aware(changes.end))):
            if value is not None:
                setattr(row, column, value)
        outbox.enqueue(session, kind=OutboxKind.EVENT_UPDATE, order_key=event_id,
                       target_id=event_id,
                       payload={"body": changes.to_body()}, now=clock())


def events_list_offered(client: PassEntryClient) -> bool:
    """Whether PassEntry answers the (legacy) events list here: one cheap request
    (a server without it answers 404: ``NotOfferedError``). On a network worker."""
    try:
        client.events.list(per_page=1)
    except NotOfferedError:
        return False
    return True
