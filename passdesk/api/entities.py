"""Entities: the business units of an organisation."""

from __future__ import annotations

from passdesk.api.groups import ResourceGroup
from passdesk.core.records import Entity


class Entities(ResourceGroup[Entity]):
    KIND = Entity
    PREFIX = "entities"
