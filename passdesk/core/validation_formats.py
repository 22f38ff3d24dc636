"""Third-party validation: the reader request and response formats, as plain data.

With third-party validation configured, a reader (or the Door acting as
one) POSTs ``{"scan": {...}}`` with ``Authorization: Bearer <token>`` to the
configured endpoint, which answers ``{"validationResponse": {...}}``. The
formats are the documented ones (PassEntry reader and VTAP). Two sides speak
them: the Door's client (``api.validation``) and the venue hub, which serves
them; so they live in core, with no I/O, and the hub needs no API client.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SUCCESS, FAILED = "success", "failed"


@dataclass(frozen=True)
class ReaderRequest:
    """A PassEntry reader's scan (``readerType`` absent) or a VTAP reader's."""

    scan_value: str
    reader_id: str
    scan_type: str | None = None  # PassEntry reader: nfc | barcode (older readers: qr)
    loyalty_delta: int | None = None
    loyalty_message: str | None = None
    reader_type: str | None = None  # "VTAP" for VTAP readers
    scan_data: dict[str, Any] | None = None  # VTAP: IP, location, passtype, payload, ...

    def to_json(self) -> dict[str, Any]:
        scan: dict[str, Any] = {"scanValue": self.scan_value, "readerId": self.reader_id}
        if self.reader_type:
            scan["readerType"] = self.reader_type
        if self.scan_type:
            scan["scanType"] = self.scan_type
        if self.scan_data is not None:
            scan["scanData"] = self.scan_data
        if self.loyalty_delta is not None:
            scan["loyalty"] = {"balance": self.loyalty_delta,
                               **({"message": self.loyalty_message}
                                  if self.loyalty_message else {})}
        return {"scan": scan}

    @classmethod
    def from_json(cls, body: Any) -> ReaderRequest:
        """Parse a reader's request; ValueError with a reason if it is not one."""
        scan = body.get("scan") if isinstance(body, Mapping) else None
        if not isinstance(scan, Mapping):
            raise ValueError("the body has no 'scan' object")
        value = scan.get("scanValue")
        if not isinstance(value, str):
            raise ValueError("scan.scanValue must be a string")
        loyalty = scan.get("loyalty") if isinstance(scan.get("loyalty"), Mapping) else {}
        delta = loyalty.get("balance")
        return cls(scan_value=value, reader_id=str(scan.get("readerId") or ""),
                   scan_type=scan.get("scanType") if isinstance(scan.get("scanType"), str)
                   else None,
                   loyalty_delta=delta if isinstance(delta, int) and not isinstance(delta, bool)
                   else None,
                   loyalty_message=loyalty.get("message"),
                   reader_type=scan.get("readerType"),
                   scan_data=dict(scan["scanData"]) if isinstance(scan.get("scanData"), Mapping)
                   else None)


@dataclass(frozen=True)
class VtapAction:
    led: str
    beep: str
    message: str
    success: bool

    def to_json(self) -> dict[str, Any]:
        return {"led": self.led, "beep": self.beep, "message": self.message,
                "success": self.success}


@dataclass(frozen=True)
class ValidationResponse:
    status: str  # success | failed
    status_detail: str | None = None
    pass_id: str | None = None
    message: str | None = None  # readerInstructions.message (or VTAPaction.message)
    vtap_action: VtapAction | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def success(self) -> bool:
        return self.status == SUCCESS

    def to_json(self) -> dict[str, Any]:
        instructions: dict[str, Any] = (
            {"VTAPaction": self.vtap_action.to_json()} if self.vtap_action
            else {"message": self.message or ""})
        out: dict[str, Any] = {"status": self.status, "statusDetail": self.status_detail,
                               "readerInstructions": instructions}
        if self.pass_id:
            out["passId"] = self.pass_id
        return {"validationResponse": {**out, **self.extra}}

    @classmethod
    def from_json(cls, body: Any) -> ValidationResponse:
        response = body.get("validationResponse") if isinstance(body, Mapping) else None
        if not isinstance(response, Mapping) or response.get("status") not in (SUCCESS, FAILED):
            raise ValueError("not a validationResponse with status success or failed")
        instructions = response.get("readerInstructions")
        instructions = instructions if isinstance(instructions, Mapping) else {}
        action = instructions.get("VTAPaction")
        vtap = None
        if isinstance(action, Mapping):
            vtap = VtapAction(str(action.get("led", "")), str(action.get("beep", "")),
                              str(action.get("message", "")), bool(action.get("success")))
        message = instructions.get("message") if isinstance(instructions.get("message"), str) \
            else (vtap.message if vtap else None)
        pass_id = response.get("passId")
        known = {"status", "statusDetail", "passId", "readerInstructions"}
        return cls(status=response["status"],
                   status_detail=response.get("statusDetail") if isinstance(
                       response.get("statusDetail"), str) else None,
                   pass_id=pass_id if isinstance(pass_id, str) and pass_id else None,
                   message=message, vtap_action=vtap,
                   extra={k: v for k, v in response.items() if k not in known})
