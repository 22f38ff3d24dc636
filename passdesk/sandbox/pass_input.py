"""Checks on the parts of a pass request body, with 422 texts a person can act on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from passdesk.core import limits
from passdesk.core.records import Beacon, Location
from passdesk.sandbox.errors import unprocessable

#: "pass" keys that are switches, not template fields.
NFC, QR = "nfc", "qr"
UNSET: Any = object()


@dataclass
class PassObject:
    """What a ``"pass": {...}`` object asks for."""

    content: dict[str, Any]  # echoed as passContent (nfc and qr included, as sent)
    nfc_enabled: bool | None = None  # None: not mentioned
    barcode: Any = UNSET  # a barcode dict, None to remove, UNSET: not mentioned


def parse_pass_object(obj: dict[str, Any]) -> PassObject:
    problems = []
    out = PassObject(content=dict(obj))
    for key, value in obj.items():
        if key == NFC:
            if not isinstance(value, dict) or not isinstance(value.get("enabled"), bool):
                problems.append('nfc must be {"enabled": true} or {"enabled": false}')
            else:
                out.nfc_enabled = value["enabled"]
        elif key == QR:
            out.barcode = _barcode(value, problems)
        elif isinstance(value, dict):
            # Field values come plain ("Jane") or wrapped ({"value": "Jane"}).
            if "value" not in value or isinstance(value["value"], dict | list):
                problems.append(f'field {key!r}: send a plain value or {{"value": ...}}')
        elif isinstance(value, list):
            problems.append(f"field {key!r}: a list is not a field value")
    if problems:
        raise unprocessable(*problems)
    return out


def _barcode(value: Any, problems: list[str]) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("value"), str | int) \
            or isinstance(value.get("value"), bool) or value.get("value") == "":
        problems.append('qr must be {"value": "<text>", "displayText": true|false}')
        return None
    display = value.get("displayText", False)
    if not isinstance(display, bool):
        problems.append("qr.displayText must be true or false")
    return {"type": "qrCode", "value": str(value["value"]), "displayText": display}


def field_value(value: Any) -> Any:
    """A content value, whether sent plain or as ``{"value": ...}``."""
    return value.get("value") if isinstance(value, dict) else value


def parse_places(body: dict[str, Any]) -> tuple[list[dict] | None, list[dict] | None]:
    """``locations`` and ``beacons`` of a body (None: not sent), checked with core.limits."""
    locations = beacons = None
    problems = []
    if "locations" in body:
        locations = _objects(body["locations"], "locations", problems)
        if locations is not None:
            problems += limits.location_problems([Location.from_json(x) for x in locations])
    if "beacons" in body:
        raw = _objects(body["beacons"], "beacons", problems)
        if raw is not None:
            parsed = [Beacon.from_json(x) for x in raw]
            problems += limits.beacon_problems(parsed)
            # Stored and returned as the API spells it: proximityUuid.
            beacons = [{"proximityUuid": b.proximity_uuid, "major": b.major, "minor": b.minor,
                        "message": b.message, "name": b.name} for b in parsed]
    if problems:
        raise unprocessable(*problems)
    return locations, beacons


def _objects(value: Any, name: str, problems: list[str]) -> list[dict] | None:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        problems.append(f"{name} must be a list of objects")
        return None
    return [dict(x) for x in value]


def optional_text(body: dict[str, Any], key: str) -> str | None:
    """A body string that may be absent; 422 if present but empty or not a string."""
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise unprocessable(f"{key} must be a non-empty string")
    return value
