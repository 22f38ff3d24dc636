"""Stored templates and template drafts take the current template shape (PASSENTRY-API.md §2.10).

The release before kept each template as ``GET /pass_templates/{uuid}``
answers it (the deprecated slot shape, §2.11), and its designer saved drafts
in that shape too (with its own ``logoImageUrl``, ``bannerImageUrl`` and
``barcode {type: qrCode, altText}`` keys). This migration rewrites, in place:

- ``pass_templates.attributes`` in the deprecated shape, to the current one
  (and ``template_type`` ``storeCard`` to ``loyalty``);
- ``template_drafts.document`` (JSON text in any envelope: an API document,
  a resource, a create body or the bare attributes; the envelope is kept),
  re-written as the designer writes it (2-space indent); a document that is
  not JSON is left as it is for the designer to report;
- the attributes of ``template.create`` outbox rows still to be delivered, so
  they reach ``POST /pass-templates`` in the shape it takes.

The conversion is a frozen copy of ``core.template_shape.to_current`` at this
revision (a migration never imports later code): header -> header, primary ->
central, secondary then auxiliary -> details, backFields -> back; filled slots
only, renumbered one, two, three … in slot order; ``default_value`` ->
``defaultValue``; flat colours -> ``colors``; the old designer's image keys ->
``images``; its barcode -> ``{enabled, type, …}``. Unknown keys stay.

The way down leaves the current shape in place: it cannot be told back into
the old one without loss, and the release before keeps what it does not know.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from alembic import op

from passdesk.store.outbox_kinds import OutboxKind
from passdesk.store.types import Json

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

#: Outbox states still to be delivered (as store/outbox.py at this revision).
UNDELIVERED = ("pending", "sending", "failed", "review")

_templates = sa.table("pass_templates", sa.column("id", sa.String),
                      sa.column("template_type", sa.String), sa.column("attributes", Json))
_drafts = sa.table("template_drafts", sa.column("id", sa.String),
                   sa.column("document", sa.Text))
_outbox = sa.table("outbox", sa.column("seq", sa.Integer), sa.column("kind", sa.String),
                   sa.column("state", sa.String), sa.column("payload", Json))

# --- the conversion, frozen at this revision ---------------------------------------------

GROUPS = ("header", "central", "details", "back")
GROUP_TO_CURRENT = {"header": "header", "primary": "central", "secondary": "details",
                    "auxiliary": "details", "backFields": "back"}
SLOT_KEYS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty")
TYPE_TO_CURRENT = {"storeCard": "loyalty"}
BARCODE_TO_CURRENT = {"qrCode": "qr", "QR": "qr", "PKBarcodeFormatQR": "qr",
                      "PKBarcodeFormatPDF417": "pdf417", "PKBarcodeFormatAztec": "aztec",
                      "PKBarcodeFormatCode128": "code128"}
_COLOUR_KEYS = {"backgroundColor": "background", "labelColor": "label", "textColor": "text"}
_IMAGE_KEYS = {"bannerImageUrl": "banner", "logoImageUrl": "logo", "iconImageUrl": "icon"}
_DEPRECATED_ONLY = frozenset({"primary", "secondary", "auxiliary", "backFields",
                              *_COLOUR_KEYS, *_IMAGE_KEYS})
_CURRENT_ONLY = frozenset({"fields", "colors", "images", "defaultLanguage", "centralTitle",
                           "notificationHeader", "transitType", "appLinking"})
_NUMBER = re.compile(r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$")


def is_deprecated(attributes: Mapping[str, Any]) -> bool:
    keys = set(attributes)
    if keys & _CURRENT_ONLY:
        return False
    if keys & _DEPRECATED_ONLY:
        return True
    header = attributes.get("header")
    return isinstance(header, Mapping) and any(str(k).startswith("header_") for k in header)


def _slot_rank(key: Any, position: int) -> tuple[int, int]:
    match = _NUMBER.search(str(key).lower())
    if match is None:
        return (len(SLOT_KEYS) + 1, position)
    return (SLOT_KEYS.index(match.group(1)) + 1, position)


def _filled(slot: Any) -> bool:
    return isinstance(slot, Mapping) and any(v not in (None, "") for v in slot.values())


def _current_slot(slot: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in slot.items():
        if k == "default_value":
            if "defaultValue" not in slot:
                out["defaultValue"] = v
        else:
            out[k] = v
    return out


def _slots_in_order(group: Any) -> list[Any]:
    if isinstance(group, Mapping):
        items = list(group.items())
        ranked = sorted(range(len(items)), key=lambda i: _slot_rank(items[i][0], i))
        return [items[i][1] for i in ranked]
    if isinstance(group, list):
        return list(group)
    return []


def _current_barcode(barcode: Any) -> Any:
    if not isinstance(barcode, Mapping) or not barcode:
        return barcode
    out = {k: v for k, v in barcode.items() if k != "altText"}
    kind = out.get("type")
    if isinstance(kind, str) and kind in BARCODE_TO_CURRENT:
        out["type"] = BARCODE_TO_CURRENT[kind]
    if "enabled" not in out and "type" in out:
        out = {"enabled": True, **out}
    if barcode.get("altText") and "displayText" not in out:
        out["displayText"] = True
    return out


def to_current(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """Current-shape attributes for deprecated ones (others come back as a plain copy)."""
    if not is_deprecated(attributes):
        return dict(attributes)
    out: dict[str, Any] = {}
    colours: dict[str, Any] = {}
    images: dict[str, Any] = {}
    fields: dict[str, dict[str, Any]] = {}
    for key, value in attributes.items():
        if key in _COLOUR_KEYS:
            if value is not None:
                colours[_COLOUR_KEYS[key]] = value
        elif key in _IMAGE_KEYS:
            if value is not None:
                images[_IMAGE_KEYS[key]] = value
        elif key in GROUP_TO_CURRENT and (isinstance(value, Mapping | list) or value is None):
            target = fields.setdefault(GROUP_TO_CURRENT[key], {})
            for slot in _slots_in_order(value):
                if _filled(slot):
                    target[SLOT_KEYS[min(len(target), len(SLOT_KEYS) - 1)]] = _current_slot(slot)
        elif key == "templateType":
            out[key] = TYPE_TO_CURRENT.get(value, value) if isinstance(value, str) else value
        elif key == "barcode":
            out[key] = _current_barcode(value)
        else:
            out[key] = value
    if colours:
        out["colors"] = colours
    if images:
        out["images"] = images
    out["fields"] = {g: fields[g] for g in GROUPS if g in fields}
    return out


def document_to_current(text: str) -> str | None:
    """A draft document (JSON text in any envelope) in the current shape; None: unchanged."""
    body = text[1:] if text.startswith("\ufeff") else text
    try:
        root = json.loads(body)
    except json.JSONDecodeError:
        return None  # the designer says what is wrong with it when it is opened
    if not isinstance(root, dict):
        return None
    data = root.get("data")
    if "data" in root and "attributes" not in root and isinstance(data, dict) \
            and isinstance(data.get("attributes"), dict):
        attrs = data["attributes"]
        if not is_deprecated(attrs):
            return None
        new = {**root, "data": {**data, "attributes": to_current(attrs)}}
    elif isinstance(root.get("attributes"), dict):
        if not is_deprecated(root["attributes"]):
            return None
        new = {**root, "attributes": to_current(root["attributes"])}
    elif list(root) == ["passTemplate"] and isinstance(root["passTemplate"], dict):
        if not is_deprecated(root["passTemplate"]):
            return None
        new = {"passTemplate": to_current(root["passTemplate"])}
    else:
        if not is_deprecated(root):
            return None
        new = to_current(root)
    return json.dumps(new, indent=2, ensure_ascii=False)


# --- the rows ----------------------------------------------------------------------------


def _upgrade_templates(connection: sa.Connection) -> None:
    rows = connection.execute(sa.select(_templates.c.id, _templates.c.template_type,
                                        _templates.c.attributes)).all()
    for template_id, template_type, attributes in rows:
        values: dict[str, Any] = {}
        if isinstance(attributes, dict) and is_deprecated(attributes):
            values["attributes"] = to_current(attributes)
        if template_type in TYPE_TO_CURRENT:
            values["template_type"] = TYPE_TO_CURRENT[template_type]
        if values:
            connection.execute(_templates.update().where(_templates.c.id == template_id)
                               .values(**values))


def _upgrade_drafts(connection: sa.Connection) -> None:
    for draft_id, document in connection.execute(
            sa.select(_drafts.c.id, _drafts.c.document)).all():
        new = document_to_current(document) if isinstance(document, str) else None
        if new is not None:
            connection.execute(_drafts.update().where(_drafts.c.id == draft_id)
                               .values(document=new))


def _upgrade_outbox(connection: sa.Connection) -> None:
    rows = connection.execute(
        sa.select(_outbox.c.seq, _outbox.c.payload)
        .where(_outbox.c.kind == OutboxKind.TEMPLATE_CREATE,
               _outbox.c.state.in_(UNDELIVERED))).all()
    for seq, payload in rows:
        if isinstance(payload, dict) and is_deprecated(payload):
            connection.execute(_outbox.update().where(_outbox.c.seq == seq)
                               .values(payload=to_current(payload)))


def upgrade() -> None:
    connection = op.get_bind()
    _upgrade_templates(connection)
    _upgrade_drafts(connection)
    _upgrade_outbox(connection)


def downgrade() -> None:
    # Nothing to undo: see the module docstring.
    pass
