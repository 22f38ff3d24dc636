"""Counts and times in words, for every pane: ``3 passes``, ``12:04`` today.

Plain functions, no widgets and no feature: the Door, the Till, Passes and the
Sync pane all say counts and moments the same way. Times are shown in the
computer's local time zone.
"""

from __future__ import annotations

from datetime import datetime


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def local_time(moment: datetime, *, seconds: bool = False, now: datetime | None = None) -> str:
    """``12:04`` today, ``3 May 12:04`` on another day (local time)."""
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return clock if local.date() == today else f"{local.day} {local:%b} {clock}"
