"""Pass templates in their two shapes.

The sandbox stores the current shape (PASSENTRY-API.md §2.10: ``colors``,
``images``, ``fields.{header,central,details,back}`` keyed one, two, ...)
and derives the deprecated slot shape (§2.11) for
``GET /pass_templates/{uuid}`` from it, so both routes tell one story.
"""

from __future__ import annotations

from typing import Any

SLOT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
FIELD_GROUPS = ("header", "central", "details", "back")
TEMPLATE_TYPES = ("generic", "loyalty", "eventTicket", "transit")

#: Deprecated slot keys per group. backFields keeps the order the vendor example
#: shows (backOne, backTwo, backFive, backFour, backThree).
SLOT_KEYS: dict[str, tuple[str, ...]] = {
    "header": ("header_one", "header_two", "header_three"),
    "primary": ("primary_one", "primary_two"),
    "secondary": ("secOne", "secTwo", "secThree"),
    "auxiliary": ("auxOne", "auxTwo", "auxThree"),
    "backFields": ("backOne", "backTwo", "backFive", "backFour", "backThree"),
}
#: (current group, slot word) for each deprecated slot; details fill secondary, then auxiliary.
_SOURCE: dict[str, tuple[str, str]] = {
    "header_one": ("header", "one"), "header_two": ("header", "two"),
    "header_three": ("header", "three"),
    "primary_one": ("central", "one"), "primary_two": ("central", "two"),
    "secOne": ("details", "one"), "secTwo": ("details", "two"), "secThree": ("details", "three"),
    "auxOne": ("details", "four"), "auxTwo": ("details", "five"), "auxThree": ("details", "six"),
    "backOne": ("back", "one"), "backTwo": ("back", "two"), "backThree": ("back", "three"),
    "backFour": ("back", "four"), "backFive": ("back", "five"),
}
#: Current templateType -> the deprecated shape's word (§15.20: loyalty is storeCard there).
_DEPRECATED_TYPE = {"loyalty": "storeCard"}
#: templateType -> the passType of its passes.
PASS_TYPE = {"loyalty": "storeCard", "generic": "generic", "eventTicket": "eventTicket",
             "transit": "transit"}


def field(field_id: str, label: str, default: Any = None) -> dict[str, Any]:
    return {"id": field_id, "label": label, "defaultValue": default}


def fields_of(groups: dict[str, list[tuple]]) -> dict[str, dict[str, dict[str, Any]]]:
    """``{"details": [(id, label[, default]), ...]}`` -> the current ``fields`` object."""
    return {group: {SLOT_WORDS[n]: field(*spec) for n, spec in enumerate(groups.get(group, []))}
            for group in FIELD_GROUPS}


def field_ids(attributes: dict[str, Any]) -> list[str]:
    """The pass field ids of a current-shape template, in group and slot order."""
    out = []
    for group in FIELD_GROUPS:
        for value in ((attributes.get("fields") or {}).get(group) or {}).values():
            if isinstance(value, dict) and value.get("id"):
                out.append(value["id"])
    return out


def _slot(value: Any) -> dict[str, Any]:
    value = value if isinstance(value, dict) else {}
    return {"id": value.get("id"), "label": value.get("label"),
            "default_value": value.get("defaultValue")}


def deprecated_attributes(current: dict[str, Any]) -> dict[str, Any]:
    """The §2.11 slot shape of a current-shape template (every slot, nulls for unused)."""
    colors = current.get("colors") or {}
    fields = current.get("fields") or {}
    kind = current.get("templateType")
    out: dict[str, Any] = {
        "backgroundColor": colors.get("background"), "name": current.get("name"),
        "description": current.get("description"), "labelColor": colors.get("label"),
        "textColor": colors.get("text"), "templateType": _DEPRECATED_TYPE.get(kind, kind),
    }
    for group, keys in SLOT_KEYS.items():
        out[group] = {key: _slot((fields.get(_SOURCE[key][0]) or {}).get(_SOURCE[key][1]))
                      for key in keys}
    return out
