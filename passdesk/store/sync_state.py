"""Named cursors of the pull sync, written in the transaction of the data they describe."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from passdesk.core import texts
from passdesk.core.texts import Text, translate
from passdesk.store import bulk_sqlite
from passdesk.store.schema import SyncState


def read(session: Session, key: str) -> dict[str, Any] | None:
    row = session.get(SyncState, key)
    return dict(row.value) if row is not None else None


def write(session: Session, key: str, value: dict[str, Any]) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def write_now(session: Session, key: str, value: dict[str, Any]) -> None:
    """``write`` as one statement on SQLite, with no object in the session (a pull
    writes its cursor with every transaction). The value is stored as the JSON type
    stores it; a ``read`` in a later session sees it."""
    if session.get_bind().dialect.name != "sqlite":
        write(session, key, value)
        return
    bulk_sqlite.execute_many(session, _WRITE_SQL, [(key, json.dumps(value))])


_WRITE_SQL = ('INSERT INTO sync_state ("key", value) VALUES (?, ?) '
              'ON CONFLICT ("key") DO UPDATE SET value = excluded.value')


def clear(session: Session, key: str) -> None:
    row = session.get(SyncState, key)
    if row is not None:
        session.delete(row)


# --- what this server's API offers (legacy and sandbox-only routes) -------------------

#: ``sync_state`` key: feature -> {"offered": bool, "message": str, "text": {…} (the
#: message as a ``Text``: context, source, arguments; absent for a plain ``str``),
#: "checked_at": iso}.
OFFERED_KEY = "offered"
#: The features a server may lack (their routes are legacy or sandbox-only).
ENTITIES, EVENTS, READERS, TEMPLATE_LIST = "entities", "events", "readers", "template list"
READER_CONFIGURATION_CHANGE = "reader configuration change"
#: Each feature in words, for a feature noted without a message (English: its name).
_FEATURE_WORDS = {
    ENTITIES: translate("sync", "entities", "what an account may not offer"),
    EVENTS: translate("sync", "events", "what an account may not offer"),
    READERS: translate("sync", "readers", "what an account may not offer"),
    TEMPLATE_LIST: translate("sync", "template list", "what an account may not offer"),
    READER_CONFIGURATION_CHANGE: translate("sync", "reader configuration change",
                                           "what an account may not offer"),
    "scans list": translate("sync", "scans list", "what an account may not offer"),
}


def note_offered(session: Session, feature: str, offered: bool, message: str = "",
                 checked_at: str | None = None) -> None:
    """Remember whether the server answered ``feature``; ``message`` says it plainly
    (e.g. "This PassEntry account does not offer the events list"). A ``Text`` is kept
    as one (``not_offered`` gives it back to be said in the person's language)."""
    marks = read(session, OFFERED_KEY) or {}
    mark = {"offered": offered, "message": "" if offered else str(message),
            "checked_at": checked_at}
    if not offered and isinstance(message, Text):
        mark["text"] = texts.as_json(message)
    if marks.get(feature) != mark:
        write(session, OFFERED_KEY, {**marks, feature: mark})


def is_offered(session: Session, feature: str) -> bool | None:
    """True/False as the server last answered; None when not asked yet."""
    mark = (read(session, OFFERED_KEY) or {}).get(feature)
    return mark.get("offered") if isinstance(mark, dict) else None


def not_offered(session: Session) -> dict[str, str]:
    """Feature -> the plain words (a ``Text`` where it was noted as one) for each
    feature this server does not offer."""
    marks = read(session, OFFERED_KEY) or {}
    return {feature: _said(feature, mark) for feature, mark in marks.items()
            if isinstance(mark, dict) and mark.get("offered") is False}


def _said(feature: str, mark: dict[str, Any]) -> str:
    message = mark.get("message") or ""
    if isinstance(mark.get("text"), dict):
        try:
            text = texts.from_json(mark["text"])
        except (KeyError, TypeError, ValueError):
            text = None
        if text == message:  # the same words, to be said in the person's language
            return text
    if message:
        return message  # noted by an older passdesk: its English as it was stored
    return translate("sync", "This PassEntry account does not offer {what}.").format(
        what=_FEATURE_WORDS.get(feature, feature))
