"""Counts and times in words, for every pane: ``3 passes``, ``12:04`` today.

Plain functions, no widgets and no feature: the Door, the Till, Passes and the
Sync pane all say counts and moments the same way. Times are shown in the
computer's local time zone.
"""

from __future__ import annotations

from datetime import datetime

from passdesk.gui.i18n import formats


def plural(count: int, one: str, many: str | None = None) -> str:
    """Deprecated (issue 25): a message with ``%Ln …(s)`` says its count in any language."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def local_time(moment: datetime, *, seconds: bool = False, now: datetime | None = None) -> str:
    """``12:04`` today, ``3 May 12:04`` on another day (local time, as the locale
    writes them: ``formats.when``)."""
    return formats.when(moment, seconds=seconds, now=now)
