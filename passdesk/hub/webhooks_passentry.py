"""``POST /webhooks/passentry``: signed PassEntry events applied to the store once.

The signature and the timestamp are checked first (``signatures.py``);
then the event is applied in one transaction with its ``hub_events`` row,
keyed by ``data.id``, so PassEntry's retries (up to 10 over 3 days) change
nothing twice. Every event carries the full pass in ``included``: it is
merged into the store when it is at least as new as what is stored, in the
current words (``deviceType`` iphone, the code a ``barcode`` object encodes,
``groupTags``, a nullified pass); ``passCreated`` carries only that pass.

``passScanned`` (and the deprecated ``passTapped``) also log the scan, with
the reader it came through, under PassEntry's own scan id
(``store/scan_import.py``): the pull of ``GET /scans`` stores the same scan
under the same id, so webhook and pull make one row. A scan PassEntry judged
(``internalValidation``) is door history. One a validator decided
(``externalValidation``) is this venue's own Door or hub scan, already here,
when a local scan of the pass lies within ``SAME_TAP`` of it (any desk) or a
local scan holds its id as ``remote_id``: then it is not logged twice. A
``passTapped`` (no validation type) is skipped when the hub logged that tap.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from passdesk.core.names import display_name
from passdesk.core.records import Barcode, device_type_from_api
from passdesk.hub import clean
from passdesk.hub.validate import HUB_SOURCES
from passdesk.store import scan_import, webhook_apply
from passdesk.store.scan_import import PassEntryScan

SOURCE = scan_import.SOURCE
INSTALLED, REMOVED, SCANNED, TAPPED, CREATED = (
    "passInstalled", "passRemoved", "passScanned", "passTapped", "passCreated")
KNOWN_TYPES = (INSTALLED, REMOVED, SCANNED, TAPPED, CREATED)
INTERNAL, EXTERNAL = "internalValidation", "externalValidation"
#: A tap the hub validated itself is reported again by PassEntry: the same tap
#: when its scan is logged within this long of ``tappedAt``.
SAME_TAP = timedelta(seconds=60)

#: Pass column <- the pass attribute it comes from (only attributes present are written).
_TEXT_COLUMNS = {
    "ext_id": ("extId", 255), "status": ("status", 32), "pass_type": ("passType", 32),
    "device_type": ("deviceType", 32), "group_tag": ("groupTag", 255),
    "template_id": ("passTemplateUuid", 64), "template_name": ("passTemplateName", 255),
    "latest_message": ("latestMessage", None), "download_url": ("downloadUrl", 1024),
}
_TIME_COLUMNS = {"created_at": "createdAt", "added_at": "addedAt", "removed_at": "removedAt",
                 "deactivated_at": "deactivatedAt", "nullified_at": "nullifiedAt",
                 "expires_at": "expiresAt"}
#: Kept when a pass comes back nullified (PassEntry cleared them; the Door still
#: recognises the code), as ``store.passes.KEPT_WHEN_NULLIFIED``.
_KEPT_WHEN_NULLIFIED = ("barcode_value", "barcode_type", "nfc_value")


class NotAWebhook(ValueError):
    """The body is not a PassEntry webhook; the message says why (422)."""


@dataclass(frozen=True)
class Delivery:
    id: str
    webhook_type: str
    timestamp: datetime
    pass_ref: str | None
    included: tuple[Mapping[str, Any], ...]
    relationships: Mapping[str, Any]


def parse(document: Any, timestamp: datetime) -> Delivery:
    data = document.get("data") if isinstance(document, Mapping) else None
    if not isinstance(data, Mapping):
        raise NotAWebhook("the body has no 'data' object")
    event_id = clean.scalar_text(data.get("id"), 255)
    if not event_id:
        raise NotAWebhook("data.id must be a non-empty string")
    attributes = data.get("attributes")
    webhook_type = clean.text(attributes.get("webhookType"), 64) \
        if isinstance(attributes, Mapping) else None
    if not webhook_type:
        raise NotAWebhook("data.attributes.webhookType must be a string")
    relationships = data.get("relationships")
    relationships = relationships if isinstance(relationships, Mapping) else {}
    included = document.get("included")
    included = tuple(i for i in included if isinstance(i, Mapping)) \
        if isinstance(included, list) else ()
    return Delivery(event_id, webhook_type, timestamp, _related_id(relationships, "pass"),
                    included, relationships)


def _related_id(relationships: Mapping[str, Any], name: str) -> str | None:
    node = relationships.get(name)
    data = node.get("data") if isinstance(node, Mapping) else None
    return clean.scalar_text(data.get("id"), 64) if isinstance(data, Mapping) else None


def _included(delivery: Delivery, kind: str, wanted: str | None) -> Mapping[str, Any] | None:
    """The included record of ``kind`` with id ``wanted``; else the only one of that kind.

    (The vendor's own examples name one pass in ``relationships`` and include
    another, so a lone record of the kind is taken as the one meant.)
    """
    of_kind = [i for i in delivery.included if i.get("type") == kind]
    for item in of_kind:
        if wanted is not None and clean.scalar_text(item.get("id"), 64) == wanted:
            return item
    return of_kind[0] if len(of_kind) == 1 else None


def pass_columns(attributes: Mapping[str, Any], pass_id: str | None = None) -> dict[str, Any]:
    """The pass columns a webhook's pass record sets: only those it carries."""
    out: dict[str, Any] = {}
    for column, (key, limit) in _TEXT_COLUMNS.items():
        if key in attributes:
            out[column] = clean.text(attributes[key], limit)
    if "device_type" in out:
        out["device_type"] = device_type_from_api(out["device_type"])
    for column, key in _TIME_COLUMNS.items():
        if key in attributes:
            out[column] = clean.moment(attributes[key])
    if "nfc" in attributes:
        out["nfc_value"] = clean.text(attributes["nfc"], 255)
    if "barcode" in attributes:
        out.update(_barcode_columns(attributes["barcode"], pass_id,
                                    clean.text(attributes.get("extId"), 255)))
    if "groupTags" in attributes:
        tags = attributes["groupTags"]
        tags = [t for t in (clean.text(t, 255) for t in tags) if t] \
            if isinstance(tags, list) else []
        out["group_tags"] = tags or None
    if out.get("status") == "nullified":
        out["ext_id"] = None  # free for a new pass (§3.6)
        for column in _KEPT_WHEN_NULLIFIED:
            out.pop(column, None)
    if "passContent" in attributes and isinstance(attributes["passContent"], Mapping):
        name = display_name(clean.json_value(dict(attributes["passContent"])))
        out["display_name"] = name[:255] if name else None
    return out


def _barcode_columns(raw: Any, pass_id: str | None, ext_id: str | None) -> dict[str, Any]:
    """barcode_value / barcode_type from a ``barcode`` object (current or old shape):
    the value it encodes by source, and qr | code128 | aztec | pdf417."""
    barcode = Barcode.from_json(dict(raw)) if isinstance(raw, Mapping) else None
    if barcode is None or barcode.is_empty:
        return {"barcode_value": None, "barcode_type": None}
    value = barcode.message(pass_id or "", ext_id)
    return {"barcode_value": clean.scalar_text(value, 1024) if value is not None else None,
            "barcode_type": clean.text(barcode.kind, 32)}


def apply(session: Session, delivery: Delivery) -> tuple[str | None, str]:
    """Apply one delivery in the caller's transaction; (pass id, what was done)."""
    if delivery.webhook_type not in KNOWN_TYPES:
        return None, f"ignored: unknown webhook type {delivery.webhook_type}"
    record = _included(delivery, "pass", delivery.pass_ref)
    pass_id = clean.scalar_text(record.get("id"), 64) if record is not None else None
    done = "no pass record"
    if record is not None and pass_id:
        attributes = record.get("attributes")
        attributes = attributes if isinstance(attributes, Mapping) else {}
        columns = pass_columns(attributes, pass_id)
        if columns.get("nfc_value") == pass_id:
            columns["nfc_value"] = None  # stored only when it differs from the id
        done = webhook_apply.merge_pass(session, pass_id, columns=columns,
                                        attributes=clean.json_value(dict(attributes)),
                                        as_of=delivery.timestamp)
    elif delivery.pass_ref and delivery.webhook_type in (INSTALLED, REMOVED):
        pass_id = delivery.pass_ref
        status = "active" if delivery.webhook_type == INSTALLED else "removed"
        moment = "added_at" if delivery.webhook_type == INSTALLED else "removed_at"
        done = webhook_apply.merge_pass(
            session, pass_id, columns={"status": status, moment: delivery.timestamp},
            attributes={"status": status}, as_of=delivery.timestamp, insert_missing=False)
    if delivery.webhook_type in (TAPPED, SCANNED):
        pass_id = pass_id or delivery.pass_ref
        done += "; " + _log_tap(session, delivery, pass_id)
    return pass_id, done


def _scan_record(delivery: Delivery) -> tuple[str | None, Mapping[str, Any]]:
    """(id, attributes) of the included scan (``passScanned``, ``passTapped``) or passTap."""
    for kind in ("scan", "passTap"):
        record = _included(delivery, kind, _related_id(delivery.relationships, kind))
        attributes = record.get("attributes") if record is not None else None
        if isinstance(attributes, Mapping):
            return clean.scalar_text(record.get("id"), 255), attributes
    return None, {}


def _log_tap(session: Session, delivery: Delivery, pass_id: str | None) -> str:
    scan_id, tap_attributes = _scan_record(delivery)
    tapped_at = (clean.moment(tap_attributes.get("scannedAt"))
                 or clean.moment(tap_attributes.get("tappedAt")) or delivery.timestamp)
    # passScanned: status successful | failed; passTapped: successful true | false.
    successful = (tap_attributes.get("successful") is True
                  or tap_attributes.get("status") == "successful")
    validation = tap_attributes.get("validationType")
    reader_id = _related_id(delivery.relationships, "reader")
    reader = _included(delivery, "reader", reader_id)
    reader_attributes = reader.get("attributes") if reader is not None else None
    reader_name = clean.text(reader_attributes.get("name"), 255) \
        if isinstance(reader_attributes, Mapping) else None
    what = "scan" if delivery.webhook_type == SCANNED else "tap"
    if validation == EXTERNAL:
        # Decided by a validator: this venue's Door or hub, whose scan is here already.
        if scan_id and scan_import.known_ids(session, (scan_id,)):
            return f"{what} already logged here"
        if pass_id and webhook_apply.scan_near(session, pass_id, tapped_at, SAME_TAP, None):
            return f"{what} already logged here"
    elif validation != INTERNAL and pass_id and webhook_apply.scan_near(
            session, pass_id, tapped_at, SAME_TAP, HUB_SOURCES):
        return f"{what} already logged by the hub"
    if not pass_id and not scan_id:
        return f"{what} without a pass: not logged"
    scan = PassEntryScan(
        # A delivery without a scan id is one tap: its delivery id names it.
        id=scan_id or f"{delivery.id}:{what}", scanned_at=tapped_at, successful=successful,
        scan_value=clean.text(tap_attributes.get("scanValue"), scan_import.VALUE_MAX)
        or pass_id, status_detail=clean.text(tap_attributes.get("statusDetail"), 255),
        pass_id=pass_id, reader_id=(reader_id or None) and str(reader_id)[:64],
        reader_name=reader_name, what=what)
    if not scan_import.import_scans(session, [scan]):
        return f"{what} already logged"
    return f"{what} logged"
