"""What every scan source reports, whatever the hardware.

A source turns hardware input into ``ScanRead`` values and reports its own
health as ``SourceState``. Sources that run their own thread (nfcpy, serial)
take plain callbacks, called on that thread; Qt sources (camera, keyboard
wedge) emit Qt signals carrying the same dataclasses. A source never raises
into its caller: unplugged, missing or broken hardware is a state, and the
source keeps trying to reopen until stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


class ScanKind(StrEnum):
    """How the value was read; external validation sends it as ``scanType``."""

    NFC = "nfc"
    QR = "qr"
    BARCODE = "barcode"


class SourceHealth(StrEnum):
    STARTING = "starting"
    READY = "ready"  # open and waiting for a scan
    UNAVAILABLE = "unavailable"  # no device / unplugged; retrying
    STOPPED = "stopped"


@dataclass(frozen=True)
class ScanRead:
    """One value read by a source, as read (the engine trims and parses it)."""

    value: str
    source: str  # "wedge", "nfc", "vtap", "camera"
    kind: ScanKind
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    #: The device the value came from (e.g. "usb:054c:06c3", "/dev/ttyACM0").
    device: str | None = None
    #: For NFC: the tag's UID in hex, when the reader reports one.
    uid: str | None = None
    #: The PassEntry reader (its id) that sent it to the hub; kept with the scan so
    #: the Readers pane knows readers where PassEntry lists none.
    reader_id: str | None = None


@dataclass(frozen=True)
class SourceState:
    source: str
    health: SourceHealth
    #: For a person: what is wrong and what to do ("No reader on usb: plug it in").
    detail: str = ""


OnRead = Callable[[ScanRead], None]
OnState = Callable[[SourceState], None]


def as_read(read: ScanRead | str) -> ScanRead:
    """A value typed or picked by hand, as a read (the Door and its variants accept both)."""
    return read if isinstance(read, ScanRead) else ScanRead(read, source="manual",
                                                             kind=ScanKind.BARCODE)
