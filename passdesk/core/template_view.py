"""Reading a pass template document: its envelope, attributes, colours, images,
barcode and slots, without changing it.

``TemplateView`` holds the document (immutable: nothing inside is ever
mutated); ``core/template_doc.py``'s ``TemplateDoc`` builds on it with the
constructors and the edits. Accessors skip a value of an unexpected shape.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Self

from passdesk.core.template_json import copy_json, is_blank, text_of
from passdesk.core.template_keys import (
    BANNER_KEY,
    BARCODE_KEY,
    DEFAULT_SLOT_KEYS,
    DOCUMENT,
    ICON_KEY,
    LOGO_KEY,
    RESOURCE,
    SLOT_GROUPS,
)
from passdesk.core.template_shape import SLOT_KEYS


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
        return is_blank(self.field_id) and is_blank(self.label) and is_blank(self.default_value)


def slot_field(group: str, slot: str, value: Mapping[str, Any] | None) -> SlotField:
    if value is None:
        return SlotField(group, slot, None, None, None)
    return SlotField(group, slot, text_of(value.get("id")), text_of(value.get("label")),
                     copy_json(value.get("defaultValue", value.get("default_value"))))


def slot_order(name: Any) -> tuple[int, str]:
    """one, two, three … in number order; other keys after them, as stored."""
    if name in SLOT_KEYS:
        return (SLOT_KEYS.index(name), "")
    return (len(SLOT_KEYS), "")


def check_group(group: str) -> None:
    if group not in DEFAULT_SLOT_KEYS:
        raise ValueError(f"{group!r} is not a field group; the groups are {', '.join(SLOT_GROUPS)}")


class TemplateView:
    """What an immutable template document says; ``TemplateDoc`` adds the edits."""

    __slots__ = ("_attrs", "_converted", "_envelope", "_root")
    __hash__ = None  # type: ignore[assignment]

    _attrs: dict[str, Any]
    _converted: bool
    _envelope: str
    _root: dict[str, Any]

    @classmethod
    def _make(cls, envelope: str, root: dict[str, Any], attrs: dict[str, Any],
              converted: bool = False) -> Self:
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

    # --- writing ------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The document in the envelope it came in, keys in their original order (a copy)."""
        return copy_json(self._root)

    def to_text(self) -> str:
        return json.dumps(self._root, indent=2, ensure_ascii=False)

    def attributes(self) -> dict[str, Any]:
        """The template's attributes (a deep copy)."""
        return copy_json(self._attrs)

    def body(self) -> dict[str, Any]:
        """The create request body ``{"passTemplate": {...}}`` (§5.3)."""
        return {"passTemplate": self.attributes()}

    def get(self, key: str, default: Any = None) -> Any:
        """The raw stored value of one attribute (a copy), e.g. to show text as typed."""
        return copy_json(self._attrs.get(key, default))

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
            return text_of(self._root["data"].get("id"))
        if self._envelope == RESOURCE:
            return text_of(self._root.get("id"))
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
        return copy_json(value) if isinstance(value, dict) else None

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
        check_group(group)
        names = list(DEFAULT_SLOT_KEYS[group])
        stored = self._groups().get(group)
        if isinstance(stored, Mapping):
            names += [str(k) for k, v in stored.items()
                      if k not in names and (v is None or isinstance(v, dict))]
            names.sort(key=slot_order)
        return names

    def slots(self, group: str) -> list[SlotField]:
        """Every slot of the group in slot order, empty ones included."""
        stored = self._groups().get(group)
        stored = stored if isinstance(stored, Mapping) else {}
        return [slot_field(group, name, stored.get(name) if isinstance(stored.get(name), dict)
                            else None) for name in self._slot_names(group)]

    def fields(self) -> list[SlotField]:
        """Slots that name a field id, in group then slot order."""
        return [f for group in SLOT_GROUPS for f in self.slots(group) if not is_blank(f.field_id)]

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
        return copy_json(loc) if isinstance(loc, dict) else None

    # --- comparing ----------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TemplateView):
            return NotImplemented
        return self._root == other._root

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(name={self.name!r}, id={self.template_id!r}, "
                f"envelope={self._envelope!r})")
