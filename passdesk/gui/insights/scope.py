"""What the Insights pane's figures cover, and their read: an event, or "Today"
(every event of the desk's day, on the desk's clock), read on the store's worker.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone

from passdesk.core.admission import EventFacts
from passdesk.core.insights import Attendance
from passdesk.gui.i18n import translate
from passdesk.store.database import Database
from passdesk.store.insights import attendance, day_scope, event_scope

#: The scope picker's "Today": every event of the desk's day.
TODAY = "<today>"
#: An event counts as on now from this long before its start (its doors open).
DOORS_EARLY = timedelta(hours=2)


class EventGone(LookupError):
    """The event picked is no longer in the store."""


def local_zone() -> tzinfo:
    """This computer's zone, by its IANA name where the system tells it (a day's
    bounds stay right across a change of clocks); else today's offset."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        if name:
            return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        pass
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def read_attendance(database: Database, choice: str, now: datetime, zone: tzinfo,
                    capacity: int | None, tickets: int | None = None) -> Attendance:
    """The figures of ``choice`` (an event id or ``TODAY``); on the store's worker.

    ``tickets``: the event's ticket count when it is known to be current (no pass
    changed since it was counted), which saves counting the passes again.
    """
    with database.session() as session:
        if choice == TODAY:
            scope = day_scope(now.astimezone(zone).date(), zone)
        else:
            scope = event_scope(session, choice)
            if scope is None:
                raise EventGone(choice)
        return attendance(session, scope, now, capacity=capacity, tickets=tickets)


def failure_words(exc: Exception) -> str:
    """A read's failure in a line a person can read (no SQL, no traceback)."""
    if isinstance(exc, EventGone):
        return translate("insights", "That event is no longer in the events list. Pick "
                                     "another, or Today.")
    reason = getattr(exc, "orig", None) or exc
    text = str(reason).strip().splitlines()[0] if str(reason).strip() else type(reason).__name__
    return translate("insights", "The figures could not be read ({why}).").format(
        why=text[:140])


def pick_default(events: list[EventFacts], door_event: str | None, now: datetime) -> str:
    """The door's own event; else an event on now; else Today."""
    ids = {event.id for event in events}
    if door_event in ids:
        return door_event
    for event in events:
        ends = event.ends
        if event.start is not None and ends is not None and \
                event.start - DOORS_EARLY <= now <= ends:
            return event.id
    return TODAY
