"""Numbers, money, days and times as the chosen locale writes them (``QLocale()``,
set by ``language.install``). Moments are shown in this computer's time zone."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from passdesk.core.csv_style import CsvStyle

_SHORT = QLocale.FormatType.ShortFormat


def number(value: int) -> str:
    """``12,345`` / ``12.345`` / ``12 345``."""
    return QLocale().toString(int(value))


def decimal(value: float | Decimal, places: int = 2) -> str:
    """Up to ``places`` decimals, none when whole: ``2.5``, ``2,5``, ``3``."""
    value = float(value)
    if value == int(value):
        return number(int(value))
    text = QLocale().toString(value, "f", places)
    point = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def money(amount: float | Decimal, currency: str) -> str:
    """``€12.50`` / ``12,50 €`` by the locale, ``currency`` an ISO 4217 code."""
    locale = QLocale()
    symbol = _symbol(locale, currency)
    return locale.toCurrencyString(float(amount), symbol)


def _symbol(locale: QLocale, currency: str) -> str:
    """The locale's own symbol when its currency is ``currency``, else the code."""
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency.upper():
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    known = {"EUR": "€", "GBP": "£", "USD": "US$", "CHF": "CHF"}
    return known.get(currency.upper(), currency.upper())


def _local(moment: datetime) -> QDateTime:
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day),
                     QTime(local.hour, local.minute, local.second))


def clock(moment: datetime, *, seconds: bool = False) -> str:
    """The local time of day: ``21:04`` / ``9:04 PM``."""
    time = _local(moment).time()
    return QLocale().toString(time, _seconds_format() if seconds else _SHORT)


def _seconds_format() -> str:
    """The locale's short time with seconds (``HH:mm:ss``, ``h:mm:ss AP``)."""
    short = QLocale().timeFormat(_SHORT)
    return short if "s" in short else short.replace("mm", "mm:ss")


def day(value: date | datetime) -> str:
    """A day, short: ``07/12/2026`` / ``07.12.26``."""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return QLocale().toString(QDate(value.year, value.month, value.day), _SHORT)


def moment(value: datetime, *, seconds: bool = False) -> str:
    """A day and time, short, local."""
    return f"{day(value)} {clock(value, seconds=seconds)}"


def when(value: datetime, *, seconds: bool = False, now: datetime | None = None) -> str:
    """``21:04`` today, ``3 May 21:04`` on another day (local time, the locale's words)."""
    local = value.astimezone()
    today = (now or datetime.now().astimezone()).astimezone().date()
    time = clock(local, seconds=seconds)
    if local.date() == today:
        return time
    return f"{day_and_month(local.date())} {time}"


def day_and_month(value: date) -> str:
    """``3 May`` / ``3. Mai`` / ``May 3`` / ``3 de may``: the locale's long date
    without weekday and year, its month abbreviated."""
    locale = QLocale()
    tokens = _TOKENS.findall(locale.dateFormat(QLocale.FormatType.LongFormat))
    kept = [t for t in tokens if not (t.startswith("y") or t in ("ddd", "dddd"))]
    fields = [i for i, t in enumerate(kept) if t[0] in "dM"]
    pattern = "".join(kept[fields[0]:fields[-1] + 1]).replace("MMMM", "MMM")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


#: A QLocale date pattern's pieces: quoted words, field letters, separators.
_TOKENS = re.compile(r"'[^']*'|d+|M+|y+|[^dMy']+")


def date_words(day: date, *, weekday: bool = True) -> str:
    """``Wed 17 Jul 2030`` / ``Wed Jul 17, 2030`` / ``Mi. 17. Juli 2030``: the locale's
    long date with its month and weekday names shortened (Events, Passes)."""
    locale = QLocale()
    tokens = _TOKENS.findall(locale.dateFormat(QLocale.FormatType.LongFormat))
    kept = [t for t in tokens if t not in ("ddd", "dddd")]
    fields = [i for i, t in enumerate(kept) if t[0] in "dMy"]
    pattern = "".join(kept[fields[0]:fields[-1] + 1]).replace("MMMM", "MMM")
    said = locale.toString(QDate(day.year, day.month, day.day), pattern)
    if not weekday:
        return said
    return QCoreApplication.translate("common", "{weekday} {date}",
                                      "a day: Wed 17 Jul 2030").format(
        weekday=locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat), date=said)


def clock_words(wall: datetime) -> str:
    """A wall time's time of day as the locale writes it (``20:00``, ``8:00 PM``)."""
    return QLocale().toString(QTime(wall.hour, wall.minute), _SHORT)


def wall_words(wall: datetime, *, weekday: bool = True) -> str:
    """``Wed 17 Jul 2030, 20:00``: a naive wall time, already in the zone it is said in."""
    return QCoreApplication.translate("common", "{day}, {time}",
                                      "a day, then a time of day").format(
        day=date_words(wall.date(), weekday=weekday), time=clock_words(wall))


def spreadsheet() -> CsvStyle:
    """CSV cells as the locale's spreadsheet reads them: its decimal sign, ";" between
    cells where that sign is ",", its short day with the whole year, 24-hour times
    with seconds (``07.12.2026 21:04:09``). Moments are written in their own zone."""
    locale = QLocale()
    point = locale.decimalPoint()
    pattern = locale.dateFormat(_SHORT)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")

    def day(value: date) -> str:
        return locale.toString(QDate(value.year, value.month, value.day), pattern)

    def moment(value: datetime) -> str:
        time = QTime(value.hour, value.minute, value.second)
        return f"{day(value.date())} {locale.toString(time, 'HH:mm:ss')}"

    return CsvStyle(delimiter=";" if point == "," else ",", decimal_point=point,
                    day=day, moment=moment)
