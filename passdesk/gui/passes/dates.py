"""Days and times for the Passes pane in the locale's words ("Tue 8 Dec 2026, 19:00").

The same rule as ``gui.events.model``'s (feature folders do not import each other):
the locale's long date, its weekday and month names shortened, then its short time.
Wall times are naive (already in the zone they are said in).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from passdesk.gui.i18n import translate

#: A QLocale date pattern's pieces: quoted words, field letters, separators.
_TOKENS = re.compile(r"'[^']*'|d+|M+|y+|[^dMy']+")


def date_words(day: date, *, weekday: bool = True) -> str:
    """``Tue 8 Dec 2026`` / ``Tue Dec 8, 2026``: the locale's long date, names shortened."""
    locale = QLocale()
    tokens = _TOKENS.findall(locale.dateFormat(QLocale.FormatType.LongFormat))
    kept = [t for t in tokens if t not in ("ddd", "dddd")]
    fields = [i for i, t in enumerate(kept) if t[0] in "dMy"]
    pattern = "".join(kept[fields[0]:fields[-1] + 1]).replace("MMMM", "MMM")
    said = locale.toString(QDate(day.year, day.month, day.day), pattern)
    if not weekday:
        return said
    return translate("passes", "{weekday} {date}", "a day: Tue 8 Dec 2026").format(
        weekday=locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat), date=said)


def clock_words(wall: datetime) -> str:
    """The time of day as the locale writes it (``19:00``, ``7:00 PM``)."""
    return QLocale().toString(QTime(wall.hour, wall.minute), QLocale.FormatType.ShortFormat)


def wall_words(wall: datetime, *, weekday: bool = True) -> str:
    """``Tue 8 Dec 2026, 19:00``."""
    return translate("passes", "{day}, {time}", "a day, then a time of day").format(
        day=date_words(wall.date(), weekday=weekday), time=clock_words(wall))
