"""Typed records of the PassEntry API (the ``attributes`` of each resource).

Timestamps stay the strings the API sent (the vendor examples even hold the
placeholder ``"string"``), so a record round-trips exactly; ``parse_time``
turns them into datetimes where a caller needs one. Statuses stay strings
too, compared with the enums below, so a status the API adds later is kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from passdesk.core.jsonobject import JsonObject, key, list_of, nested


class PassStatus(StrEnum):
    ISSUED = "issued"
    ACTIVE = "active"
    REMOVED = "removed"
    DEACTIVATED = "deactivated"


class DeviceType(StrEnum):
    ANDROID = "android"
    APPLE = "apple"


class ReaderType(StrEnum):
    PASSENTRY = "PassentryReader"
    VTAP = "VtapReader"


class ValidationType(StrEnum):
    INTERNAL = "internal"
    THIRD_PARTY = "thirdParty"


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


@dataclass(kw_only=True)
class Entity(Resource):
    TYPE: ClassVar[str] = "entity"
    name: str | None = key("name")
    pass_deeplinks: dict[str, Any] | None = key("passDeeplinks")


# --- templates -----------------------------------------------------------
# PassTemplate, TemplateField and SLOT_GROUPS live in core/template_records.py
# (they build on Resource); they are re-exported at the end of this module.


# --- events --------------------------------------------------------------


@dataclass(kw_only=True)
class Event(Resource):
    """An event. Requests say startDatetime/endDatetime, responses startTime/endTime."""

    TYPE: ClassVar[str] = "event"
    name: str | None = key("name")
    venue_name: str | None = key("venueName")
    start_time: str | None = key("startTime")
    end_time: str | None = key("endTime")
    time_zone: str | None = key("timeZone")
    status: str | None = key("status")

    @property
    def passes_count(self) -> int | None:
        value = self.meta.get("passesCount")
        return value if isinstance(value, int) else None


# --- passes --------------------------------------------------------------


@dataclass(kw_only=True)
class Barcode(JsonObject):
    barcode_type: str | None = key("type")
    value: str | None = key("value")
    display_text: Any = key("displayText")


@dataclass(kw_only=True)
class PassDesign(JsonObject):
    background_color: str | None = key("backgroundColor")
    label_color: str | None = key("labelColor")
    text_color: str | None = key("textColor")
    banner_image_url: str | None = key("bannerImageUrl")
    logo_image_url: str | None = key("logoImageUrl")


@dataclass(kw_only=True)
class Location(JsonObject):
    """A geofence (Apple only)."""

    name: str | None = key("name")
    latitude: float | None = key("latitude")
    longitude: float | None = key("longitude")
    radius: float | None = key("radius")
    message: str | None = key("message")
    address: str | None = key("address")


@dataclass(kw_only=True)
class Beacon(JsonObject):
    """An iBeacon (Apple only). One guide spells the UUID ``proximity_uuid``."""

    proximity_uuid: str | None = key("proximityUuid", "proximity_uuid")
    major: int | None = key("major")
    minor: int | None = key("minor")
    message: str | None = key("message")
    name: str | None = key("name")


@dataclass(kw_only=True)
class PassSource(JsonObject):
    """The pass file itself: only when asked and the pass is not active."""

    apple_base64: str | None = key("appleBase64", secret=True)
    google_download_url: str | None = key("googleDownloadUrl")


@dataclass(kw_only=True)
class Pass(Resource):
    TYPE: ClassVar[str] = "pass"
    pass_type: str | None = key("passType")
    device_type: str | None = key("deviceType")
    created_at: str | None = key("createdAt")
    status: str | None = key("status")
    ext_id: str | None = key("extId")
    group_tag: str | None = key("groupTag")
    added_at: str | None = key("addedAt")
    removed_at: str | None = key("removedAt")
    deactivated_at: str | None = key("deactivatedAt")
    expires_at: str | None = key("expiresAt")
    pass_template_uuid: str | None = key("passTemplateUuid")
    pass_template_name: str | None = key("passTemplateName")
    nfc: str | None = key("nfc")
    barcode: Barcode | None = key("barcode", codec=nested(Barcode))
    latest_message: str | None = key("latestMessage")
    download_url: str | None = key("downloadUrl")
    pass_content: dict[str, Any] | None = key("passContent")
    pass_design: PassDesign | None = key("passDesign", codec=nested(PassDesign))
    locations: list[Location] | None = key("locations", codec=list_of(Location))
    beacons: list[Beacon] | None = key("beacons", codec=list_of(Beacon))
    pass_source: PassSource | None = key("passSource", codec=nested(PassSource))

    def content_value(self, field_id: str) -> Any:
        """A content field's value, whether sent plain or as ``{"value": ...}``."""
        value = (self.pass_content or {}).get(field_id)
        if isinstance(value, Mapping) and "value" in value:
            return value["value"]
        return value

    @property
    def nfc_value(self) -> str:
        """The NFC value; PassEntry defaults it to the pass id."""
        return self.nfc or self.id


# --- readers -------------------------------------------------------------


@dataclass(kw_only=True)
class Reader(Resource):
    """A reader. Its ``password`` is write-only and never read back."""

    TYPE: ClassVar[str] = "reader"
    name: str | None = key("name")
    reader_type: str | None = key("readerType")
    logged_in: bool | None = key("loggedIn")
    qr_enabled: bool | None = key("qrEnabled")
    mifare_classic_nfc_enabled: bool | None = key("mifareClassicNfcEnabled")
    scan_enabled: bool | None = key("scanEnabled")
    redeem_enabled: bool | None = key("redeemEnabled")
    add_points_enabled: bool | None = key("addPointsEnabled")
    ndef_tag_scanning_enabled: bool | None = key("ndefTagScanningEnabled")
    last_seen_at: str | None = key("lastSeenAt")


@dataclass(kw_only=True)
class ValidationConfiguration(JsonObject):
    validation_type: str | None = key("validationType")
    url: str | None = key("url")
    token: str | None = key("token", secret=True)


@dataclass(kw_only=True)
class ReaderConfiguration(Resource):
    """Reader configuration. The private key, API key and token are secrets."""

    TYPE: ClassVar[str] = "readerConfiguration"
    nfc_private_key: str | None = key("nfcPrivateKey", secret=True)
    google_collector_id: str | None = key("googleCollectorId")
    apple_pass_type_id: str | None = key("applePassTypeId")
    google_key_version: int | None = key("googleKeyVersion")
    reader_configuration_api_key: str | None = key("readerConfigurationApiKey", secret=True)
    validation_configuration: ValidationConfiguration | None = key(
        "validationConfiguration", codec=nested(ValidationConfiguration)
    )

    def redacted_json(self) -> dict[str, Any]:
        out = super().redacted_json()
        vc = self.validation_configuration
        if isinstance(vc, ValidationConfiguration):
            out["validationConfiguration"] = vc.redacted_json()
        return out


# --- webhook parts ---------------------------------------------------------


@dataclass(kw_only=True)
class PassTap(Resource):
    TYPE: ClassVar[str] = "passTap"
    tapped_at: str | None = key("tappedAt")
    successful: bool | None = key("successful")


@dataclass(kw_only=True)
class WebhookNotice(Resource):
    """The ``data`` of a PassEntry webhook: what happened and when."""

    TYPE: ClassVar[str] = "webhook"
    time_stamp: str | None = key("timeStamp")
    webhook_type: str | None = key("webhookType")


RESOURCE_TYPES: dict[str, type[Resource]] = {
    cls.TYPE: cls
    for cls in (Entity, Event, Pass, Reader, ReaderConfiguration, PassTap,
                WebhookNotice)
}


def resource_from_json(obj: Mapping[str, Any]) -> Resource:
    """The typed record for a resource object, by its ``type``."""
    cls = RESOURCE_TYPES.get(str(obj.get("type")), GenericResource)
    return cls.from_resource(obj)


# --- results of changes ------------------------------------------------------


@dataclass(frozen=True)
class NotificationResult:
    """What the API said about a push message: ``delivered`` or ``notDelivered``."""

    status: str | None
    message: str | None = None

    @property
    def delivered(self) -> bool:
        return self.status == "delivered"

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any],
                  header: str | None = None) -> NotificationResult | None:
        raw = meta.get("notifications")
        if isinstance(raw, Mapping):
            return cls(status=raw.get("status") or header, message=raw.get("message"))
        return cls(status=header) if header else None


@dataclass(frozen=True)
class PassChange:
    """A pass as the API returned it after a change, with the push outcome if any."""

    record: Pass
    notification: NotificationResult | None = None


@dataclass(frozen=True)
class LoyaltyState:
    """A pass and its loyalty balance (``meta.loyalty.balance``)."""

    record: Pass
    balance: int | None
    notification: NotificationResult | None = None


# The template model builds on Resource, so it is imported last; it registers
# PassTemplate in RESOURCE_TYPES. Its names stay importable from here.
from passdesk.core import template_records as _template_records  # noqa: E402

_TEMPLATE_NAMES = ("PassTemplate", "TemplateField", "SLOT_GROUPS")


def __getattr__(name: str) -> Any:
    if name in _TEMPLATE_NAMES:
        return getattr(_template_records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
