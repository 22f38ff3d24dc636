"""Scan bodies: POST /scans (PassEntry decides) and POST /scans/log (we decided)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from passdesk.core.payloads.body_values import drop_none
from passdesk.core.payloads.loyalty import balance_to_json


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
        scan = drop_none((("readerId", self.reader_id), ("passId", self.pass_id),
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
        scan = drop_none((("readerId", self.reader_id), ("scanType", self.scan_type),
                           ("status", self.status), ("statusDetail", self.status_detail),
                           ("scanValue", self.scan_value), ("passId", self.pass_id)))
        if self.loyalty_balance is not None:
            scan["loyalty"] = {"balance": balance_to_json(self.loyalty_balance)}
        return {"scan": scan}
