"""What a storage failure means, in words: one place for the Door, the Till and the hub.

A write the store refused (the disk is full, the file is locked by another
program, the file is damaged, the disk failed) must never look like success.
Each place says so in its own sentence, but the cause and its words come from
here, so a door person, a cashier and the hub's log name it the same way.

``classify`` reads an exception and its chain (``__cause__``, ``__context__``,
SQLAlchemy's ``orig``): SQLite's error code (``sqlite_errorcode``, Python
3.11+), PostgreSQL's SQLSTATE (``pgcode``/``sqlstate``), an ``OSError``'s
errno, and the message as a last resort. No I/O, and no driver is imported:
the exception's attributes are read as they come.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from enum import StrEnum

from passdesk.core.texts import QT_TRANSLATE_NOOP, Text, translate


class Cause(StrEnum):
    """The cause, in a few words (the Door's detail line says them: ``translate("storage",
    cause.value)``)."""

    DISK_FULL = QT_TRANSLATE_NOOP("storage", "disk full")
    LOCKED = QT_TRANSLATE_NOOP("storage", "database locked")
    DAMAGED = QT_TRANSLATE_NOOP("storage", "database damaged")
    READ_ONLY = QT_TRANSLATE_NOOP("storage", "database read-only")
    IO_ERROR = QT_TRANSLATE_NOOP("storage", "I/O error")
    OTHER = QT_TRANSLATE_NOOP("storage", "storage error")


#: What happened, as a door person or a cashier reads it (after "Not recorded — ").
WHAT = {
    Cause.DISK_FULL: translate("storage", "the disk is full"),
    Cause.LOCKED: translate("storage", "the database is busy (another program holds it)"),
    Cause.DAMAGED: translate("storage", "the database file is damaged"),
    Cause.READ_ONLY: translate("storage", "the database cannot be written (read-only)"),
    Cause.IO_ERROR: translate("storage", "the disk could not be written (I/O error)"),
    Cause.OTHER: translate("storage", "it could not be saved"),
}

#: What the door person does next. A busy database usually clears in seconds.
DOOR_TODO = {
    Cause.LOCKED: translate("storage", "Do not admit; scan again in a moment. If it stays, "
                                       "call a supervisor."),
}
DOOR_TODO_DEFAULT = translate("storage", "Do not admit; call a supervisor.")

#: SQLite's primary result codes (the low byte of an extended code).
_SQLITE = {5: Cause.LOCKED, 6: Cause.LOCKED, 8: Cause.READ_ONLY, 10: Cause.IO_ERROR,
           11: Cause.DAMAGED, 13: Cause.DISK_FULL, 26: Cause.DAMAGED}
#: PostgreSQL SQLSTATEs: disk full, out of memory/resources, lock timeouts, data corrupted.
_PG = {"53100": Cause.DISK_FULL, "55P03": Cause.LOCKED, "40P01": Cause.LOCKED,
       "XX001": Cause.DAMAGED, "XX002": Cause.DAMAGED, "58030": Cause.IO_ERROR,
       "25006": Cause.READ_ONLY}
_ERRNO = {errno.ENOSPC: Cause.DISK_FULL, errno.EDQUOT: Cause.DISK_FULL,
          errno.EIO: Cause.IO_ERROR, errno.EROFS: Cause.READ_ONLY}
#: Message fragments, lower case, in the order they are tried.
_TEXT = (("disk is full", Cause.DISK_FULL), ("no space left", Cause.DISK_FULL),
         ("disk quota", Cause.DISK_FULL), ("database is locked", Cause.LOCKED),
         ("database table is locked", Cause.LOCKED), ("lock timeout", Cause.LOCKED),
         ("malformed", Cause.DAMAGED), ("not a database", Cause.DAMAGED),
         ("corrupt", Cause.DAMAGED), ("readonly", Cause.READ_ONLY),
         ("read-only", Cause.READ_ONLY), ("i/o error", Cause.IO_ERROR))


@dataclass(frozen=True)
class StorageFailure:
    cause: Cause
    #: The driver's own message, one line, cut (for the log and a detail line).
    message: str

    @property
    def what(self) -> Text:
        return WHAT[self.cause]

    @property
    def door_words(self) -> Text:
        """"Not recorded — the disk is full. Do not admit; call a supervisor." """
        return translate("storage", "Not recorded — {what}. {todo}").format(
            what=self.what, todo=DOOR_TODO.get(self.cause, DOOR_TODO_DEFAULT))

    @property
    def till_words(self) -> Text:
        """The Till's error line: nothing was changed, and what to do."""
        todo = (translate("storage", "Try again in a moment.") if self.cause is Cause.LOCKED
                else translate("storage", "Call a supervisor."))
        return translate("storage", "Not saved — {what}. No points were changed. {todo}").format(
            what=self.what, todo=todo)

    @property
    def log_line(self) -> str:
        """One line for the log: the cause, then the driver's words."""
        return f"{self.cause}: {self.message}"


def _chain(exc: BaseException):
    """``exc`` and what it wraps, each once."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)  # SQLAlchemy's DBAPIError
        todo += [orig if isinstance(orig, BaseException) else None,
                 current.__cause__, current.__context__]


def _by_code(exc: BaseException) -> Cause | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE:
        return _SQLITE[code & 0xFF]
    state = getattr(exc, "pgcode", None) or getattr(exc, "sqlstate", None)
    if isinstance(state, str) and state in _PG:
        return _PG[state]
    if isinstance(exc, OSError) and exc.errno in _ERRNO:
        return _ERRNO[exc.errno]
    return None


def _by_text(text: str) -> Cause | None:
    lowered = text.lower()
    return next((cause for fragment, cause in _TEXT if fragment in lowered), None)


def first_line(exc: BaseException, limit: int = 200) -> str:
    """The exception's message on one line, cut (SQLAlchemy adds SQL and a link below)."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    line = text.splitlines()[0] if text else type(exc).__name__
    return line[:limit]


def classify(exc: BaseException) -> StorageFailure:
    """The cause of a failed store write, and its words."""
    links = list(_chain(exc))
    cause = next((c for c in map(_by_code, links) if c is not None), None)
    if cause is None:
        cause = next((c for c in (_by_text(str(e)) for e in links) if c is not None),
                     Cause.OTHER)
    return StorageFailure(cause, first_line(exc))
