"""One pass as the detail panel shows it, and the push messages passes got today.

Plain data only: the GUI gets these dataclasses from a store task and never
sees a row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from passdesk.core.records import Beacon, Location
from passdesk.core.template_fields import template_fields
from passdesk.store import outbox
from passdesk.store.database import Database
from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.schema import OutboxRow, Pass, PassTemplate

#: Keys of the ``pass`` request object that are no template field: ``passContent``
#: echoes them (PASSENTRY-API.md §2.2, §3.2), the panel shows them elsewhere.
REQUEST_KEYS = frozenset({"nfc", "qr", "barcode", "templateOverride"})
#: Outbox kinds that may carry a push message (loyalty.change: the till's optional message).
MESSAGE_KINDS = (OutboxKind.PASS_NOTIFY, OutboxKind.PASS_UPDATE, OutboxKind.LOYALTY_CHANGE)
#: Not sent and not going to be: they do not count against today's limit.
_NOT_SENT = (outbox.FAILED, outbox.DISCARDED)
#: SQLite's bound-parameter limit is far above this; it keeps statements small.
_CHUNK = 500


@dataclass(frozen=True)
class ContentField:
    field_id: str
    label: str  # the template's label, else the field id
    value: str  # as text, for showing
    raw: Any = None  # as the record holds it (a number stays a number when edited)


@dataclass(frozen=True)
class TimelineEvent:
    what: str  # "Created", "Added to a wallet", ...
    at: datetime


@dataclass(frozen=True)
class PassDetails:
    id: str
    ext_id: str | None
    name: str | None
    status: str | None
    device_type: str | None
    template_id: str | None
    template_name: str | None
    group_tag: str | None
    #: Content fields in the order the pass record holds them.
    content: tuple[ContentField, ...]
    barcode_type: str | None
    barcode_value: str | None
    #: What an NFC reader reads; None when the pass has no NFC.
    nfc_value: str | None
    download_url: str | None
    #: Oldest first; an expiry in the future is last.
    timeline: tuple[TimelineEvent, ...]
    latest_message: str | None
    locations: tuple[Location, ...]
    beacons: tuple[Beacon, ...]
    #: Changes made here that PassEntry has not confirmed yet.
    pending_changes: int
    #: ``groupTags`` (else the older single ``groupTag``), in the record's order.
    group_tags: tuple[str, ...] = ()


def pass_details(session: Session, pass_id: str) -> PassDetails | None:
    row = session.get(Pass, pass_id)
    if row is None:
        return None
    attributes = row.attributes or {}
    template = session.get(PassTemplate, row.template_id) if row.template_id else None
    labels = field_labels(template.attributes if template else {})
    content = tuple(ContentField(k, labels.get(k) or k, _text(v), _raw(v))
                    for k, v in (attributes.get("passContent") or {}).items()
                    if k not in REQUEST_KEYS)
    return PassDetails(
        id=row.id, ext_id=row.ext_id, name=row.display_name, status=row.status,
        device_type=row.device_type, template_id=row.template_id,
        template_name=row.template_name, group_tag=row.group_tag, content=content,
        barcode_type=row.barcode_type, barcode_value=row.barcode_value,
        nfc_value=_nfc_value(row.id, row.nfc_value, attributes.get("nfc")),
        download_url=row.download_url, timeline=_timeline(row),
        latest_message=row.latest_message,
        locations=tuple(Location.from_json(x) for x in _dicts(attributes.get("locations"))),
        beacons=tuple(Beacon.from_json(x) for x in _dicts(attributes.get("beacons"))),
        pending_changes=_pending(session, row.id),
        group_tags=tuple(row.group_tags or ([row.group_tag] if row.group_tag else [])),
    )


def field_labels(template_attributes: Mapping[str, Any]) -> dict[str, str]:
    """Field id -> label from a template's slots, in either template shape."""
    return {spec.field_id: spec.label for spec in template_fields(template_attributes)
            if spec.label != spec.field_id}


def messages_today(session: Session, pass_ids: Iterable[str], now: datetime
                   ) -> dict[str, int]:
    """Push messages sent or queued from here today (UTC day) per pass; 0 when none.

    Only what this store knows: messages sent from the dashboard or another
    desk with its own database are not counted.
    """
    ids = list(dict.fromkeys(pass_ids))
    counts = dict.fromkeys(ids, 0)
    start = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(OutboxRow.order_key, OutboxRow.payload).where(
                OutboxRow.order_key.in_(chunk), OutboxRow.kind.in_(MESSAGE_KINDS),
                OutboxRow.state.not_in(_NOT_SENT), OutboxRow.created_at >= start,
                OutboxRow.created_at < start + timedelta(days=1)))
        for pass_id, payload in rows:
            if _message_of(payload or {}):
                counts[pass_id] += 1
    return counts


@dataclass(frozen=True)
class MessageTarget:
    """A pass about to get a message: what the limits and the "not active" note need."""

    id: str
    name: str | None
    status: str | None
    device_type: str | None
    sent_today: int


def message_targets(session: Session, pass_ids: Sequence[str], now: datetime
                    ) -> list[MessageTarget]:
    """The passes of ``pass_ids`` that are in the store, in the order given."""
    today = messages_today(session, pass_ids, now)
    found: dict[str, tuple[str | None, str | None, str | None]] = {}
    for chunk in _chunks(list(pass_ids)):
        for pid, name, status, device in session.execute(
                select(Pass.id, Pass.display_name, Pass.status, Pass.device_type)
                .where(Pass.id.in_(chunk))):
            found[pid] = (name, status, device)
    return [MessageTarget(pid, *found[pid], today.get(pid, 0))
            for pid in dict.fromkeys(pass_ids) if pid in found]


def _message_of(payload: Mapping[str, Any]) -> str | None:
    # pass.notify and loyalty.change keep it at the top; pass.update in the request body.
    body = payload.get("body")
    message = payload.get("message") or (body.get("message") if isinstance(body, Mapping)
                                         else None)
    return message if isinstance(message, str) and message.strip() else None


def _nfc_value(pass_id: str, stored: str | None, nfc: Any) -> str | None:
    if stored:
        return stored
    if isinstance(nfc, str) and nfc:
        return nfc
    if isinstance(nfc, Mapping) and nfc.get("enabled"):
        return pass_id  # PassEntry's default NFC value is the pass id
    return None


_TIMELINE = (("created_at", "Created"), ("added_at", "Added to a wallet"),
             ("removed_at", "Removed from the wallet"), ("deactivated_at", "Deactivated"),
             ("nullified_at", "Nullified"), ("expires_at", "Expires"))


def _timeline(row: Pass) -> tuple[TimelineEvent, ...]:
    events = [TimelineEvent(what, getattr(row, column)) for column, what in _TIMELINE
              if getattr(row, column) is not None]
    return tuple(sorted(events, key=lambda e: e.at))


def _pending(session: Session, pass_id: str) -> int:
    return session.scalar(select(func.count()).select_from(OutboxRow).where(
        OutboxRow.order_key == pass_id, OutboxRow.state.in_(outbox.BLOCKING))) or 0


def _text(value: Any) -> str:
    value = _raw(value)
    return "" if value is None else str(value)


def _raw(value: Any) -> Any:
    return value["value"] if isinstance(value, Mapping) and "value" in value else value


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [x for x in value if isinstance(x, Mapping)] if isinstance(value, list) else []


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


# --- each read in a session of its own (what the Passes pane runs off the UI thread) ---

def read_pass_details(database: Database, pass_id: str) -> PassDetails | None:
    """The pass as plain data (None: not in the store)."""
    with database.session() as session:
        return pass_details(session, pass_id)


def read_message_targets(database: Database, pass_ids: Sequence[str], now: datetime
                         ) -> list[MessageTarget]:
    with database.session() as session:
        return message_targets(session, pass_ids, now)
