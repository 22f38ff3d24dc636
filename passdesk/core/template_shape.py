"""The two shapes of a pass template's attributes, and the way from the old to the new.

PassEntry serves a template in two shapes (PASSENTRY-API.md §2.10, §2.11):

* current (``GET /pass-templates/{id}``): ``colors{background,label,text}``,
  ``images{banner,logo,icon,watermark}``, ``fields{header,central,details,back}``
  with slots keyed ``one``, ``two``, ``three`` … each ``{id, label,
  defaultValue, localisation?}``; ``templateType`` generic | loyalty |
  eventTicket | transit;
* deprecated (``GET /pass_templates/{uuid}``): flat ``backgroundColor``,
  ``labelColor``, ``textColor``; slot groups ``header``, ``primary``,
  ``secondary``, ``auxiliary``, ``backFields`` keyed ``header_one``,
  ``secOne``, ``backFive`` … each ``{id, label, default_value}``, unused
  slots all null; ``templateType`` storeCard for a loyalty card.

``to_current`` turns deprecated attributes into current ones: header ->
header, primary -> central, secondary then auxiliary -> details, backFields
-> back; filled slots only, renumbered one, two, three … in slot order;
``default_value`` -> ``defaultValue``; flat colours -> ``colors``. Keys it
does not know stay, so nothing is lost. Plain functions on JSON, no I/O:
migration 0013 carries a frozen copy of this conversion.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

CURRENT, DEPRECATED = "current", "deprecated"

#: Field groups of the current shape, in the order the API sends them.
GROUPS = ("header", "central", "details", "back")
#: Slot groups of the deprecated shape.
DEPRECATED_GROUPS = ("header", "primary", "secondary", "auxiliary", "backFields")
#: Where each deprecated group goes in the current shape.
GROUP_TO_CURRENT = {"header": "header", "primary": "central", "secondary": "details",
                    "auxiliary": "details", "backFields": "back"}
#: Slot keys of the current shape, in order.
SLOT_KEYS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen", "twenty")
#: Template types of the current shape; storeCard is the deprecated word for loyalty.
TEMPLATE_TYPES = ("generic", "loyalty", "eventTicket", "transit")
TYPE_TO_CURRENT = {"storeCard": "loyalty"}
#: Barcode types of the current shape; the deprecated/legacy spellings map to them.
BARCODE_TYPES = ("qr", "code128", "aztec", "pdf417")
BARCODE_TO_CURRENT = {"qrCode": "qr", "QR": "qr", "PKBarcodeFormatQR": "qr",
                      "PKBarcodeFormatPDF417": "pdf417", "PKBarcodeFormatAztec": "aztec",
                      "PKBarcodeFormatCode128": "code128"}

_COLOUR_KEYS = {"backgroundColor": "background", "labelColor": "label", "textColor": "text"}
#: Image keys the designer of issue 17 stored beside the deprecated attributes.
_IMAGE_KEYS = {"bannerImageUrl": "banner", "logoImageUrl": "logo", "iconImageUrl": "icon"}
#: Keys only the deprecated shape has (``header`` is in both, so it does not count).
_DEPRECATED_ONLY = frozenset({"primary", "secondary", "auxiliary", "backFields",
                              *_COLOUR_KEYS, *_IMAGE_KEYS})
_CURRENT_ONLY = frozenset({"fields", "colors", "images", "defaultLanguage", "centralTitle",
                           "notificationHeader", "transitType", "appLinking"})
_NUMBER = re.compile(r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$")


def shape(attributes: Mapping[str, Any]) -> str:
    """"current" or "deprecated"; attributes with neither's marks count as current."""
    keys = set(attributes)
    if keys & _CURRENT_ONLY:
        return CURRENT
    if keys & _DEPRECATED_ONLY:
        return DEPRECATED
    header = attributes.get("header")  # a deprecated header has header_one … keys
    if isinstance(header, Mapping) and any(str(k).startswith("header_") for k in header):
        return DEPRECATED
    return CURRENT


def slot_rank(key: Any, position: int) -> tuple[int, int]:
    """Sort key of a deprecated slot: its number word (secOne = 1, backFive = 5), else its place."""
    match = _NUMBER.search(str(key).lower())
    if match is None:
        return (len(SLOT_KEYS) + 1, position)
    return (SLOT_KEYS.index(match.group(1)) + 1, position)


def _filled(slot: Any) -> bool:
    if not isinstance(slot, Mapping):
        return False
    return any(v not in (None, "") for k, v in slot.items())


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
        ranked = sorted(range(len(items)), key=lambda i: slot_rank(items[i][0], i))
        return [items[i][1] for i in ranked]
    if isinstance(group, list):
        return list(group)
    return []


def current_barcode(barcode: Any) -> Any:
    """A template barcode in the current object shape; anything else as it came."""
    if not isinstance(barcode, Mapping) or not barcode:
        return barcode
    out = {k: v for k, v in barcode.items() if k != "altText"}
    kind = out.get("type")
    if isinstance(kind, str) and kind in BARCODE_TO_CURRENT:
        out["type"] = BARCODE_TO_CURRENT[kind]
    if "enabled" not in out and "type" in out:
        out = {"enabled": True, **out}
    if barcode.get("altText") and "displayText" not in out:
        out["displayText"] = True  # the old designer's text under the code
    return out


def to_current(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """Current-shape attributes (a new dict; current ones come back as a plain copy)."""
    if shape(attributes) == CURRENT:
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
            out[key] = current_barcode(value)
        else:
            out[key] = value
    if colours:
        out["colors"] = colours
    if images:
        out["images"] = images
    out["fields"] = {g: fields[g] for g in GROUPS if g in fields}
    return out


#: Keys whose objects are compared key by key for a PATCH (``fields`` two levels
#: deep: group, then slot); any other changed value is sent whole.
_MERGED = {"colors": 1, "images": 1, "appLinking": 1, "fields": 2}


def changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """The partial body of ``PATCH /pass-templates/{id}`` that turns ``old`` into ``new``.

    Both are current-shape attributes. Only what changed is sent (§5.4): a
    changed colour is ``{"colors": {"text": …}}``, a changed slot is sent
    whole. Lists (locations, beacons, app store URLs) are sent whole, so an
    emptied list clears it, as the docs say. A removed slot or image is sent
    as null (the docs do not say how to remove one; null is our choice);
    other keys ``new`` lacks are not sent, since the server may add keys the
    designer never shows (they stay as they are).
    """
    body = _diff(old, new, depth=None, path=())
    _null_removed_languages(old, body)
    return body


def _null_removed_languages(old: Mapping[str, Any], body: dict[str, Any]) -> None:
    """A changed slot that lost a language sends that language as null (as a removed slot).

    A slot is sent whole, but an update may merge it into the stored one key
    by key (§5.4 says "partial"); without the null a removed translation
    would stay. Removal is not documented: null is our choice, as for slots.
    """
    groups = body.get("fields")
    before = old.get("fields")
    if not isinstance(groups, dict) or not isinstance(before, Mapping):
        return
    for group, slots in groups.items():
        old_slots = before.get(group)
        if not isinstance(slots, dict) or not isinstance(old_slots, Mapping):
            continue
        for name, slot in slots.items():
            was = old_slots.get(name)
            was_loc = was.get("localisation") if isinstance(was, Mapping) else None
            if not isinstance(slot, dict) or not isinstance(was_loc, Mapping):
                continue
            loc = slot.get("localisation")
            loc = dict(loc) if isinstance(loc, Mapping) else {}
            gone = {tag: None for tag, entry in was_loc.items()
                    if tag not in loc and entry is not None}
            if gone:
                slots[name] = {**slot, "localisation": {**loc, **gone}}


#: Where a key that is gone is sent as null: slots of a field group, images.
_REMOVABLE = (("fields", "*"), ("images",))


def _removable(path: tuple[str, ...]) -> bool:
    return any(len(p) == len(path) and all(a in ("*", b) for a, b in zip(p, path, strict=True))
               for p in _REMOVABLE)


def _diff(old: Mapping[str, Any], new: Mapping[str, Any], depth: int | None,
          path: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in new.items():
        if key in old and old[key] == value:
            continue
        before = old.get(key)
        deeper = _MERGED.get(key) if depth is None else depth
        if deeper and isinstance(value, Mapping) and isinstance(before, Mapping):
            inner = _diff(before, value, deeper - 1, (*path, str(key)))
            if inner:
                out[key] = inner
        else:
            out[key] = value
    if _removable(path):
        out.update({key: None for key in old if key not in new})
    return out
