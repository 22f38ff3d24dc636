"""Events learnt from the passes' ``enhancedEventData`` (the events API is legacy).

A pass that names its event gets the event's local id ("eed-..."; see
``rows.event_id_of``), and the event is stored read-only with
``source = "passes"``. Where the legacy events list answers, an event of it
with the same name and start is the same event: the pass takes that event's
id and no "eed-" copy is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from passdesk.store.rows import EVENT_FROM_PASSES
from passdesk.store.schema import Event, Pass
from passdesk.store.upsert import upsert

#: What an event from the passes may be refreshed with (never the local-only columns).
_EVENT_COLUMNS = ("name", "venue_name", "start_time", "end_time", "source", "attributes",
                  "synced_at")


def _key(name: str | None, start: datetime | None) -> tuple[str, datetime | None]:
    return (name or "", start)


def place(session: Session, events: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Store the events named by passes; returns eed id -> the id passes should carry.

    An event of the events list (same name and start) wins over its "eed-" copy;
    passes that carried the copy's id move to it.
    """
    by_id = {e["id"]: e for e in events}
    if not by_id:
        return {}
    names = sorted({e["name"] for e in by_id.values() if e.get("name")})
    listed: dict[tuple[str, datetime | None], str] = {}
    if names:
        for event_id, name, start in session.execute(
                select(Event.id, Event.name, Event.start_time).where(
                    Event.name.in_(names),
                    or_(Event.source.is_(None), Event.source != EVENT_FROM_PASSES))):
            listed.setdefault(_key(name, start), event_id)
    mapping: dict[str, str] = {}
    fresh = []
    for eed_id, row in by_id.items():
        same = listed.get(_key(row.get("name"), row.get("start_time")))
        if same is None:
            mapping[eed_id] = eed_id
            fresh.append(row)
        else:
            mapping[eed_id] = same
    moved = [eed_id for eed_id, target in mapping.items() if target != eed_id]
    if moved:
        # Asked first: a pull meets the same events on every page, and after the
        # first move no pass carries the copy's id (an UPDATE each cost far more).
        carried = set(session.scalars(select(Pass.event_id).distinct()
                                      .where(Pass.event_id.in_(moved))))
        for eed_id in sorted(carried):
            session.execute(update(Pass).where(Pass.event_id == eed_id)
                            .values(event_id=mapping[eed_id]))
        session.execute(delete(Event).where(Event.id.in_(moved),
                                            Event.source == EVENT_FROM_PASSES))
    upsert(session, Event.__table__, fresh, update=_EVENT_COLUMNS)
    return mapping


class PlacedEvents:
    """The events one pull has placed, so each is placed once per pull, not per page.

    A pull meets the same few events on every page; placing them again asked the
    store which listed event each is (a query per page) and upserted the same rows.
    An event is placed again only when its row differs from the one placed (its
    ``synced_at`` aside: the row was written in this pull). ``place`` returns the
    new entries; ``keep`` them once their transaction has committed (a rolled-back
    transaction placed nothing).
    """

    def __init__(self) -> None:
        #: eed id -> (the id passes carry, the row placed without its synced_at)
        self._placed: dict[str, tuple[str, dict[str, Any]]] = {}

    def place(self, session: Session, events: Sequence[dict[str, Any]]
              ) -> tuple[dict[str, str], dict[str, tuple[str, dict[str, Any]]]]:
        """``place`` for what this pull has not placed yet; returns (eed id -> the id
        passes should carry, for every event given; the entries to ``keep``)."""
        by_id = {e["id"]: e for e in events}  # the last copy of an event wins, as in place
        mapping: dict[str, str] = {}
        fresh: list[dict[str, Any]] = []
        for eed_id, row in by_id.items():
            placed = self._placed.get(eed_id)
            if placed is not None and placed[1] == _content(row):
                mapping[eed_id] = placed[0]
            else:
                fresh.append(row)
        placed_now = place(session, fresh)
        mapping.update(placed_now)
        return mapping, {e["id"]: (placed_now[e["id"]], _content(e)) for e in fresh}

    def keep(self, entries: dict[str, tuple[str, dict[str, Any]]]) -> None:
        self._placed.update(entries)


def _content(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k != "synced_at"}


def is_read_only(session: Session, event_id: str) -> bool:
    """Whether the event was learnt from passes (it cannot be edited here)."""
    return session.scalar(select(Event.source).where(Event.id == event_id)) == EVENT_FROM_PASSES
