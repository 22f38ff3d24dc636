"""A pass record (§2.8) and its parts: barcode, design, event data, locations, beacons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from passdesk.core.jsonobject import JsonObject, key, list_of, nested
from passdesk.core.records.resource import Resource


class PassStatus(StrEnum):
    ISSUED = "issued"
    ACTIVE = "active"
    REMOVED = "removed"
    DEACTIVATED = "deactivated"
    #: After POST /passes/{id}/nullify: irreversible; the pass answers 404 elsewhere.
    NULLIFIED = "nullified"


class DeviceType(StrEnum):
    ANDROID = "android"
    IPHONE = "iphone"


#: Values older releases stored or older docs used, and what they are now.
_LEGACY_DEVICE_TYPES = {"apple": DeviceType.IPHONE}


def device_type_from_api(value: str | None) -> str | None:
    """The device type in current words: a stored legacy "apple" is "iphone".

    Unknown values are kept as they came (the API may add one).
    """
    if value is None:
        return None
    return str(_LEGACY_DEVICE_TYPES.get(value, value))



class BarcodeKind(StrEnum):
    QR = "qr"
    CODE128 = "code128"
    AZTEC = "aztec"
    PDF417 = "pdf417"


class CodeSource(StrEnum):
    """Where a barcode's or an NFC message's value comes from."""

    UUID = "uuid"
    EXT_ID = "extId"
    CUSTOM = "custom"


#: The older docs' barcode type words, in current words.
_LEGACY_BARCODE_TYPES = {"qrCode": BarcodeKind.QR}


@dataclass(kw_only=True)
class Barcode(JsonObject):
    """A pass's barcode (§2.3): ``{enabled, type, source, value, displayText}``.

    No barcode comes as ``{}`` (newest docs) or ``null`` (older), and webhook
    examples still show the old ``{"type": "qrCode", "value", "displayText"}``;
    all three parse and write back exactly as received.
    """

    enabled: bool | None = key("enabled")
    barcode_type: str | None = key("type")
    source: str | None = key("source")
    value: str | None = key("value")
    display_text: Any = key("displayText")

    @property
    def kind(self) -> str | None:
        """qr | code128 | aztec | pdf417 ("qrCode" of the old shape is "qr")."""
        if not self.barcode_type:
            return None
        return str(_LEGACY_BARCODE_TYPES.get(self.barcode_type, self.barcode_type))

    @property
    def is_empty(self) -> bool:
        """True when the pass shows no barcode (``{}``, or switched off)."""
        if self.enabled is False:
            return True
        return self.barcode_type is None and self.source is None and self.value is None

    def message(self, pass_id: str, ext_id: str | None) -> str | None:
        """What the code encodes: the UUID, the External ID or the custom value.

        The old shape (no ``source``) carries its value directly.
        """
        if self.is_empty:
            return None
        if self.source == CodeSource.UUID:
            return pass_id or None
        if self.source == CodeSource.EXT_ID:
            return ext_id or None
        return self.value


@dataclass(kw_only=True)
class PassDesign(JsonObject):
    background_color: str | None = key("backgroundColor")
    label_color: str | None = key("labelColor")
    text_color: str | None = key("textColor")
    banner_image_url: str | None = key("bannerImageUrl")
    logo_image_url: str | None = key("logoImageUrl")
    thumbnail_image_url: str | None = key("thumbnailImageUrl")
    artwork_image_url: str | None = key("artworkImageUrl")
    secondary_logo_image_url: str | None = key("secondaryLogoImageUrl")
    venue_map_image_url: str | None = key("venueMapImageUrl")


@dataclass(kw_only=True)
class EventInfo(JsonObject):
    name: str | None = key("name")
    start_date_time: str | None = key("startDateTime")
    end_date_time: str | None = key("endDateTime")


@dataclass(kw_only=True)
class GeoPoint(JsonObject):
    latitude: float | None = key("latitude")
    longitude: float | None = key("longitude")


@dataclass(kw_only=True)
class Venue(JsonObject):
    name: str | None = key("name")
    region: str | None = key("region")
    location: GeoPoint | None = key("location", codec=nested(GeoPoint))
    contact_phone_number: str | None = key("contactPhoneNumber")
    contact_email_address: str | None = key("contactEmailAddress")
    website_url: str | None = key("websiteUrl")


@dataclass(kw_only=True)
class EnhancedEventData(JsonObject):
    """Event and venue of a ticket (§2.8); the docs cut it off after ``venue``."""

    event: EventInfo | None = key("event", codec=nested(EventInfo))
    venue: Venue | None = key("venue", codec=nested(Venue))

    @property
    def event_name(self) -> str | None:
        return self.event.name if isinstance(self.event, EventInfo) else None

    @property
    def event_start(self) -> str | None:
        return self.event.start_date_time if isinstance(self.event, EventInfo) else None

    @property
    def event_end(self) -> str | None:
        return self.event.end_date_time if isinstance(self.event, EventInfo) else None

    @property
    def venue_name(self) -> str | None:
        return self.venue.name if isinstance(self.venue, Venue) else None


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
    #: A list of tags; the docs' schema example holds the placeholder "<array>".
    group_tags: list[str] | None = key("groupTags")
    added_at: str | None = key("addedAt")
    removed_at: str | None = key("removedAt")
    deactivated_at: str | None = key("deactivatedAt")
    nullified_at: str | None = key("nullifiedAt")
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
    enhanced_event_data: EnhancedEventData | None = key(
        "enhancedEventData", codec=nested(EnhancedEventData))

    @property
    def device(self) -> str | None:
        """``deviceType`` in current words (a legacy "apple" reads "iphone")."""
        return device_type_from_api(self.device_type)

    @property
    def tags(self) -> list[str]:
        """Every group tag: ``groupTags`` (a list) and the older single ``groupTag``."""
        out = [t for t in self.group_tags if isinstance(t, str)] \
            if isinstance(self.group_tags, list) else []
        if self.group_tag and self.group_tag not in out:
            out.insert(0, self.group_tag)
        return out

    @property
    def is_nullified(self) -> bool:
        return self.status == PassStatus.NULLIFIED

    @property
    def barcode_message(self) -> str | None:
        """What the pass's barcode encodes, or None when it has none."""
        if not isinstance(self.barcode, Barcode):
            return None
        return self.barcode.message(self.id, self.ext_id)

    @property
    def event_name(self) -> str | None:
        eed = self.enhanced_event_data
        return eed.event_name if isinstance(eed, EnhancedEventData) else None

    @property
    def event_start(self) -> str | None:
        eed = self.enhanced_event_data
        return eed.event_start if isinstance(eed, EnhancedEventData) else None

    @property
    def event_end(self) -> str | None:
        eed = self.enhanced_event_data
        return eed.event_end if isinstance(eed, EnhancedEventData) else None

    @property
    def venue_name(self) -> str | None:
        eed = self.enhanced_event_data
        return eed.venue_name if isinstance(eed, EnhancedEventData) else None

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
