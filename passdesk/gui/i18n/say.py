"""Say a message in the installed language.

``translate(context, source, disambiguation, n)`` is ``QCoreApplication.translate``
under the name ``pyside6-lupdate`` looks for, with English's plural filled in
where no catalogue had the message: a source says "%Ln scan(s)", English shows
"1 scan" and "2 scans" without an English catalogue.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from passdesk.core.texts import Moment, Style, Text, english_plural
from passdesk.gui.i18n import formats


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """``source`` in the installed language (English when no catalogue has it)."""
    said = QCoreApplication.translate(context, source, disambiguation, n)
    # Qt wrote %n; "(s)" is left only where no catalogue had the message (English).
    return english_plural(said, n) if n >= 0 and "(" in said else said


def say(value: object) -> str:
    """A ``Text`` in the installed language (also an error raised with one); any other
    value as it is written."""
    if isinstance(value, Text):
        return value.say(translate, _argument)
    if isinstance(value, BaseException) and len(value.args) == 1 \
            and isinstance(value.args[0], Text):
        return say(value.args[0])  # an error raised with a Text: its words, translated
    return "" if value is None else str(value)


def _argument(value: object) -> str:
    """An argument of a message, as the locale writes it."""
    if isinstance(value, Text):
        return say(value)
    if isinstance(value, Moment):
        return _moment(value)
    if isinstance(value, bool | str):
        return str(value)
    if isinstance(value, int):
        return formats.number(value)
    if isinstance(value, float | Decimal):
        return formats.decimal(value)
    if isinstance(value, datetime):
        return formats.moment(value)
    if isinstance(value, date):
        return formats.day(value)
    return str(value)


def _moment(moment: Moment) -> str:
    value, style = moment.value, moment.style
    if style is Style.DAY:
        return formats.day(value)
    if style is Style.DAY_AND_MONTH:
        return formats.day_and_month(value.astimezone().date()
                                     if isinstance(value, datetime) else value)
    if style is Style.WEEKDAY:
        return formats.date_words(value.astimezone().date()
                                  if isinstance(value, datetime) else value)
    if not isinstance(value, datetime):  # a time style given a day: the day
        return formats.day(value)
    return {Style.CLOCK: lambda: formats.clock(value),
            Style.CLOCK_SECONDS: lambda: formats.clock(value, seconds=True),
            Style.MOMENT: lambda: formats.moment(value),
            Style.WHEN: lambda: formats.when(value)}[style]()
