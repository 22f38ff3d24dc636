"""What issuing passes reads from the store: templates, known ext ids, delivery."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from passdesk.store.database import Database
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import Event, OutboxRow, Pass, PassTemplate

#: Keeps each IN (...) well under SQLite's bound on parameters.
IN_CHUNK = 500


@dataclass(frozen=True)
class TemplateChoice:
    id: str
    name: str
    #: The template record's attributes (its slots name the pass fields).
    attributes: dict[str, Any]


@dataclass(frozen=True)
class DeliveryFacts:
    pass_id: str
    status: str | None
    download_url: str | None
    attributes: dict[str, Any]


def templates(session: Session) -> list[TemplateChoice]:
    rows = session.execute(select(PassTemplate.id, PassTemplate.name, PassTemplate.attributes))
    found = [TemplateChoice(i, name or i, dict(attrs or {})) for i, name, attrs in rows]
    return sorted(found, key=lambda t: (t.name.casefold(), t.id))


def known_ext_ids(session: Session, ext_ids: Collection[str]) -> set[str]:
    """Those of ``ext_ids`` a pass in the store (issued here or pulled) or a
    pass creation in the outbox (in any state) already has."""
    wanted = list(dict.fromkeys(ext_ids))
    found: set[str] = set()
    for start in range(0, len(wanted), IN_CHUNK):
        part = wanted[start:start + IN_CHUNK]
        found.update(session.scalars(select(Pass.ext_id).where(Pass.ext_id.in_(part))))
        in_payload = OutboxRow.payload["ext_id"].as_string()
        found.update(session.scalars(select(in_payload).where(
            OutboxRow.kind == OutboxKind.PASS_CREATE, in_payload.in_(part))))
    return found


def barcode_holders(session: Session, values: Collection[str]) -> dict[str, str | None]:
    """Those of ``values`` that a stored pass has as its barcode value, with the
    holder's name (None when the pass has none)."""
    wanted = list(dict.fromkeys(v for v in values if v))
    found: dict[str, str | None] = {}
    for start in range(0, len(wanted), IN_CHUNK):
        part = wanted[start:start + IN_CHUNK]
        for value, name in session.execute(select(Pass.barcode_value, Pass.display_name)
                                           .where(Pass.barcode_value.in_(part))):
            found.setdefault(value, name)
    return found


@dataclass(frozen=True)
class EventChoice:
    """An event a pass can be issued for."""

    id: str
    name: str
    start: datetime | None
    time_zone: str | None


def events(session: Session) -> list[EventChoice]:
    """The local events, soonest first (events without a start last)."""
    rows = session.execute(select(Event.id, Event.name, Event.start_time, Event.time_zone))
    found = [EventChoice(i, name or i, start, tz) for i, name, start, tz in rows]
    return sorted(found, key=lambda e: (e.start is None,
                                        e.start.timestamp() if e.start else 0.0,
                                        e.name.casefold()))


def delivery_facts(session: Session, ext_id: str) -> DeliveryFacts | None:
    """The pass with ``ext_id`` as the store has it now (its id changes once created)."""
    row = session.scalars(select(Pass).where(Pass.ext_id == ext_id).limit(1)).first()
    if row is None:
        return None
    return DeliveryFacts(row.id, row.status, row.download_url, dict(row.attributes or {}))


# --- each read in a session of its own (what the issue dialogs run off the UI thread) ---

def read_templates(database: Database) -> list[TemplateChoice]:
    with database.session() as session:
        return templates(session)


def read_issue_choices(database: Database) -> tuple[list[TemplateChoice], list[EventChoice]]:
    """Templates and events to pick from, in one read."""
    with database.session() as session:
        return templates(session), events(session)


def read_taken(database: Database, ext_ids: Collection[str], codes: Collection[str]
               ) -> tuple[set[str], set[str]]:
    """Of these ext ids and barcode values, those the store already gives a pass."""
    with database.session() as session:
        return (known_ext_ids(session, [e for e in ext_ids if e]),
                set(barcode_holders(session, codes)))


def read_delivery_facts(database: Database, ext_id: str) -> DeliveryFacts | None:
    with database.session() as session:
        return delivery_facts(session, ext_id)
