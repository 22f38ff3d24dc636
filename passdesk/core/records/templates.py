"""The typed pass-template record: one model for both shapes PassEntry serves.

``PassTemplate.from_json`` reads the current shape (PASSENTRY-API.md §2.10,
``GET /pass-templates/{id}``) and the deprecated one (§2.11, ``GET
/pass_templates/{uuid}``); ``to_json`` writes back exactly what it read, in
its shape, unknown keys kept. ``shape`` says which it is, ``to_current()``
gives current-shape attributes (see core/template_shape.py), and ``fields()``
/ ``field_ids()`` / ``name`` / ``template_type`` work the same for both.

``passdesk.core.records`` re-exports PassTemplate, TemplateField and
SLOT_GROUPS; ``records/registry.py`` reads a "passTemplate" resource with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from passdesk.core import template_shape
from passdesk.core.jsonobject import Codec, JsonObject, key, nested
from passdesk.core.records.resource import Resource
from passdesk.core.template_shape import CURRENT, DEPRECATED, GROUPS

__all__ = ["CURRENT", "DEPRECATED", "GROUPS", "SLOT_GROUPS", "PassTemplate", "TemplateColors",
           "TemplateField", "TemplateImages", "TemplateSlot"]


@dataclass(kw_only=True)
class TemplateField(JsonObject):
    """One slot of a template: the pass field id, its label, its default value.

    The current shape says ``defaultValue`` (and may carry ``localisation``),
    the deprecated one ``default_value``; each is written back as it came.
    """

    field_id: str | None = key("id")
    label: str | None = key("label")
    default_value: Any = key("defaultValue", "default_value")
    localisation: dict[str, Any] | None = key("localisation")


@dataclass(kw_only=True)
class TemplateColors(JsonObject):
    background: str | None = key("background")
    label: str | None = key("label")
    text: str | None = key("text")


@dataclass(kw_only=True)
class TemplateImages(JsonObject):
    """Direct image URLs, and the watermark ``{color: light|dark, position}``."""

    banner: str | None = key("banner")
    logo: str | None = key("logo")
    icon: str | None = key("icon")
    watermark: dict[str, Any] | None = key("watermark")


@dataclass(frozen=True)
class TemplateSlot:
    """One filled slot, named the current way whatever shape it came in."""

    group: str          # header | central | details | back
    slot: str           # one, two, three …
    field_id: str
    label: str | None
    default_value: Any


def _slot_group_load(v: Any) -> Any:
    if not isinstance(v, Mapping):
        return v
    return {k: TemplateField.from_json(s) if isinstance(s, Mapping) else s for k, s in v.items()}


def _slot_group_dump(v: Any) -> Any:
    if not isinstance(v, Mapping):
        return v
    return {k: s.to_json() if isinstance(s, TemplateField) else s for k, s in v.items()}


SLOT_GROUP = Codec(load=_slot_group_load, dump=_slot_group_dump)


def _fields_load(v: Any) -> Any:
    if not isinstance(v, Mapping):
        return v
    return {g: _slot_group_load(s) for g, s in v.items()}


def _fields_dump(v: Any) -> Any:
    if not isinstance(v, Mapping):
        return v
    return {g: _slot_group_dump(s) for g, s in v.items()}


FIELDS = Codec(load=_fields_load, dump=_fields_dump)

#: The slot groups of the deprecated shape in the order the API sends them.
SLOT_GROUPS = template_shape.DEPRECATED_GROUPS


@dataclass(kw_only=True)
class PassTemplate(Resource):
    """A pass template in either shape; only the keys received are written back."""

    TYPE: ClassVar[str] = "passTemplate"
    name: str | None = key("name")
    description: str | None = key("description")
    template_type: str | None = key("templateType")
    # --- current shape (§2.10)
    transit_type: str | None = key("transitType")
    default_language: str | None = key("defaultLanguage")
    central_title: str | None = key("centralTitle")
    notification_header: str | None = key("notificationHeader")
    colors: TemplateColors | None = key("colors", codec=nested(TemplateColors))
    images: TemplateImages | None = key("images", codec=nested(TemplateImages))
    fields_: dict[str, Any] | None = key("fields", codec=FIELDS)
    app_linking: dict[str, Any] | None = key("appLinking")
    barcode: dict[str, Any] | None = key("barcode")
    locations: list[Any] | None = key("locations")
    beacons: list[Any] | None = key("beacons")
    # --- deprecated shape (§2.11)
    background_color: str | None = key("backgroundColor")
    label_color: str | None = key("labelColor")
    text_color: str | None = key("textColor")
    header: dict[str, Any] | None = key("header", codec=SLOT_GROUP)
    primary: dict[str, Any] | None = key("primary", codec=SLOT_GROUP)
    secondary: dict[str, Any] | None = key("secondary", codec=SLOT_GROUP)
    auxiliary: dict[str, Any] | None = key("auxiliary", codec=SLOT_GROUP)
    back_fields: dict[str, Any] | None = key("backFields", codec=SLOT_GROUP)

    @property
    def shape(self) -> str:
        """"current" or "deprecated" (§2.10 or §2.11)."""
        return template_shape.shape(self.to_json())

    def to_current(self) -> dict[str, Any]:
        """The attributes in the current shape (a new dict)."""
        return template_shape.to_current(self.to_json())

    def fields(self) -> list[TemplateSlot]:
        """Every slot that names a field id, named the current way, in group then slot order."""
        groups = self.to_current().get("fields")
        out: list[TemplateSlot] = []
        if not isinstance(groups, Mapping):
            return out
        for group in GROUPS:
            slots = groups.get(group)
            if not isinstance(slots, Mapping):
                continue
            for slot, value in slots.items():
                if isinstance(value, Mapping) and isinstance(value.get("id"), str) \
                        and value["id"]:
                    default = value.get("defaultValue", value.get("default_value"))
                    label = value.get("label")
                    out.append(TemplateSlot(group, str(slot), value["id"],
                                            label if isinstance(label, str) else None, default))
        return out

    def field_ids(self) -> list[str]:
        return [f.field_id for f in self.fields()]

