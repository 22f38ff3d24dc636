"""The template document the designer edits: a pass template as JSON, kept exactly.

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

from passdesk.core.records import SLOT_GROUPS

__all__ = [
    "ATTRIBUTE_ORDER", "BANNER_KEY", "BARCODE_KEY", "BARCODE_TYPES", "DEFAULT_SLOT_KEYS",
    "INFERRED_KEYS", "LOGO_KEY", "SLOT_GROUPS", "TEMPLATE_TYPES", "SlotField", "SlotsFull",
    "TemplateDoc", "TemplateFormatError",
]

#: Slot keys per group in the vendor's order (backFields really does go
#: backOne, backTwo, backFive, backFour, backThree in the vendor example).
DEFAULT_SLOT_KEYS: dict[str, tuple[str, ...]] = {
    "header": ("header_one", "header_two", "header_three"),
    "primary": ("primary_one", "primary_two"),
    "secondary": ("secOne", "secTwo", "secThree"),
    "auxiliary": ("auxOne", "auxTwo", "auxThree"),
    "backFields": ("backOne", "backTwo", "backFive", "backFour", "backThree"),
}

#: Template types the designer knows; other values are kept but flagged by checks.
TEMPLATE_TYPES = ("generic", "eventTicket", "storeCard")

#: The attribute keys of the vendor example, in its order.
ATTRIBUTE_ORDER = ("backgroundColor", "name", "description", "labelColor", "textColor",
                   "templateType", *SLOT_GROUPS)

# --- INFERRED ---------------------------------------------------------------
# The vendor text shows no images or barcode on a template. These keys are
# inferred: the images mirror a pass's ``passDesign`` (bannerImageUrl,
# logoImageUrl) and the barcode mirrors a pass's ``barcode`` object
# ({"type": "qrCode", ...}). An image is a string: an https URL or a
# ``data:image/png;base64,...`` / ``data:image/jpeg;base64,...`` URL. The
# barcode is ``{"type": <one of BARCODE_TYPES>, "altText"?: str}``. A document
# gains these keys only when the designer sets them.
LOGO_KEY = "logoImageUrl"
BANNER_KEY = "bannerImageUrl"
BARCODE_KEY = "barcode"
BARCODE_TYPES = ("qrCode", "pdf417", "aztec", "code128")
INFERRED_KEYS = (LOGO_KEY, BANNER_KEY, BARCODE_KEY)
# -----------------------------------------------------------------------------

#: The keys of one slot object.
SLOT_VALUE_KEYS = ("id", "label", "default_value")

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
    return {"id": None, "label": None, "default_value": None}


def _default_group(group: str) -> dict[str, Any]:
    return {key: _empty_slot() for key in DEFAULT_SLOT_KEYS[group]}


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
                     _copy_json(value.get("default_value")))


class TemplateDoc:
    """An immutable pass template document; see the module docstring."""

    __slots__ = ("_attrs", "_envelope", "_root")
    __hash__ = None  # type: ignore[assignment]

    _attrs: dict[str, Any]
    _envelope: str
    _root: dict[str, Any]

    # --- building ---------------------------------------------------------

    @classmethod
    def _make(cls, envelope: str, root: dict[str, Any], attrs: dict[str, Any]) -> TemplateDoc:
        doc = object.__new__(cls)
        object.__setattr__(doc, "_envelope", envelope)
        object.__setattr__(doc, "_root", root)
        object.__setattr__(doc, "_attrs", attrs)
        return doc

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a TemplateDoc is immutable; use its with_... methods")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("a TemplateDoc is immutable; use its with_... methods")

    @classmethod
    def from_json(cls, obj: Any) -> TemplateDoc:
        """Read a template in any of its envelopes.

        ``{"data": {"id", "type", "attributes"}}`` (an API document),
        ``{"id", "type", "attributes"}`` (a resource), ``{"passTemplate": {...}}``
        (a create request body) or the bare attributes. The document
        remembers which, and ``to_json`` writes the same shape back.
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
            return cls._make(DOCUMENT, root, attrs)
        if "attributes" in root:
            _check_type(root.get("type"))
            attrs = root["attributes"]
            if not isinstance(attrs, dict):
                raise TemplateFormatError(
                    f"\"attributes\" is {_kind(attrs)}, not an object of template fields")
            return cls._make(RESOURCE, root, attrs)
        if list(root) == ["passTemplate"]:
            attrs = root["passTemplate"]
            if not isinstance(attrs, dict):
                raise TemplateFormatError(
                    f"\"passTemplate\" is {_kind(attrs)}, not an object of template fields")
            return cls._make(BODY, root, attrs)
        return cls._make(ATTRIBUTES, root, root)

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
        """A blank template as bare attributes, keys in the vendor's order, slots all null."""
        attrs: dict[str, Any] = {
            "backgroundColor": "#FFFFFF",
            "name": name,
            "description": "",
            "labelColor": "#555555",
            "textColor": "#111111",
            "templateType": template_type,
        }
        for group in SLOT_GROUPS:
            attrs[group] = _default_group(group)
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

    def get(self, key: str, default: Any = None) -> Any:
        """The raw stored value of one attribute (a copy), e.g. to show text as typed."""
        return _copy_json(self._attrs.get(key, default))

    @property
    def envelope(self) -> str:
        """"document", "resource", "body" (``{"passTemplate": …}``) or "attributes"."""
        return self._envelope

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
    def background_color(self) -> str | None:
        return self._str("backgroundColor")

    @property
    def label_color(self) -> str | None:
        return self._str("labelColor")

    @property
    def text_color(self) -> str | None:
        return self._str("textColor")

    @property
    def logo(self) -> str | None:
        return self._str(LOGO_KEY)

    @property
    def banner(self) -> str | None:
        return self._str(BANNER_KEY)

    @property
    def barcode_type(self) -> str | None:
        value = self._attrs.get(BARCODE_KEY)
        if isinstance(value, Mapping):
            value = value.get("type")
        return value if isinstance(value, str) else None

    @property
    def barcode_alt_text(self) -> str | None:
        value = self._attrs.get(BARCODE_KEY)
        text = value.get("altText") if isinstance(value, Mapping) else None
        return text if isinstance(text, str) else None

    def _refs(self, group: str) -> list[tuple[str, Any]] | None:
        """(slot name, key or index) of every well-formed slot; None if the group is absent.

        A list-shaped group names its slots "1", "2", … A group that is
        neither an object nor a list has no slots ([]).
        """
        _check_group(group)
        container = self._attrs.get(group)
        if container is None:
            return None
        if isinstance(container, dict):
            return [(str(k), k) for k, v in container.items() if v is None or isinstance(v, dict)]
        if isinstance(container, list):
            return [(str(n), n - 1) for n, v in enumerate(container, 1)
                    if v is None or isinstance(v, dict)]
        return []

    def slots(self, group: str) -> list[SlotField]:
        """Every slot of the group in stored order, empty ones included.

        A missing (or null) group gives its default slot keys, all empty.
        """
        refs = self._refs(group)
        if refs is None:
            return [SlotField(group, key, None, None, None) for key in DEFAULT_SLOT_KEYS[group]]
        container = self._attrs[group]
        return [_slot_field(group, name, container[ref]) for name, ref in refs]

    def fields(self) -> list[SlotField]:
        """Slots that name a field id, in group then slot order."""
        return [f for group in SLOT_GROUPS for f in self.slots(group) if not _blank(f.field_id)]

    def field_ids(self) -> list[str]:
        return [f.field_id for f in self.fields() if f.field_id is not None]

    def iter_slots(self) -> Iterator[SlotField]:
        """Every slot of every group, in group then slot order."""
        for group in SLOT_GROUPS:
            yield from self.slots(group)

    # --- editing ------------------------------------------------------------

    def _with_attrs(self, attrs: dict[str, Any]) -> TemplateDoc:
        env, root = self._envelope, self._root
        if env == ATTRIBUTES:
            return self._make(env, attrs, attrs)
        if env == DOCUMENT:
            root = {**root, "data": {**root["data"], "attributes": attrs}}
        elif env == RESOURCE:
            root = {**root, "attributes": attrs}
        else:
            root = {**root, "passTemplate": attrs}
        return self._make(env, root, attrs)

    def _set(self, key: str, value: Any) -> TemplateDoc:
        if key in self._attrs:
            return self._with_attrs({**self._attrs, key: value})
        return self._with_attrs(_insert_in_order(self._attrs, key, value, ATTRIBUTE_ORDER))

    def with_attribute(self, key: str, value: Any) -> TemplateDoc:
        """Set one attribute (name, templateType, a colour, an image, the barcode …).

        None sets a vendor key to null, and removes an inferred key
        (LOGO_KEY, BANNER_KEY, BARCODE_KEY), so an untouched document never
        gains keys. A new key goes where the vendor's order puts it.
        """
        if not isinstance(key, str):
            raise TypeError(f"an attribute key is text, not {_kind(key)}")
        if value is None and key in INFERRED_KEYS:
            if key not in self._attrs:
                return self
            return self._with_attrs({k: v for k, v in self._attrs.items() if k != key})
        return self._set(key, _copy_json(value))

    def with_barcode(self, barcode_type: str | None, alt_text: str | None = None) -> TemplateDoc:
        """Set the (inferred) barcode; None removes it. Unknown keys of the old one stay."""
        if barcode_type is None:
            return self.with_attribute(BARCODE_KEY, None)
        old = self._attrs.get(BARCODE_KEY)
        value = {**old} if isinstance(old, dict) else {}
        value["type"] = barcode_type
        if alt_text is None:
            value.pop("altText", None)
        else:
            value["altText"] = alt_text
        return self._set(BARCODE_KEY, value)

    def _container(self, group: str) -> dict[str, Any] | list[Any]:
        """A shallow copy of the group to edit (the default group if absent)."""
        _check_group(group)
        container = self._attrs.get(group)
        if container is None:
            return _default_group(group)
        if isinstance(container, dict):
            return dict(container)
        if isinstance(container, list):
            return list(container)
        raise ValueError(f"{group} is {_kind(container)}, not a group of slots; "
                         "it is kept as it is and cannot be edited")

    def _ref(self, group: str, container: dict[str, Any] | list[Any], slot: str) -> Any:
        if isinstance(container, dict):
            ref: Any = slot
            if ref not in container:
                raise KeyError(f"{group} has no slot {slot!r}")
        else:
            try:
                ref = int(slot) - 1
            except (TypeError, ValueError):
                raise KeyError(f"{group} is a list; its slots are \"1\", \"2\", …") from None
            if not 0 <= ref < len(container):
                raise KeyError(f"{group} has no slot {slot!r}")
        value = container[ref]
        if value is not None and not isinstance(value, dict):
            raise ValueError(f"{group}.{slot} is {_kind(value)}, not a slot; "
                             "it is kept as it is and cannot be edited")
        return ref

    def _with_group(self, group: str, container: dict[str, Any] | list[Any]) -> TemplateDoc:
        return self._set(group, container)

    def with_slot(self, group: str, slot: str, *, field_id: Any = _UNSET, label: Any = _UNSET,
                  default_value: Any = _UNSET) -> TemplateDoc:
        """Change only the given parts of one slot (id, label, default value)."""
        container = self._container(group)
        ref = self._ref(group, container, slot)
        old = container[ref]
        new = dict(old) if isinstance(old, dict) else _empty_slot()
        for key, value in (("id", field_id), ("label", label), ("default_value", default_value)):
            if value is not _UNSET:
                new[key] = _copy_json(value)
        if new == old:
            return self
        container[ref] = new
        return self._with_group(group, container)

    def _first_empty(self, group: str) -> str:
        for slot in self.slots(group):
            if slot.empty:
                return slot.slot
        if not isinstance(self._attrs.get(group), dict | list | None):
            raise ValueError(f"{group} is {_kind(self._attrs.get(group))}, not a group of "
                             "slots; it is kept as it is and cannot be edited")
        raise SlotsFull(f"{group} has no empty slot; remove or move a field first")

    def add_field(self, group: str, field_id: str, label: str | None,
                  default_value: Any = None) -> TemplateDoc:
        """Put a field in the first empty slot of the group (SlotsFull if there is none)."""
        slot = self._first_empty(group)
        return self.with_slot(group, slot, field_id=field_id, label=label,
                              default_value=default_value)

    def remove_field(self, group: str, slot: str) -> TemplateDoc:
        """Empty a slot: id, label and default value become null; other keys stay."""
        container = self._container(group)
        old = container[self._ref(group, container, slot)]
        if old is None:
            return self
        arguments = ("field_id", "label", "default_value")
        return self.with_slot(group, slot, **{
            name: None for key, name in zip(SLOT_VALUE_KEYS, arguments, strict=True)
            if key in old})

    def move_field(self, group: str, from_index: int, to_index: int) -> TemplateDoc:
        """Move slot contents like a list move; the slot keys keep their order.

        Indices count the slots ``slots(group)`` lists. Each slot object
        travels whole, unknown keys included.
        """
        refs = self._refs(group)
        count = len(DEFAULT_SLOT_KEYS[group]) if refs is None else len(refs)
        for index in (from_index, to_index):
            if not 0 <= index < count:
                raise IndexError(f"{group} has {count} slots; there is no slot {index}")
        if refs is None or from_index == to_index:
            return self  # an absent group is all empty slots: nothing changes
        container = self._container(group)
        contents = [container[ref] for _name, ref in refs]
        contents.insert(to_index, contents.pop(from_index))
        for (_name, ref), value in zip(refs, contents, strict=True):
            container[ref] = value
        return self._with_group(group, container)

    def move_to_group(self, group: str, slot: str, new_group: str) -> TemplateDoc:
        """Move a field to the first empty slot of another group (SlotsFull if none).

        The slot object travels whole; the emptied source slot takes the
        target's old (empty) slot object.
        """
        source = self._container(group)
        ref = self._ref(group, source, slot)
        moving = source[ref]
        if _slot_field(group, slot, moving).empty:
            raise ValueError(f"{group}.{slot} is empty; there is no field to move")
        target_slot = self._first_empty(new_group)
        target = source if new_group == group else self._container(new_group)
        target_ref = self._ref(new_group, target, target_slot)
        emptied = target[target_ref]
        target[target_ref] = moving
        source[ref] = emptied if isinstance(emptied, dict) else _empty_slot()
        doc = self._with_group(group, source)
        if new_group != group:
            doc = doc._with_group(new_group, target)
        return doc

    # --- comparing ----------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateDoc):
            return NotImplemented
        return self._root == other._root

    def __repr__(self) -> str:
        return (f"TemplateDoc(name={self.name!r}, id={self.template_id!r}, "
                f"envelope={self._envelope!r})")


def _check_group(group: str) -> None:
    if group not in DEFAULT_SLOT_KEYS:
        raise ValueError(f"{group!r} is not a slot group; the groups are {', '.join(SLOT_GROUPS)}")


def _check_type(resource_type: Any) -> None:
    if resource_type in _OTHER_TYPES:
        raise TemplateFormatError(f"this is a {resource_type} resource, not a pass template")
