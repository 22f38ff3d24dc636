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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from passdesk.core import template_shape
from passdesk.core.template_shape import BARCODE_TYPES, GROUPS, SLOT_KEYS, TEMPLATE_TYPES

__all__ = [
    "ATTRIBUTE_ORDER", "BANNER_KEY", "BARCODE_KEY", "BARCODE_SOURCES", "BARCODE_TYPES",
    "COLOUR_KEYS", "DEFAULT_SLOT_KEYS", "ICON_KEY", "IMAGE_KEYS", "LOGO_KEY", "SLOT_GROUPS",
    "TEMPLATE_TYPES", "TRANSIT_TYPES", "WATERMARK_COLOURS", "WATERMARK_POSITIONS", "SlotField",
    "SlotsFull", "TemplateDoc", "TemplateFormatError",
]

#: The field groups the designer edits, in the API's order.
SLOT_GROUPS = GROUPS

#: The usual slots of each group; a stored template may have more, and keeps them.
#: Central holds two (a transit template's origin and destination); details
#: is where Apple shows its secondary and auxiliary rows.
DEFAULT_SLOT_KEYS: dict[str, tuple[str, ...]] = {
    "header": SLOT_KEYS[:3],
    "central": SLOT_KEYS[:2],
    "details": SLOT_KEYS[:6],
    "back": SLOT_KEYS[:5],
}

TRANSIT_TYPES = ("airplane", "bus", "train", "ferry", "other")

#: The attribute keys of the vendor's create example (§5.3), in its order.
ATTRIBUTE_ORDER = ("name", "templateType", "transitType", "defaultLanguage", "centralTitle",
                   "notificationHeader", "description", "colors", "images", "fields",
                   "appLinking", "barcode", "locations", "beacons")

#: ``colors`` keys and ``images`` keys (banner, logo and icon are direct URLs:
#: https, or a ``data:image/png;base64,…`` URL as the designer makes from a file).
COLOUR_KEYS = ("background", "label", "text")
LOGO_KEY, BANNER_KEY, ICON_KEY = "logo", "banner", "icon"
IMAGE_KEYS = (BANNER_KEY, LOGO_KEY, ICON_KEY)
BARCODE_KEY = "barcode"
#: ``images.watermark`` values (§2.10).
WATERMARK_COLOURS = ("light", "dark")
WATERMARK_POSITIONS = ("topLeft", "topRight", "bottomLeft", "bottomRight")
BARCODE_SOURCES = ("uuid", "extId", "custom")

#: The keys of one slot object.
SLOT_VALUE_KEYS = ("id", "label", "defaultValue")

#: Resource types that are certainly not a template (a file opened by mistake).
_OTHER_TYPES = frozenset({"pass", "event", "entity", "reader", "readerConfiguration"})

#: Envelopes a document can come in.
DOCUMENT, RESOURCE, ATTRIBUTES, BODY = "document", "resource", "attributes", "body"


class TemplateFormatError(ValueError):
    """The text or object is not a pass template; the message says why, for a person."""


class SlotsFull(ValueError):
    """The group has no empty slot left."""


class _Unset(Enum):
    UNSET = "UNSET"


_UNSET = _Unset.UNSET


def _copy_json(value: Any) -> Any:
    """A deep copy of JSON-shaped data (much faster than copy.deepcopy)."""
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_json(v) for v in value]
    return value


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _empty_slot() -> dict[str, Any]:
    return {"id": None, "label": None, "defaultValue": None}


def shown_text(value: Any) -> str | None:
    """A slot's label, value or sample as a card shows it: text, a number as
    written, or None (absent, blank, true/false, a list or an object)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = str(value)
        return text if text.strip() else None
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    return type(value).__name__


def _insert_in_order(mapping: dict[str, Any], key: str, value: Any,
                     order: tuple[str, ...]) -> dict[str, Any]:
    """A copy of ``mapping`` with ``key`` added where ``order`` puts it (else at the end)."""
    items = list(mapping.items())
    position = len(items)
    if key in order:
        before = set(order[:order.index(key)])
        after = set(order[order.index(key) + 1:])
        keys = [k for k, _v in items]
        last_before = max((i for i, k in enumerate(keys) if k in before), default=None)
        if last_before is not None:
            position = last_before + 1
        else:
            position = next((i for i, k in enumerate(keys) if k in after), len(items))
    items.insert(position, (key, value))
    return dict(items)


@dataclass(frozen=True)
class SlotField:
    """One slot of a group as the designer sees it."""

    group: str
    slot: str
    field_id: str | None
    label: str | None
    default_value: Any

    @property
    def empty(self) -> bool:
        """No field id, no label and no default value."""
        return _blank(self.field_id) and _blank(self.label) and _blank(self.default_value)


def _slot_field(group: str, slot: str, value: Mapping[str, Any] | None) -> SlotField:
    if value is None:
        return SlotField(group, slot, None, None, None)
    return SlotField(group, slot, _text(value.get("id")), _text(value.get("label")),
                     _copy_json(value.get("defaultValue", value.get("default_value"))))


class TemplateDoc:
    """An immutable pass template document; see the module docstring."""

    __slots__ = ("_attrs", "_converted", "_envelope", "_root")
    __hash__ = None  # type: ignore[assignment]

    _attrs: dict[str, Any]
    _converted: bool
    _envelope: str
    _root: dict[str, Any]

    # --- building ---------------------------------------------------------

    @classmethod
    def _make(cls, envelope: str, root: dict[str, Any], attrs: dict[str, Any],
              converted: bool = False) -> TemplateDoc:
        doc = object.__new__(cls)
        object.__setattr__(doc, "_envelope", envelope)
        object.__setattr__(doc, "_root", root)
        object.__setattr__(doc, "_attrs", attrs)
        object.__setattr__(doc, "_converted", converted)
        return doc

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a TemplateDoc is immutable; use its with_... methods")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("a TemplateDoc is immutable; use its with_... methods")

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
            raise TemplateFormatError(f"a template is a JSON object, not {_kind(obj)}")
        root = _copy_json(dict(obj))
        data = root.get("data", _UNSET)
        if data is not _UNSET and "attributes" not in root:
            if isinstance(data, list):
                raise TemplateFormatError(
                    "this is a list of templates (\"data\" is a list), not one template")
            if not isinstance(data, dict):
                raise TemplateFormatError(f"\"data\" is {_kind(data)}, not a template resource")
            _check_type(data.get("type"))
            attrs = data.get("attributes", _UNSET)
            if not isinstance(attrs, dict):
                what = "missing" if attrs is _UNSET else _kind(attrs)
                raise TemplateFormatError(
                    f"\"data.attributes\" is {what}; a template resource keeps its "
                    "fields there")
            return cls._make(DOCUMENT, root, attrs)._current()
        if "attributes" in root:
            _check_type(root.get("type"))
            attrs = root["attributes"]
            if not isinstance(attrs, dict):
                raise TemplateFormatError(
                    f"\"attributes\" is {_kind(attrs)}, not an object of template fields")
            return cls._make(RESOURCE, root, attrs)._current()
        if list(root) == ["passTemplate"]:
            attrs = root["passTemplate"]
            if not isinstance(attrs, dict):
                raise TemplateFormatError(
                    f"\"passTemplate\" is {_kind(attrs)}, not an object of template fields")
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
            raise TemplateFormatError("the text is empty; a template is a JSON object")
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise TemplateFormatError(
                f"line {exc.lineno}: {exc.msg} (column {exc.colno})") from exc
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

    # --- writing ------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The document in the envelope it came in, keys in their original order (a copy)."""
        return _copy_json(self._root)

    def to_text(self) -> str:
        return json.dumps(self._root, indent=2, ensure_ascii=False)

    def attributes(self) -> dict[str, Any]:
        """The template's attributes (a deep copy)."""
        return _copy_json(self._attrs)

    def body(self) -> dict[str, Any]:
        """The create request body ``{"passTemplate": {...}}`` (§5.3)."""
        return {"passTemplate": self.attributes()}

    def get(self, key: str, default: Any = None) -> Any:
        """The raw stored value of one attribute (a copy), e.g. to show text as typed."""
        return _copy_json(self._attrs.get(key, default))

    @property
    def envelope(self) -> str:
        """"document", "resource", "body" (``{"passTemplate": …}``) or "attributes"."""
        return self._envelope

    @property
    def converted(self) -> bool:
        """True when the template came in the deprecated shape and was converted."""
        return self._converted

    @property
    def template_id(self) -> str | None:
        if self._envelope == DOCUMENT:
            return _text(self._root["data"].get("id"))
        if self._envelope == RESOURCE:
            return _text(self._root.get("id"))
        return None

    # --- reading ------------------------------------------------------------

    def _str(self, key: str) -> str | None:
        value = self._attrs.get(key)
        return value if isinstance(value, str) else None

    def _sub(self, key: str, part: str) -> Any:
        outer = self._attrs.get(key)
        return outer.get(part) if isinstance(outer, Mapping) else None

    @property
    def name(self) -> str | None:
        return self._str("name")

    @property
    def description(self) -> str | None:
        return self._str("description")

    @property
    def template_type(self) -> str | None:
        return self._str("templateType")

    @property
    def default_language(self) -> str | None:
        """``defaultLanguage`` as stored, if text (the language of the base labels)."""
        return self._str("defaultLanguage")

    @property
    def transit_type(self) -> str | None:
        return self._str("transitType")

    def colour(self, which: str) -> str | None:
        """``colors.background``, ``.label`` or ``.text`` as stored, if text."""
        value = self._sub("colors", which)
        return value if isinstance(value, str) else None

    @property
    def background_color(self) -> str | None:
        return self.colour("background")

    @property
    def label_color(self) -> str | None:
        return self.colour("label")

    @property
    def text_color(self) -> str | None:
        return self.colour("text")

    def image(self, which: str) -> str | None:
        """``images.banner``, ``.logo`` or ``.icon`` (a URL), if text."""
        value = self._sub("images", which)
        return value if isinstance(value, str) else None

    @property
    def logo(self) -> str | None:
        return self.image(LOGO_KEY)

    @property
    def banner(self) -> str | None:
        return self.image(BANNER_KEY)

    @property
    def icon(self) -> str | None:
        return self.image(ICON_KEY)

    @property
    def watermark(self) -> dict[str, Any] | None:
        value = self._sub("images", "watermark")
        return _copy_json(value) if isinstance(value, dict) else None

    def _barcode(self) -> Mapping[str, Any]:
        value = self._attrs.get(BARCODE_KEY)
        return value if isinstance(value, Mapping) else {}

    @property
    def barcode_type(self) -> str | None:
        """The default barcode's type (qr, code128, aztec, pdf417); None when off or absent."""
        barcode = self._barcode()
        kind = barcode.get("type")
        if barcode.get("enabled") is False or not isinstance(kind, str):
            return None
        return kind

    @property
    def barcode_source(self) -> str | None:
        value = self._barcode().get("source")
        return value if isinstance(value, str) else None

    @property
    def barcode_value(self) -> str | None:
        value = self._barcode().get("value")
        return value if isinstance(value, str) else None

    @property
    def barcode_display_text(self) -> bool:
        return self._barcode().get("displayText") is True

    def _groups(self) -> Mapping[str, Any]:
        value = self._attrs.get("fields")
        return value if isinstance(value, Mapping) else {}

    def _slot_names(self, group: str) -> list[str]:
        """The group's usual slots, then any others it stores (well-formed ones)."""
        _check_group(group)
        names = list(DEFAULT_SLOT_KEYS[group])
        stored = self._groups().get(group)
        if isinstance(stored, Mapping):
            names += [str(k) for k, v in stored.items()
                      if k not in names and (v is None or isinstance(v, dict))]
            names.sort(key=_slot_order)
        return names

    def slots(self, group: str) -> list[SlotField]:
        """Every slot of the group in slot order, empty ones included."""
        stored = self._groups().get(group)
        stored = stored if isinstance(stored, Mapping) else {}
        return [_slot_field(group, name, stored.get(name) if isinstance(stored.get(name), dict)
                            else None) for name in self._slot_names(group)]

    def fields(self) -> list[SlotField]:
        """Slots that name a field id, in group then slot order."""
        return [f for group in SLOT_GROUPS for f in self.slots(group) if not _blank(f.field_id)]

    def field_ids(self) -> list[str]:
        return [f.field_id for f in self.fields() if f.field_id is not None]

    def iter_slots(self) -> Iterator[SlotField]:
        """Every slot of every group, in group then slot order."""
        for group in SLOT_GROUPS:
            yield from self.slots(group)

    def localisation(self, group: str, slot: str) -> dict[str, Any] | None:
        """A slot's ``localisation`` (language -> {label, defaultValue}), kept as stored."""
        stored = self._groups().get(group)
        value = stored.get(slot) if isinstance(stored, Mapping) else None
        loc = value.get("localisation") if isinstance(value, Mapping) else None
        return _copy_json(loc) if isinstance(loc, dict) else None

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
        return self._with_attrs(_insert_in_order(self._attrs, key, value, ATTRIBUTE_ORDER))

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
            raise TypeError(f"an attribute key is text, not {_kind(key)}")
        if value is None and key not in ("name", "templateType"):
            return self._drop(key)
        return self._set(key, _copy_json(value))

    def _with_part(self, key: str, part: str, value: Any, order: tuple[str, ...]) -> TemplateDoc:
        old = self._attrs.get(key)
        if old is not None and not isinstance(old, dict):
            raise ValueError(f"{key} is {_kind(old)}, not an object; it is kept as it is "
                             "and cannot be edited")
        outer = dict(old or {})
        if value is None:
            if part not in outer:
                return self
            del outer[part]
        elif part in outer:
            outer[part] = _copy_json(value)
        else:
            outer = _insert_in_order(outer, part, _copy_json(value), order)
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
        _check_group(group)
        container = self._groups().get(group)
        if container is None:
            return {}
        if isinstance(container, dict):
            return dict(container)
        raise ValueError(f"{group} is {_kind(container)}, not a group of slots; "
                         "it is kept as it is and cannot be edited")

    def _with_group(self, group: str, container: dict[str, Any]) -> TemplateDoc:
        old = self._attrs.get("fields")
        if old is not None and not isinstance(old, dict):
            raise ValueError(f"fields is {_kind(old)}, not an object; it is kept as it is "
                             "and cannot be edited")
        groups = dict(old or {})
        ordered = dict(sorted(container.items(), key=lambda kv: _slot_order(kv[0])))
        if group in groups:
            groups[group] = ordered
        else:
            groups = _insert_in_order(groups, group, ordered, SLOT_GROUPS)
        return self._set("fields", groups)

    def _check_slot(self, group: str, container: dict[str, Any], slot: str) -> None:
        if slot not in self._slot_names(group) and slot not in container:
            raise KeyError(f"{group} has no slot {slot!r}")
        value = container.get(slot)
        if value is not None and not isinstance(value, dict):
            raise ValueError(f"{group}.{slot} is {_kind(value)}, not a slot; "
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
                new[key] = _copy_json(value)
        if new == old:
            return self
        if all(_blank(new.get(k)) for k in SLOT_VALUE_KEYS) and set(new) <= set(SLOT_VALUE_KEYS):
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
            raise ValueError(f"{group}.{slot} is empty; give the field an id first")
        new = dict(old)
        loc = new.get("localisation")
        if loc is not None and not isinstance(loc, dict):
            raise ValueError(f"the localisation of {group}.{slot} is {_kind(loc)}, not an "
                             "object; it is kept as it is and cannot be edited")
        loc = dict(loc or {})
        entry = loc.get(language)
        entry = dict(entry) if isinstance(entry, dict) else {}
        for key, value in (("label", label), ("defaultValue", default_value)):
            if value is _UNSET:
                continue
            if _blank(value):
                entry.pop(key, None)
            else:
                entry[key] = _copy_json(value)
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
        raise SlotsFull(f"{group} has no empty slot; remove or move a field first")

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
        if _slot_field(group, slot, moving).empty:
            raise ValueError(f"{group}.{slot} is empty; there is no field to move")
        if new_group == group:
            return self
        target_slot = self._first_empty(new_group)
        target = self._group_copy(new_group)
        target[target_slot] = moving
        del source[slot]
        return self._with_group(group, source)._with_group(new_group, target)

    # --- comparing ----------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateDoc):
            return NotImplemented
        return self._root == other._root

    def __repr__(self) -> str:
        return (f"TemplateDoc(name={self.name!r}, id={self.template_id!r}, "
                f"envelope={self._envelope!r})")


def _slot_order(name: Any) -> tuple[int, str]:
    """one, two, three … in number order; other keys after them, as stored."""
    if name in SLOT_KEYS:
        return (SLOT_KEYS.index(name), "")
    return (len(SLOT_KEYS), "")


def _check_group(group: str) -> None:
    if group not in DEFAULT_SLOT_KEYS:
        raise ValueError(f"{group!r} is not a field group; the groups are {', '.join(SLOT_GROUPS)}")


def _check_type(resource_type: Any) -> None:
    if resource_type in _OTHER_TYPES:
        raise TemplateFormatError(f"this is a {resource_type} resource, not a pass template")
