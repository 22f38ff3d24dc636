"""API records (``core.records``) as rows of the local tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from passdesk.core.names import display_name
from passdesk.core.records import (
    Entity,
    Event,
    Pass,
    PassTemplate,
    Reader,
    ReaderConfiguration,
    ValidationConfiguration,
    parse_time,
)

#: Pass columns that come from the record itself (what a full upsert rewrites).
PASS_RECORD_COLUMNS = (
    "ext_id", "nfc_value", "barcode_value", "barcode_type", "status", "pass_type",
    "device_type", "group_tag", "template_id", "template_name", "display_name", "created_at",
    "added_at", "removed_at", "deactivated_at", "expires_at", "latest_message", "download_url",
    "attributes", "synced_at",
)

#: Attribute -> column for what a sparse reconciliation may change.
PASS_STATUS_FIELDS = {
    "status": "status", "addedAt": "added_at", "removedAt": "removed_at",
    "deactivatedAt": "deactivated_at", "expiresAt": "expires_at", "deviceType": "device_type",
}


def pass_row(record: Pass, now: datetime) -> dict[str, Any]:
    barcode = record.barcode
    return {
        "id": record.id,
        "ext_id": record.ext_id,
        # Stored only when it differs from the id: lookups try the id anyway.
        "nfc_value": record.nfc if record.nfc and record.nfc != record.id else None,
        "barcode_value": getattr(barcode, "value", None),
        "barcode_type": getattr(barcode, "barcode_type", None),
        "status": record.status,
        "pass_type": record.pass_type,
        "device_type": record.device_type,
        "group_tag": record.group_tag,
        "template_id": record.pass_template_uuid,
        "template_name": record.pass_template_name,
        "display_name": display_name(record.pass_content),
        "created_at": parse_time(record.created_at),
        "added_at": parse_time(record.added_at),
        "removed_at": parse_time(record.removed_at),
        "deactivated_at": parse_time(record.deactivated_at),
        "expires_at": parse_time(record.expires_at),
        "latest_message": record.latest_message,
        "download_url": record.download_url,
        "attributes": record.to_json(),
        "synced_at": now,
    }


def status_columns(attributes: dict[str, Any]) -> dict[str, Any]:
    """The columns a sparse record (``fields=status,...``) sets."""
    out: dict[str, Any] = {}
    for key, column in PASS_STATUS_FIELDS.items():
        if key in attributes:
            value = attributes[key]
            out[column] = parse_time(value) if column.endswith("_at") else value
    return out


def template_row(record: PassTemplate, now: datetime) -> dict[str, Any]:
    # The API does not document a loyalty flag; the sandbox sends
    # "loyalty": {"enabled", "balanceType"}. Absent means not enabled.
    loyalty = record.extra.get("loyalty")
    loyalty = loyalty if isinstance(loyalty, dict) else {}
    return {"id": record.id, "name": record.name, "template_type": record.template_type,
            "loyalty_enabled": bool(loyalty.get("enabled")),
            "balance_type": loyalty.get("balanceType"),
            "attributes": record.to_json(), "synced_at": now}


def event_row(record: Event, now: datetime) -> dict[str, Any]:
    return {"id": record.id, "name": record.name, "venue_name": record.venue_name,
            "start_time": parse_time(record.start_time), "end_time": parse_time(record.end_time),
            "time_zone": record.time_zone, "status": record.status,
            "passes_count": record.passes_count,
            "attributes": record.to_json(), "synced_at": now}


def entity_row(record: Entity, now: datetime) -> dict[str, Any]:
    return {"id": record.id, "name": record.name, "attributes": record.to_json(),
            "synced_at": now}


def reader_row(record: Reader, now: datetime) -> dict[str, Any]:
    return {"id": record.id, "name": record.name, "reader_type": record.reader_type,
            "attributes": record.to_json(), "synced_at": now}


def reader_configuration_row(record: ReaderConfiguration, now: datetime) -> dict[str, Any]:
    """Only what is not secret: the private key, API key and token never reach the store."""
    validation = record.validation_configuration
    validation = validation if isinstance(validation, ValidationConfiguration) else None
    return {"id": record.id, "google_collector_id": record.google_collector_id,
            "apple_pass_type_id": record.apple_pass_type_id,
            "google_key_version": record.google_key_version,
            "validation_type": validation.validation_type if validation else None,
            "validation_url": validation.url if validation else None, "synced_at": now}
