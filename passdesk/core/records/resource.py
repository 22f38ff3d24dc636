"""The JSON:API resource every typed record builds on, and ``parse_time``.

Timestamps stay the strings the API sent (the vendor examples even hold the
placeholder ``"string"``), so a record round-trips exactly; ``parse_time``
turns them into datetimes where a caller needs one. Statuses stay strings
too, compared with the enums of each record module, so a status the API adds
later is kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from passdesk.core.jsonobject import JsonObject


def parse_time(value: str | None) -> datetime | None:
    """An ISO 8601 timestamp as an aware datetime, or None if absent/unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# --- resources -----------------------------------------------------------


@dataclass(kw_only=True)
class Resource(JsonObject):
    """A JSON:API resource: ``id``, ``type``, typed ``attributes``.

    ``relationships``, resource-level ``meta`` and any other member of the
    resource object are kept in ``members`` in the order received.
    """

    TYPE: ClassVar[str] = ""

    id: str = ""
    type: str = ""
    members: dict[str, Any] | None = None
    member_order: tuple[str, ...] = ()

    @classmethod
    def from_resource(cls, obj: Mapping[str, Any]) -> Resource:
        attrs = obj.get("attributes")
        record = cls.from_json(attrs if isinstance(attrs, Mapping) else {})
        record.id = str(obj.get("id", ""))
        record.type = str(obj.get("type", cls.TYPE))
        record.members = {k: v for k, v in obj.items() if k not in ("id", "type", "attributes")}
        record.member_order = tuple(obj)
        if "attributes" in obj and not isinstance(attrs, Mapping):
            record.members["attributes"] = attrs  # not an object: keep it as it came
        return record

    def to_resource(self) -> dict[str, Any]:
        members = self.members or {}
        order = self.member_order or ("id", "type", "attributes", *members)
        out: dict[str, Any] = {}
        for k in order:
            if k == "id":
                out["id"] = self.id
            elif k == "type":
                out["type"] = self.type or self.TYPE
            elif k == "attributes" and "attributes" not in members:
                out["attributes"] = self.to_json()
            elif k in members:
                out[k] = members[k]
        return out

    @property
    def meta(self) -> dict[str, Any]:
        """The resource-level ``meta`` object (e.g. an event's passesCount)."""
        meta = (self.members or {}).get("meta")
        return meta if isinstance(meta, dict) else {}

    @property
    def relationships(self) -> dict[str, Any]:
        rel = (self.members or {}).get("relationships")
        return rel if isinstance(rel, dict) else {}


@dataclass(kw_only=True)
class GenericResource(Resource):
    """A resource of a type this version does not know: all attributes in ``extra``."""
