"""What the Events pane lists: events filtered and sorted, each with its unsent changes.

Plain rows (``EventListRow``), safe to hand to the UI thread. Hundreds of
events, not millions: one query for the events and one for the few outbox
rows about events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from passdesk.store import outbox, sync_state
from passdesk.store.database import Database
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.renames import is_local
from passdesk.store.rows import EVENT_FROM_PASSES
from passdesk.store.schema import Event, OutboxRow, Pass

#: Outbox kinds that are about an event (see ``sync/events.py``).
EVENT_KINDS = (OutboxKind.EVENT_CREATE, OutboxKind.EVENT_UPDATE)


class When(StrEnum):
    #: Not over yet: ongoing events count as upcoming (the door still needs them).
    UPCOMING = "upcoming"
    PAST = "past"
    ALL = "all"


class EventSort(StrEnum):
    START = "start"
    NAME = "name"
    VENUE = "venue"
    PASSES = "passes"


@dataclass(frozen=True)
class EventFilter:
    #: Part of the name or the venue, any case.
    text: str = ""
    #: Only this API status (e.g. "ended"); None: any.
    status: str | None = None
    when: When = When.ALL


@dataclass(frozen=True)
class EventListRow:
    id: str
    name: str
    venue_name: str
    #: Aware, UTC; None when the API did not say.
    start: datetime | None
    end: datetime | None
    time_zone: str | None
    status: str | None
    passes_count: int | None
    #: The outbox state of its oldest unsent change ("pending", "sending",
    #: "failed", "review"); None: nothing waits.
    unsent: str | None = None
    #: None: from the events API; "passes": learnt from the passes' event details (read-only).
    source: str | None = None

    @property
    def pending(self) -> bool:
        """Changes made here have not reached PassEntry yet."""
        return self.unsent is not None

    @property
    def needs_a_person(self) -> bool:
        return self.unsent in outbox.NEEDS_A_PERSON

    @property
    def is_local(self) -> bool:
        """Created here and not yet created on PassEntry."""
        return is_local(self.id)


_SORT_COLUMNS = {EventSort.START: Event.start_time, EventSort.NAME: func.lower(Event.name),
                 EventSort.VENUE: func.lower(Event.venue_name),
                 EventSort.PASSES: Event.passes_count}


def list_events(session: Session, *, now: datetime, where: EventFilter = EventFilter(),
                sort: EventSort = EventSort.START, descending: bool = False,
                limit: int = 5000) -> list[EventListRow]:
    """Events matching ``where`` at ``now``, sorted (ties by name, then id)."""
    query = select(Event)
    text = where.text.strip()
    if text:
        query = query.where(or_(Event.name.icontains(text, autoescape=True),
                                Event.venue_name.icontains(text, autoescape=True)))
    if where.status:
        query = query.where(Event.status == where.status)
    # An event is over when its end (or, without one, its start) has passed;
    # one without any time is never "past".
    over_at = func.coalesce(Event.end_time, Event.start_time)
    when = When(where.when)
    if when is When.UPCOMING:
        query = query.where(or_(over_at.is_(None), over_at >= now))
    elif when is When.PAST:
        query = query.where(over_at < now)
    column = _SORT_COLUMNS[sort]
    # NULLs last either way: an event without a start is not "the earliest".
    query = query.order_by(column.is_(None), column.desc() if descending else column,
                           func.lower(Event.name), Event.id).limit(limit)
    waiting = unsent_changes(session)
    events = list(session.scalars(query))
    counts = _counted_here(session, events)
    return [_row(e, waiting.get(e.id), counts.get(e.id)) for e in events]


def get_event(session: Session, event_id: str) -> EventListRow | None:
    event = session.get(Event, event_id)
    if event is None:
        return None
    return _row(event, unsent_changes(session).get(event_id),
                _counted_here(session, [event]).get(event_id))


def _counted_here(session: Session, events: list[Event]) -> dict[str, int]:
    """Passes per event learnt from passes: PassEntry sends no count for those."""
    ids = [e.id for e in events if e.source == EVENT_FROM_PASSES and e.passes_count is None]
    if not ids:
        return {}
    return dict(session.execute(select(Pass.event_id, func.count())
                                .where(Pass.event_id.in_(ids))
                                .group_by(Pass.event_id)).all())


def unsent_changes(session: Session) -> dict[str, str]:
    """Event id -> state of its unsent changes: one a person must act on, else the oldest's."""
    rows = session.execute(select(OutboxRow.target_id, OutboxRow.state)
                           .where(OutboxRow.kind.in_(EVENT_KINDS),
                                  OutboxRow.state.in_(outbox.BLOCKING))
                           .order_by(OutboxRow.seq))
    found: dict[str, str] = {}
    for target, state in rows:
        if target and (target not in found or state in outbox.NEEDS_A_PERSON):
            found[target] = state
    return found


def statuses(session: Session) -> list[str]:
    """The statuses events have in the store, for a filter."""
    return sorted(s for s in session.scalars(select(Event.status).distinct()) if s)


def _row(event: Event, unsent: str | None, counted: int | None = None) -> EventListRow:
    passes = event.passes_count if event.passes_count is not None else counted
    return EventListRow(event.id, event.name or "", event.venue_name or "", event.start_time,
                        event.end_time, event.time_zone, event.status, passes,
                        unsent, event.source)


@dataclass(frozen=True)
class EventsShown:
    """What the Events pane shows, read at once: the rows, every status known, and
    whether the account has an events list (None: no sync has said yet)."""

    rows: list[EventListRow]
    statuses: list[str]
    offered: bool | None


def read_events_shown(database: Database, *, now: datetime, where: EventFilter) -> EventsShown:
    with database.session() as session:
        return EventsShown(list_events(session, now=now, where=where), statuses(session),
                           sync_state.is_offered(session, sync_state.EVENTS))
