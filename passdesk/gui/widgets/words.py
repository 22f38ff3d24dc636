"""Times in words, for every pane: ``12:04`` today.

Plain functions, no widgets and no feature: the Door, the Till, Passes and the
Sync pane all say moments the same way (a count: a ``%Ln …(s)`` message). Times
are shown in the computer's local time zone.
"""

from __future__ import annotations

from datetime import datetime

from passdesk.gui.i18n import formats


def local_time(moment: datetime, *, seconds: bool = False, now: datetime | None = None) -> str:
    """``12:04`` today, ``3 May 12:04`` on another day (local time, as the locale
    writes them: ``formats.when``)."""
    return formats.when(moment, seconds=seconds, now=now)
