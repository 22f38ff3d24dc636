"""The typed pass-template record (moved out of core/records.py).

core/records.py re-exports PassTemplate, TemplateField and SLOT_GROUPS, and
this module registers PassTemplate in its RESOURCE_TYPES: the template is a
Resource, so records.py must exist first and imports this module last.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from passdesk.core.jsonobject import Codec, JsonObject, key
from passdesk.core.records import RESOURCE_TYPES, Resource


@dataclass(kw_only=True)
class TemplateField(JsonObject):
    """One slot of a template: the pass field id, its label, its default value."""

    field_id: str | None = key("id")
    label: str | None = key("label")
    default_value: Any = key("default_value")


def _slot_group_load(v: Any) -> Any:
    if not isinstance(v, Mapping):
        return v
    return {k: TemplateField.from_json(s) if isinstance(s, Mapping) else s for k, s in v.items()}


def _slot_group_dump(v: Any) -> Any:
    if not isinstance(v, Mapping):
        return v
    return {k: s.to_json() if isinstance(s, TemplateField) else s for k, s in v.items()}


SLOT_GROUP = Codec(load=_slot_group_load, dump=_slot_group_dump)

#: The slot groups of a template in the order the API sends them.
SLOT_GROUPS = ("header", "primary", "secondary", "auxiliary", "backFields")


@dataclass(kw_only=True)
class PassTemplate(Resource):
    TYPE: ClassVar[str] = "passTemplate"
    name: str | None = key("name")
    description: str | None = key("description")
    template_type: str | None = key("templateType")
    background_color: str | None = key("backgroundColor")
    label_color: str | None = key("labelColor")
    text_color: str | None = key("textColor")
    header: dict[str, Any] | None = key("header", codec=SLOT_GROUP)
    primary: dict[str, Any] | None = key("primary", codec=SLOT_GROUP)
    secondary: dict[str, Any] | None = key("secondary", codec=SLOT_GROUP)
    auxiliary: dict[str, Any] | None = key("auxiliary", codec=SLOT_GROUP)
    back_fields: dict[str, Any] | None = key("backFields", codec=SLOT_GROUP)

    def slot_groups(self) -> dict[str, dict[str, Any] | None]:
        return {
            "header": self.header, "primary": self.primary, "secondary": self.secondary,
            "auxiliary": self.auxiliary, "backFields": self.back_fields,
        }

    def slots(self) -> list[tuple[str, str, TemplateField]]:
        """(group, slot, field) for every slot that names a field id."""
        out = []
        for group_key, group in self.slot_groups().items():
            if not isinstance(group, Mapping):
                continue
            for slot, value in group.items():
                if isinstance(value, TemplateField) and value.field_id:
                    out.append((group_key, slot, value))
        return out

    def field_ids(self) -> list[str]:
        return [f.field_id for _g, _s, f in self.slots() if f.field_id]


RESOURCE_TYPES[PassTemplate.TYPE] = PassTemplate
