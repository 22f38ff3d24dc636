"""The Door's configuration: ``Settings.door``, the key ``station`` in ``settings.json``.

Plain JSON both ways; anything missing or of the wrong type falls back to the
``DoorConfig`` default, so a hand-edited file never stops the door.

Which event the door admits is a choice a person makes: ``event_choice`` is
"event" (``event_id`` names it) or "any". A file without it (written before
the choice existed) with an ``event_id`` counts as that event chosen; with
none, as "not chosen yet", and the Door asks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from passdesk.core.admission import EARLY_ENTRY, Direction, DoorConfig, RemovedPolicy
from passdesk.core.holds import rules_from_json
from passdesk.core.loyalty import MAX_POINTS, ScanLoyalty
from passdesk.settings.values import aware_time, text


@dataclass(frozen=True)
class DoorSetup:
    config: DoorConfig = field(default_factory=DoorConfig)
    #: A sound per verdict (off in tests: ``PASSDESK_MUTE=1`` mutes whatever this says).
    sound: bool = True
    #: nfcpy device path of an NFC reader ("usb", "tty:USB0:pn532"); empty: none.
    nfc_path: str = ""
    #: Serial port (or pyserial URL) of a VTAP reader ("/dev/ttyACM0", "COM3"); empty: none.
    vtap_port: str = ""
    #: Read QR codes with the webcam.
    camera: bool = False
    #: Which camera (``CameraInfo.id``); empty: the system default.
    camera_id: str = ""
    #: When a third-party validation service does not answer: "offline check" or "deny".
    third_party_fallback: str = "offline check"
    #: "Scan with loyalty": points added on each admission (delta 0: off).
    loyalty: ScanLoyalty = field(default_factory=ScanLoyalty)
    #: A person chose the door's event, or chose "any event" (False: never asked yet).
    event_chosen: bool = False
    #: Seconds a verdict stays before the Door shows READY again (0: until the next scan).
    verdict_seconds: int = 5
    #: The PassEntry reader (its id) this desk logs its scans as; empty: not logged.
    log_as: str = ""
    #: The verdict panel in black, white and yellow with thick borders.
    high_contrast: bool = False
    #: Holders' initials instead of their names on the panel and in the recent scans.
    hide_names: bool = False


#: The longest a verdict may stay, and the earliest a ticket may be let in (hours).
MAX_VERDICT_SECONDS = 600
MAX_EARLY_HOURS = 48


def _int(value: Any, default: int, low: int, high: int) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    return value if ok else default


def _enum(kind, value: Any, default):
    try:
        return kind(value)
    except ValueError:
        return default


def setup_from_json(data: dict[str, Any]) -> DoorSetup:
    d = DoorConfig()
    desk = data.get("station")  # the key older settings files have
    event = data.get("event_id")
    capacity = data.get("capacity")
    templates = data.get("allowed_templates")
    config = DoorConfig(
        desk=desk if isinstance(desk, str) and desk.strip() else d.desk,
        direction=_enum(Direction, data.get("direction"), d.direction),
        event_id=event if isinstance(event, str) and event else None,
        doors_open=aware_time(data.get("doors_open")),
        doors_close=aware_time(data.get("doors_close")),
        allowed_templates=frozenset(t for t in templates if isinstance(t, str))
        if isinstance(templates, list) else frozenset(),
        capacity=capacity if isinstance(capacity, int) and capacity > 0 else None,
        allow_reentry=data.get("allow_reentry") is True,
        removed_policy=_enum(RemovedPolicy, data.get("removed_policy"), d.removed_policy),
        admit_non_tickets=data.get("admit_non_tickets") is True,
        early_entry=timedelta(minutes=_int(data.get("early_entry_minutes"),
                                           int(EARLY_ENTRY.total_seconds()) // 60,
                                           0, MAX_EARLY_HOURS * 60)),
        holds=rules_from_json(data.get("holds")),
    )
    chosen = config.event_id is not None or data.get("event_choice") == "any"
    return DoorSetup(config, sound=data.get("sound", True) is not False,
                        nfc_path=text(data.get("nfc_path")),
                        vtap_port=text(data.get("vtap_port")),
                        camera=data.get("camera") is True,
                        camera_id=text(data.get("camera_id")),
                        third_party_fallback="deny" if data.get("third_party_fallback") == "deny"
                        else "offline check",
                        loyalty=_loyalty(data), event_chosen=chosen,
                        verdict_seconds=_int(data.get("verdict_seconds"), 5, 0,
                                             MAX_VERDICT_SECONDS),
                        log_as=text(data.get("log_scans_as")),
                        # Files from before these options read as off.
                        high_contrast=data.get("high_contrast") is True,
                        hide_names=data.get("hide_names") is True)


def _loyalty(data: dict[str, Any]) -> ScanLoyalty:
    # Only additions: a door cannot check a balance before taking points away.
    delta = data.get("loyalty_delta")
    ok = isinstance(delta, int) and not isinstance(delta, bool) and 0 < delta <= MAX_POINTS
    return ScanLoyalty(delta if ok else 0, text(data.get("loyalty_message")))



def setup_to_json(setup: DoorSetup) -> dict[str, Any]:
    c = setup.config
    return {
        "station": c.desk,
        "direction": str(c.direction),
        "event_id": c.event_id,
        "event_choice": ("event" if c.event_id else "any") if setup.event_chosen else None,
        "admit_non_tickets": c.admit_non_tickets,
        "early_entry_minutes": int(c.early_entry.total_seconds()) // 60,
        "verdict_seconds": setup.verdict_seconds,
        "doors_open": c.doors_open.isoformat() if c.doors_open else None,
        "doors_close": c.doors_close.isoformat() if c.doors_close else None,
        "allowed_templates": sorted(c.allowed_templates),
        "capacity": c.capacity,
        "allow_reentry": c.allow_reentry,
        "removed_policy": str(c.removed_policy),
        "holds": [rule.to_json() for rule in c.holds],
        "sound": setup.sound,
        "nfc_path": setup.nfc_path,
        "vtap_port": setup.vtap_port,
        "camera": setup.camera,
        "camera_id": setup.camera_id,
        "third_party_fallback": setup.third_party_fallback,
        "loyalty_delta": setup.loyalty.delta,
        "loyalty_message": setup.loyalty.message,
        "log_scans_as": setup.log_as,
        "high_contrast": setup.high_contrast,
        "hide_names": setup.hide_names,
    }
