"""The records the sandbox keeps in memory (plain data, no behaviour).

``attributes`` dicts hold exactly what the API returns, so handlers only
pick keys out of them; the other fields are what the API does not show
(or shows computed) but the sandbox needs, such as a ticket's event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class StoredTemplate:
    id: str
    attributes: dict[str, Any]
    #: Content field that mirrors the loyalty balance (e.g. "points"), if any.
    balance_field: str | None = None

    @property
    def loyalty_enabled(self) -> bool:
        return bool(self.attributes.get("loyalty", {}).get("enabled"))


@dataclass
class StoredEvent:
    id: str
    name: str
    venue_name: str
    start: datetime
    end: datetime
    time_zone: str


@dataclass
class StoredPass:
    id: str
    #: Every attribute, passDesign/locations/beacons included.
    attributes: dict[str, Any]
    created: datetime
    #: The event an event ticket belongs to (filters eventUuid/eventName).
    event_id: str | None = None
    #: Loyalty balance, for passes of a loyalty template.
    balance: int | None = None


@dataclass
class StoredReader:
    id: str
    attributes: dict[str, Any]
    password: str = field(default="", repr=False)  # write-only in the API
