"""Scan records: a scan, and the answers of POST /scans and /scans/log."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar

from passdesk.core.jsonobject import JsonObject, key, nested
from passdesk.core.records.resource import Resource


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

    (The third-party endpoint's answer of §10 is ``core.validation_formats.ValidationResponse``.)
    """

    status: str | None = key("status")
    status_detail: str | None = key("statusDetail")
    pass_id: str | None = key("passId")
    reader_instructions: dict[str, Any] | None = key("readerInstructions")
    loyalty: ScanLoyalty | None = key("loyalty", codec=nested(ScanLoyalty))

    @property
    def ok(self) -> bool:
        return self.status in (ScanStatus.SUCCESSFUL, "success")


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
