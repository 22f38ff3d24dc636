"""The pass fields a template asks for, read from its stored attributes.

A template names its fields in slots: ``fields.details.one = {id, label,
defaultValue}`` in the current shape, ``secondary.secOne = {id, label,
default_value}`` in the deprecated one; both are read (the deprecated one
through ``template_shape.to_current``, so groups and slots have the current
names). Templates come from the API, from older versions and from other
tools, so anything unexpected (a missing group, a slot that is not an object,
a list instead of a mapping) is skipped rather than trusted.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from passdesk.core.template_shape import GROUPS, to_current


@dataclass(frozen=True)
class FieldSpec:
    """One field a pass of the template carries."""

    field_id: str
    label: str
    #: The template's default value as text, or None.
    default: str | None
    #: Where the field shows: the group and slot key ("details", "one").
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
    groups = to_current(attributes).get("fields")
    if not isinstance(groups, Mapping):
        return out
    for group in GROUPS:
        for slot, value in _slots(groups.get(group)):
            if not isinstance(value, Mapping):
                continue
            field_id = _text(value.get("id"))
            if field_id is None or field_id in seen:
                continue
            seen.add(field_id)
            out.append(FieldSpec(field_id, _text(value.get("label")) or field_id,
                                 _text(value.get("defaultValue", value.get("default_value"))),
                                 group, slot))
    return out
