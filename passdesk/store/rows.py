"""API records (``core.records``) as rows of the local tables."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from passdesk.core.names import display_name
from passdesk.core.records import (
    Barcode,
    EnhancedEventData,
    Entity,
    Event,
    Pass,
    PassTemplate,
    Reader,
    ReaderConfiguration,
    ValidationConfiguration,
    device_type_from_api,
    parse_time,
    validation_type_from_api,
)

#: Pass columns that come from the record itself (what a full upsert rewrites).
#: ``event_id`` is rewritten only for a record with ``enhancedEventData``
#: (``store.passes.upsert_passes``): otherwise it is the desk's own link.
PASS_RECORD_COLUMNS = (
    "ext_id", "nfc_value", "barcode_value", "barcode_type", "status", "pass_type",
    "device_type", "group_tag", "group_tags", "template_id", "template_name", "display_name",
    "created_at", "added_at", "removed_at", "deactivated_at", "nullified_at", "expires_at",
    "latest_message", "download_url", "attributes", "synced_at",
)

#: Attribute -> column for what a sparse reconciliation may change.
PASS_STATUS_FIELDS = {
    "status": "status", "addedAt": "added_at", "removedAt": "removed_at",
    "deactivatedAt": "deactivated_at", "nullifiedAt": "nullified_at",
    "expiresAt": "expires_at", "deviceType": "device_type",
}

#: ``events.source`` of an event learnt from the passes' ``enhancedEventData``.
EVENT_FROM_PASSES = "passes"
EVENT_FROM_PASSES_PREFIX = "eed-"


def event_id_of(eed: EnhancedEventData | None) -> str | None:
    """The local id of a pass's ``enhancedEventData`` event: "eed-" + 16 hex of
    sha1(name|startDateTime|venue name); None when the pass names no event."""
    if not isinstance(eed, EnhancedEventData) or not (eed.event_name or eed.event_start):
        return None
    said = f"{eed.event_name or ''}|{eed.event_start or ''}|{eed.venue_name or ''}"
    return EVENT_FROM_PASSES_PREFIX + hashlib.sha1(said.encode("utf-8")).hexdigest()[:16]  # noqa: S324 - an id, not a secret


def pass_event_row(record: Pass, now: datetime) -> dict[str, Any] | None:
    """The read-only event a pass's ``enhancedEventData`` names, as an events row."""
    eed = record.enhanced_event_data
    event_id = event_id_of(eed)
    if event_id is None:
        return None
    return {"id": event_id, "name": eed.event_name, "venue_name": eed.venue_name,
            "start_time": parse_time(eed.event_start), "end_time": parse_time(eed.event_end),
            "time_zone": None, "status": None, "source": EVENT_FROM_PASSES,
            "passes_count": None, "attributes": eed.to_json(), "synced_at": now}


def pass_row(record: Pass, now: datetime) -> dict[str, Any]:
    """A pass record as a passes row. With ``enhancedEventData`` the row has an
    ``event_id`` ("eed-..."; ``store.passes.upsert_passes`` maps it to the events
    list's id where that list has the same event); without, it has none."""
    barcode = record.barcode if isinstance(record.barcode, Barcode) else None
    tags = record.tags
    row = {
        "id": record.id,
        # A nullified pass frees its ext id for a new pass (§3.6); attributes keep it.
        "ext_id": None if record.is_nullified else record.ext_id,
        # Stored only when it differs from the id: lookups try the id anyway.
        "nfc_value": record.nfc if record.nfc and record.nfc != record.id else None,
        # What the code holds: the pass id, its ext id or the custom value (§2.3).
        "barcode_value": record.barcode_message,
        "barcode_type": barcode.kind if barcode is not None and not barcode.is_empty else None,
        "status": record.status,
        "pass_type": record.pass_type,
        "device_type": device_type_from_api(record.device_type),
        # The list's group column and filter read one tag: the first of groupTags.
        "group_tag": record.group_tag or (tags[0] if tags else None),
        "group_tags": tags or None,
        "template_id": record.pass_template_uuid,
        "template_name": record.pass_template_name,
        "display_name": display_name(record.pass_content),
        "created_at": parse_time(record.created_at),
        "added_at": parse_time(record.added_at),
        "removed_at": parse_time(record.removed_at),
        "deactivated_at": parse_time(record.deactivated_at),
        "nullified_at": parse_time(record.nullified_at),
        "expires_at": parse_time(record.expires_at),
        "latest_message": record.latest_message,
        "download_url": record.download_url,
        "attributes": record.to_json(),
        "synced_at": now,
    }
    event_id = event_id_of(record.enhanced_event_data)
    if event_id is not None:
        row["event_id"] = event_id
    return row


def status_columns(attributes: dict[str, Any]) -> dict[str, Any]:
    """The columns a sparse record (``fields=status,...``) sets."""
    out: dict[str, Any] = {}
    for key, column in PASS_STATUS_FIELDS.items():
        if key in attributes:
            value = attributes[key]
            if column.endswith("_at"):
                value = parse_time(value)
            elif column == "device_type":
                value = device_type_from_api(value)
            out[column] = value
    if out.get("status") == "nullified":
        out["ext_id"] = None  # freed for a new pass, as in pass_row
    return out


#: Template types whose passes carry a loyalty balance when the record has no
#: loyalty flag: the documented template record has none (§2.10), so the type is
#: the desk's one guess (current "loyalty", deprecated "storeCard").
LOYALTY_TEMPLATE_TYPES = ("loyalty", "storeCard")


def template_row(record: PassTemplate, now: datetime) -> dict[str, Any]:
    # The API does not document a loyalty flag; the sandbox (not in strict mode)
    # sends "loyalty": {"enabled", "balanceType"}. Without it the type decides.
    loyalty = record.extra.get("loyalty")
    if isinstance(loyalty, dict):
        enabled = bool(loyalty.get("enabled"))
    else:
        loyalty, enabled = {}, record.template_type in LOYALTY_TEMPLATE_TYPES
    return {"id": record.id, "name": record.name, "template_type": record.template_type,
            "loyalty_enabled": enabled, "balance_type": loyalty.get("balanceType"),
            "attributes": record.to_json(), "synced_at": now}


def event_row(record: Event, now: datetime) -> dict[str, Any]:
    return {"id": record.id, "name": record.name, "venue_name": record.venue_name,
            "start_time": parse_time(record.start_time), "end_time": parse_time(record.end_time),
            "time_zone": record.time_zone, "status": record.status, "source": None,
            "passes_count": record.passes_count,
            "attributes": record.to_json(), "synced_at": now}


def entity_row(record: Entity, now: datetime) -> dict[str, Any]:
    return {"id": record.id, "name": record.name, "attributes": record.to_json(),
            "synced_at": now}


def reader_row(record: Reader, now: datetime) -> dict[str, Any]:
    """Without ``origin``/``entity_id``: an upsert keeps what the desk knows of those."""
    return {"id": record.id, "name": record.name, "reader_type": record.reader_type,
            "attributes": record.to_json(), "synced_at": now}


def reader_configuration_row(record: ReaderConfiguration, now: datetime) -> dict[str, Any]:
    """Only what is not secret: the private key, API key and token never reach the store."""
    validation = record.validation_configuration
    validation = validation if isinstance(validation, ValidationConfiguration) else None
    return {"id": record.id, "google_collector_id": record.google_collector_id,
            "apple_pass_type_id": record.apple_pass_type_id,
            "google_key_version": record.google_key_version,
            "validation_type": (validation_type_from_api(validation.validation_type)
                                if validation else None),
            "validation_url": validation.url if validation else None, "synced_at": now}
