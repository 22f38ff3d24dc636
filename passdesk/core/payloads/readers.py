"""Reader bodies: a reader to create, or the fields to change."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
