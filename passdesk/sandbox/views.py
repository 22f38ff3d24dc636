"""Stored records as JSON:API resources and documents."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from starlette.responses import JSONResponse

from passdesk.sandbox.clock import iso_local
from passdesk.sandbox.rows import StoredEvent, StoredPass, StoredReader, StoredTemplate
from passdesk.sandbox.template_shapes import deprecated_attributes

#: Pass attributes left out unless asked for with includePassDesign etc.
OPTIONAL_PASS_PARTS = {"passDesign": "includePassDesign", "locations": "includeLocations",
                       "beacons": "includeBeacons"}


def resource(record_id: str, record_type: str, attributes: dict[str, Any],
             meta: dict[str, Any] | None = None) -> dict[str, Any]:
    out = {"id": record_id, "type": record_type, "attributes": attributes}
    if meta is not None:
        out["meta"] = meta
    return out


def document(data: Any, *, meta: dict[str, Any] | None = None,
             links: dict[str, Any] | None = None, status: int = 200,
             headers: dict[str, str] | None = None) -> JSONResponse:
    """Rendered at once (call it under the state lock: it reads live records)."""
    body: dict[str, Any] = {"data": data}
    if meta is not None:
        body["meta"] = meta
    if links is not None:
        body["links"] = links
    return JSONResponse(body, status_code=status, headers=headers)


def template_resource(template: StoredTemplate, *, strict: bool,
                      fields: frozenset[str] | None = None) -> dict[str, Any]:
    """The current shape; a non-strict sandbox adds its ``loyalty`` setting (not in the docs)."""
    attributes = dict(template.attributes)
    if not strict:
        attributes["loyalty"] = dict(template.loyalty)
    if fields:
        attributes = {k: v for k, v in attributes.items() if k in fields}
    return resource(template.id, "passTemplate", attributes)


def deprecated_template_resource(template: StoredTemplate, *, strict: bool) -> dict[str, Any]:
    """The §2.11 slot shape of the same template (GET /pass_templates/{uuid})."""
    attributes = deprecated_attributes(template.attributes)
    if not strict:
        attributes["loyalty"] = dict(template.loyalty)
    return resource(template.id, "passTemplate", attributes)


def event_status(event: StoredEvent, now: datetime) -> str:
    if now < event.start:
        return "upcoming"
    return "ongoing" if now < event.end else "ended"


def event_resource(event: StoredEvent, now: datetime, passes_count: int) -> dict[str, Any]:
    zone = ZoneInfo(event.time_zone)
    return resource(event.id, "event", {
        "name": event.name, "venueName": event.venue_name,
        "startTime": iso_local(event.start, zone), "endTime": iso_local(event.end, zone),
        "timeZone": event.time_zone, "status": event_status(event, now),
    }, meta={"passesCount": passes_count})


def reader_resource(reader: StoredReader) -> dict[str, Any]:
    return resource(reader.id, "reader", reader.attributes)  # never the password


def reader_summary(reader: StoredReader) -> dict[str, Any]:
    """A reader as scans include it: name and type only (§7.1)."""
    return resource(reader.id, "reader", {"name": reader.attributes.get("name"),
                                          "readerType": reader.attributes.get("readerType")})


def pass_resource(stored: StoredPass, *, include: frozenset[str] = frozenset(),
                  fields: frozenset[str] | None = None,
                  source: str | None = None) -> dict[str, Any]:
    """A pass with the optional parts in ``include`` and, if ``fields`` is given,
    only those attributes (a sparse fieldset)."""
    if stored.overridden:
        include = include | {"passDesign"}
    attributes = {k: v for k, v in stored.attributes.items()
                  if (k not in OPTIONAL_PASS_PARTS or k in include)
                  and (fields is None or k in fields)}
    # The pass file only goes out while the pass is not on a device.
    if source and stored.attributes.get("status") != "active":
        attributes["passSource"] = pass_source(stored, source)
    return resource(stored.id, "pass", attributes)


def pass_source(stored: StoredPass, kind: str) -> dict[str, str]:
    if kind == "google":
        token = hashlib.sha256(f"sandbox-google:{stored.id}".encode()).hexdigest()
        return {"googleDownloadUrl": f"https://pay.google.com/gp/v/save/{token}"}
    return {"appleBase64": base64.b64encode(_fake_pkpass(stored)).decode("ascii")}


def _fake_pkpass(stored: StoredPass) -> bytes:
    """A small zip shaped like a .pkpass (unsigned: a sandbox stand-in)."""
    pass_json = {
        "formatVersion": 1, "serialNumber": stored.id, "description": "passdesk sandbox pass",
        "organizationName": "passdesk sandbox",
        "passTypeIdentifier": "pass.com.passdesk.sandbox", "teamIdentifier": "SANDBOX000",
        "barcodes": [{"format": "PKBarcodeFormatQR", "message": stored.id,
                      "messageEncoding": "iso-8859-1"}],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in (("pass.json", pass_json), ("manifest.json", {})):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))  # stable bytes
            archive.writestr(info, json.dumps(payload, sort_keys=True))
    return buffer.getvalue()
