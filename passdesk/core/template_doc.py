"""The template document the designer edits: a pass template as JSON, kept exactly.

The designer edits the current shape (PASSENTRY-API.md §2.10): ``colors``,
``images``, ``fields{header,central,details,back}`` with slots keyed ``one``,
``two`` … each ``{id, label, defaultValue, localisation?}``. A template in
the deprecated shape (§2.11) is converted when it is read (``converted``
says so); ``localisation`` and other keys the designer does not edit stay.
Slots are sparse: an empty slot is simply absent, as in the vendor's
examples, and ``slots(group)`` lists the group's usual slots, empty or not.

A ``TemplateDoc`` is immutable. Every edit returns a new document and leaves
the old one alone, so the designer can keep old documents for undo. Unchanged
parts are shared between the old and the new document (nothing inside is ever
mutated), so an edit costs a few small dict copies, not a deep copy.

Round trip is the point: a document read from the API, a file or the sandbox
is written back in the same envelope, with its keys in the same order,
unknown keys kept and untouched values left as they were. A slot or group of
an unexpected shape (a slot that is a string, a group that is a number) is
kept verbatim and skipped by the accessors.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from enum import Enum
from typing import Any

from passdesk.core import template_shape
from passdesk.core.template_json import copy_json, insert_in_order, is_blank, kind_of, shown_text
from passdesk.core.template_keys import (
    ATTRIBUTE_ORDER,
    ATTRIBUTES,
    BANNER_KEY,
    BARCODE_KEY,
    BARCODE_SOURCES,
    BODY,
    COLOUR_KEYS,
    DEFAULT_SLOT_KEYS,
    DOCUMENT,
    ICON_KEY,
    IMAGE_KEYS,
    LOGO_KEY,
    RESOURCE,
    SLOT_GROUPS,
    SLOT_VALUE_KEYS,
    TRANSIT_TYPES,
    WATERMARK_COLOURS,
    WATERMARK_POSITIONS,
)
from passdesk.core.template_shape import BARCODE_TYPES, TEMPLATE_TYPES
from passdesk.core.template_view import SlotField, TemplateView, check_group, slot_field, slot_order
from passdesk.core.texts import translate

__all__ = [
    "ATTRIBUTE_ORDER", "BANNER_KEY", "BARCODE_KEY", "BARCODE_SOURCES", "BARCODE_TYPES",
    "COLOUR_KEYS", "DEFAULT_SLOT_KEYS", "ICON_KEY", "IMAGE_KEYS", "LOGO_KEY", "SLOT_GROUPS",
    "TEMPLATE_TYPES", "TRANSIT_TYPES", "WATERMARK_COLOURS", "WATERMARK_POSITIONS", "SlotField",
    "SlotsFull", "TemplateDoc", "TemplateFormatError", "shown_text",
]

#: Resource types that are certainly not a template (a file opened by mistake).
_OTHER_TYPES = frozenset({"pass", "event", "entity", "reader", "readerConfiguration"})


class TemplateFormatError(ValueError):
    """The text or object is not a pass template; the message says why, for a person."""


class SlotsFull(ValueError):
    """The group has no empty slot left."""


class _Unset(Enum):
    UNSET = "UNSET"


_UNSET = _Unset.UNSET


def _empty_slot() -> dict[str, Any]:
    return {"id": None, "label": None, "defaultValue": None}


class TemplateDoc(TemplateView):
    """An immutable pass template document; see the module docstring."""

    __slots__ = ()

    @classmethod
    def from_json(cls, obj: Any) -> TemplateDoc:
        """Read a template in any of its envelopes, in either shape.

        ``{"data": {"id", "type", "attributes"}}`` (an API document),
        ``{"id", "type", "attributes"}`` (a resource), ``{"passTemplate": {...}}``
        (a create request body) or the bare attributes. The document
        remembers which, and ``to_json`` writes the same envelope back.
        Deprecated-shape attributes become current-shape ones
        (``converted`` is then True).
        """
        if not isinstance(obj, Mapping):
            raise TemplateFormatError(translate("designer", "a template is a JSON object, not "
                                                            "{kind}").format(kind=kind_of(obj)))
        root = copy_json(dict(obj))
        data = root.get("data", _UNSET)
        if data is not _UNSET and "attributes" not in root:
            if isinstance(data, list):
                raise TemplateFormatError(translate(
                    "designer", "this is a list of templates (\"data\" is a list), not one "
                                "template"))
            if not isinstance(data, dict):
                raise TemplateFormatError(translate(
                    "designer", "\"data\" is {kind}, not a template resource").format(
                    kind=kind_of(data)))
            _check_type(data.get("type"))
            attrs = data.get("attributes", _UNSET)
            if not isinstance(attrs, dict):
                what = (translate("designer", "missing", "\"data.attributes\" is missing")
                        if attrs is _UNSET else kind_of(attrs))
                raise TemplateFormatError(translate(
                    "designer", "\"data.attributes\" is {kind}; a template resource keeps its "
                                "fields there").format(kind=what))
            return cls._make(DOCUMENT, root, attrs)._current()
        if "attributes" in root:
            _check_type(root.get("type"))
            attrs = root["attributes"]
            if not isinstance(attrs, dict):
                raise TemplateFormatError(translate(
                    "designer", "\"attributes\" is {kind}, not an object of template fields"
                ).format(kind=kind_of(attrs)))
            return cls._make(RESOURCE, root, attrs)._current()
        if list(root) == ["passTemplate"]:
            attrs = root["passTemplate"]
            if not isinstance(attrs, dict):
                raise TemplateFormatError(translate(
                    "designer", "\"passTemplate\" is {kind}, not an object of template fields"
                ).format(kind=kind_of(attrs)))
            return cls._make(BODY, root, attrs)._current()
        return cls._make(ATTRIBUTES, root, root)._current()

    def _current(self) -> TemplateDoc:
        if template_shape.shape(self._attrs) == template_shape.CURRENT:
            return self
        doc = self._with_attrs(template_shape.to_current(self._attrs))
        object.__setattr__(doc, "_converted", True)
        return doc

    @classmethod
    def from_text(cls, text: str) -> TemplateDoc:
        """Parse JSON text; TemplateFormatError says where it is broken."""
        if text.startswith("\ufeff"):
            text = text[1:]
        if not text.strip():
            raise TemplateFormatError(translate("designer", "the text is empty; a template is a "
                                                            "JSON object"))
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise TemplateFormatError(translate(
                "designer", "line {line}: {problem} (column {column})",
                "{problem}: the JSON reader's English words").format(
                line=str(exc.lineno), problem=exc.msg, column=str(exc.colno))) from exc
        return cls.from_json(obj)

    @classmethod
    def new(cls, name: str = "Untitled template", template_type: str = "generic") -> TemplateDoc:
        """A blank template as bare attributes, keys in the vendor's order, no fields yet."""
        attrs: dict[str, Any] = {
            "name": name,
            "templateType": template_type,
            "defaultLanguage": "en",
            "description": "",
            "colors": {"background": "#FFFFFF", "label": "#555555", "text": "#111111"},
            "fields": {},
        }
        return cls._make(ATTRIBUTES, attrs, attrs)

    # --- editing ------------------------------------------------------------

    def _with_attrs(self, attrs: dict[str, Any]) -> TemplateDoc:
        env, root = self._envelope, self._root
        if env == ATTRIBUTES:
            return self._make(env, attrs, attrs, self._converted)
        if env == DOCUMENT:
            root = {**root, "data": {**root["data"], "attributes": attrs}}
        elif env == RESOURCE:
            root = {**root, "attributes": attrs}
        else:
            root = {**root, "passTemplate": attrs}
        return self._make(env, root, attrs, self._converted)

    def _set(self, key: str, value: Any) -> TemplateDoc:
        if key in self._attrs:
            if self._attrs[key] == value:
                return self
            return self._with_attrs({**self._attrs, key: value})
        return self._with_attrs(insert_in_order(self._attrs, key, value, ATTRIBUTE_ORDER))

    def _drop(self, key: str) -> TemplateDoc:
        if key not in self._attrs:
            return self
        return self._with_attrs({k: v for k, v in self._attrs.items() if k != key})

    def with_attribute(self, key: str, value: Any) -> TemplateDoc:
        """Set one top-level attribute (name, templateType, description …).

        None removes an optional key the document has (transitType,
        centralTitle …) so an untouched document never gains keys.
        """
        if not isinstance(key, str):
            raise TypeError(f"an attribute key is text, not {kind_of(key)}")
        if value is None and key not in ("name", "templateType"):
            return self._drop(key)
        return self._set(key, copy_json(value))

    def _with_part(self, key: str, part: str, value: Any, order: tuple[str, ...]) -> TemplateDoc:
        old = self._attrs.get(key)
        if old is not None and not isinstance(old, dict):
            raise ValueError(f"{key} is {kind_of(old)}, not an object; it is kept as it is "
                             "and cannot be edited")
        outer = dict(old or {})
        if value is None:
            if part not in outer:
                return self
            del outer[part]
        elif part in outer:
            outer[part] = copy_json(value)
        else:
            outer = insert_in_order(outer, part, copy_json(value), order)
        if not outer and old is None:
            return self
        return self._set(key, outer)

    def with_colour(self, which: str, value: str | None) -> TemplateDoc:
        """Set ``colors.<which>`` (background, label, text); None removes it."""
        if which not in COLOUR_KEYS:
            raise ValueError(f"{which!r} is not a colour; the colours are {', '.join(COLOUR_KEYS)}")
        return self._with_part("colors", which, value, COLOUR_KEYS)

    def with_image(self, which: str, value: str | None) -> TemplateDoc:
        """Set ``images.<which>`` (banner, logo, icon) to a URL; None removes it."""
        if which not in IMAGE_KEYS:
            raise ValueError(f"{which!r} is not an image; the images are {', '.join(IMAGE_KEYS)}")
        return self._with_part("images", which, value, (*IMAGE_KEYS, "watermark"))

    def with_watermark(self, color: str | None, position: str | None = None) -> TemplateDoc:
        """Set ``images.watermark`` {color: light|dark, position}; a None colour removes it."""
        if color is None:
            return self._with_part("images", "watermark", None, ())
        value = {"color": color, **({"position": position} if position else {})}
        return self._with_part("images", "watermark", value, (*IMAGE_KEYS, "watermark"))

    def with_barcode(self, barcode_type: str | None, source: str | None = None,
                     value: str | None = None, display_text: bool | None = None) -> TemplateDoc:
        """Set the default barcode (§2.3); None turns it off.

        Off is ``enabled: false`` when the template had a barcode (so a
        published template loses it) and no key at all when it had none.
        ``value`` is kept only with source custom. Unknown keys stay.
        """
        old = self._attrs.get(BARCODE_KEY)
        new = dict(old) if isinstance(old, dict) else {}
        if barcode_type is None:
            if not new:
                return self
            new["enabled"] = False
            return self._set(BARCODE_KEY, new)
        new["enabled"] = True
        new["type"] = barcode_type
        new["source"] = source or new.get("source") or "uuid"
        if new["source"] == "custom":
            new["value"] = value if value is not None else new.get("value", "")
        else:
            new.pop("value", None)
        if display_text is not None:
            new["displayText"] = display_text
        order = ("enabled", "type", "source", "value", "displayText")
        new = {k: new[k] for k in sorted(new, key=lambda k: (order.index(k) if k in order
                                                               else len(order)))}
        return self._set(BARCODE_KEY, new)

    def _group_copy(self, group: str) -> dict[str, Any]:
        """A shallow copy of the group to edit (empty if absent)."""
        check_group(group)
        container = self._groups().get(group)
        if container is None:
            return {}
        if isinstance(container, dict):
            return dict(container)
        raise ValueError(f"{group} is {kind_of(container)}, not a group of slots; "
                         "it is kept as it is and cannot be edited")

    def _with_group(self, group: str, container: dict[str, Any]) -> TemplateDoc:
        old = self._attrs.get("fields")
        if old is not None and not isinstance(old, dict):
            raise ValueError(f"fields is {kind_of(old)}, not an object; it is kept as it is "
                             "and cannot be edited")
        groups = dict(old or {})
        ordered = dict(sorted(container.items(), key=lambda kv: slot_order(kv[0])))
        if group in groups:
            groups[group] = ordered
        else:
            groups = insert_in_order(groups, group, ordered, SLOT_GROUPS)
        return self._set("fields", groups)

    def _check_slot(self, group: str, container: dict[str, Any], slot: str) -> None:
        if slot not in self._slot_names(group) and slot not in container:
            raise KeyError(f"{group} has no slot {slot!r}")
        value = container.get(slot)
        if value is not None and not isinstance(value, dict):
            raise ValueError(f"{group}.{slot} is {kind_of(value)}, not a slot; "
                             "it is kept as it is and cannot be edited")

    def with_slot(self, group: str, slot: str, *, field_id: Any = _UNSET, label: Any = _UNSET,
                  default_value: Any = _UNSET) -> TemplateDoc:
        """Change only the given parts of one slot (id, label, default value).

        A slot left with no id, label or default value (and nothing else,
        such as localisation) is removed: empty slots are absent.
        """
        container = self._group_copy(group)
        self._check_slot(group, container, slot)
        old = container.get(slot)
        new = dict(old) if isinstance(old, dict) else _empty_slot()
        for key, value in (("id", field_id), ("label", label), ("defaultValue", default_value)):
            if value is not _UNSET:
                new[key] = copy_json(value)
        if new == old:
            return self
        if all(is_blank(new.get(k)) for k in SLOT_VALUE_KEYS) and set(new) <= set(SLOT_VALUE_KEYS):
            if old is None:
                return self
            del container[slot]
        else:
            container[slot] = new
        return self._with_group(group, container)

    def with_localisation(self, group: str, slot: str, language: str, *,
                          label: Any = _UNSET, default_value: Any = _UNSET) -> TemplateDoc:
        """Set a slot's label or default value in ``language`` (``localisation``, §2.10).

        None (or blank text) removes that part; a language left with neither
        is removed, and so is an emptied ``localisation``. The tag is kept
        as given: callers normalise it (``template_locale.normalise``).
        """
        container = self._group_copy(group)
        self._check_slot(group, container, slot)
        old = container.get(slot)
        if old is None:
            raise ValueError(translate("designer", "{slot} is empty; give the field an id first"
                                       ).format(slot=f"{group}.{slot}"))
        new = dict(old)
        loc = new.get("localisation")
        if loc is not None and not isinstance(loc, dict):
            raise ValueError(f"the localisation of {group}.{slot} is {kind_of(loc)}, not an "
                             "object; it is kept as it is and cannot be edited")
        loc = dict(loc or {})
        entry = loc.get(language)
        entry = dict(entry) if isinstance(entry, dict) else {}
        for key, value in (("label", label), ("defaultValue", default_value)):
            if value is _UNSET:
                continue
            if is_blank(value):
                entry.pop(key, None)
            else:
                entry[key] = copy_json(value)
        if entry:
            loc[language] = {k: entry[k] for k in sorted(
                entry, key=lambda k: ("label", "defaultValue").index(k)
                if k in ("label", "defaultValue") else 2)}
        else:
            loc.pop(language, None)
        if loc:
            new["localisation"] = loc
        else:
            new.pop("localisation", None)
        if new == old:
            return self
        container[slot] = new
        return self._with_group(group, container)

    def without_language(self, language: str) -> TemplateDoc:
        """Every slot's ``language`` entry removed (tags compared case-insensitively)."""
        doc = self
        wanted = language.lower().replace("_", "-")
        for slot in list(self.iter_slots()):
            loc = self.localisation(slot.group, slot.slot) or {}
            for tag in loc:
                if isinstance(tag, str) and tag.lower().replace("_", "-") == wanted:
                    doc = doc.with_localisation(slot.group, slot.slot, tag, label=None,
                                                default_value=None)
        return doc

    def _first_empty(self, group: str) -> str:
        container = self._group_copy(group)
        for slot in self.slots(group):
            if slot.empty and not isinstance(container.get(slot.slot), dict):
                return slot.slot
        for slot in self.slots(group):
            if slot.empty:
                return slot.slot
        raise SlotsFull(translate("designer", "{group} has no empty slot; remove or move a field "
                                              "first").format(group=group))

    def add_field(self, group: str, field_id: str, label: str | None,
                  default_value: Any = None) -> TemplateDoc:
        """Put a field in the first empty slot of the group (SlotsFull if there is none)."""
        slot = self._first_empty(group)
        return self.with_slot(group, slot, field_id=field_id, label=label,
                              default_value=default_value)

    def remove_field(self, group: str, slot: str) -> TemplateDoc:
        """Empty a slot: it is removed, with its localisation."""
        container = self._group_copy(group)
        self._check_slot(group, container, slot)
        if slot not in container:
            return self
        del container[slot]
        return self._with_group(group, container)

    def move_field(self, group: str, from_index: int, to_index: int) -> TemplateDoc:
        """Move slot contents like a list move; the slot keys keep their order.

        Indices count the slots ``slots(group)`` lists. Each slot object
        travels whole, localisation and unknown keys included.
        """
        names = self._slot_names(group)
        for index in (from_index, to_index):
            if not 0 <= index < len(names):
                raise IndexError(f"{group} has {len(names)} slots; there is no slot {index}")
        if from_index == to_index:
            return self
        container = self._group_copy(group)
        contents = [container.get(name) for name in names]
        contents.insert(to_index, contents.pop(from_index))
        for name, value in zip(names, contents, strict=True):
            if value is None:
                container.pop(name, None)
            else:
                container[name] = value
        return self._with_group(group, container)

    def move_to_group(self, group: str, slot: str, new_group: str) -> TemplateDoc:
        """Move a field to the first empty slot of another group (SlotsFull if none)."""
        source = self._group_copy(group)
        self._check_slot(group, source, slot)
        moving = source.get(slot)
        if slot_field(group, slot, moving).empty:
            raise ValueError(translate("designer", "{slot} is empty; there is no field to move"
                                       ).format(slot=f"{group}.{slot}"))
        if new_group == group:
            return self
        target_slot = self._first_empty(new_group)
        target = self._group_copy(new_group)
        target[target_slot] = moving
        del source[slot]
        return self._with_group(group, source)._with_group(new_group, target)


def _check_type(resource_type: Any) -> None:
    if resource_type in _OTHER_TYPES:
        raise TemplateFormatError(translate("designer", "this is a {type} resource, not a pass "
                                                        "template").format(type=resource_type))
