"""The door in external validation mode: the venue's endpoint decides.

When the reader configuration says ``external`` (what PassEntry's guides call
third-party validation; the desk says "external" everywhere), each scan goes
to the configured endpoint as the documented reader request (``scanType``
``nfc`` or ``barcode``); its answer (status, message, passId) becomes the
verdict. When the endpoint cannot be reached or
answers nonsense, the configured fallback decides - the local rules
(offline check) or a plain deny - and the verdict says that it did.
Every scan is still logged durably, linked to ``passId`` when given.

A scan is two halves, so a caller can run each where it belongs: ``ask`` is
the network call and touches no store; ``decide`` logs its answer (or lets the
fallback judge) in the local store. ``scan`` does both in turn.

It lives in ``sync`` because it joins the two ends: the Door over the local
store and a client of the validation endpoint (``api.validation``); the door
step in ``scan`` knows no API (DESIGN.md, ``tests/unit/test_layers.py``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from passdesk.api import errors
from passdesk.core.admission import Outcome, Reason, Verdict
from passdesk.core.texts import translate
from passdesk.core.validation_formats import ReaderRequest, ValidationResponse
from passdesk.scan.door import Door, DoorResult
from passdesk.scan.door_step import LOGGED_VALUE_MAX
from passdesk.scan.sources import ScanKind, ScanRead, as_read

if TYPE_CHECKING:
    from passdesk.api.validation import ValidationClient


class Fallback(StrEnum):
    OFFLINE_CHECK = "offline check"  # the local rules, on the local store
    DENY = "deny"


@dataclass(frozen=True)
class Asked:
    """What the endpoint said of one read (``answer``), or why it could not say (``error``)."""

    read: ScanRead
    #: ``time.perf_counter()`` when the read came: the verdict's time counts the call.
    started: float
    answer: ValidationResponse | None = None
    error: errors.ApiError | None = None


# No "scan with loyalty" here: the endpoint owns loyalty (the vendor's scan request carries it).
class ExternalDoor:
    def __init__(self, door: Door, client: ValidationClient, *, reader_id: str,
                 fallback: Fallback = Fallback.OFFLINE_CHECK) -> None:
        self.door = door
        self.client = client
        self.reader_id = reader_id
        self.fallback = fallback

    @classmethod
    def connect(cls, door: Door, url: str, token: str | None, *, reader_id: str,
                fallback: Fallback = Fallback.OFFLINE_CHECK,
                timeout: float = 2.0) -> ExternalDoor:
        """The Door asking the endpoint at ``url``; ``ApiError`` if the URL may not
        be used (e.g. plain http to another host)."""
        # httpx comes with the first endpoint a door asks, not with the Door pane.
        from passdesk.api.validation import ValidationClient

        return cls(door, ValidationClient(url, token, timeout=timeout), reader_id=reader_id,
                   fallback=fallback)

    def close(self) -> None:
        self.client.close()

    def scan(self, read: ScanRead | str) -> DoorResult:
        """Ask the endpoint, then log its verdict (or the fallback's)."""
        return self.decide(self.ask(read))

    def ask(self, read: ScanRead | str) -> Asked:
        """The network half: the endpoint's answer to ``read``. Touches no store."""
        read = as_read(read)
        started = time.perf_counter()
        request = ReaderRequest(scan_value=read.value[:LOGGED_VALUE_MAX],
                                reader_id=self.reader_id,
                                scan_type="nfc" if read.kind is ScanKind.NFC else "barcode")
        try:
            return Asked(read, started, answer=self.client.validate(request))
        except errors.ApiError as exc:
            return Asked(read, started, error=exc)

    def decide(self, asked: Asked) -> DoorResult:
        """The store half: log the endpoint's verdict, or let the fallback decide."""
        read, answer, started = asked.read, asked.answer, asked.started
        if answer is None:
            assert asked.error is not None
            return self._fall_back(read, asked.error, started)
        verdict = Verdict(Outcome.ADMIT if answer.success else Outcome.DENY,
                          Reason.ADMITTED if answer.success else Reason.UNKNOWN_PASS,
                          answer.message or answer.status_detail
                          or (translate("verdicts", "Welcome") if answer.success
                              else translate("verdicts", "Not valid")))
        return self._log(read, verdict, answer.pass_id, answer.status_detail, started)

    def _fall_back(self, read: ScanRead, error: errors.ApiError,
                   started: float) -> DoorResult:
        why = translate("verdicts", "Validation service unavailable ({error})").format(
            error=error.message)
        if self.fallback is Fallback.DENY:
            verdict = Verdict(Outcome.DENY, Reason.UNREADABLE, translate(
                "verdicts", "{why}: denied, as this door is set up to").format(why=why))
            return self._log(read, verdict, None, why, started)
        local = self.door.scan(read)
        note = translate("verdicts", "{why}: checked offline. {verdict}").format(
            why=why, verdict=local.verdict.message)
        return DoorResult(local.scan_id, Verdict(local.verdict.outcome,
                                                 local.verdict.reason, note),
                          local.facts, local.value, local.source, local.at,
                          local.elapsed_ms)

    def _log(self, read: ScanRead, verdict: Verdict, pass_id: str | None,
             detail: str | None, started: float) -> DoorResult:
        return self.door.record_decided(read, verdict, pass_id=pass_id,
                                        reason=f"external: {verdict.reason}",
                                        detail=detail, started=started)
