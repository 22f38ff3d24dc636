"""Events: list, get (with passesCount), create and update."""

from __future__ import annotations

from typing import Any

from passdesk.api.groups import ResourceGroup
from passdesk.core.payloads import EventInput
from passdesk.core.records import Event


class Events(ResourceGroup[Event]):
    KIND = Event
    PREFIX = "events"

    def create(self, event: EventInput) -> Event:
        return self.create_with_body(event.to_body())

    def update(self, event_id: str, changes: EventInput) -> Event:
        return self.update_with_body(event_id, changes.to_body())

    def create_with_body(self, body: dict[str, Any]) -> Event:
        return self._one(self._call("create", body=body))

    def update_with_body(self, event_id: str, body: dict[str, Any]) -> Event:
        return self._one(self._call("update", id=event_id, body=body))
