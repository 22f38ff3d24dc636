"""The pass fields a template asks for, read from its stored attributes.

A template names its fields in slots (``header.header_one = {id, label,
default_value}`` …). Templates come from the API, from older versions and
from other tools, so anything unexpected (a missing group, a slot that is not
an object, a list instead of a mapping) is skipped rather than trusted.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from passdesk.core.records import SLOT_GROUPS


@dataclass(frozen=True)
class FieldSpec:
    """One field a pass of the template carries."""

    field_id: str
    label: str
    #: The template's default value as text, or None.
    default: str | None
    #: Where the field shows: the slot group and slot key ("secondary", "secOne").
    group: str
    slot: str


def _text(value: Any) -> str | None:
    if isinstance(value, Mapping):  # {"value": ...} as some clients write values
        value = value.get("value")
    if value is None or isinstance(value, Mapping | list):
        return None
    text = str(value).strip()
    return text or None


def _slots(group: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(group, Mapping):
        yield from ((str(k), v) for k, v in group.items())
    elif isinstance(group, list):
        yield from ((str(n), v) for n, v in enumerate(group, 1))


def template_fields(attributes: Mapping[str, Any] | None) -> list[FieldSpec]:
    """The fields in slot order, each id once (the first slot naming it wins).

    ``attributes`` is the template record's attributes; a whole resource
    (with its own ``attributes``) is accepted too.
    """
    if not isinstance(attributes, Mapping):
        return []
    inner = attributes.get("attributes")
    if isinstance(inner, Mapping):
        attributes = inner
    out: list[FieldSpec] = []
    seen: set[str] = set()
    for group in SLOT_GROUPS:
        for slot, value in _slots(attributes.get(group)):
            if not isinstance(value, Mapping):
                continue
            field_id = _text(value.get("id"))
            if field_id is None or field_id in seen:
                continue
            seen.add(field_id)
            out.append(FieldSpec(field_id, _text(value.get("label")) or field_id,
                                 _text(value.get("default_value")), group, slot))
    return out
