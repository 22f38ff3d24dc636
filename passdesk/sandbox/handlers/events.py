"""Events, legacy (PASSENTRY-API.md §14.2): requests say startDatetime/endDatetime,
responses startTime/endTime. An update rewrites the ``enhancedEventData`` of the
event's tickets, so both views agree.

The status (upcoming, ongoing, ended) is computed from the sandbox clock.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from starlette.requests import Request
from starlette.responses import Response

from passdesk.sandbox.bodies import wrapped_object
from passdesk.sandbox.decisions import LEGACY_DEFAULT_PER_PAGE
from passdesk.sandbox.errors import not_found, unprocessable
from passdesk.sandbox.event_data import enhanced_event_data
from passdesk.sandbox.pagination import paginate
from passdesk.sandbox.rows import StoredEvent
from passdesk.sandbox.state import SandboxState, state_of
from passdesk.sandbox.views import document, event_resource

FIELDS = ("name", "venueName", "startDatetime", "endDatetime", "timeZone")


async def list_events(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        counts = state.passes_per_event()
        now = state.now()
        page, meta, links = paginate(request, list(state.events.values()),
                                     LEGACY_DEFAULT_PER_PAGE)
        data = [event_resource(e, now, counts[e.id]) for e in page]
        return document(data, meta=meta, links=links)


async def get_event(request: Request) -> Response:
    state = state_of(request)
    with state.lock:
        event = state.events.get(request.path_params["id"])
        if event is None:
            raise not_found("Event")
        return _one(state, event)


async def create_event(request: Request) -> Response:
    given, _body = await wrapped_object(request, "event")
    missing = [f"{key} is required" for key in FIELDS if given.get(key) in (None, "")]
    if missing:
        raise unprocessable(*missing)
    event = StoredEvent(uuid.uuid4().hex[:12], "", "", datetime.min, datetime.min, "UTC")
    _apply(event, given, creating=True)
    state = state_of(request)
    with state.lock:
        state.events[event.id] = event
        return _one(state, event, status=201)


async def update_event(request: Request) -> Response:
    given, _body = await wrapped_object(request, "event")
    state = state_of(request)
    with state.lock:
        event = state.events.get(request.path_params["id"])
        if event is None:
            raise not_found("Event")
        _apply(event, given, creating=False)
        for ticket in state.event_passes(event.id):
            if not ticket.nullified:
                ticket.attributes["enhancedEventData"] = enhanced_event_data(event)
        return _one(state, event)


def _one(state: SandboxState, event: StoredEvent, status: int = 200) -> Response:
    count = state.passes_per_event()[event.id]
    return document(event_resource(event, state.now(), count), status=status)


def _apply(event: StoredEvent, given: dict[str, Any], *, creating: bool) -> None:
    """Check every given field, then change the event (all or nothing)."""
    problems = [f"{key} must be a non-empty string" for key in FIELDS
                if given.get(key) is not None and (not isinstance(given[key], str)
                                                   or not given[key].strip())]
    if problems:
        raise unprocessable(*problems)
    zone_name = given.get("timeZone") or event.time_zone
    zone = _zone(zone_name)
    start = _moment(given, "startDatetime", zone, problems) or event.start
    end = _moment(given, "endDatetime", zone, problems) or event.end
    if problems:
        raise unprocessable(*problems)
    if (creating or "startDatetime" in given or "endDatetime" in given) and end < start:
        raise unprocessable("endDatetime must not be before startDatetime")
    event.name = given.get("name") or event.name
    event.venue_name = given.get("venueName") or event.venue_name
    event.start, event.end, event.time_zone = start, end, zone_name


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise unprocessable(f"timeZone {name!r} is not an IANA time zone "
                            "(e.g. Europe/London)") from None


def _moment(given: dict[str, Any], key: str, zone: ZoneInfo,
            problems: list[str]) -> datetime | None:
    """An ISO 8601 datetime from the body; one without offset is in the event's zone."""
    text = given.get(key)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        problems.append(f"{key} {text!r} is not an ISO 8601 datetime "
                        "(e.g. 2025-07-17T22:30:00+01:00)")
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


HANDLERS = {
    "events.list": list_events,
    "events.get": get_event,
    "events.create": create_event,
    "events.update": update_event,
}
