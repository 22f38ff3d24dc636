"""A ticket's ``enhancedEventData`` (PASSENTRY-API.md §2.8), made from the event it is for.

The legacy events API and the passes' ``enhancedEventData`` describe the
same events, so both views of the demo agree; a legacy event update
rewrites the data on its tickets.
"""

from __future__ import annotations

from typing import Any

from passdesk.sandbox.clock import iso_utc
from passdesk.sandbox.rows import StoredEvent

#: What the sandbox knows of its venues (by the events' venueName).
VENUES: dict[str, dict[str, Any]] = {
    "Riverside Arena": {
        "region": "London", "location": {"latitude": 51.5070, "longitude": -0.0873},
        "contactPhoneNumber": "+442079460000", "contactEmailAddress": "boxoffice@example.com",
        "websiteUrl": "https://www.example.com/riverside-arena",
    },
    "Théâtre Lumière, Paris": {
        "region": "Paris", "location": {"latitude": 48.8700, "longitude": 2.3320},
        "contactPhoneNumber": "+33140000000", "contactEmailAddress": "billetterie@example.com",
        "websiteUrl": "https://www.example.com/theatre-lumiere",
    },
}


def enhanced_event_data(event: StoredEvent) -> dict[str, Any]:
    venue = {"name": event.venue_name, **VENUES.get(event.venue_name, {})}
    return {
        "event": {"name": event.name, "startDateTime": iso_utc(event.start),
                  "endDateTime": iso_utc(event.end)},
        "venue": {k: (dict(v) if isinstance(v, dict) else v) for k, v in venue.items()},
    }
