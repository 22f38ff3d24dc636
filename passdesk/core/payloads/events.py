"""Event bodies: an event to create, or the fields to change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from passdesk.core.payloads.body_values import iso


@dataclass
class EventInput:
    """An event to create, or the fields to change (None = leave as is)."""

    name: str | None = None
    venue_name: str | None = None
    start: datetime | str | None = None
    end: datetime | str | None = None
    time_zone: str | None = None

    def to_body(self) -> dict[str, Any]:
        event: dict[str, Any] = {}
        for k, v in (("name", self.name), ("venueName", self.venue_name),
                     ("startDatetime", self.start), ("endDatetime", self.end),
                     ("timeZone", self.time_zone)):
            if v is not None:
                event[k] = iso(v)
        return {"event": event}

    def problems(self, *, creating: bool) -> list[str]:
        out = []
        if creating:
            out += [f"{label} is required" for label, v in (
                ("name", self.name), ("venue name", self.venue_name),
                ("start", self.start), ("end", self.end), ("time zone", self.time_zone),
            ) if v in (None, "")]
        if isinstance(self.start, datetime) and isinstance(self.end, datetime) \
                and self.start.tzinfo and self.end.tzinfo and self.end < self.start:
            out.append("the event ends before it starts")
        return out
