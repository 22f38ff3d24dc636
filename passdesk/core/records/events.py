"""An event record (§2.7): name, venue, times, status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from passdesk.core.jsonobject import key
from passdesk.core.records.resource import Resource


@dataclass(kw_only=True)
class Event(Resource):
    """An event. Requests say startDatetime/endDatetime, responses startTime/endTime."""

    TYPE: ClassVar[str] = "event"
    name: str | None = key("name")
    venue_name: str | None = key("venueName")
    start_time: str | None = key("startTime")
    end_time: str | None = key("endTime")
    time_zone: str | None = key("timeZone")
    status: str | None = key("status")

    @property
    def passes_count(self) -> int | None:
        value = self.meta.get("passesCount")
        return value if isinstance(value, int) else None
