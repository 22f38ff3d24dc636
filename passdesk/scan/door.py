"""The door: a scanned value in, a verdict out, the scan committed before it is shown.

One call runs the door step (``door_step.py``: parse -> find -> history ->
decide -> record) in one transaction on the durable (synchronous=FULL)
connection: when ``scan`` returns, the record survives a crash or a power cut.
A pass picked by hand from the search is a read like any other (source
"manual"). On SQLite the door talks to the driver directly
(store/door_queries.py): SQLAlchemy's own cost per statement was most of a
verdict's time. No Qt and no network: the verdict needs only the local store,
so the door works offline.

Several doors may judge the same pass at once (desks sharing a PostgreSQL
database, or processes sharing an SQLite file). The verdict's reads and the
scan record are one transaction that holds the pass (and, with a capacity,
the event's head count) locked from before the history is read until the
commit (``store/locking.py``; SQLite: ``BEGIN IMMEDIATE``), so a pass is let
in once and the other doors answer "already admitted".

A door set to "scan with loyalty" also queues its points for each admission,
in the same transaction as the scan record and through the same outbox as the
till: a scan is never recorded without its points, nor points without a scan.

A door that logs its scans in PassEntry (``log_as``: the reader it logs as)
queues each verdict for ``POST /scans/log`` in that same transaction too.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from passdesk.core.admission import DoorConfig, PassFacts, Verdict
from passdesk.core.clock import Clock, utcnow
from passdesk.core.holds import Decision
from passdesk.core.loyalty import REPEAT_WINDOW, Action, ScanLoyalty
from passdesk.scan import door_step
from passdesk.scan.door_step import LOGGED_VALUE_MAX, Judged
from passdesk.scan.sources import ScanRead, as_read
from passdesk.store import admissions
from passdesk.store import loyalty as loyalty_store
from passdesk.store.database import Database
from passdesk.store.door_queries import DoorQueries, DoorStore
from passdesk.store.loyalty import NewOperation
from passdesk.store.schema import Scan


@dataclass(frozen=True)
class DoorResult:
    scan_id: str
    verdict: Verdict
    facts: PassFacts | None
    value: str  # what was read, cleaned (or the raw value, cut, if unreadable)
    source: str
    at: datetime
    #: Parse + lookup + rules + durable commit, in milliseconds.
    elapsed_ms: float
    #: The loyalty operation this admission queued, and its points (0: none).
    loyalty_op: str | None = None
    loyalty_points: int = 0
    #: The outbox row that logs this scan in PassEntry (None: not logged).
    log_op: str | None = None


@dataclass(frozen=True)
class UndoneAdmission:
    scan_id: str
    facts: PassFacts | None
    value: str
    admitted_at: datetime
    #: Points the admission had added and the undo took back (0: none).
    points_taken_back: int = 0


class Door:
    def __init__(self, database: Database, config: DoorConfig, *,
                 loyalty: ScanLoyalty | None = None, clock: Clock = utcnow,
                 log_as: str | None = None) -> None:
        self.db = database
        self.config = config
        self.loyalty = loyalty or ScanLoyalty()
        self.clock = clock
        #: The PassEntry reader this door logs its scans as (None: not logged).
        self.log_as = log_as
        self._door = DoorStore(database)

    def close(self) -> None:
        """Give back the door's own database connection."""
        self._door.close()

    def expect_scan(self) -> None:
        """A scanner has begun typing a code: its verdict should not wait for the
        store's write lock (a pull's page holds it for tens of milliseconds)."""
        self._door.expect_scan()

    def scan(self, read: ScanRead | str, *, log_as: str | None = None) -> DoorResult:
        """Judge one scanned value and log it durably. Never raises on bad input.

        ``log_as`` logs this scan in PassEntry as that reader (the hub's VTAP
        verdicts); otherwise the door's own ``log_as`` setting applies.
        """
        read = as_read(read)
        started = time.perf_counter()
        now = self.clock()
        loyalty = self.loyalty  # one setting for the whole scan, should it change meanwhile
        with self._door.transaction() as door:
            judged, recorded = door_step.step(door, read, self.config, now,
                                              log_as=log_as or self.log_as)
            op_id = (self._add_points(door, judged.facts, loyalty, now)
                     if judged.verdict.lets_in else None)
        elapsed = (time.perf_counter() - started) * 1000
        return DoorResult(recorded.scan_id, judged.verdict, judged.facts, judged.value,
                          read.source, now, elapsed, loyalty_op=op_id,
                          loyalty_points=loyalty.delta if op_id else 0,
                          log_op=recorded.log_op)

    def decide_hold(self, scan_id: str, decision: Decision) -> DoorResult | None:
        """A door person's decision on held scan ``scan_id``, durably, as a scan is.

        Letting in asks the rules again (``door_step.decide_hold``) and adds the
        door's loyalty points like any admission. None: decided already.
        """
        started = time.perf_counter()
        now = self.clock()
        loyalty = self.loyalty
        with self._door.transaction() as door:
            decided = door_step.decide_hold(door, scan_id, decision, self.config, now,
                                            log_as=self.log_as)
            if decided is None:
                return None
            op_id = (self._add_points(door, decided.facts, loyalty, now)
                     if decided.verdict.lets_in else None)
        return DoorResult(scan_id, decided.verdict, decided.facts, decided.value,
                          decided.source, now, (time.perf_counter() - started) * 1000,
                          loyalty_op=op_id, loyalty_points=loyalty.delta if op_id else 0,
                          log_op=decided.log_op)

    def _add_points(self, door: DoorQueries, facts: PassFacts | None, loyalty: ScanLoyalty,
                    now: datetime) -> str | None:
        """Queue this admission's points, in the scan's transaction (None: none queued)."""
        # Only additions: taking points away needs the till's balance check.
        if facts is None or loyalty.delta <= 0:
            return None
        op = NewOperation(facts.id, delta=loyalty.delta, message=loyalty.message or None,
                          desk=self.config.desk, action=str(Action.SCAN))
        return door.queue_loyalty(op, now, now - REPEAT_WINDOW)

    def record_decided(self, read: ScanRead, verdict: Verdict, *, pass_id: str | None,
                       reason: str, detail: str | None, started: float) -> DoorResult:
        """Log a verdict decided elsewhere (an external validation service), the same
        durable way."""
        now = self.clock()
        with self._door.transaction() as door:
            facts = door.find_pass((pass_id,)) if pass_id else None
            judged = Judged(verdict, facts, read.value[:LOGGED_VALUE_MAX])
            recorded = door_step.record(door, judged, read, self.config, now,
                                        log_as=self.log_as, reason=reason,
                                        detail=detail or None, pass_id=pass_id)
        return DoorResult(recorded.scan_id, verdict, facts, judged.value, read.source, now,
                          (time.perf_counter() - started) * 1000, log_op=recorded.log_op)

    def undo_last_admission(self) -> UndoneAdmission | None:
        """Undo this desk's most recent admission (a wrong tap, a mistaken person).

        The record stays, marked undone, so the log keeps what happened.
        """
        with self.db.session() as session:
            last = session.scalars(
                select(Scan).where(Scan.desk == self.config.desk,
                                   Scan.verdict.in_(admissions.IN_VERDICTS),
                                   Scan.undone_at.is_(None))
                # A hold let in counts from when it was let in, not from its scan.
                .order_by(func.coalesce(Scan.decided_at, Scan.scanned_at).desc())
                .limit(1)).first()
            if last is None:
                return None
            last.undone_at = now = self.clock()
            facts = admissions.facts_of(session, last.pass_id) if last.pass_id else None
            points = loyalty_store.take_back_scan_points(
                session, pass_id=last.pass_id, desk=last.desk, scanned_at=last.scanned_at,
                now=now) if last.pass_id else 0
            return UndoneAdmission(last.id, facts, last.raw_value, last.scanned_at, points)

    def counters(self) -> admissions.Counters:
        with self.db.session() as session:
            return admissions.counters(session, self.config.event_id)
