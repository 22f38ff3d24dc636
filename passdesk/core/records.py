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
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, ClassVar

from passdesk.core.jsonobject import JsonObject, key, list_of, nested


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


class ReaderType(StrEnum):
    PASSENTRY = "PassentryReader"
    VTAP = "VtapReader"


class ValidationType(StrEnum):
    INTERNAL = "internal"
    #: Third-party validation: the reader asks your endpoint (the desk's hub).
    EXTERNAL = "external"


_LEGACY_VALIDATION_TYPES = {"thirdParty": ValidationType.EXTERNAL}


def validation_type_from_api(value: str | None) -> str | None:
    """The validation type in current words: the old "thirdParty" is "external"."""
    if value is None:
        return None
    return str(_LEGACY_VALIDATION_TYPES.get(value, value))


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
    """``validationType`` internal | external. The docs show no key for the
    external URL or the validity period (§15.14); ``url`` and ``token`` are
    what the sandbox sends; a real account sets them in the dashboard."""

    validation_type: str | None = key("validationType")
    url: str | None = key("url")
    token: str | None = key("token", secret=True)

    @property
    def kind(self) -> str | None:
        """internal | external (the old "thirdParty" reads "external")."""
        return validation_type_from_api(self.validation_type)


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


# --- scans -------------------------------------------------------------------


class ScanStatus(StrEnum):
    """Scan records and /scans/log say successful|failed; a third-party
    endpoint answers success|failed (§15.7)."""

    SUCCESSFUL = "successful"
    FAILED = "failed"


def _related_id(record: Resource, name: str) -> str | None:
    rel = record.relationships.get(name)
    data = rel.get("data") if isinstance(rel, Mapping) else None
    return str(data["id"]) if isinstance(data, Mapping) and data.get("id") else None


@dataclass(kw_only=True)
class Scan(Resource):
    """A scan (§2.14) with relationships ``pass`` and ``reader``.

    The deprecated passTapped webhook's scan also has ``successful``,
    ``refusalReason`` and ``tappedAt``.
    """

    TYPE: ClassVar[str] = "scan"
    scan_type: str | None = key("scanType")
    scan_value: str | None = key("scanValue")
    validation_type: str | None = key("validationType")
    status: str | None = key("status")
    status_detail: str | None = key("statusDetail")
    scanned_at: str | None = key("scannedAt")
    successful: bool | None = key("successful")
    refusal_reason: str | None = key("refusalReason")
    tapped_at: str | None = key("tappedAt")

    @property
    def pass_id(self) -> str | None:
        return _related_id(self, "pass")

    @property
    def reader_id(self) -> str | None:
        return _related_id(self, "reader")

    @property
    def ok(self) -> bool:
        return self.status in (ScanStatus.SUCCESSFUL, "success") or self.successful is True


@dataclass(kw_only=True)
class ScanInfo(JsonObject):
    """``scanInfo`` of POST /scans and /scans/log (not a JSON:API document)."""

    scan_id: str | None = key("scanId")
    scan_type: str | None = key("scanType")
    scan_value: str | None = key("scanValue")
    validation_type: str | None = key("validationType")
    status: str | None = key("status")
    status_detail: str | None = key("statusDetail")
    scanned_at: str | None = key("scannedAt")
    pass_id: str | None = key("passId")
    pass_ext_id: str | None = key("passExtId")
    reader_id: str | None = key("readerId")


@dataclass(kw_only=True)
class ScanLoyalty(JsonObject):
    """Loyalty outcome of a scan; the docs send the numbers as strings."""

    balance_change: Any = key("balanceChange")
    updated_balance: Any = key("updatedBalance")
    operation: str | None = key("operation")


@dataclass(kw_only=True)
class ScanVerdict(JsonObject):
    """``validationResponse`` of POST /scans: the verdict and what the reader shows.

    (The third-party endpoint's answer of §10 is ``api.validation.ValidationResponse``.)
    """

    status: str | None = key("status")
    status_detail: str | None = key("statusDetail")
    pass_id: str | None = key("passId")
    reader_instructions: dict[str, Any] | None = key("readerInstructions")
    loyalty: ScanLoyalty | None = key("loyalty", codec=nested(ScanLoyalty))

    @property
    def ok(self) -> bool:
        return self.status in (ScanStatus.SUCCESSFUL, "success")

    @property
    def reader_message(self) -> str | None:
        msg = (self.reader_instructions or {}).get("message")
        return msg if isinstance(msg, str) else None


@dataclass(kw_only=True)
class ValidationResult(JsonObject):
    """The answer of POST /scans (``validationResponse`` + ``scanInfo``) or of
    POST /scans/log (``scanInfo`` only); not JSON:API (§1.2)."""

    validation_response: ScanVerdict | None = key(
        "validationResponse", codec=nested(ScanVerdict))
    scan_info: ScanInfo | None = key("scanInfo", codec=nested(ScanInfo))

    @property
    def ok(self) -> bool:
        if isinstance(self.validation_response, ScanVerdict):
            return self.validation_response.ok
        info = self.scan_info
        return isinstance(info, ScanInfo) and info.status == ScanStatus.SUCCESSFUL


# --- webhook subscriptions, batches, image assets -----------------------------


class WebhookEvent(StrEnum):
    INSTALLED = "passInstalled"
    REMOVED = "passRemoved"
    SCANNED = "passScanned"
    CREATED = "passCreated"
    #: Deprecated in favour of passScanned; still delivered to old subscriptions.
    TAPPED = "passTapped"


@dataclass(kw_only=True)
class WebhookSubscription(Resource):
    """A webhook subscription (§2.15). ``secretKey`` signs deliveries: a secret."""

    TYPE: ClassVar[str] = "webhookSubscription"
    url: str | None = key("url")
    secret_key: str | None = key("secretKey", secret=True)
    enabled: bool | None = key("enabled")
    scope_type: str | None = key("scopeType")
    scope_name: str | None = key("scopeName")
    subscribed_events: list[str] | None = key("subscribedEvents")


class BatchType(StrEnum):
    WALLET_MESSAGING = "walletMessaging"
    CREATION = "passCreation"
    UPDATE = "passUpdate"


@dataclass(kw_only=True)
class BatchProgress(JsonObject):
    total: int | None = key("total")
    processed: int | None = key("processed")
    pending: int | None = key("pending")


@dataclass(kw_only=True)
class Batch(Resource):
    """A batch (§2.16); its ``type`` is walletMessaging, passCreation or passUpdate.

    The docs name only some keys (§15.27); the others stay in ``extra``.
    """

    TYPE: ClassVar[str] = "passCreation"
    name: str | None = key("name")
    status: str | None = key("status")
    tag: str | None = key("tag")
    content: str | None = key("content")
    scheduled_at: str | None = key("scheduledAt")
    pass_template_name: str | None = key("passTemplateName")
    pass_template_name_id: str | None = key("passTemplateNameId")
    errors_csv_url: str | None = key("errorsCsvUrl")
    total_count: int | None = key("totalCount")
    progress: BatchProgress | None = key("progress", codec=nested(BatchProgress))


@dataclass(kw_only=True)
class ImageSize(JsonObject):
    width: int | None = key("width")
    height: int | None = key("height")


@dataclass(kw_only=True)
class Watermark(JsonObject):
    color: str | None = key("color")
    position: str | None = key("position")


@dataclass(kw_only=True)
class ImageAsset(Resource):
    """An uploaded image (§2.17), referenced by id in a pass's templateOverride."""

    TYPE: ClassVar[str] = "imageAsset"
    name: str | None = key("name")
    image_type: str | None = key("imageType")
    processing_status: str | None = key("processingStatus")
    size: ImageSize | None = key("size", codec=nested(ImageSize))
    entity_id: str | None = key("entityId")
    created_at: str | None = key("createdAt")
    url: str | None = key("url")
    watermark: Watermark | None = key("watermark", codec=nested(Watermark))


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
    **{cls.TYPE: cls
       for cls in (Entity, Event, Pass, Reader, ReaderConfiguration, PassTap,
                   WebhookNotice, Scan, WebhookSubscription, ImageAsset)},
    **{t.value: Batch for t in BatchType},
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
    """A pass and its loyalty balance (``meta.loyalty.balance``).

    ``balance`` is an int on integer templates and a Decimal (at most 2
    places) on decimal ones, whose answers carry a float.
    """

    record: Pass
    balance: int | Decimal | None
    notification: NotificationResult | None = None


def balance_from_api(value: Any) -> int | Decimal | None:
    """A balance as the API sent it: int stays int, a float becomes a Decimal.

    ``12.5`` -> ``Decimal("12.5")``; ``17.0`` -> ``Decimal("17.0")`` (a decimal
    template); numeric strings (scan answers) are read the same way. More than
    2 places is rounded to 2 (the docs' limit). ValueError if not a number.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a balance: {value!r}")
    if isinstance(value, int):
        return value
    if not isinstance(value, float | str):
        raise ValueError(f"not a balance: {value!r}")
    text = str(value).strip()
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"not a balance: {value!r}") from exc
    if not number.is_finite():
        raise ValueError(f"not a balance: {value!r}")
    if isinstance(value, str) and "." not in text and "e" not in text.lower():
        return int(number)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        number = number.quantize(Decimal("0.01"))
    return number


@dataclass(frozen=True)
class TemplateProcessing:
    """The 202 answer of creating (or changing) a template: still being processed.

    ``self_link`` is kept as sent but never polled: the docs' link lacks the
    /api prefix (§15.6); the client polls GET /pass-templates/{id}.
    """

    id: str
    processing_status: str | None
    message: str | None = None
    self_link: str | None = None

    @classmethod
    def from_resource(cls, record: Resource) -> TemplateProcessing:
        links = (record.members or {}).get("links")
        link = links.get("self") if isinstance(links, Mapping) else None
        attributes = record.to_json()  # the template model may type these keys or not
        status = attributes.get("processingStatus")
        message = attributes.get("message")
        return cls(id=record.id, processing_status=status if isinstance(status, str) else None,
                   message=message if isinstance(message, str) else None,
                   self_link=link if isinstance(link, str) else None)


# The template model builds on Resource, so it is imported last; it registers
# PassTemplate in RESOURCE_TYPES. Its names stay importable from here.
from passdesk.core import template_records as _template_records  # noqa: E402

_TEMPLATE_NAMES = ("PassTemplate", "TemplateField", "SLOT_GROUPS")


def __getattr__(name: str) -> Any:
    if name in _TEMPLATE_NAMES:
        return getattr(_template_records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
