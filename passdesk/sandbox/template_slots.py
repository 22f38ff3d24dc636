"""The slot layout of a pass template: groups, slot keys and empty slots."""

from __future__ import annotations

from typing import Any

#: Slot keys per group. backFields keeps the odd order the vendor example
#: shows (backOne, backTwo, backFive, backFour, backThree), so clients that
#: must keep "keys and order exactly as received" get tested against it.
SLOT_KEYS: dict[str, tuple[str, ...]] = {
    "header": ("header_one", "header_two", "header_three"),
    "primary": ("primary_one", "primary_two"),
    "secondary": ("secOne", "secTwo", "secThree"),
    "auxiliary": ("auxOne", "auxTwo", "auxThree"),
    "backFields": ("backOne", "backTwo", "backFive", "backFour", "backThree"),
}

SlotSpec = tuple[str, str] | tuple[str, str, Any]


def slot(field_id: str | None = None, label: str | None = None,
         default_value: Any = None) -> dict[str, Any]:
    return {"id": field_id, "label": label, "default_value": default_value}


def slot_groups(filled: dict[str, SlotSpec]) -> dict[str, dict[str, dict[str, Any]]]:
    """Every group with every slot; ``filled`` maps slot key -> (id, label[, default])."""
    return {
        group: {key: slot(*filled[key]) if key in filled else slot() for key in keys}
        for group, keys in SLOT_KEYS.items()
    }


def field_ids(attributes: dict[str, Any]) -> list[str]:
    """The pass field ids a template's slots name, in slot order."""
    out = []
    for group in SLOT_KEYS:
        for value in (attributes.get(group) or {}).values():
            if isinstance(value, dict) and value.get("id"):
                out.append(value["id"])
    return out
