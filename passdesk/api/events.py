"""Events: list, get (with passesCount), create and update."""

from __future__ import annotations

from passdesk.api.groups import ResourceGroup
from passdesk.core.payloads import EventInput
from passdesk.core.records import Event


class Events(ResourceGroup[Event]):
    KIND = Event
    PREFIX = "events"

    def create(self, event: EventInput) -> Event:
        return self._one(self._call("create", body=event.to_body()))

    def update(self, event_id: str, changes: EventInput) -> Event:
        return self._one(self._call("update", id=event_id, body=changes.to_body()))
