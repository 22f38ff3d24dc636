"""Which record class reads a resource: ``RESOURCE_TYPES`` by its ``type``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from passdesk.core.records.batches import Batch, BatchType
from passdesk.core.records.entity import Entity
from passdesk.core.records.events import Event
from passdesk.core.records.images import ImageAsset
from passdesk.core.records.passes import Pass
from passdesk.core.records.readers import Reader, ReaderConfiguration
from passdesk.core.records.resource import GenericResource, Resource
from passdesk.core.records.scans import Scan
from passdesk.core.records.templates import PassTemplate
from passdesk.core.records.webhooks import PassTap, WebhookNotice, WebhookSubscription

RESOURCE_TYPES: dict[str, type[Resource]] = {
    **{cls.TYPE: cls
       for cls in (Entity, Event, Pass, Reader, ReaderConfiguration, PassTap,
                   WebhookNotice, Scan, WebhookSubscription, ImageAsset)},
    **{t.value: Batch for t in BatchType},
    PassTemplate.TYPE: PassTemplate,
}


def resource_from_json(obj: Mapping[str, Any]) -> Resource:
    """The typed record for a resource object, by its ``type``."""
    cls = RESOURCE_TYPES.get(str(obj.get("type")), GenericResource)
    return cls.from_resource(obj)
