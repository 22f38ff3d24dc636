"""Request bodies the API takes, built from plain values.

Each ``to_body()`` returns the JSON object exactly as the reference shows it.
Checks that need no server (limits, both loyalty keys) run in ``problems()``
so the GUI can show them before anything is sent; see ``core/limits.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from passdesk.core import limits
from passdesk.core.records import Beacon, CodeSource, Location

#: §15.3: the JSON key of the custom NFC message in ``pass.nfc``; inferred from
#: the batch CSV column ``nfc_custom_value``. The one place it is spelt
#: (``passdesk.api.routes`` re-exports it with the other open choices).
NFC_CUSTOM_VALUE_KEY = "customValue"


class FieldValueStyle(StrEnum):
    PLAIN = "plain"  # "fullName": "Jane Smith"
    OBJECT = "object"  # "fullName": {"value": "Jane Smith"}


def field_values(values: dict[str, Any], style: FieldValueStyle) -> dict[str, Any]:
    if style is FieldValueStyle.OBJECT:
        return {k: v if isinstance(v, dict) else {"value": v} for k, v in values.items()}
    return dict(values)


def _iso(value: datetime | str) -> str:
    return value.isoformat() if isinstance(value, datetime) else value


@dataclass
class EventInput:
    """An event to create, or the fields to change (None = leave as is)."""

    name: str | None = None
    venue_name: str | None = None
    start: datetime | str | None = None
    end: datetime | str | None = None
    time_zone: str | None = None

    def to_body(self) -> dict[str, Any]:
        event: dict[str, Any] = {}
        for k, v in (("name", self.name), ("venueName", self.venue_name),
                     ("startDatetime", self.start), ("endDatetime", self.end),
                     ("timeZone", self.time_zone)):
            if v is not None:
                event[k] = _iso(v)
        return {"event": event}

    def problems(self, *, creating: bool) -> list[str]:
        out = []
        if creating:
            out += [f"{label} is required" for label, v in (
                ("name", self.name), ("venue name", self.venue_name),
                ("start", self.start), ("end", self.end), ("time zone", self.time_zone),
            ) if v in (None, "")]
        if isinstance(self.start, datetime) and isinstance(self.end, datetime) \
                and self.start.tzinfo and self.end.tzinfo and self.end < self.start:
            out.append("the event ends before it starts")
        return out


#: The docs set no length for an ext id. It is typed by hand and printed under QR
#: codes, so 64 characters without spaces is plenty and catches a wrong column.
EXT_ID_MAX = 64
_SPACE = re.compile(r"\s")


def ext_id_problems(ext_id: str | None) -> list[str]:
    """What is wrong with an ext id a person gave (None or "": one is made up)."""
    if not ext_id:
        return []
    out = []
    if _SPACE.search(ext_id):
        out.append("an ext id cannot contain spaces")
    if len(ext_id) > EXT_ID_MAX:
        out.append(f"the ext id is {len(ext_id)} characters (at most {EXT_ID_MAX})")
    return out


@dataclass
class QrInput:
    """Deprecated: a custom QR value as the old ``pass.qr`` said it.

    Still accepted by PassInput (``qr=``) and turned into a ``barcode`` object;
    the ``qr`` key itself is no longer sent.
    """

    value: str
    display_text: bool = True

    def to_barcode(self) -> BarcodeInput:
        return BarcodeInput(type="qr", source=CodeSource.CUSTOM, value=self.value,
                            display_text=self.display_text)


@dataclass
class BarcodeInput:
    """``pass.barcode`` (§2.3). ``value`` only with ``source="custom"`` (it may
    hold ``%{passData.xyz}`` placeholders); uuid/extId encode the pass's own id."""

    enabled: bool = True
    type: str = "qr"
    source: str = CodeSource.UUID
    value: str | None = None
    display_text: bool | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"enabled": self.enabled}
        if not self.enabled:
            return out
        out["type"] = str(self.type)
        out["source"] = str(self.source)
        if self.source == CodeSource.CUSTOM and self.value is not None:
            out["value"] = self.value
        if self.display_text is not None:
            out["displayText"] = self.display_text
        return out

    def problems(self) -> list[str]:
        out = []
        if self.enabled and self.type not in ("qr", "code128", "aztec", "pdf417"):
            out.append(f"unknown barcode type {self.type!r}")
        if self.enabled and self.source not in tuple(CodeSource):
            out.append(f"unknown barcode source {self.source!r}")
        if self.enabled and self.source == CodeSource.CUSTOM and not self.value:
            out.append("a custom barcode needs a value")
        return out

    @property
    def printed_value(self) -> str | None:
        """The custom value (None for uuid/extId: known only once issued)."""
        return self.value if self.enabled and self.source == CodeSource.CUSTOM else None


@dataclass
class NfcInput:
    """``pass.nfc`` (§2.4): on/off, and where the NFC message comes from.

    ``source`` None sends only ``enabled`` (PassEntry then uses the pass UUID);
    ``custom_value`` goes with ``source="custom"``. NFC needs PassEntry's approval.
    """

    enabled: bool = True
    source: str | None = None
    custom_value: str | None = None

    def to_json(self, custom_value_key: str = NFC_CUSTOM_VALUE_KEY) -> dict[str, Any]:
        out: dict[str, Any] = {"enabled": self.enabled}
        if self.enabled and self.source is not None:
            out["source"] = str(self.source)
            if self.source == CodeSource.CUSTOM and self.custom_value is not None:
                out[custom_value_key] = self.custom_value
        return out

    def problems(self) -> list[str]:
        out = []
        if self.source is not None and self.source not in tuple(CodeSource):
            out.append(f"unknown NFC source {self.source!r}")
        if self.enabled and self.source == CodeSource.CUSTOM and not self.custom_value:
            out.append("a custom NFC message needs a value")
        return out


def _nfc(nfc: NfcInput | None, nfc_enabled: bool | None) -> NfcInput | None:
    """The nfc object to send; the older ``nfc_enabled`` flag still works."""
    if nfc is not None:
        return nfc
    return NfcInput(enabled=nfc_enabled) if nfc_enabled is not None else None


def _tags(group_tags: list[str] | None) -> list[str] | None:
    return [str(t) for t in group_tags] if group_tags is not None else None


#: templateOverride keys (§2.9) by image role; each is ``{"imageAssetId": id}``.
OVERRIDE_KEYS = {"banner": "bannerImage", "logo": "logoImage", "thumbnail": "thumbnailImage"}


@dataclass(frozen=True)
class TemplateOverride:
    """A per-pass design (§2.9): image asset ids replacing the template's images.

    Only documented image keys; the colour keys' JSON names are not shown (§15.18).
    """

    banner: str | None = None
    logo: str | None = None
    thumbnail: str | None = None

    def __bool__(self) -> bool:
        return bool(self.banner or self.logo or self.thumbnail)

    def to_json(self) -> dict[str, Any]:
        return {key: {"imageAssetId": getattr(self, role)}
                for role, key in OVERRIDE_KEYS.items() if getattr(self, role)}


@dataclass
class PassInput:
    """A pass to issue from a template.

    ``qr`` and ``nfc_enabled`` are the older spellings of ``barcode`` and
    ``nfc``; they are turned into the current objects (never sent as ``qr``).
    """

    template_id: str
    values: dict[str, Any] = field(default_factory=dict)
    ext_id: str | None = None
    group_tag: str | None = None
    group_tags: list[str] | None = None
    barcode: BarcodeInput | None = None
    nfc: NfcInput | None = None
    nfc_enabled: bool | None = None
    qr: QrInput | None = None
    message: str | None = None
    locations: list[Location] = field(default_factory=list)
    beacons: list[Beacon] = field(default_factory=list)
    #: A per-pass design (§2.9); PassEntry answers 403 unless the organisation has it.
    template_override: TemplateOverride | None = None
    #: The local event the pass is a ticket for. Never sent: the create-pass body
    #: has no event key (enhancedEventData appears only in responses), so the
    #: link lives in the local store (sync.passes.add_pass writes it).
    event_id: str | None = None

    @property
    def barcode_input(self) -> BarcodeInput | None:
        """The barcode to send: ``barcode``, else the older ``qr``."""
        if self.barcode is not None:
            return self.barcode
        return self.qr.to_barcode() if self.qr is not None else None

    def to_body(self, style: FieldValueStyle = FieldValueStyle.PLAIN, *,
                nfc_custom_value_key: str = NFC_CUSTOM_VALUE_KEY) -> dict[str, Any]:
        content = field_values(self.values, style)
        nfc = _nfc(self.nfc, self.nfc_enabled)
        if nfc is not None:
            content["nfc"] = nfc.to_json(nfc_custom_value_key)
        barcode = self.barcode_input
        if barcode is not None:
            content["barcode"] = barcode.to_json()
        if self.template_override:
            content["templateOverride"] = self.template_override.to_json()
        body: dict[str, Any] = {"pass": content}
        if self.message is not None:
            body["message"] = self.message
        if self.locations:
            body["locations"] = [loc.to_json() for loc in self.locations]
        if self.beacons:
            body["beacons"] = [b.to_json() for b in self.beacons]
        if self.group_tag is not None:
            body["groupTag"] = self.group_tag
        tags = _tags(self.group_tags)
        if tags is not None:
            body["groupTags"] = tags
        return body

    def problems(self) -> list[str]:
        out = [] if self.template_id else ["a pass template is required"]
        out += ext_id_problems(self.ext_id)
        barcode = self.barcode_input
        if barcode is not None:
            out += barcode.problems()
        nfc = _nfc(self.nfc, self.nfc_enabled)
        if nfc is not None:
            out += nfc.problems()
        return out + limits.location_problems(self.locations) + limits.beacon_problems(self.beacons)


class PassAction(StrEnum):
    DEACTIVATE = "deactivate"
    #: The pass works again; Apple keeps it among expired passes until unhidden.
    REACTIVATE = "reactivate"


@dataclass
class PassUpdate:
    """Changes to a pass; anything left None is not sent."""

    values: dict[str, Any] = field(default_factory=dict)
    nfc_enabled: bool | None = None
    message: str | None = None
    pass_action: str | None = None
    locations: list[Location] | None = None
    beacons: list[Beacon] | None = None
    group_tag: str | None = None
    group_tags: list[str] | None = None
    barcode: BarcodeInput | None = None
    nfc: NfcInput | None = None
    #: A per-pass design (§2.9); PassEntry answers 403 unless the organisation has it.
    template_override: TemplateOverride | None = None

    def to_body(self, style: FieldValueStyle = FieldValueStyle.PLAIN, *,
                nfc_custom_value_key: str = NFC_CUSTOM_VALUE_KEY) -> dict[str, Any]:
        content = field_values(self.values, style)
        nfc = _nfc(self.nfc, self.nfc_enabled)
        if nfc is not None:
            content["nfc"] = nfc.to_json(nfc_custom_value_key)
        if self.barcode is not None:
            content["barcode"] = self.barcode.to_json()
        if self.template_override:
            content["templateOverride"] = self.template_override.to_json()
        body: dict[str, Any] = {"pass": content}
        if self.message is not None:
            body["message"] = self.message
        if self.pass_action is not None:
            body["passAction"] = str(self.pass_action)
        if self.locations is not None:
            body["locations"] = [loc.to_json() for loc in self.locations]
        if self.beacons is not None:
            body["beacons"] = [b.to_json() for b in self.beacons]
        if self.group_tag is not None:
            body["groupTag"] = self.group_tag
        tags = _tags(self.group_tags)
        if tags is not None:
            body["groupTags"] = tags
        return body

    def problems(self) -> list[str]:
        out = self.barcode.problems() if self.barcode is not None else []
        nfc = _nfc(self.nfc, self.nfc_enabled)
        if nfc is not None:
            out += nfc.problems()
        return out + limits.location_problems(self.locations or []) + limits.beacon_problems(
            self.beacons or [])


Number = int | Decimal | float


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def balance_problems(value: object) -> list[str]:
    """What is wrong with a balance or delta: whole numbers, or decimals of ≤ 2 places."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        return ["the balance must be a number"]
    if isinstance(value, int):
        return []
    number = Decimal(str(value)) if isinstance(value, float) else value
    if not number.is_finite():
        return ["the balance must be a number"]
    if _places(number) > 2:
        return ["the balance can have at most 2 decimal places"]
    return []


def balance_to_json(value: Number) -> int | float:
    """An int as is; a Decimal as the float JSON carries (≤ 2 places survive)."""
    if isinstance(value, int):
        return value
    return float(value)


@dataclass
class LoyaltyChange:
    """A delta (+ adds, - subtracts) or an override, never both; optional push text.

    Integer templates take whole numbers (the API coerces others); decimal
    templates take a Decimal (or float) of at most 2 places.
    """

    delta: Number | None = None
    override: Number | None = None
    message: str | None = None

    def to_body(self) -> dict[str, Any]:
        problems = self.problems()
        if problems:
            raise ValueError("; ".join(problems))
        body: dict[str, Any] = (
            {"balance": balance_to_json(self.delta)} if self.delta is not None
            else {"overrideBalance": balance_to_json(self.override)}  # type: ignore[arg-type]
        )
        if self.message:
            body["message"] = self.message
        return body

    def problems(self) -> list[str]:
        if self.delta is not None and self.override is not None:
            return ["send either a balance change or an override, not both"]
        if self.delta is None and self.override is None:
            return ["a balance change or an override is required"]
        value = self.delta if self.delta is not None else self.override
        if isinstance(value, int) and not isinstance(value, bool):
            return limits.loyalty_problems(self.delta, self.override)
        out = balance_problems(value)
        if not out and self.override is not None and value < 0:  # type: ignore[operator]
            out.append("the balance cannot be set below zero")
        return out


@dataclass
class ReaderInput:
    """A reader to create, or fields to change (None = leave as is).

    ``password`` is write-only on the API; it is sent, never stored.
    """

    reader_id: str | None = None
    name: str | None = None
    reader_type: str | None = None
    password: str | None = field(default=None, repr=False)
    scan_enabled: bool | None = None
    redeem_enabled: bool | None = None
    add_points_enabled: bool | None = None
    mifare_classic_nfc_enabled: bool | None = None
    qr_enabled: bool | None = None

    def to_body(self) -> dict[str, Any]:
        reader: dict[str, Any] = {}
        for k, v in (("id", self.reader_id), ("name", self.name), ("type", self.reader_type),
                     ("password", self.password), ("scanEnabled", self.scan_enabled),
                     ("redeemEnabled", self.redeem_enabled),
                     ("addPointsEnabled", self.add_points_enabled),
                     ("mifareClassicNfcEnabled", self.mifare_classic_nfc_enabled),
                     ("qrEnabled", self.qr_enabled)):
            if v is not None:
                reader[k] = v
        return {"reader": reader}


def _drop_none(pairs: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    return {k: v for k, v in pairs if v is not None}


@dataclass
class ScanInput:
    """POST /scans (internal validation): PassEntry checks the pass and answers.

    ``pass_id`` is the pass UUID or External ID; ``loyalty_balance`` an optional delta.
    """

    reader_id: str
    pass_id: str
    scan_type: str = "barcode"  # nfc | barcode
    loyalty_balance: int | Decimal | float | None = None

    def to_body(self) -> dict[str, Any]:
        scan = _drop_none((("readerId", self.reader_id), ("passId", self.pass_id),
                           ("scanType", self.scan_type)))
        if self.loyalty_balance is not None:
            scan["loyalty"] = {"balance": balance_to_json(self.loyalty_balance)}
        return {"scan": scan}


@dataclass
class ScanLogInput:
    """POST /scans/log: record what a third-party endpoint decided."""

    reader_id: str
    scan_type: str
    status: str  # successful | failed
    scan_value: str
    status_detail: str | None = None
    pass_id: str | None = None
    loyalty_balance: int | Decimal | float | None = None

    def to_body(self) -> dict[str, Any]:
        scan = _drop_none((("readerId", self.reader_id), ("scanType", self.scan_type),
                           ("status", self.status), ("statusDetail", self.status_detail),
                           ("scanValue", self.scan_value), ("passId", self.pass_id)))
        if self.loyalty_balance is not None:
            scan["loyalty"] = {"balance": balance_to_json(self.loyalty_balance)}
        return {"scan": scan}


@dataclass
class WebhookSubscriptionInput:
    """A webhook subscription to create, or the fields to change (None = leave).

    ``entity_id`` scopes a new subscription to one entity (its key is not shown
    in the docs, §8.2; "entityId" matches the list filter). Scope never changes.
    """

    url: str | None = None
    enabled: bool | None = None
    subscribed_events: list[str] | None = None
    entity_id: str | None = None

    def to_body(self) -> dict[str, Any]:
        sub = _drop_none((("url", self.url), ("enabled", self.enabled),
                          ("subscribedEvents", None if self.subscribed_events is None
                           else [str(e) for e in self.subscribed_events]),
                          ("entityId", self.entity_id)))
        return {"webhookSubscription": sub}

    def problems(self) -> list[str]:
        out = []
        if self.url is not None and not self.url.lower().startswith("https://"):
            out.append("the webhook address must start with https://")
        if self.subscribed_events is not None and not self.subscribed_events:
            out.append("pick at least one event")
        return out


@dataclass
class WalletMessageInput:
    """A wallet-messaging batch (§11.3): one message to many passes, scheduled.

    ``segments`` e.g. ``[{"groupTag": "summerPromotion"}]``; ``recipients`` pass
    ids (their object shape is not documented, §15.26: sent as given).
    """

    message: str
    scheduled_at: datetime | str
    segments: list[dict[str, Any]] | None = None
    recipients: list[Any] | None = None
    name: str | None = None
    tag: str | None = None

    def to_body(self) -> dict[str, Any]:
        batch: dict[str, Any] = {"message": self.message}
        if self.segments is not None:
            batch["segments"] = self.segments
        if self.recipients is not None:
            batch["recipients"] = self.recipients
        batch["scheduledAt"] = _iso(self.scheduled_at)
        for k, v in (("name", self.name), ("tag", self.tag)):
            if v is not None:
                batch[k] = v
        return {"batch": batch}


@dataclass
class ImageAssetInput:
    """POST /image-assets: ``image`` is a public URL or base64 (PNG, JPG, WebP)."""

    image_type: str  # banner | logo | thumbnail
    image: str = field(repr=False)
    name: str | None = None
    entity_id: str | None = None
    watermark: dict[str, str] | None = None  # {color: light|dark, position}

    def to_body(self) -> dict[str, Any]:
        return {"imageAsset": _drop_none((
            ("imageType", self.image_type), ("image", self.image), ("name", self.name),
            ("entityId", self.entity_id), ("watermark", self.watermark)))}
