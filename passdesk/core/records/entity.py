"""The account (the entity) that owns the API key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from passdesk.core.jsonobject import key
from passdesk.core.records.resource import Resource


@dataclass(kw_only=True)
class Entity(Resource):
    TYPE: ClassVar[str] = "entity"
    name: str | None = key("name")
    pass_deeplinks: dict[str, Any] | None = key("passDeeplinks")
