"""Pass bodies: a pass to issue (barcode, NFC, design override), changes to a pass."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from passdesk.core import limits
from passdesk.core.records import Beacon, CodeSource, Location
from passdesk.core.texts import translate

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
        out.append(translate("passes", "an ext id cannot contain spaces"))
    if len(ext_id) > EXT_ID_MAX:
        out.append(translate("passes", "the ext id is {length} characters (at most {most})")
                   .format(length=len(ext_id), most=EXT_ID_MAX))
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
            out.append(translate("passes", "unknown barcode type {type}").format(
                type=repr(self.type)))
        if self.enabled and self.source not in tuple(CodeSource):
            out.append(translate("passes", "unknown barcode source {source}").format(
                source=repr(self.source)))
        if self.enabled and self.source == CodeSource.CUSTOM and not self.value:
            out.append(translate("passes", "a custom barcode needs a value"))
        return out


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
            out.append(translate("passes", "unknown NFC source {source}").format(
                source=repr(self.source)))
        if self.enabled and self.source == CodeSource.CUSTOM and not self.custom_value:
            out.append(translate("passes", "a custom NFC message needs a value"))
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
        out = [] if self.template_id else [translate("passes", "a pass template is required")]
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
