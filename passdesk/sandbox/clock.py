"""The sandbox's notion of "now", and the timestamp format the API uses.

The clock starts at the ``now`` the demo data was built for and then runs
with real time, so data built for a fixed moment stays consistent while
the server runs (the event that is "on today" stays ongoing).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta


class SandboxClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.start = (start or datetime.now(UTC)).astimezone(UTC)
        self._t0 = time.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self._t0)


def iso_utc(moment: datetime | None) -> str | None:
    """``2022-06-05T10:06:53Z``, as in the vendor examples (whole seconds, UTC)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_local(moment: datetime, zone: object) -> str:
    """A moment in an event's own zone, ``Z`` for a zero offset."""
    text = moment.astimezone(zone).isoformat(timespec="seconds")  # type: ignore[arg-type]
    return text[:-len("+00:00")] + "Z" if text.endswith("+00:00") else text


def parse_iso(text: str) -> datetime | None:
    """An ISO 8601 datetime (or date) as an aware datetime; naive means UTC."""
    if not isinstance(text, str) or not text.strip():
        return None
    candidates = [text.strip()]
    # A "+01:00" offset sent unencoded in a query string arrives as " 01:00".
    if " " in candidates[0]:
        candidates.append(candidates[0].replace(" ", "+"))
    for candidate in candidates:
        try:
            parsed = datetime.fromisoformat(candidate)
        except ValueError:
            continue
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None
