"""Reader records: the reader, its configuration and how it validates."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from passdesk.core.jsonobject import JsonObject, key, nested
from passdesk.core.records.resource import Resource


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
