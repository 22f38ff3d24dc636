"""Words for people, made where no Qt is: ``translate`` gives a ``Text``.

A ``Text`` is its English as a plain ``str`` (logs, tests and every caller that
only compares or stores it keep working) and remembers how it was made: the
context, the English source and its arguments. ``gui.i18n.say`` says it in the
chosen language with Qt's translators; nothing here knows which one.

``translate(context, source, disambiguation, n)`` is spelled as Qt's own so that
``pyside6-lupdate`` finds each call and puts its source in the ``.ts`` files.
Sources name their arguments (``{name}``); ``%n`` is the count of a plural,
written ``(s)`` in English: "%n scan(s) waiting".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

#: "scan(s)" → "scan" or "scans", "tr(y|ies)" → "try" or "tries": English's plural,
#: written in the source (there is no English catalogue).
_PLURAL = re.compile(r"\((?:([a-z]*)\|([a-z]+)|(s|es))\)")


def english_plural(source: str, n: int) -> str:
    """``source`` with its ``(s)`` resolved for ``n`` and ``%n`` written (English)."""
    said = plural_marks(source, n)
    return said.replace("%Ln", f"{n:,}").replace("%n", f"{n}")


def plural_marks(source: str, n: int) -> str:
    """``source`` with its ``(s)`` and ``(y|ies)`` chosen for ``n``; ``%n`` left to Qt."""
    return _PLURAL.sub(lambda m: _one_or_many(m, abs(n) == 1), source)


def _one_or_many(mark: re.Match, one: bool) -> str:
    if mark.group(3):  # "(s)", "(es)"
        return "" if one else mark.group(3)
    return mark.group(1) if one else mark.group(2)  # "(y|ies)"


class _Given(dict):
    """Arguments given so far: one not given yet stays ``{name}`` in the English."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Text(str):
    """A message in English that can be said in another language (``gui.i18n.say``)."""

    context: str
    source: str
    disambiguation: str | None
    n: int
    args: Mapping[str, Any]

    def __new__(cls, context: str, source: str, disambiguation: str | None = None,
                n: int = -1, args: Mapping[str, Any] | None = None) -> Text:
        args = dict(args or {})
        english = english_plural(source, n) if n >= 0 else source
        if args:
            english = english.format_map(_Given({k: str(v) for k, v in args.items()}))
        text = super().__new__(cls, english)
        text.context, text.source, text.disambiguation = context, source, disambiguation
        text.n, text.args = n, args
        return text

    def format(self, *positional: object, **args: object) -> Text:  # type: ignore[override]
        """The same message with its ``{name}`` arguments given (a ``Text`` again)."""
        if positional:
            raise TypeError("Text arguments are named: {name}")
        return Text(self.context, self.source, self.disambiguation, self.n,
                    {**self.args, **args})

    def say(self, translate: Callable[[str, str, str | None, int], str],
            arg: Callable[[object], str]) -> str:
        """This message through ``translate`` (Qt's, or another), each argument
        through ``arg``; a translation that breaks its arguments falls back to English."""
        said = translate(self.context, self.source, self.disambiguation, self.n)
        if not self.args:
            return said
        try:
            return said.format(**{k: arg(v) for k, v in self.args.items()})
        except (KeyError, IndexError, ValueError):
            return str(self)

    def __reduce__(self):  # pickles (worker results, copies) as a Text, not a str
        return (Text, (self.context, self.source, self.disambiguation, self.n, self.args))


class Style(StrEnum):
    """How a ``Moment`` is written (``gui.i18n.formats`` has one function per style)."""

    CLOCK = "clock"  # 21:04
    CLOCK_SECONDS = "clock_seconds"  # 21:04:09
    DAY = "day"  # 07/12/2026
    DAY_AND_MONTH = "day_and_month"  # 7 Dec
    WEEKDAY = "weekday"  # Mon 7 Dec 2026
    MOMENT = "moment"  # 07/12/2026 21:04
    WHEN = "when"  # 21:04 today, else 7 Dec 21:04


@dataclass(frozen=True)
class Moment:
    """A day or a time inside a message: ``english`` as core writes it (logs, tests),
    the locale's words and order when the GUI says the message."""

    value: datetime | date
    style: Style
    english: str

    def __str__(self) -> str:
        return self.english


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> Text:
    """``source`` in ``context``, to be said in the chosen language. ``n`` ≥ 0: a plural."""
    return Text(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's marker name
    """Marks ``source`` for the ``.ts`` files where a constant must stay a plain ``str``
    (an enum's value, a dict key); ``gui.i18n.translate(context, value)`` says it."""
    return source


def as_json(value: object) -> object:
    """A ``Text`` (its arguments too) as plain JSON values, to cross a process or rest in
    the database and be said in the person's language after; any other value as a
    number or a string (a ``Moment`` as its English)."""
    if not isinstance(value, Text):
        return value if isinstance(value, int | float | bool) else str(value)
    return {"context": value.context, "source": value.source,
            "disambiguation": value.disambiguation, "n": value.n,
            "args": {k: as_json(v) for k, v in value.args.items()}}


def from_json(said: object) -> object:
    """``as_json`` undone: a ``Text`` again (a plain value stays as it is)."""
    if not isinstance(said, dict):
        return said
    return Text(said["context"], said["source"], said.get("disambiguation"),
                int(said.get("n", -1)),
                {k: from_json(v) for k, v in (said.get("args") or {}).items()})
