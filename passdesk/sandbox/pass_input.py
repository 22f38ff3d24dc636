"""Checks on the parts of a pass request body (PASSENTRY-API.md §2.2-§2.9, §3.2).

Problems are collected and answered together with 400, the status the
pass endpoints document for a bad request, in words a person can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from passdesk.sandbox import decisions as d
from passdesk.sandbox.errors import bad_request

#: "pass" keys that are not template fields.
NFC, BARCODE, QR, OVERRIDE, BINDING = "nfc", "barcode", "qr", "templateOverride", "binding"
UNSET: Any = object()
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_OVERRIDE_IMAGES = ("bannerImage", "logoImage", "thumbnailImage")


@dataclass
class NfcRequest:
    enabled: bool
    source: str = "uuid"
    custom_value: str | None = None


@dataclass
class PassObject:
    """What a ``"pass": {...}`` object asks for."""

    content: dict[str, Any]  # echoed as passContent, nfc and barcode included, as sent
    nfc: NfcRequest | None = None  # None: not mentioned
    barcode: Any = UNSET  # a §2.3 barcode dict, {} to remove, UNSET: not mentioned
    template_override: dict[str, Any] | None = None
    binding: Any = UNSET


def parse_pass_object(obj: Any) -> PassObject:
    if not isinstance(obj, dict):
        raise bad_request('"pass" must be an object: template field ids to values, '
                          "plus nfc and barcode")
    problems: list[str] = []
    out = PassObject(content=dict(obj))
    for key, value in obj.items():
        if key == NFC:
            out.nfc = _nfc(value, problems)
        elif key == BARCODE:
            out.barcode = _barcode(value, problems)
        elif key == QR:
            out.barcode = _legacy_qr(value, problems)
        elif key == OVERRIDE:
            out.template_override = _override(value, problems)
        elif key == BINDING:
            out.binding = value
        elif isinstance(value, dict):
            # Field values come plain ("Jane") or wrapped ({"value": "Jane"}), §15.1.
            if "value" not in value or isinstance(value["value"], dict | list):
                problems.append(f'field {key!r}: send a plain value or {{"value": ...}}')
        elif isinstance(value, list):
            problems.append(f"field {key!r}: a list is not a field value")
    if out.binding is not UNSET and out.barcode not in (UNSET, d.NO_BARCODE) \
            and out.barcode.get("enabled", True):
        problems.append("barcodes are not allowed on a pass with account binding")
    if problems:
        raise bad_request(*problems)
    return out


def _nfc(value: Any, problems: list[str]) -> NfcRequest | None:
    if isinstance(value, bool):  # the deprecated switch: true = the pass UUID
        return NfcRequest(value)
    shape = ('nfc must be {"enabled": true|false, "source": uuid|extId|custom, '
             f'"{d.NFC_CUSTOM_VALUE_KEY}": text (with source custom)}}')
    if not isinstance(value, dict) or not isinstance(value.get("enabled"), bool):
        problems.append(shape)
        return None
    source = value.get("source", "uuid")
    custom = value.get(d.NFC_CUSTOM_VALUE_KEY)
    if source not in d.NFC_SOURCES:
        problems.append(f"nfc.source must be one of {', '.join(d.NFC_SOURCES)} (got {source!r})")
        return None
    if source == "custom" and value["enabled"] and (not isinstance(custom, str) or not custom):
        problems.append(f"nfc.{d.NFC_CUSTOM_VALUE_KEY} is required with source custom")
        return None
    if custom is not None and source != "custom":
        problems.append(f"nfc.{d.NFC_CUSTOM_VALUE_KEY} needs source custom")
        return None
    return NfcRequest(value["enabled"], source, custom)


def _barcode(value: Any, problems: list[str]) -> dict[str, Any]:
    if value is None or value == {}:
        return dict(d.NO_BARCODE)
    if not isinstance(value, dict):
        problems.append("barcode must be an object: enabled, type, source, value, displayText")
        return dict(d.NO_BARCODE)
    enabled = value.get("enabled", True)
    kind = value.get("type", "qr")
    source = value.get("source", "uuid")
    display = value.get("displayText", False)
    if not isinstance(enabled, bool):
        problems.append("barcode.enabled must be true or false")
    if kind not in d.BARCODE_TYPES:
        problems.append(f"barcode.type must be one of {', '.join(d.BARCODE_TYPES)} "
                        f"(got {kind!r})")
    if source not in d.BARCODE_SOURCES:
        problems.append(f"barcode.source must be one of {', '.join(d.BARCODE_SOURCES)} "
                        f"(got {source!r})")
    if not isinstance(display, bool):
        problems.append("barcode.displayText must be true or false")
    raw = value.get("value")
    if source == "custom" and enabled and (not isinstance(raw, str) or not raw):
        problems.append("barcode.value is required with source custom")
    out = {"enabled": enabled, "type": kind, "source": source, "displayText": display}
    if raw is not None:
        out["value"] = raw
    return out


def _legacy_qr(value: Any, problems: list[str]) -> dict[str, Any]:
    """The older ``pass.qr {value, displayText}``: a custom QR code in today's shape."""
    if value is None:
        return dict(d.NO_BARCODE)
    raw = value.get("value") if isinstance(value, dict) else None
    if isinstance(raw, int) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str) or not raw:
        problems.append('qr must be {"value": "<text>", "displayText": true|false}')
        return dict(d.NO_BARCODE)
    display = value.get("displayText", False)
    if not isinstance(display, bool):
        problems.append("qr.displayText must be true or false")
    return {"enabled": True, "type": "qr", "source": "custom", "value": raw,
            "displayText": display}


def _override(value: Any, problems: list[str]) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        problems.append("templateOverride must be an object")
        return None
    for key in _OVERRIDE_IMAGES:
        image = value.get(key)
        if image is not None and not (isinstance(image, dict)
                                      and isinstance(image.get("imageAssetId"), str)):
            problems.append(f'templateOverride.{key} must be {{"imageAssetId": "<id>"}}')
    return value


def parse_places(body: dict[str, Any], pass_type: str | None
                 ) -> tuple[list[dict] | None, list[dict] | None]:
    """``locations`` and ``beacons`` of a body (None: not sent), with the §2.6/§2.7 limits."""
    locations = beacons = None
    problems: list[str] = []
    if "locations" in body:
        locations = _objects(body["locations"], "locations", problems)
        if locations is not None:
            problems += location_problems(locations, pass_type)
            # address is read-only (geocoded by PassEntry): a sent one is dropped.
            locations = [{k: v for k, v in loc.items() if k != "address"} for loc in locations]
    if "beacons" in body:
        raw = _objects(body["beacons"], "beacons", problems)
        if raw is not None:
            problems += beacon_problems(raw)
            # Stored and returned as the API spells it: proximityUuid.
            beacons = [{"proximityUuid": b.get("proximityUuid", b.get("proximity_uuid")),
                        "major": b.get("major"), "minor": b.get("minor"),
                        "message": b.get("message", b.get("relevantText")),
                        "name": b.get("name")} for b in raw]
    if problems:
        raise bad_request(*problems)
    return locations, beacons


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def location_problems(locations: list[dict], pass_type: str | None) -> list[str]:
    out = []
    if len(locations) > d.MAX_LOCATIONS:
        out.append(f"at most {d.MAX_LOCATIONS} locations per pass ({len(locations)} given)")
    high = d.RADIUS_MAX.get(pass_type or "", d.RADIUS_MAX_OTHER)
    for n, loc in enumerate(locations, 1):
        lat, lon, radius = loc.get("latitude"), loc.get("longitude"), loc.get("radius")
        if not _number(lat) or not -90 <= lat <= 90:
            out.append(f"location {n}: latitude must be between -90 and 90")
        if not _number(lon) or not -180 <= lon <= 180:
            out.append(f"location {n}: longitude must be between -180 and 180")
        if radius is not None and (not _number(radius) or not d.RADIUS_MIN <= radius <= high):
            out.append(f"location {n}: radius must be {d.RADIUS_MIN}-{high} metres "
                       f"for a {pass_type or 'pass'}")
    return out


def beacon_problems(beacons: list[dict]) -> list[str]:
    out = []
    if len(beacons) > d.MAX_BEACONS:
        out.append(f"at most {d.MAX_BEACONS} beacons per pass ({len(beacons)} given)")
    for n, b in enumerate(beacons, 1):
        uuid = b.get("proximityUuid", b.get("proximity_uuid"))
        if not isinstance(uuid, str) or not _UUID.match(uuid):
            out.append(f"beacon {n}: proximityUuid must look like "
                       "E2C56DB5-DFFB-48D2-B060-D0F5A71096E0")
        for label in ("major", "minor"):
            value = b.get(label)
            if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                      or not 0 <= value <= 65535):
                out.append(f"beacon {n}: {label} must be a whole number 0-65535")
    return out


def _objects(value: Any, name: str, problems: list[str]) -> list[dict] | None:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        problems.append(f"{name} must be a list of objects")
        return None
    return [dict(x) for x in value]


def group_tags(body: dict[str, Any]) -> tuple[str | None, list[str] | None]:
    """``groupTag`` and ``groupTags`` of a body (None: not sent); 400 on a wrong type."""
    tag, tags = body.get("groupTag"), body.get("groupTags")
    problems = []
    if tag is not None and not isinstance(tag, str):
        problems.append("groupTag must be a string")
    if tags is not None and (not isinstance(tags, list)
                             or not all(isinstance(t, str) and t for t in tags)):
        problems.append("groupTags must be a list of strings")
    if problems:
        raise bad_request(*problems)
    return tag, tags


def field_value(value: Any) -> Any:
    """A content value, whether sent plain or as ``{"value": ...}``."""
    return value.get("value") if isinstance(value, dict) else value


def optional_text(body: dict[str, Any], key: str) -> str | None:
    """A body string that may be absent; 400 if present but empty or not a string."""
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise bad_request(f"{key} must be a non-empty string")
    return value
