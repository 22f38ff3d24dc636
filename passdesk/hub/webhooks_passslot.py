"""``POST /webhooks/passslot``: PassSlot events applied to the store once, by event id.

PassSlot passes are stored beside PassEntry's, keyed by PassSlot's pass id
(``pid``; the serial number is the ext id), so the door and the hub find
them by either. Events:

- ``pass.created`` / ``pass.updated`` / ``pass.downloaded``: the pass record;
- ``registration.created`` / ``registration.deleted``: a device added or
  removed the pass; the devices are kept, and the pass is ``removed`` once
  none is left;
- ``scan.performed``: logged as a scan (``redeem`` admits or denies as
  PassSlot decided, ``reactivate`` undoes the last admission, ``update``
  keeps the changed field);
- ``webhook.verify``: answered with its token (handled in ``app.py``).

Events arrive out of order; a pass record older than the stored one changes
nothing (see ``store/webhook_apply.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from passdesk.hub import clean
from passdesk.store import scans, webhook_apply

SOURCE = "passslot"
VERIFY = "webhook.verify"
PASS_EVENTS = ("pass.created", "pass.updated", "pass.downloaded")
REGISTRATION_EVENTS = ("registration.created", "registration.deleted")
SCAN_EVENT = "scan.performed"
#: PassSlot templates are named apart from PassEntry's in ``template_id``.
TEMPLATE_PREFIX = "passslot-"
#: What the scan log says a PassSlot scan came through.
SCAN_SOURCE = "passslot"
#: Scan action -> logged verdict when authorized (unauthorized: "deny").
ACTION_VERDICTS = {"redeem": "admit", "scan": "check", "reactivate": "reactivate",
                   "update": "update"}


class NotAnEvent(ValueError):
    """The body is not a PassSlot event; the message says why (422)."""


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    created: datetime | None
    data: Mapping[str, Any]


def parse(document: Any) -> Event:
    if not isinstance(document, Mapping):
        raise NotAnEvent("the body is not a JSON object")
    event_type = clean.text(document.get("type"), 64)
    if not event_type:
        raise NotAnEvent("type must be a string")
    data = document.get("data")
    if not isinstance(data, Mapping):
        raise NotAnEvent("data must be an object")
    event_id = clean.scalar_text(document.get("id"), 255)
    if not event_id and event_type != VERIFY:
        raise NotAnEvent("id must be a non-empty string")
    return Event(event_id or "", event_type, clean.moment(document.get("created")), data)


def verify_token(event: Event) -> str | None:
    return clean.text(event.data.get("token"), 1024)


def apply(session: Session, event: Event, now: datetime) -> tuple[str | None, str]:
    """Apply one event in the caller's transaction; (pass id, what was done)."""
    at = event.created or now
    data = event.data
    if event.type in PASS_EVENTS:
        pass_id = clean.scalar_text(data.get("pid"), 64)
        if not pass_id:
            return None, "ignored: no pid"
        attributes = {k: clean.json_value(data[k]) for k in
                      ("serialNumber", "passTypeIdentifier", "templateId", "url") if k in data}
        columns = {"ext_id": clean.scalar_text(data.get("serialNumber"), 255),
                   "download_url": clean.text(data.get("url"), 1024)}
        template = clean.scalar_text(data.get("templateId"), 64 - len(TEMPLATE_PREFIX))
        if template:
            columns["template_id"] = TEMPLATE_PREFIX + template
        columns = {k: v for k, v in columns.items() if v is not None}
        done = webhook_apply.merge_pass(
            session, pass_id, columns=columns,
            attributes={"platform": "passslot", **attributes}, as_of=at,
            insert_columns={"status": "issued", "created_at": at})
        return pass_id, done
    if event.type in REGISTRATION_EVENTS:
        return _registration(session, event, at)
    if event.type == SCAN_EVENT:
        return _scan(session, event, at)
    return None, f"ignored: unknown event type {event.type}"


def _registration(session: Session, event: Event, at: datetime) -> tuple[str | None, str]:
    data = event.data
    pass_id = clean.scalar_text(data.get("passPid"), 64)
    device = clean.scalar_text(data.get("deviceLibraryIdentifier"), 255)
    if not pass_id:
        return None, "ignored: no passPid"
    stored = webhook_apply.pass_attributes(session, pass_id) or {}
    devices = [d for d in stored.get("registrations", []) if isinstance(d, str)]
    if event.type == "registration.created":
        if device and device not in devices:
            devices.append(device)
        columns: dict[str, Any] = {"status": "active", "added_at": at}
    else:
        devices = [d for d in devices if d != device]
        columns = {"status": "removed", "removed_at": at} if not devices else {}
    serial = clean.scalar_text(data.get("passSerialNumber"), 255)
    template = clean.scalar_text(data.get("passTemplateId"), 64 - len(TEMPLATE_PREFIX))
    inserted = {"ext_id": serial, "created_at": at,
                "template_id": TEMPLATE_PREFIX + template if template else None}
    done = webhook_apply.merge_pass(
        session, pass_id, columns=columns,
        attributes={"platform": "passslot", "registrations": devices}, as_of=at,
        insert_columns=inserted)
    return pass_id, done


def _scan(session: Session, event: Event, at: datetime) -> tuple[str | None, str]:
    data = event.data
    pass_id = clean.scalar_text(data.get("passPid"), 64)
    if not pass_id:
        return None, "ignored: no passPid"
    action = clean.text(data.get("action"), 16) or "scan"
    authorized = data.get("authorized") is True
    scanned_at = clean.moment(data.get("time")) or at
    scanner = clean.scalar_text(data.get("scanner"), 40)
    verdict = ACTION_VERDICTS.get(action, "check") if authorized else "deny"
    detail = f"PassSlot {action}: {'authorized' if authorized else 'not authorized'}"
    field = clean.text(data.get("updateField"), 64)
    if action == "update" and field:
        value = clean.scalar_text(data.get("updateValue"), 1024)
        detail += f" ({field} = {value})"
        stored = webhook_apply.pass_attributes(session, pass_id)
        if stored is not None:
            fields = stored.get("passslotFields")
            fields = dict(fields) if isinstance(fields, dict) else {}
            webhook_apply.merge_pass(session, pass_id, columns={},
                                     attributes={"passslotFields": {**fields, field: value}},
                                     as_of=scanned_at, insert_missing=False)
    if action == "reactivate" and authorized:
        webhook_apply.undo_last_admission(session, pass_id, scanned_at)
    scans.record_scan(
        session, scanned_at=scanned_at, raw_value=pass_id, source=SCAN_SOURCE,
        verdict=verdict, pass_id=pass_id, event_id=webhook_apply.event_of(session, pass_id),
        desk=f"passslot:{scanner or 'scanner'}", reason=f"passslot {action}", detail=detail)
    return pass_id, f"scan logged ({action})"
