"""Checks on a ``{"passTemplate": {...}}`` body, current shape (PASSENTRY-API.md §2.10, §5.3)."""

from __future__ import annotations

import re
from typing import Any

from passdesk.core.template_locale import is_tag
from passdesk.sandbox import decisions as d
from passdesk.sandbox.pass_input import beacon_problems, location_problems
from passdesk.sandbox.template_shapes import FIELD_GROUPS, SLOT_WORDS, TEMPLATE_TYPES

TEXTS = ("name", "defaultLanguage", "centralTitle", "notificationHeader", "description")
TRANSIT_TYPES = ("airplane", "bus", "train", "ferry", "other")
WATERMARK_COLORS = ("light", "dark")
WATERMARK_POSITIONS = ("topLeft", "topRight", "bottomLeft", "bottomRight")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def template_problems(given: dict[str, Any], *, creating: bool) -> list[str]:
    out = []
    if creating and (not isinstance(given.get("name"), str) or not given["name"].strip()):
        out.append("name is required")
    for key in TEXTS:
        if given.get(key) is not None and not isinstance(given[key], str):
            out.append(f"{key} must be a string")
    kind = given.get("templateType")
    if kind is not None and kind not in TEMPLATE_TYPES:
        out.append(f"templateType must be one of {', '.join(TEMPLATE_TYPES)} (got {kind!r})")
    if given.get("transitType") is not None and given["transitType"] not in TRANSIT_TYPES:
        out.append(f"transitType must be one of {', '.join(TRANSIT_TYPES)}")
    out += _colors(given.get("colors"))
    out += _images(given.get("images"))
    out += _fields(given.get("fields"))
    barcode = given.get("barcode")
    if barcode is not None:
        if not isinstance(barcode, dict):
            out.append("barcode must be an object")
        else:
            if barcode.get("type", "qr") not in d.BARCODE_TYPES:
                out.append(f"barcode.type must be one of {', '.join(d.BARCODE_TYPES)}")
            if barcode.get("source", "uuid") not in d.BARCODE_SOURCES:
                out.append(f"barcode.source must be one of {', '.join(d.BARCODE_SOURCES)}")
    for key, check in (("locations", lambda v: location_problems(v, kind)),
                       ("beacons", beacon_problems)):
        value = given.get(key)
        if value is not None:
            if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
                out.append(f"{key} must be a list of objects")
            else:
                out += check(value)
    if given.get("appLinking") is not None and not isinstance(given["appLinking"], dict):
        out.append("appLinking must be an object")
    return out


def _colors(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, dict):
        return ["colors must be an object: background, label, text"]
    return [f"colors.{k} must be a hex colour like #1B1F3B" for k, v in value.items()
            if k not in ("background", "label", "text") or not isinstance(v, str)
            or not _HEX.match(v)]


def _images(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, dict):
        return ["images must be an object: banner, logo, icon, watermark"]
    out = []
    for key, image in value.items():
        if key == "watermark":
            if not isinstance(image, dict) or image.get("color") not in WATERMARK_COLORS \
                    or image.get("position") not in WATERMARK_POSITIONS:
                out.append("images.watermark must be {color: light|dark, position: "
                           "topLeft|topRight|bottomLeft|bottomRight}")
        elif key not in ("banner", "logo", "icon"):
            out.append(f"images has no {key!r} (banner, logo, icon, watermark)")
        elif not isinstance(image, str) or not image.strip():
            out.append(f"images.{key} must be a URL or base64 image data")
        elif image.startswith("http://"):
            out.append(f"images.{key} must be an https URL")
    return out


def _fields(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, dict):
        return ["fields must be an object: header, central, details, back"]
    out = []
    for group, slots in value.items():
        if group not in FIELD_GROUPS:
            out.append(f"fields has no group {group!r} ({', '.join(FIELD_GROUPS)})")
            continue
        if not isinstance(slots, dict):
            out.append(f"fields.{group} must map one, two, three... to fields")
            continue
        for word, spec in slots.items():
            where = f"fields.{group}.{word}"
            if word not in SLOT_WORDS:
                out.append(f"{where}: slots are named one, two, three...")
            elif spec is not None and (not isinstance(spec, dict)
                                       or not isinstance(spec.get("id"), str)
                                       or not spec["id"]):
                out.append(f"{where} must be {{id, label, defaultValue}} with an id")
            elif spec is not None and spec.get("localisation") is not None:
                out += _localisation(where, spec["localisation"])
    return out


def _localisation(where: str, value: Any) -> list[str]:
    """§2.10 / §13: BCP 47 tags -> {label, defaultValue}; null removes a language (an
    update's partial body, as for a removed slot)."""
    if not isinstance(value, dict):
        return [f"{where}.localisation must map language tags to {{label, defaultValue}}"]
    out = []
    for tag, entry in value.items():
        if not is_tag(tag):
            out.append(f"{where}.localisation: {tag!r} is not a BCP 47 language tag")
        elif entry is not None and (not isinstance(entry, dict) or any(
                k not in ("label", "defaultValue") or isinstance(v, bool)
                or (v is not None and not isinstance(v, str | int | float))
                for k, v in entry.items())):
            out.append(f"{where}.localisation.{tag} must be {{label, defaultValue}} (text)")
    return out


def merge(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A partial update: objects merge key by key, anything else (lists too) replaces."""
    out = dict(current)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out
