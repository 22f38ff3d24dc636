"""How a CSV file writes its cells: for a script, or for a spreadsheet in the
person's language (issue 25).

The column keys never change with the language; the cells do. ``PLAIN`` is what a
script reads the same everywhere (ISO 8601 days and times, "." decimals, ","
between cells). A person's spreadsheet wants its own way: German Excel reads
"12,5" as a number and "12.5" as a date, and splits cells at ";" where the decimal
sign is ",". The GUI builds that style from the locale (``gui.i18n.formats``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


def _iso_moment(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


@dataclass(frozen=True)
class CsvStyle:
    delimiter: str = ","
    decimal_point: str = "."
    #: A day, and a moment already in the zone it is written in (its wall time).
    day: Callable[[date], str] = date.isoformat
    moment: Callable[[datetime], str] = _iso_moment

    def number(self, value: float | Decimal) -> str:
        """A number with a fraction, with this style's decimal sign (no grouping)."""
        return str(value).replace(".", self.decimal_point)


PLAIN = CsvStyle()
