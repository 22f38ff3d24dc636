"""Typed records of the PassEntry API (the ``attributes`` of each resource).

One module per resource group: ``resource`` (the JSON:API base and
``parse_time``), ``passes``, ``events``, ``readers``, ``scans``,
``webhooks``, ``batches``, ``images``, ``entity``, ``templates``;
``results`` holds what the API answers to a change, and ``registry`` picks
the record class for a resource by its ``type``. Every public name is
importable from here, so callers say ``from passdesk.core.records import Pass``.
"""

from passdesk.core.records.batches import Batch, BatchProgress, BatchType
from passdesk.core.records.entity import Entity
from passdesk.core.records.events import Event
from passdesk.core.records.images import ImageAsset, ImageSize, Watermark
from passdesk.core.records.passes import (
    Barcode,
    BarcodeKind,
    Beacon,
    CodeSource,
    DeviceType,
    EnhancedEventData,
    EventInfo,
    GeoPoint,
    Location,
    Pass,
    PassDesign,
    PassSource,
    PassStatus,
    Venue,
    device_type_from_api,
)
from passdesk.core.records.readers import (
    Reader,
    ReaderConfiguration,
    ReaderType,
    ValidationConfiguration,
    ValidationType,
    validation_type_from_api,
)
from passdesk.core.records.registry import RESOURCE_TYPES, resource_from_json
from passdesk.core.records.resource import GenericResource, Resource, parse_time
from passdesk.core.records.results import (
    LoyaltyState,
    NotificationResult,
    PassChange,
    TemplateProcessing,
    balance_from_api,
)
from passdesk.core.records.scans import (
    Scan,
    ScanInfo,
    ScanLoyalty,
    ScanStatus,
    ScanVerdict,
    ValidationResult,
)
from passdesk.core.records.templates import SLOT_GROUPS, PassTemplate, TemplateField
from passdesk.core.records.webhooks import (
    PassTap,
    WebhookEvent,
    WebhookNotice,
    WebhookSubscription,
)

__all__ = [
    "RESOURCE_TYPES", "SLOT_GROUPS", "Barcode", "BarcodeKind", "Batch", "BatchProgress",
    "BatchType", "Beacon", "CodeSource", "DeviceType", "EnhancedEventData", "Entity", "Event",
    "EventInfo", "GenericResource", "GeoPoint", "ImageAsset", "ImageSize", "Location",
    "LoyaltyState", "NotificationResult", "Pass", "PassChange", "PassDesign", "PassSource",
    "PassStatus", "PassTap", "PassTemplate", "Reader", "ReaderConfiguration", "ReaderType",
    "Resource", "Scan", "ScanInfo", "ScanLoyalty", "ScanStatus", "ScanVerdict",
    "TemplateField", "TemplateProcessing", "ValidationConfiguration", "ValidationResult",
    "ValidationType", "Venue", "Watermark", "WebhookEvent", "WebhookNotice",
    "WebhookSubscription", "balance_from_api", "device_type_from_api", "parse_time",
    "resource_from_json", "validation_type_from_api",
]
