"""``POST /validate``: a reader's scan judged by the door's engine, answered in the
documented external (third-party) validation format.

A scan without a loyalty change goes through the door step
(``scan/door_step.py``: parse, find, history, decide, record): on a server
database (PostgreSQL) through the door's ``Door`` itself, on SQLite through
``answer_scan`` below, inside the transaction the scans waiting at one moment
share, so that they share one commit (``group_commit.py``).

A scan carrying a loyalty change (PassEntry readers may send
``scan.loyalty.balance``) is judged by the same step (``door_step.judge``,
then ``door_step.record`` with the change's outcome) in one transaction that
also queues the change through the till's outbox path
(``store.loyalty.queue_operation``, after the till's one loyalty check,
``core.loyalty.check_change``: the template keeps points, a redemption never
goes below zero, a balance never above a pass's limit) and inserts its ``hub_events``
row: all of it happens, or none. The reader format has no request id, so the
row's key is a hash of what the request says within
``wire.LOYALTY_RETRY_WINDOW`` (inferred); the same request again within it
gets the first answer back and changes nothing. A change the rules refuse
makes the whole scan ``failed``, so the reader never shows green for a
redemption that did not happen. Such a scan is about a loyalty card, so the
door's "not a ticket" rule does not refuse it (every other rule applies).

A VTAP's verdict is also queued for ``POST /scans/log`` as the request's
reader (PASSENTRY-API.md §10: PassEntry learns of it only so), in the scan's
transaction; a PassEntry Reader logs its own scans, so its verdicts are not.
The logged body never carries ``loyalty`` (the points go through their own row).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from passdesk.core.admission import (
    DoorConfig,
    Outcome,
    PassFacts,
    Verdict,
)
from passdesk.core.clock import Clock, utcnow
from passdesk.core.loyalty import MAX_POINTS, Action, Card, cancelled, check_change, format_points
from passdesk.core.storage_failure import StorageFailure
from passdesk.core.validation_formats import FAILED, SUCCESS, ValidationResponse, VtapAction
from passdesk.hub import clean, wire
from passdesk.scan import door_step, vtap_protocol
from passdesk.scan.door import Door
from passdesk.scan.sources import ScanKind, ScanRead
from passdesk.store import hub_events, hub_queries
from passdesk.store import loyalty as loyalty_store
from passdesk.store.database import Database
from passdesk.store.door_queries import CoreDoorQueries, DoorQueries
from passdesk.store.loyalty import NewOperation

SOURCE = "validate"
#: What the scan log says a scan came through (``scans.source``).
VTAP_SOURCE, READER_SOURCE = "hub:vtap", "hub:reader"
HUB_SOURCES = (VTAP_SOURCE, READER_SOURCE)
MAX_READER_ID = 255
MAX_MESSAGE = 1000
LOYALTY_REFUSED = "loyalty refused"


class BadRequest(ValueError):
    """Not a reader request; the message says why (answered with 422)."""


@dataclass(frozen=True)
class HubRequest:
    """A reader's request as the hub reads it (every string cleaned)."""

    scan_value: str
    reader_id: str
    vtap: bool
    kind: ScanKind
    scan_type: str | None = None
    loyalty_delta: int | None = None
    loyalty_message: str | None = None
    #: ``scanValue`` as sent, for the door step to read as the Door reads a scan (it
    #: drops NUL and lone surrogates, which cleaning would make "\u2400" and "?").
    sent_value: str | None = field(default=None, compare=False, repr=False)

    @property
    def source(self) -> str:
        return VTAP_SOURCE if self.vtap else READER_SOURCE

    @property
    def log_as(self) -> str | None:
        """The reader to log this verdict in PassEntry as (VTAP only, §10)."""
        return self.reader_id if self.vtap and self.reader_id else None

    @property
    def read(self) -> ScanRead:
        """The request as the door step takes a scan: what the scan record says."""
        value = self.scan_value if self.sent_value is None else self.sent_value
        return ScanRead(value, source=self.source, kind=self.kind,
                        device=self.reader_id, reader_id=self.reader_id or None)


def is_vtap(body: Any) -> bool:
    """Whether the body names a VTAP reader (its answer takes ``VTAPaction``)."""
    scan = body.get("scan") if isinstance(body, Mapping) else None
    if not isinstance(scan, Mapping):
        return False
    reader_type = scan.get("readerType")
    return (isinstance(reader_type, str) and reader_type.upper() == wire.VTAP_READER_TYPE) \
        or isinstance(scan.get("scanData"), Mapping)


def parse_request(body: Any) -> HubRequest:
    """The hub's reading of a documented reader request; ``BadRequest`` if it is none."""
    scan = body.get("scan") if isinstance(body, Mapping) else None
    if not isinstance(scan, Mapping):
        raise BadRequest("the body has no 'scan' object")
    value = scan.get("scanValue")
    if not isinstance(value, str):
        raise BadRequest("scan.scanValue must be a string")
    reader_id = scan.get("readerId")
    reader = "" if reader_id is None else clean.scalar_text(reader_id, MAX_READER_ID)
    if reader is None:
        raise BadRequest(f"scan.readerId must be a string of at most {MAX_READER_ID} "
                         "characters")
    scan_type = clean.text(scan.get("scanType"), 32)
    kind = {"nfc": ScanKind.NFC, "qr": ScanKind.QR}.get((scan_type or "").lower(),
                                                        ScanKind.BARCODE)
    delta = message = None
    if scan.get("loyalty") is not None:
        loyalty = scan["loyalty"]
        if not isinstance(loyalty, Mapping):
            raise BadRequest("scan.loyalty must be an object")
        delta = loyalty.get("balance")
        if isinstance(delta, float) and delta.is_integer():
            delta = int(delta)
        if not isinstance(delta, int) or isinstance(delta, bool) \
                or abs(delta) > MAX_POINTS:  # the till's limit: a 32-bit balance
            raise BadRequest("scan.loyalty.balance must be a whole number of points "
                             f"between -{MAX_POINTS:,} and {MAX_POINTS:,}")
        raw_message = loyalty.get("message")
        message = clean.text(raw_message, MAX_MESSAGE)
        if raw_message is not None and message is None:
            raise BadRequest(f"scan.loyalty.message must be a text of at most "
                             f"{MAX_MESSAGE} characters")
    return HubRequest(scan_value=clean.text(value) or "", sent_value=value, reader_id=reader,
                      vtap=is_vtap(body), kind=kind, scan_type=scan_type,
                      loyalty_delta=delta or None, loyalty_message=message or None)


@dataclass(frozen=True)
class Decision:
    """What the hub decided, before it is put in the reader's format."""

    success: bool
    detail: str  # statusDetail: the reason, e.g. "already admitted"
    message: str  # what the reader shows, in words a door person understands
    pass_id: str | None = None


def answer(decision: Decision, *, vtap: bool) -> dict[str, Any]:
    """The documented ``validationResponse`` for a PassEntry reader or a VTAP."""
    action = None
    if vtap:
        action = VtapAction(
            led=vtap_protocol.LED_ADMIT if decision.success else vtap_protocol.LED_DENY,
            beep=vtap_protocol.BEEP_ADMIT if decision.success else vtap_protocol.BEEP_DENY,
            message=decision.message, success=decision.success)
    return ValidationResponse(status=SUCCESS if decision.success else FAILED,
                              status_detail=decision.detail, pass_id=decision.pass_id,
                              message=decision.message, vtap_action=action).to_json()


def refusal(detail: str, *, vtap: bool,
            message: str = "Not valid: ask staff for help") -> dict[str, Any]:
    """A ``failed`` answer for a request the hub cannot judge (bad body, no database)."""
    return answer(Decision(False, detail, message), vtap=vtap)


def not_recorded(failure: StorageFailure, *, vtap: bool) -> dict[str, Any]:
    """``failed`` for a scan the store refused: never green for a scan not recorded."""
    return refusal(f"not recorded: {failure.what}", vtap=vtap,
                   message="Not recorded: do not enter, ask staff")


def _decision(verdict: Verdict, facts: PassFacts | None) -> Decision:
    return Decision(verdict.lets_in or verdict.outcome is Outcome.EXIT, str(verdict.reason),
                    verdict.message, facts.id if facts else None)


def answer_scan(door: DoorQueries, request: HubRequest, config: DoorConfig,
                now: datetime) -> dict[str, Any]:
    """One scan through the door step in the caller's door transaction; the answer body."""
    judged, _ = door_step.step(door, request.read, config, now, log_as=request.log_as)
    return answer(_decision(judged.verdict, judged.facts), vtap=request.vtap)


class Validator:
    def __init__(self, db: Database, config: DoorConfig, *, clock: Clock = utcnow) -> None:
        self.db = db
        self.config = config
        self.clock = clock
        self._local = threading.local()
        self._doors: list[Door] = []
        self._lock = threading.Lock()

    def _door(self) -> Door:
        """This thread's Door: each has its own database connection."""
        door = getattr(self._local, "door", None)
        if door is None:
            door = self._local.door = Door(self.db, self.config, clock=self.clock)
            with self._lock:
                self._doors.append(door)
        return door

    def close(self) -> None:
        with self._lock:
            doors, self._doors = self._doors, []
        for door in doors:
            door.close()

    def validate(self, request: HubRequest) -> dict[str, Any]:
        """Judge one reader request; the documented response body."""
        if request.loyalty_delta is not None:
            return self._with_loyalty(request)
        result = self._door().scan(request.read, log_as=request.log_as)
        return answer(_decision(result.verdict, result.facts), vtap=request.vtap)

    # --- a scan with a loyalty change: once -------------------------------------

    def retry_keys(self, request: HubRequest, now: datetime) -> list[str]:
        """The ``hub_events`` key of this request now, then the one of the window before.

        A retry that crosses a window boundary still finds the first answer.
        """
        said = json.dumps([request.reader_id, request.scan_value, request.scan_type,
                           request.vtap, request.loyalty_delta, request.loyalty_message],
                          ensure_ascii=True)
        digest = hashlib.sha256(said.encode("ascii")).hexdigest()[:48]
        window = int(wire.LOYALTY_RETRY_WINDOW.total_seconds())
        bucket = int(now.timestamp()) // window
        return [f"{digest}:{bucket}", f"{digest}:{bucket - 1}"]

    def _replay(self, keys: list[str], now: datetime) -> dict[str, Any] | None:
        with self.db.session() as session:
            known = hub_events.find(session, SOURCE, keys)
        if known is None or known.detail is None \
                or known.received_at < now - wire.LOYALTY_RETRY_WINDOW:
            return None
        return json.loads(known.detail)

    def _with_loyalty(self, request: HubRequest) -> dict[str, Any]:
        now = self.clock()
        keys = self.retry_keys(request, now)
        replay = self._replay(keys, now)
        if replay is not None:
            return replay
        try:
            return self._judge_with_loyalty(request, keys[0], now)
        except Exception as exc:
            if not hub_events.is_duplicate(exc):
                raise
            # The same request, judged by another worker a moment ago: its answer.
            replay = self._replay(keys, now)
            if replay is None:
                raise
            return replay

    def _judge_with_loyalty(self, request: HubRequest, key: str,
                            now: datetime) -> dict[str, Any]:
        # A points change is for a loyalty card: it is no ticket, and need not be one.
        config = replace(self.config, admit_non_tickets=True)
        with self.db.session() as session:
            # The key first: a concurrent duplicate waits here, then fails on it.
            hub_events.record(session, source=SOURCE, event_id=key, kind="loyalty",
                              received_at=now)
            session.flush()
            door = CoreDoorQueries(session)
            judged = door_step.judge(door, request.read.value, config, now)
            verdict, facts = judged.verdict, judged.facts
            decision, reason = _decision(verdict, facts), str(verdict.reason)
            op = None
            if decision.success and facts is not None:
                op, problem, points = self._loyalty(session, facts, request)
                if problem is not None:
                    decision, reason = Decision(False, LOYALTY_REFUSED, problem,
                                                facts.id), LOYALTY_REFUSED
                else:
                    decision = Decision(True, decision.detail,
                                        f"{decision.message}: {points}", facts.id)
            outcome = str(Outcome.DENY if reason == LOYALTY_REFUSED else verdict.outcome)
            door_step.record(door, judged, request.read, config, now, log_as=request.log_as,
                             outcome=outcome, reason=reason, detail=decision.message)
            if op is not None and decision.success:
                loyalty_store.queue_operation(session, op, now)
            body = answer(decision, vtap=request.vtap)
            hub_events.set_outcome(session, source=SOURCE, event_id=key,
                                   pass_id=facts.id if facts else None,
                                   detail=json.dumps(body))
        return body

    def _loyalty(self, session, facts: PassFacts, request: HubRequest
                 ) -> tuple[NewOperation | None, str | None, str]:
        """(the change to queue, why it is refused, the points in words): the one
        loyalty check the till and its queue ask (``core.loyalty.check_change``).

        A reader has no supervisor to ask and no last synced balance to stand in:
        the balance is the one PassEntry confirmed, with the changes on their way."""
        delta = request.loyalty_delta
        assert delta is not None
        info = hub_queries.loyalty_facts(session, facts.id)
        balance = loyalty_store.expected_balance(session, facts.id).expected
        card = Card(loyalty=info is not None and info.loyalty_enabled,
                    template_name=info.template_name if info else None,
                    cancelled=cancelled(facts.status), balance=balance,
                    balance_type=info.balance_type if info else None)
        refusal = check_change(card, delta=delta)
        if refusal is not None or info is None:
            return None, str(refusal), ""
        after = balance + delta if balance is not None else None
        op = NewOperation(facts.id, delta=delta, message=request.loyalty_message,
                          desk=self.config.desk,
                          action=str(Action.ADD if delta > 0 else Action.REDEEM),
                          balance_after=after)
        points = format_points(abs(delta), info.balance_type)
        said = f"{points} points {'added' if delta > 0 else 'redeemed'}"
        if after is not None:
            said += f", balance {format_points(after, info.balance_type)}"
        return op, None, said
